"""SHACL shapes: every graph we build conforms; graphs broken on purpose fail with readable messages."""
from __future__ import annotations

import rdflib
from conftest import run_cli
from rdflib.namespace import RDF, RDFS, XSD

from graphbuild.rdf.namespaces import GBID, OA
from graphbuild.rdf.terms import GB
from graphbuild.rdf.validate import validate


def test_built_graphs_conform(examples_graph):
    assert examples_graph.validate() == []


def _copy(kg) -> rdflib.Graph:
    graph = rdflib.Graph()
    for triple in kg.graph:
        graph.add(triple)
    return graph


def test_broken_graph_fails_with_readable_messages(examples_graph):
    graph = _copy(examples_graph)
    evidence = sorted(graph.subjects(RDF.type, GB.Evidence))
    graph.remove((evidence[0], GB.sentence, None))
    graph.set((evidence[1], GB.confidence, rdflib.Literal("1.5", datatype=XSD.decimal)))
    sel = rdflib.URIRef(f"{evidence[2]}#sentence")
    graph.set((sel, OA.end, rdflib.Literal(10**7, datatype=XSD.nonNegativeInteger)))
    maduro = GBID["person/nicolas-maduro"]
    graph.remove((maduro, RDFS.label, None))
    graph.add((maduro, GB.attacks, GBID["country/no"]))  # an edge with no evidence
    messages = [str(v) for v in validate(graph)]
    text = "\n".join(messages)
    assert "evidence has exactly one sentence" in text
    assert "confidence is one decimal in [0, 1]" in text
    assert "outside the article's" in text
    assert "an entity has exactly one rdfs:label" in text
    assert "has no evidence node" in text and "attacks" in text
    assert all(m.startswith("Violation: https://") for m in messages)


def test_validate_command(tmp_path, examples_graph):
    good = tmp_path / "good.ttl"
    examples_graph.serialize(good)
    assert run_cli("validate", str(good)).returncode == 0
    graph = _copy(examples_graph)
    graph.remove((None, GB.sentence, None))
    bad = tmp_path / "bad.ttl"
    graph.serialize(bad, format="turtle")
    result = run_cli("validate", str(bad))
    assert result.returncode == 1
    assert "evidence has exactly one sentence" in result.stdout.decode()
    assert "violation(s)" in result.stderr.decode()
