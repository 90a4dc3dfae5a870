"""The one triple writer: resolved records in, an rdflib Dataset out, one named graph per article.

Every relation is a direct edge (``?a gb:meetsWith ?b``) so plain SPARQL works. Its evidence hangs
off a standard RDF reification (``rdf:Statement``) rather than RDF-star: every store and serialisation
we export to reads reification, while RDF-star support is still uneven (rdflib, GraphML, CSV).
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from ..records import ASSERTING, Article, DocExtraction, Entity, Relation, ResolvedCorpus
from ..resolve.names import written_forms
from .events import write_event, write_when
from .iri import mint
from .namespaces import OA, SCHEMA, bind_prefixes
from .terms import GB

QUOTE_CONTEXT = 32


class _Terms:
    """A namespace whose terms are made once: rdflib validates and builds a new URIRef at each read of one,
    and the writer reads tens of them per statement."""

    def __init__(self, namespace):
        self._namespace = namespace
        self._terms: dict[str, URIRef] = {}

    def __getitem__(self, name: str) -> URIRef:
        term = self._terms.get(name)
        if term is None:
            term = self._terms[name] = self._namespace[name]
        return term

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # read from the instance from now on, without this method
        return term


GB, OA, SCHEMA, OWL, PROV, RDF, RDFS, SKOS, XSD = (_Terms(ns) for ns in (GB, OA, SCHEMA, OWL, PROV, RDF, RDFS, SKOS,
                                                                      XSD))


def article_iri(article: Article) -> URIRef:
    return mint("article", article.id)


def predicate_iri(predicate: str) -> URIRef:
    if predicate.startswith("open:"):
        return mint("open-relation", predicate[5:])
    return GB[predicate]


class Triples:
    """A stand-in for an rdflib graph that only keeps the triples, once each, in the order written.

    Writing through rdflib's Memory store (three indexes per triple) cost more than parsing the text;
    a streaming build hands these lists straight to Oxigraph or an N-Quads file."""

    __slots__ = ("triples",)

    def __init__(self):
        self.triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        self.triples[triple] = None


def write_dataset(corpus: ResolvedCorpus) -> Dataset:
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    for art, triples in article_graphs(corpus):
        graph = dataset.graph(art)
        for triple in triples:
            graph.add(triple)
    return dataset


def article_graphs(corpus: ResolvedCorpus):
    """(article IRI, its triples) for each article of ``corpus``, in article order."""
    entities = {e.key: e for e in corpus.entities}
    for extraction in corpus.extractions:
        graph = Triples()
        _write_article(graph, extraction, corpus, entities)
        yield article_iri(extraction.article), list(graph.triples)


def _write_article(graph: Triples, ex: DocExtraction, corpus: ResolvedCorpus, entities: dict[str, Entity]):
    article = ex.article
    art = article_iri(article)
    add = graph.add
    add((art, RDF.type, SCHEMA.NewsArticle))
    add((art, SCHEMA.identifier, Literal(article.id)))
    add((art, GB.charCount, Literal(len(article.text), datatype=XSD.integer)))
    if article.title:
        add((art, SCHEMA.headline, Literal(article.title)))
    if article.published:
        add((art, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
    if article.url:
        add((art, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        add((art, SCHEMA.publisher, Literal(article.source)))

    key_of = {m.id: corpus.key_of(article.id, m.id) for m in ex.mentions}
    seen_forms: dict[str, set[str]] = defaultdict(set)
    for mention in ex.mentions:
        seen_forms[key_of[mention.id]].update(written_forms(mention))
    roles: dict[str, set[str]] = defaultdict(set)
    for mention in ex.mentions:
        if mention.role:
            roles[key_of[mention.id]].add(mention.role)
    for key in sorted(seen_forms):
        _write_entity(graph, entities[key], seen_forms[key], art, ex, roles[key])
    for place in ex.datelines:
        # The places the dateline names: where the story was filed.
        add((art, SCHEMA.locationCreated, mint("entity", key_of[place])))

    statements: dict[tuple, list[Relation]] = defaultdict(list)
    for rel in ex.relations:
        statements[(key_of[rel.subject], rel.predicate, key_of[rel.object])].append(rel)
    for (s_key, predicate, o_key), rels in sorted(statements.items()):
        _write_statement(graph, article, art, s_key, predicate, o_key, rels, key_of, entities)


def _write_entity(graph, entity: Entity, forms: set[str], art: URIRef, ex: DocExtraction, roles: set[str]) -> None:
    node = mint("entity", entity.key)
    graph.add((node, RDF.type, GB[entity.type]))
    graph.add((node, RDFS.label, Literal(entity.label)))
    for form in sorted(forms & set(entity.aliases)):
        graph.add((node, SKOS.altLabel, Literal(form)))
    for link in entity.same_as:
        graph.add((node, OWL.sameAs, URIRef(link)))
    if entity.type != "Concept":
        graph.add((node, GB.mentionedIn, art))
    if entity.type_note:
        graph.add((node, GB.typeNote, Literal(entity.type_note)))
    for role in sorted(roles):
        graph.add((node, GB.role, Literal(role)))
    # The merge ledger: each surface form this article contributed, and the rule that merged it.
    for line in entity.merge_rules:
        rule, form, article_id = line.split("\t")
        if article_id != ex.article.id:
            continue
        record = mint("merge", entity.key, form, article_id, rule)
        graph.add((node, GB.merge, record))
        graph.add((record, RDF.type, GB.MergeRecord))
        graph.add((record, GB.surfaceForm, Literal(form)))
        graph.add((record, GB.mergeRule, Literal(rule)))
        graph.add((record, PROV.wasDerivedFrom, art))


def _write_statement(graph, article: Article, art, s_key, predicate, o_key, rels, key_of, entities) -> None:
    subject, obj, prop = mint("entity", s_key), mint("entity", o_key), predicate_iri(predicate)
    if predicate.startswith("open:"):
        graph.add((prop, RDF.type, GB.OpenRelationProperty))
        graph.add((prop, RDFS.subPropertyOf, GB.openRelation))
        graph.add((prop, RDFS.label, Literal(predicate[5:].replace("_", " "))))
    if any(r.evidence.modality in ASSERTING for r in rels):
        graph.add((subject, prop, obj))
    stmt = mint("statement", s_key, predicate, o_key)
    graph.add((stmt, RDF.type, RDF.Statement))
    graph.add((stmt, RDF.subject, subject))
    graph.add((stmt, RDF.predicate, prop))
    graph.add((stmt, RDF.object, obj))
    for rel in rels:
        ev = rel.evidence
        node = mint("evidence", article.id, s_key, predicate, o_key, ev.sent_start, ev.subject_span, ev.object_span)
        graph.add((stmt, GB.evidence, node))
        graph.add((node, RDF.type, GB.Evidence))
        graph.add((node, PROV.wasDerivedFrom, art))
        graph.add((node, OA.hasTarget, art))
        graph.add((node, GB.sentence, Literal(ev.sentence)))
        graph.add((node, GB.extractor, Literal(ev.extractor)))
        graph.add((node, GB.confidence, Literal(f"{ev.confidence:.3f}", datatype=XSD.decimal)))
        graph.add((node, GB.modality, Literal(ev.modality)))
        if ev.asserted_by is not None:
            graph.add((node, GB.assertedBy, mint("entity", key_of[ev.asserted_by])))
        write_when(graph, node, ev, GB.eventDate)
        write_event(graph, rel, node, key_of, entities)
        text = article.text
        quote = URIRef(f"{node}#quote")
        graph.add((node, OA.hasSelector, quote))
        graph.add((quote, RDF.type, OA.TextQuoteSelector))
        graph.add((quote, OA.exact, Literal(ev.sentence)))
        graph.add((quote, OA.prefix, Literal(text[max(0, ev.sent_start - QUOTE_CONTEXT) : ev.sent_start])))
        graph.add((quote, OA.suffix, Literal(text[ev.sent_end : ev.sent_end + QUOTE_CONTEXT])))
        for name, prop_sel, (start, end) in (("sentence", OA.hasSelector, (ev.sent_start, ev.sent_end)),
                                            ("subject", GB.subjectSelector, ev.subject_span),
                                            ("object", GB.objectSelector, ev.object_span)):
            sel = URIRef(f"{node}#{name}")
            graph.add((node, prop_sel, sel))
            graph.add((sel, RDF.type, OA.TextPositionSelector))
            graph.add((sel, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
            graph.add((sel, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
