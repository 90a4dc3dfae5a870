"""Concept nodes belong to their article; names already in a store keep their class on later days."""
from __future__ import annotations

import pytest

import networkx as nx
from rdflib.namespace import RDF, RDFS

import graphbuild
from graphbuild.rdf.terms import GB
from graphbuild.records import Article
from graphbuild.store import OxigraphStore

ONE = Article("https://example.org/one", "Norway mediated talks between Colombia and the ELN. "
              "Russia supports the Minsk agreement.", title="one")
TWO = Article("https://example.org/two", "Qatar backed talks between Sudan and Chad. "
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


def _classes_after_two_days(tmp_path, first: str, second: str) -> dict[str, set]:
    """Each entity label's (node, class) pairs after two builds into one store."""
    store = OxigraphStore(tmp_path / "store", create=True)
    try:
        graphbuild.build([first], store=store)
        graphbuild.build([Article("https://example.org/day2", second)], store=store)
        graph = store.dataset()
    finally:
        store.close()
    classes: dict[str, set] = {}
    for node, label in graph.subject_objects(RDFS.label):
        if (node, RDF.type, GB.Concept) not in graph and "/id/" in str(node) and "/article/" not in str(node):
            classes.setdefault(str(label), set()).add((node, graph.value(node, RDF.type)))
    return classes


@pytest.mark.xfail(reason="the newswire NER tags the lone name 'Hemedti' a place on the first day already, so "
                          "the store has no person to keep")
def test_a_known_person_keeps_the_class_on_a_later_day(tmp_path):
    # The model tags "Hemedti" and "Dbeibah" as places in these short sentences.
    classes = _classes_after_two_days(
        tmp_path, "General Khalifa Haftar met Prime Minister Abdul Hamid Dbeibah in Tripoli. Hemedti visited Haftar "
        "in Benghazi. The envoy Stephanie Williams praised Hemedti.", "Hemedti warned Dbeibah. Sirte fell to Hemedti.")
    # One node each, still a person: the second day made neither a place nor a second node.
    assert {t for _, t in classes["Hemedti"]} == {GB.Person}, classes["Hemedti"]
    assert len(classes["Hemedti"]) == 1
    assert {t for _, t in classes["Abdul Hamid Dbeibah"]} == {GB.Person}
    assert "Dbeibah" not in classes, classes.get("Dbeibah")


def test_people_the_store_knows_stay_people_when_a_later_day_tags_them_places(tmp_path):
    # On the second day the model tags "Dbeibah" a country and "Dagalo" a location.
    classes = _classes_after_two_days(
        tmp_path, "Sudan's paramilitary commander Mohamed Hamdan Dagalo met Prime Minister Abdul Hamid Dbeibah in "
        "Tripoli. The envoy Stephanie Williams praised Dagalo.", "Dagalo warned Dbeibah. Sirte fell to Dagalo.")
    assert {t for _, t in classes["Mohamed Hamdan Dagalo"]} == {GB.Person}
    assert {t for _, t in classes["Abdul Hamid Dbeibah"]} == {GB.Person}
    assert "Dagalo" not in classes and "Dbeibah" not in classes, classes


def test_labels_and_iris_do_not_depend_on_the_order_of_articles():
    first = Article("https://example.org/a", "France supports the Paris Agreement. Officials met in ZAWIYA.")
    second = Article("https://example.org/b", "Brazil supports the Paris agreement. Officials met in Zawiya.")
    entity = lambda graph: {(str(n), str(label)) for n, label in graph.subject_objects(RDFS.label)  # noqa: E731
                            if "/id/" in str(n) and "/article/" not in str(n)}
    one, two = entity(graphbuild.build([first, second]).graph), entity(graphbuild.build([second, first]).graph)
    assert one == two
    assert {label for _, label in one} >= {"France", "Brazil"}
    assert len([label for _, label in one if label.lower() == "paris agreement"]) == 1, one
