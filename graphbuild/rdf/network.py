"""Any RDF graph as a networkx graph of things and relations, with the evidence behind each edge.

Used by the GraphML, GEXF and CSV exports and by the HTML view. Attributes are plain str, int and
float: networkx's GraphML writer rejects rdflib terms.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import networkx as nx
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from ..ontology import GB_NS, ontology_path
from .namespaces import OA, SCHEMA
from .terms import GB

LABELS = (RDFS.label, SKOS.prefLabel, SCHEMA.name, URIRef("https://schema.org/name"))
# Nodes that carry bookkeeping, not things the text is about.
HIDDEN_TYPES = {RDF.Statement, GB.Evidence, GB.MergeRecord, OA.TextQuoteSelector, OA.TextPositionSelector,
                GB.OpenRelationProperty, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                # Event nodes repeat their binary edge; the view and the network exports show the edge.
                GB.Meeting, GB.Mediation, GB.Negotiation, GB.Visit, GB.Deployment}
# Properties that are structure, not relations between things.
STRUCTURAL = {RDF.type, RDF.subject, RDF.predicate, RDF.object, GB.evidence, GB.merge, PROV.wasDerivedFrom,
              OA.hasTarget, OA.hasSelector, GB.subjectSelector, GB.objectSelector, GB.assertedBy,
              OWL.sameAs, RDFS.subPropertyOf, RDFS.subClassOf, RDFS.domain, RDFS.range, GB.mentionedIn}


def local_name(term) -> str:
    text = str(term)
    for sep in ("#", "/", ":"):
        if sep in text.rstrip(sep):
            text = text.rstrip(sep).rsplit(sep, 1)[-1]
    return text


@lru_cache(maxsize=1)
def ontology_labels() -> dict[str, str]:
    graph = rdflib.Graph().parse(ontology_path("graphbuild.ttl"))
    return {str(s): str(o) for s, o in graph.subject_objects(RDFS.label) if str(s).startswith(GB_NS)}


def label_of(graph: rdflib.Graph, node) -> str:
    for prop in LABELS:
        value = graph.value(node, prop)
        if value is not None:
            return str(value)
    return ontology_labels().get(str(node)) or local_name(node)


def evidence_by_edge(graph: rdflib.Graph) -> dict[tuple, list[dict]]:
    """(subject, predicate, object) -> one dict per piece of evidence, sorted by confidence."""
    out: dict[tuple, list[dict]] = defaultdict(list)
    for stmt in graph.subjects(RDF.type, RDF.Statement):
        key = (graph.value(stmt, RDF.subject), graph.value(stmt, RDF.predicate), graph.value(stmt, RDF.object))
        for ev in graph.objects(stmt, GB.evidence):
            art = graph.value(ev, PROV.wasDerivedFrom)
            sentence = _span(graph, URIRef(f"{ev}#sentence"))
            row = {
                "sentence": str(graph.value(ev, GB.sentence) or ""),
                "confidence": float(graph.value(ev, GB.confidence) or 0.0),
                "modality": str(graph.value(ev, GB.modality) or "asserted"),
                "extractor": str(graph.value(ev, GB.extractor) or ""),
                "asserted_by": label_of(graph, graph.value(ev, GB.assertedBy)) if graph.value(ev, GB.assertedBy) else "",
                "date": str(graph.value(ev, GB.eventDate) or ""),
                "article": str(art or ""),
                "title": str(graph.value(art, SCHEMA.headline) or "") if art else "",
                "published": str(graph.value(art, SCHEMA.datePublished) or "") if art else "",
                "url": str(graph.value(art, SCHEMA.url) or "") if art else "",
            }
            if sentence:
                for name in ("subject", "object"):
                    span = _span(graph, URIRef(f"{ev}#{name}"))
                    row[name] = [span[0] - sentence[0], span[1] - sentence[0]] if span else None
            out[key].append(row)
    for rows in out.values():
        rows.sort(key=lambda r: (-r["confidence"], r["article"], r["sentence"]))
    return out


def _span(graph, selector) -> tuple[int, int] | None:
    start, end = graph.value(selector, OA.start), graph.value(selector, OA.end)
    return (int(start), int(end)) if start is not None and end is not None else None


def to_networkx(graph: rdflib.Graph, *, articles: bool = False) -> nx.MultiDiGraph:
    """Things as nodes, relations between them as edges; works on any RDF graph, not only ours."""
    hidden = {s for t in HIDDEN_TYPES for s in graph.subjects(RDF.type, t)}
    if not articles:
        hidden |= set(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    evidence = evidence_by_edge(graph)
    nx_graph = nx.MultiDiGraph()

    def add_node(node) -> str:
        key = str(node)
        if key not in nx_graph:
            types = sorted(graph.objects(node, RDF.type), key=lambda t: (not str(t).startswith(GB_NS), str(t)))
            literals = {}
            for prop, value in sorted(graph.predicate_objects(node)):
                if isinstance(value, Literal) and prop not in LABELS and prop != SKOS.altLabel:
                    literals.setdefault(label_of(graph, prop), str(value))
            nx_graph.add_node(
                key, label=label_of(graph, node), type=local_name(types[0]) if types else "Thing",
                aliases="|".join(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
                same_as="|".join(sorted(str(a) for a in graph.objects(node, OWL.sameAs))),
                articles="|".join(sorted(str(a) for a in graph.objects(node, GB.mentionedIn))),
                literals=literals,
            )
        return key

    for s, p, o in sorted(graph.triples((None, None, None))):
        if isinstance(o, Literal) or p in STRUCTURAL and not (articles and p == GB.mentionedIn):
            continue
        if s in hidden or o in hidden or isinstance(s, BNode) and isinstance(o, BNode):
            continue
        rows = evidence.get((s, p, o), [])
        nx_graph.add_edge(add_node(s), add_node(o), key=str(p), predicate=str(p), label=label_of(graph, p),
                          evidence=rows, confidence=max((r["confidence"] for r in rows), default=1.0))
    for node in graph.subjects(RDF.type, None):
        if node not in hidden and isinstance(node, URIRef) and not str(node).startswith(GB_NS):
            add_node(node)
    return nx_graph
