"""Concept nodes belong to their article; names already in a store keep their class on later days."""
from __future__ import annotations

import networkx as nx
from rdflib.namespace import RDF, RDFS

import graphbuild
from graphbuild.rdf.terms import GB
from graphbuild.records import Article
from graphbuild.store import OxigraphStore

ONE = Article("https://example.org/one", "Norway mediated talks between Colombia and the ELN. "
              "Russia supports the Minsk agreement.", title="one")
TWO = Article("https://example.org/two", "Qatar hosted talks between Sudan and Chad. "
              "Germany supports the Minsk agreement.", title="two")


def concepts(graph) -> dict:
    return {c: str(graph.value(c, RDFS.label)) for c in graph.subjects(RDF.type, GB.Concept)}


def test_common_concepts_are_minted_per_article_named_ones_are_shared(tmp_path):
    kg = graphbuild.build([ONE, TWO])
    found = concepts(kg.graph)
    talks = [c for c, label in found.items() if label == "talks"]
    assert len(talks) == 2, found
    minsk = [c for c, label in found.items() if label == "Minsk agreement"]
    assert len(minsk) == 1, found
    # Without Minsk (the agreement, and the city both stories name), nothing joins the two stories: the
    # shared word "talks" is no path from Norway to Qatar.
    graph = nx.Graph()
    for s, p, o in kg.graph:
        if p != RDF.type and str(s).startswith("https://w3id.org/graphbuild/id/") and \
                str(o).startswith("https://w3id.org/graphbuild/id/") and "minsk" not in f"{s} {o}":
            graph.add_edge(s, o)
    assert set(talks) <= set(graph)
    norway = next(s for s, label in kg.graph.subject_objects(RDFS.label) if str(label) == "Norway")
    qatar = next(s for s, label in kg.graph.subject_objects(RDFS.label) if str(label) == "Qatar")
    assert not (norway in graph and qatar in graph and nx.has_path(graph, norway, qatar))
    # The view and the graph exports still take it.
    html = kg.render(tmp_path / "view.html")
    assert "Minsk agreement" in html.read_text(encoding="utf-8")
    written = kg.serialize(tmp_path / "g.graphml")
    assert nx.read_graphml(written[0]).number_of_nodes() > 0


def test_a_known_person_keeps_the_class_on_a_later_day(tmp_path):
    store = OxigraphStore(tmp_path / "store", create=True)
    try:
        graphbuild.build(["Venezuelan President Nicolas Maduro met with Vladimir Putin in Moscow. "
                          "General Vladimir Padrino Lopez attended."], store=store)
        day2 = graphbuild.build([Article("https://example.org/day2",
                                         "Maduro warned Colombia on Friday. Padrino Lopez reached the border.")],
                                store=store)
        graph = store.dataset()
    finally:
        store.close()
    people = {str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, GB.Person)}
    assert "Nicolas Maduro" in people and "Maduro" not in people, people
    labels = {}
    for node, label in graph.subject_objects(RDFS.label):
        labels.setdefault(str(label), set()).update(graph.objects(node, RDF.type))
    # One node for each, of one class: the second day did not make an organisation or a place of them.
    assert labels["Nicolas Maduro"] == {GB.Person}, labels["Nicolas Maduro"]
    assert not {"Maduro", "Padrino Lopez"} & {str(l) for n, l in day2.graph.subject_objects(RDFS.label)
                                               if (n, RDF.type, GB.Person) not in graph}
