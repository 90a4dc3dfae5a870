"""push to a real `oxigraph serve`: article graphs, the union in the default graph, and our named queries
answering against that endpoint as they do on the file."""
from __future__ import annotations


import pytest
from conftest import run_cli






@pytest.fixture(scope="module")
def files(tmp_path_factory, examples_graph):
    folder = tmp_path_factory.mktemp("push")
    examples_graph.serialize(folder / "examples.trig")
    examples_graph.serialize(folder / "examples.ttl")
    return folder


def csv_rows(target: str, *args: str) -> list[str]:
    result = run_cli("query", target, *args, "--format", "csv")
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode().splitlines()


def count(endpoint: str, pattern: str) -> int:
    return int(csv_rows(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")[1])


def test_push_sends_article_graphs_and_their_union_and_counts_them(oxigraph_server, files, examples_graph):
    graphs = {str(g.identifier): len(g) for g in examples_graph.dataset.graphs() if len(g)
              and str(g.identifier).startswith("https://w3id.org/graphbuild/id/article/")}
    union = len(examples_graph.graph)
    # examples/ holds 7 articles: five files and two lines of wires.jsonl, each its own graph.
    assert len(graphs) == 7 and union < sum(graphs.values())  # articles share entity triples
    for _ in range(2):  # a second push replaces, it adds nothing
        result = run_cli("push", str(files / "examples.trig"), "--to", oxigraph_server + "/store")
        assert result.returncode == 0, result.stderr.decode()
        lines = result.stderr.decode().strip().splitlines()
        assert sorted(line.split() for line in lines[:-1]) == sorted([iri, str(n), "triple(s)"] for iri, n in graphs.items())
        assert lines[-1] == (f"pushed 7 article graph(s) with {sum(graphs.values())} triple(s), and {union} triple(s) "
                             f"to the default graph, to {oxigraph_server}/store")
    assert count(oxigraph_server + "/query", "GRAPH ?g { ?s ?p ?o }") == sum(graphs.values())
    assert count(oxigraph_server + "/query", "?s ?p ?o") == union


@pytest.mark.parametrize("named, param", [("who-met-whom", "person=xi"), ("entity", "name=PUTIN"),
                                          ("who-supports-whom", "supporter=putin"), ("articles", None),
                                          ("relations-by-type", None)])
def test_named_queries_answer_on_the_endpoint_as_on_the_file(oxigraph_server, files, named, param):
    assert run_cli("push", str(files / "examples.trig"), "--to", oxigraph_server + "/store").returncode == 0
    args = ["--named", named] + (["--param", param] if param else [])
    on_file = csv_rows(str(files / "examples.trig"), *args)
    assert len(on_file) > 1, named  # the query finds something in the examples
    assert csv_rows(oxigraph_server + "/query", *args) == on_file


def test_default_graph_none_leaves_it_alone(oxigraph_server, files):
    result = run_cli("push", str(files / "examples.trig"), "--to", oxigraph_server + "/store", "--default-graph", "none")
    assert result.returncode == 0 and "default graph left alone" in result.stderr.decode()
    assert count(oxigraph_server + "/query", "?s ?p ?o") == 0
    assert count(oxigraph_server + "/query", "GRAPH ?g { ?s ?p ?o }") > 0
    wrong = run_cli("push", str(files / "examples.trig"), "--to", oxigraph_server + "/store", "--default-graph", "all")
    assert wrong.returncode == 1
    assert wrong.stderr.decode().strip() == "error: [E610] --default-graph takes union or none, not 'all'"


def test_a_turtle_file_goes_to_the_default_graph_only(oxigraph_server, files, examples_graph):
    result = run_cli("push", str(files / "examples.ttl"), "--to", oxigraph_server + "/store")
    assert result.returncode == 0, result.stderr.decode()
    union = len(examples_graph.graph)
    assert result.stderr.decode().strip() == (f"pushed 0 article graph(s) with 0 triple(s), and {union} triple(s) "
                                               f"to the default graph, to {oxigraph_server}/store")
    assert csv_rows(oxigraph_server + "/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") == ["g"]
    assert count(oxigraph_server + "/query", "?s ?p ?o") == union
    assert csv_rows(oxigraph_server + "/query", "--named", "who-met-whom", "--param", "person=xi")[1:] == \
        csv_rows(str(files / "examples.ttl"), "--named", "who-met-whom", "--param", "person=xi")[1:]
