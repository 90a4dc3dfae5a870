"""Claims graphs: in the store, the facts each source asserted in one article, as plain triples in a named graph
of their own (`ARTICLE/claims/KEY`) that names its source (`GRAPH ?g { ?g gb:assertedBy SOURCE }`).

"Every fact an outlet asserted" read from the reified statements needs the subject, predicate and object of each
statement: three joins or three index lookups a statement, 1.5 s for one outlet's 80k statements at 9M triples.
Read from the claims graphs it is one scan of each graph the outlet has. The graphs are an index: they hold
nothing the article graph does not say, they leave the default graph (the union of the articles) as it is,
they go with their article when it is rebuilt or removed, and they are not exported.
"""
from __future__ import annotations

import hashlib

import pyoxigraph as ox

GB = "https://w3id.org/graphbuild/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
ASSERTED_BY = ox.NamedNode(GB + "assertedBy")
EVIDENCE = ox.NamedNode(GB + "evidence")
SUBJECT, PREDICATE, OBJECT = (ox.NamedNode(RDF + n) for n in ("subject", "predicate", "object"))
MARK = "/claims/"


def is_claims(graph_name: str) -> bool:
    return MARK in graph_name


def graph_of(article: str, source: str) -> str:
    return f"{article}{MARK}{hashlib.sha1(source.encode('utf-8')).hexdigest()[:16]}"


def claim_quads(article: str, triples) -> list[ox.Quad]:
    """The claims graphs of one article, from its (Oxigraph) triples."""
    source_of, evidence_of, parts = {}, {}, {}
    for s, p, o in triples:
        if p == ASSERTED_BY:
            source_of[s] = o
        elif p == EVIDENCE:
            evidence_of.setdefault(s, []).append(o)
        elif p in (SUBJECT, PREDICATE, OBJECT):
            parts.setdefault(s, {})[p] = o
    quads, named = [], {}
    for statement, evidence in evidence_of.items():
        spo = parts.get(statement, {})
        if len(spo) != 3:
            continue
        for ev in evidence:
            source = source_of.get(ev)
            if source is None:
                continue
            if source not in named:
                named[source] = ox.NamedNode(graph_of(article, source.value))
                quads.append(ox.Quad(named[source], ASSERTED_BY, source, named[source]))
            quads.append(ox.Quad(spo[SUBJECT], spo[PREDICATE], spo[OBJECT], named[source]))
    return sorted(set(quads), key=str)


def drop_claims(store: ox.Store, article: str) -> str:
    """An update that drops the claims graphs of ``article``, found from the sources its graph names."""
    rows = store.query(f"SELECT DISTINCT ?src WHERE {{ GRAPH <{article}> {{ ?ev <{ASSERTED_BY.value}> ?src }} }}")
    names = [graph_of(article, row["src"].value) for row in rows if isinstance(row["src"], ox.NamedNode)]
    return " ; ".join(f"DROP SILENT GRAPH <{name}>" for name in names)
