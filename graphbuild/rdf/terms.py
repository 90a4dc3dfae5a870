"""The graphbuild vocabulary as Python names. Generated from ontologies/graphbuild.ttl by
``python -m graphbuild.rdf.gen_terms``; do not edit by hand."""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class GB(DefinedNamespace):
    _NS = Namespace("https://w3id.org/graphbuild/ontology#")
    _fail = True  # a term missing from the ontology is an error, not a new IRI

    City: URIRef
    Concept: URIRef
    Country: URIRef
    Deployment: URIRef
    Entity: URIRef
    Event: URIRef
    Evidence: URIRef
    Group: URIRef
    Mediation: URIRef
    Meeting: URIRef
    MergeRecord: URIRef
    Negotiation: URIRef
    OpenRelationProperty: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Visit: URIRef
    accuses: URIRef
    agent: URIRef
    agreesWith: URIRef
    assertedBy: URIRef
    attacks: URIRef
    attends: URIRef
    basedIn: URIRef
    capitalOf: URIRef
    charCount: URIRef
    condemns: URIRef
    confidence: URIRef
    conll04Relation: URIRef
    cooperatesWith: URIRef
    criticizes: URIRef
    deploysTo: URIRef
    eventDate: URIRef
    eventPlace: URIRef
    evidence: URIRef
    extractor: URIRef
    familyOf: URIRef
    happenedOn: URIRef
    investsIn: URIRef
    killed: URIRef
    leaderOf: URIRef
    livesIn: URIRef
    locatedIn: URIRef
    mediates: URIRef
    mediator: URIRef
    meetsWith: URIRef
    memberOf: URIRef
    mentionedIn: URIRef
    merge: URIRef
    mergeRule: URIRef
    modality: URIRef
    negotiatesWith: URIRef
    nominates: URIRef
    objectSelector: URIRef
    openRelation: URIRef
    opposes: URIRef
    partOf: URIRef
    participant: URIRef
    periodEnd: URIRef
    periodStart: URIRef
    politicalRelation: URIRef
    praises: URIRef
    providesAidTo: URIRef
    relatedTo: URIRef
    reportedIn: URIRef
    role: URIRef
    roleRelation: URIRef
    rulesAgainst: URIRef
    sanctions: URIRef
    sentence: URIRef
    spokespersonFor: URIRef
    subjectSelector: URIRef
    supports: URIRef
    surfaceForm: URIRef
    threatens: URIRef
    typeNote: URIRef
    visits: URIRef
    warns: URIRef
    worksFor: URIRef
