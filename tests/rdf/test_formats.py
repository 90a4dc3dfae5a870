"""Every export: RDF formats round-trip, network formats open in networkx, CSV in csv."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic, to_isomorphic

from graphbuild.errors import ExportError, GraphParseError
from graphbuild.graph import KnowledgeGraph
from graphbuild.rdf.formats import union_graph

RDF_FORMATS = [".ttl", ".nt", ".rdf", ".jsonld", ".trig", ".nq"]


def _diff(a: rdflib.Graph, b: rdflib.Graph) -> str:
    from rdflib.compare import graph_diff

    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    return f"only in original: {sorted(only_a)[:5]}\nonly in copy: {sorted(only_b)[:5]}"


@pytest.mark.parametrize("ext", RDF_FORMATS)
def test_rdf_round_trip(tmp_path, examples_graph, ext):
    [path] = examples_graph.serialize(tmp_path / f"graph{ext}")
    back = KnowledgeGraph.load(path)
    assert isomorphic(back.graph, examples_graph.graph), _diff(examples_graph.graph, back.graph)


@pytest.mark.parametrize("ext", [".trig", ".nq"])
def test_one_named_graph_per_article(tmp_path, examples_graph, ext):
    [path] = examples_graph.serialize(tmp_path / f"graph{ext}")
    dataset = KnowledgeGraph.load(path).dataset
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    articles = {str(a) for a in union_graph(dataset).subjects(rdflib.RDF.type, rdflib.URIRef("http://schema.org/NewsArticle"))}
    assert articles and articles <= names


def test_jsonld_reads_as_plain_json(tmp_path, examples_graph):
    [path] = examples_graph.serialize(tmp_path / "graph.jsonld")
    data = json.loads(path.read_text())
    text = json.dumps(data)
    assert '"label"' in text and '"sentence"' in text and "http://www.w3.org/2000/01/rdf-schema#label" not in text


@pytest.mark.parametrize("ext, reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_network_formats_open_in_networkx(tmp_path, examples_graph, ext, reader):
    [path] = examples_graph.serialize(tmp_path / f"graph{ext}")
    nx_graph = reader(path)
    labels = {d["label"] for _, d in nx_graph.nodes(data=True)}
    assert {"Nicolás Maduro", "Russia", "Norway"} <= labels
    edge_labels = {d["label"] for *_, d in nx_graph.edges(data=True)}
    assert {"supports", "meets with", "mediates"} <= edge_labels
    assert all(d["sentence"] for *_, d in nx_graph.edges(data=True))


def test_csv_nodes_and_edges(tmp_path, examples_graph):
    written = examples_graph.serialize(tmp_path / "graph.csv")
    assert sorted(p.name for p in written) == ["graph.csv", "graph.nodes.csv"]
    nodes = list(csv.DictReader(open(tmp_path / "graph.nodes.csv", encoding="utf-8")))
    edges = list(csv.DictReader(open(tmp_path / "graph.csv", encoding="utf-8")))
    ids = {n["id:ID"] for n in nodes}
    assert edges and all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    assert any(e[":TYPE"] == "mediates" and "Norway" in e["sentence"] for e in edges)


def test_unknown_extension_writes_nothing(tmp_path, examples_graph):
    with pytest.raises(ExportError, match="unknown output format '.docx'"):
        examples_graph.serialize(tmp_path / "graph.docx")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_previous_file(tmp_path, examples_graph, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("previous")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(rdflib.Graph, "serialize", broken)
    with pytest.raises(OSError):
        examples_graph.serialize(target)
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_same_input_same_bytes(tmp_path):
    """Two builds in separate processes give identical sorted N-Triples."""
    import subprocess
    import sys

    from conftest import EXAMPLES

    outs = []
    for run in ("a", "b"):
        path = tmp_path / f"{run}.nt"
        env_seed = {"PYTHONHASHSEED": "1" if run == "a" else "2"}
        import os

        subprocess.run([sys.executable, "-m", "graphbuild", "-q", "build", str(EXAMPLES), "-o", str(path)],
                       check=True, env=dict(os.environ, **env_seed), timeout=300)
        outs.append(sorted(path.read_text(encoding="utf-8").splitlines()))
    assert outs[0] == outs[1] and len(outs[0]) > 500


def test_unparseable_graph_file(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b \n")
    with pytest.raises(GraphParseError, match=r"broken\.ttl: does not parse as turtle"):
        KnowledgeGraph.load(path)


def test_two_processes_build_the_same_graph(tmp_path, examples_graph):
    import graphbuild
    from conftest import EXAMPLES

    parallel = graphbuild.build(EXAMPLES, jobs=2)
    assert isomorphic(parallel.graph, examples_graph.graph), _diff(examples_graph.graph, parallel.graph)
