"""What the view is given: any RDF graph, big-graph mode, top-k by degree, a query's subgraph."""
from __future__ import annotations

import rdflib
from conftest import EXAMPLES, run_cli
from rdflib.namespace import FOAF, RDF, RDFS, SKOS

from graphbuild.viz.html import network_data
from graphbuild.viz.subgraph import query_subgraph

EX = rdflib.Namespace("https://example.org/")


def test_any_rdf_graph():
    graph = rdflib.Graph()
    graph.add((EX.ada, RDF.type, FOAF.Person))
    graph.add((EX.ada, rdflib.URIRef("http://schema.org/name"), rdflib.Literal("Ada Lovelace")))
    graph.add((EX.ada, FOAF.knows, EX.charles))
    graph.add((EX.charles, SKOS.prefLabel, rdflib.Literal("Charles Babbage")))
    graph.add((EX.ada, FOAF.age, rdflib.Literal(36)))
    graph.add((EX.charles, FOAF.knows, EX["unnamed-thing"]))
    data = network_data(graph)
    nodes = {d["label"]: d for d in data["details"]["nodes"].values()}
    assert set(nodes) == {"Ada Lovelace", "Charles Babbage", "unnamed-thing"}
    assert nodes["Ada Lovelace"]["type"] == "Person"
    assert nodes["Ada Lovelace"]["literals"] == {"age": "36"}
    assert [e["label"] for e in data["edges"]] == ["knows", "knows"]


def _chain(n: int) -> rdflib.Graph:
    graph = rdflib.Graph()
    for i in range(n):
        graph.add((EX[f"n{i}"], RDFS.label, rdflib.Literal(f"node {i}")))
        graph.add((EX[f"n{i}"], EX.next, EX[f"n{(i + 1) % n}"]))
        graph.add((EX["hub"], EX.links, EX[f"n{i}"]))
    return graph


def test_big_graph_gets_a_precomputed_layout_and_no_physics():
    small = network_data(_chain(50))
    assert small["physics"] is True and "x" not in small["nodes"][0]
    big = network_data(_chain(600))
    assert big["physics"] is False
    xy = {(round(n["x"]), round(n["y"])) for n in big["nodes"]}
    assert len(xy) > 590  # nodes do not pile up on one point


def test_max_nodes_keeps_the_best_connected():
    data = network_data(_chain(100), max_nodes=10)
    labels = {n["label"] for n in data["nodes"]}
    assert len(labels) == 10 and "hub" in labels
    assert all(e["from"] in {n["id"] for n in data["nodes"]} for e in data["edges"])


def test_query_subgraph_keeps_evidence(examples_graph):
    text = (EXAMPLES / "queries" / "russia-subgraph.rq").read_text()
    sub = query_subgraph(examples_graph.graph, text)
    data = network_data(sub)
    labels = {n["label"] for n in data["nodes"]}
    assert "Russia" in labels and "Norway" not in labels
    assert all(d["evidence"] for d in data["details"]["edges"].values())


def test_render_command_with_query_and_max_nodes(tmp_path, examples_graph):
    graph_path = tmp_path / "g.ttl"
    examples_graph.serialize(graph_path)
    out = tmp_path / "russia.html"
    result = run_cli("render", str(graph_path), "-o", str(out), "--query",
                     str(EXAMPLES / "queries" / "russia-subgraph.rq"), "--max-nodes", "3")
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_text().count('"label":') >= 3
    bad = tmp_path / "bad.rq"
    bad.write_text("CONSTRUCT WHERE {")
    result = run_cli("render", str(graph_path), "-o", str(tmp_path / "x.html"), "--query", str(bad))
    assert result.returncode == 1 and "bad.rq: SPARQL syntax error" in result.stderr.decode()
    assert not (tmp_path / "x.html").exists()
