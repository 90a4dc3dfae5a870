"""The duplicate-person measure on graphs written by hand: found, split and missed people."""
from __future__ import annotations

import json

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from graphbuild.eval.people import PERSON, load_people, split_people

ID = "https://example.org/id/"


def _graph(nodes: dict[str, list[str]]) -> Graph:
    graph = Graph()
    for key, (label, *aliases) in nodes.items():
        node = URIRef(ID + key)
        graph.add((node, RDF.type, PERSON))
        graph.add((node, RDFS.label, Literal(label)))
        for alias in aliases:
            graph.add((node, SKOS.altLabel, Literal(alias)))
    return graph


def test_one_node_per_person_is_not_split():
    graph = _graph({"a": ["Tamim bin Hamad Al Thani", "Sheikh Tamim"], "b": ["Ahmed Aboul Gheit", "Aboul-Gheit"]})
    people = [["Tamim bin Hamad Al Thani", "Sheikh Tamim"], ["Ahmed Aboul Gheit", "Aboul Gheit"]]
    result = split_people(graph, people)
    assert (result["people"], result["found"], result["split"]) == (2, 2, 0)


def test_two_nodes_for_one_person_count_as_split_and_absent_people_as_missed():
    graph = _graph({"a": ["Mohamed Salah"], "b": ["Muhammad Salah"], "c": ["Jane Doe"]})
    result = split_people(graph, [["Mohamed Salah", "Muhammad Salah"], ["John Roe"]])
    assert (result["people"], result["found"], result["split"]) == (2, 1, 1)
    assert result["splits"] == [("Mohamed Salah", ["Mohamed Salah", "Muhammad Salah"])]


def test_gold_without_people(tmp_path):
    file = tmp_path / "g.json"
    file.write_text(json.dumps({"article": "x.txt", "facts": []}))
    assert load_people(file) == []


def test_two_people_on_one_node_count_as_merged():
    # Father and son: the son's full name ends with the father's, and one node carries both.
    graph = _graph({"a": ["Ahmad Nawaf Al-Sabah", "Nawaf Al-Sabah"], "b": ["Jane Doe"]})
    result = split_people(graph, [["Ahmad Nawaf Al-Sabah"], ["Nawaf Al-Sabah"], ["Jane Doe", "Doe"]])
    assert result["merged"] == ["Ahmad Nawaf Al-Sabah", "Nawaf Al-Sabah"]
    assert result["split"] == 0
