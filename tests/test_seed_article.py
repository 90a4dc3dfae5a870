"""The article the project was specified from: the user's three facts and the entity checks."""
from __future__ import annotations

import subprocess
import sys

from conftest import DESIGN_CARD, SEED
from rdflib.namespace import RDF, RDFS

from graphbuild.rdf.namespaces import GBID
from graphbuild.rdf.terms import GB


def test_design_card_passes(seed_files):
    result = subprocess.run([sys.executable, str(DESIGN_CARD), str(seed_files / "seed.ttl")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("ok ") == 3


def _nodes(graph, type_):
    return {str(graph.value(n, RDFS.label)) for n in graph.subjects(RDF.type, type_)}


def test_one_person_node_each(seed_graph):
    people = _nodes(seed_graph.graph, GB.Person)
    assert {"Nicolas Maduro", "Vladimir Putin", "Juan Guaido"} <= people
    for surname in ("Maduro", "Putin", "Guaido"):
        assert len([p for p in people if surname in p]) == 1


def test_outlets_are_organisations_and_no_false_nodes(seed_graph):
    graph = seed_graph.graph
    orgs = _nodes(graph, GB.Organization)
    assert {"Interfax", "Reuters"} <= orgs
    assert "Maiquetia" not in _nodes(graph, GB.Person)
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert not labels & {"Putin Tells", "Russia Backs Talks", "he", "He", "him", "it", "they"}


def test_moscow_as_government_gives_russia_edges(seed_graph):
    graph = seed_graph.graph
    russia, maduro = GBID["country/ru"], GBID["person/nicolas-maduro"]
    assert (russia, GB.supports, maduro) in graph


def relation_properties(graph) -> set:
    """Every property under gb:relatedTo: the ontology's, and the open ones the graph mints."""
    from graphbuild.eval.gold import relation_properties as typed

    return set(typed()) | set(graph.transitive_subjects(RDFS.subPropertyOf, GB.openRelation))


def test_every_edge_has_evidence_with_sentence_and_offsets(seed_graph):
    graph = seed_graph.graph
    props = relation_properties(graph)
    edges = [(s, p, o) for s, p, o in graph if p in props]
    assert len(edges) >= 10
    for s, p, o in edges:
        [stmt] = [st for st in graph.subjects(RDF.subject, s)
                  if (st, RDF.predicate, p) in graph and (st, RDF.object, o) in graph]
        evidence = list(graph.objects(stmt, GB.evidence))
        assert evidence, (s, p, o)
        for ev in evidence:
            assert graph.value(ev, GB.sentence) and graph.value(ev, GB.extractor)
            assert 0 < float(graph.value(ev, GB.confidence)) <= 1


def test_seed_text_offsets_match(seed_graph):
    from graphbuild.rdf.namespaces import OA

    [article] = seed_graph.articles
    graph = seed_graph.graph
    for ev in graph.subjects(RDF.type, GB.Evidence):
        sel = next(s for s in graph.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in graph)
        start, end = int(graph.value(sel, OA.start)), int(graph.value(sel, OA.end))
        assert article.text[start:end] == str(graph.value(ev, GB.sentence))
    assert SEED.exists()


def test_capital_standing_for_russia_is_in_the_ledger_not_an_alias(seed_graph):
    from rdflib.namespace import SKOS

    graph = seed_graph.graph
    russia = GBID["country/ru"]
    assert "Moscow" not in {str(a) for a in graph.objects(russia, SKOS.altLabel)}
    records = {(str(graph.value(r, GB.surfaceForm)), str(graph.value(r, GB.mergeRule))) for r in graph.objects(russia, GB.merge)}
    assert ("Moscow", "metonymy") in records and ("Russian", "demonym") in records
    # Moscow the city stays a node of its own.
    assert (GBID["city/ru/moscow"], RDF.type, GB.City) in graph
