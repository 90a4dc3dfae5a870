"""A name written after "Sheikh" keeps that written form as an alias: the honorific is part of the name in
Bangladesh ("Sheikh Hasina"), so a reader searching for it must find the node labelled without it."""
from __future__ import annotations

from rdflib.namespace import RDFS, SKOS

import graphbuild
from graphbuild.records import Article


def _names(graph, label):
    node = next(s for s, o in graph.subject_objects(RDFS.label) if str(o) == label)
    return {str(o) for o in graph.objects(node, SKOS.altLabel)}


def test_sheikh_form_is_an_alias_and_a_doctor_is_not():
    text = ("Sheikh Rubina, a lawmaker of the Awami League, met the Indian envoy in Dhaka on Monday. "
            "Dr. Tariq Hamid, a surgeon, joined them.")
    kg = graphbuild.build([Article(id="https://example.org/a", text=text)])
    graph = kg.graph
    assert "Sheikh Rubina" in _names(graph, "Rubina")
    assert not any(name.startswith("Dr") for name in _names(graph, "Tariq Hamid"))
