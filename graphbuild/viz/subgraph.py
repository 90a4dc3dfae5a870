"""The part of a graph a query picks out, with the labels, types and evidence the view needs."""
from __future__ import annotations

import rdflib
from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..errors import QueryError
from ..query.engines import GraphEngine
from ..rdf.network import LABELS
from ..rdf.terms import GB

# What the view shows of a node: who it is, what it is called, where it is linked.
NODE_PROPERTIES = (RDF.type, SKOS.altLabel, OWL.sameAs, GB.mentionedIn, *LABELS)


def query_subgraph(graph: rdflib.Graph, text: str, *, origin: str = "query") -> rdflib.Graph:
    """Edges from a CONSTRUCT (or a SELECT whose rows name node pairs), with their nodes and evidence."""
    answer = GraphEngine(graph).run(text, origin=origin)
    edges: set[tuple] = set()
    if answer.graph is not None:
        edges = {t for t in answer.graph if isinstance(t[2], URIRef)}
    elif answer.form == "SELECT":
        for row in answer.rows:
            iris = [v for v in row if isinstance(v, URIRef)]
            if len(iris) >= 2:
                s, o = iris[0], iris[-1]
                p = iris[1] if len(iris) >= 3 else None
                edges |= {(s, pred, o) for pred in graph.predicates(s, o) if p is None or pred == p}
                edges |= {(o, pred, s) for pred in graph.predicates(o, s) if p is None}
    else:
        raise QueryError("--query needs a CONSTRUCT, DESCRIBE, or a SELECT of node pairs", path=origin)
    out = rdflib.Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True)
    nodes = {s for s, _, _ in edges} | {o for _, _, o in edges}
    for s, p, o in edges:
        out.add((s, p, o))
        for prop in (RDFS.label, RDF.type, RDFS.subPropertyOf):
            for value in graph.objects(p, prop):
                out.add((p, prop, value))
        for stmt in graph.subjects(RDF.subject, s):
            if (stmt, RDF.predicate, p) in graph and (stmt, RDF.object, o) in graph:
                _copy_tree(graph, stmt, out)
    for node in nodes:
        for prop in NODE_PROPERTIES:
            for value in graph.objects(node, prop):
                out.add((node, prop, value))
        for article in graph.objects(node, GB.mentionedIn):
            _copy_tree(graph, article, out, depth=0)
    return out


def _copy_tree(graph: rdflib.Graph, node, out: rdflib.Graph, depth: int = 3) -> None:
    """The node's own triples, and those of the evidence, selector and article nodes it points to."""
    for p, o in graph.predicate_objects(node):
        out.add((node, p, o))
        if depth and isinstance(o, URIRef) and p in {GB.evidence, rdflib.URIRef("http://www.w3.org/ns/oa#hasSelector"),
                                                      GB.subjectSelector, GB.objectSelector,
                                                      rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
                                                      GB.assertedBy}:
            _copy_tree(graph, o, out, depth - 1)
