"""The SPARQL endpoint with SPARQLWrapper as a real client, and push to a real Oxigraph server."""
from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from conftest import free_port, run_cli, wait_for

PREFIX = "PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "






@pytest.fixture(scope="module")
def endpoint(example_files):
    port = free_port()
    served = example_files / "examples.trig"
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "serve", str(served), "--port", str(port),
                                "--max-rows", "5", "--timeout", "20"], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/sparql"
    wait_for(url)
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_sparqlwrapper_select_json_and_xml(endpoint):
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(PREFIX + "SELECT ?a ?b WHERE { ?x gb:meetsWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    pairs = {frozenset((r["a"]["value"], r["b"]["value"])) for r in rows}
    assert frozenset(("Nicolás Maduro", "Vladimir Putin")) in pairs
    client.setReturnFormat(XML)
    document = client.query().convert()
    assert document.getElementsByTagName("literal")


def test_post_ask_csv_and_turtle(endpoint):
    from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery(PREFIX + "ASK { ?a gb:mediates ?b }")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True
    client.setQuery(PREFIX + "SELECT ?l WHERE { ?x a gb:Person ; rdfs:label ?l } ORDER BY DESC(?l)")
    client.setReturnFormat(CSV)
    lines = client.queryAndConvert().decode().splitlines()
    assert lines[0].strip() == "l" and "Vladimir Putin" in [x.strip() for x in lines]
    client.setQuery(PREFIX + "CONSTRUCT { ?a gb:supports ?b } WHERE { ?a gb:supports ?b }")
    client.setReturnFormat(TURTLE)
    assert b"supports" in client.queryAndConvert()


def test_row_cap_update_refused_and_bad_query(endpoint):
    request = urllib.request.Request(endpoint + "?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }"),
                                     headers={"Accept": "text/tab-separated-values"})
    with urllib.request.urlopen(request) as response:
        assert response.headers["X-Graphbuild-Truncated"] == "true"
        assert len(response.read().decode().splitlines()) == 1 + 5
    update = urllib.request.Request(endpoint, data=b"INSERT DATA { <http://a> <http://b> <http://c> }",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(update)
    assert err.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(endpoint + "?query=" + urllib.parse.quote("SELECT ?s WHERE { ?s ?p }"))
    assert err.value.code == 400 and b"syntax error at line 1" in err.value.read()


def test_query_command_against_the_endpoint(endpoint):
    result = run_cli("query", endpoint, "--named", "who-met-whom", "--param", "person=Vladimir Putin", "--format", "csv")
    assert result.returncode == 0, result.stderr.decode()
    assert "Nicolás Maduro" in result.stdout.decode()




def test_push_to_a_real_oxigraph_server(oxigraph_server, tmp_path, examples_graph):
    graph = tmp_path / "examples.trig"
    examples_graph.serialize(graph)
    for _ in range(2):  # pushing twice replaces, it does not duplicate
        result = run_cli("push", str(graph), "--to", oxigraph_server + "/store")
        assert result.returncode == 0, result.stderr.decode()
        assert "pushed 7 article graph(s)" in result.stderr.decode()
    count = run_cli("query", oxigraph_server + "/query",
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv")
    assert int(count.stdout.decode().splitlines()[1]) == sum(len(g) for g in examples_graph.dataset.graphs())
    mediates = run_cli("query", oxigraph_server + "/query",
                       PREFIX + "ASK { GRAPH ?g { ?a gb:mediates ?b } }")
    assert mediates.stdout.decode().strip() == "true"


def test_push_to_an_endpoint_that_is_down_or_errs(tmp_path, examples_graph, oxigraph_server):
    graph = tmp_path / "examples.ttl"
    examples_graph.serialize(graph)
    down = f"http://127.0.0.1:{free_port()}/store"
    result = run_cli("push", str(graph), "--to", down)
    assert result.returncode == 1
    line = result.stderr.decode().strip()
    assert down in line and "cannot be reached" in line and "after 0 of 0" in line  # a .ttl holds no article graph
    wrong = run_cli("push", str(graph), "--to", oxigraph_server + "/nowhere")
    assert wrong.returncode == 1 and "answered HTTP 404" in wrong.stderr.decode()
