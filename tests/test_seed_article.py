"""The article the project was specified from: the user's three facts and the entity checks.

The article lives in the data folder ($GRAPHBUILD_DATA), so every test here skips on a plain clone; the same
behaviours are checked on examples/ in test_examples.py."""
from __future__ import annotations

import subprocess
import sys

from conftest import DESIGN_CARD, SEED, need_data
from rdflib.namespace import RDF, RDFS

from graphbuild.rdf.namespaces import GBID
from graphbuild.rdf.terms import GB


def test_design_card_passes(seed_files):
    card = need_data(DESIGN_CARD)
    result = subprocess.run([sys.executable, str(card), str(seed_files / "seed.ttl")],
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


def test_seed_text_offsets_match(seed_graph):
    from graphbuild.rdf.namespaces import OA

    [article] = seed_graph.articles
    graph = seed_graph.graph
    for ev in graph.subjects(RDF.type, GB.Evidence):
        sel = next(s for s in graph.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in graph)
        start, end = int(graph.value(sel, OA.start)), int(graph.value(sel, OA.end))
        assert article.text[start:end] == str(graph.value(ev, GB.sentence))
    assert need_data(SEED).exists()


def test_seed_visit_is_dated(seed_graph):
    graph = seed_graph.graph
    [visit] = graph.subjects(RDF.type, GB.Visit)
    assert graph.value(visit, GB.eventPlace) == GBID["country/ru"]
    # "on Monday" before the article's Wednesday, 25 September 2019.
    assert str(graph.value(visit, GB.happenedOn)) == "2019-09-23"


def test_seed_graph_conforms(seed_graph):
    assert seed_graph.validate() == []
