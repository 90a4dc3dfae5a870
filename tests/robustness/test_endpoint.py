"""`graphbuild serve` under concurrency, runaway queries, SERVICE, hostile bodies and a store that grows."""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from conftest import run_cli
from served import ARTICLES, ask, request, serving, tree_cpu

GB = "PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    import graphbuild

    path = tmp_path_factory.mktemp("served") / "two.trig"
    graphbuild.build(ARTICLES).serialize(path)
    return path


def _mixed_query(i: int) -> tuple[str, str, callable]:
    """A small query and a check of its answer: the two articles, Norway's mediation, a label."""
    kind = i % 4
    if kind == 0:
        return ("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }",
                "application/sparql-results+json",
                lambda body: json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2")
    if kind == 1:
        return (GB + "ASK { ?n rdfs:label \"Norway\" ; gb:mediates ?x }", "application/sparql-results+json",
                lambda body: json.loads(body)["boolean"] is True)
    if kind == 2:
        return (GB + "SELECT ?l WHERE { ?x a gb:Country ; rdfs:label ?l } ORDER BY ?l", "text/csv",
                lambda body: "Norway" in body.decode().split())
    return (GB + "CONSTRUCT { ?a gb:mediates ?b } WHERE { ?a gb:mediates ?b }", "text/turtle",
            lambda body: b"mediates" in body)


def _burst(port: int, count: int = 200, threads: int = 20) -> list[str]:
    def one(i: int):
        query, accept, check = _mixed_query(i)
        try:
            status, body = ask(port, query, accept)
        except OSError as err:
            return f"query {i}: {type(err).__name__} {err}"
        if status != 200 or not check(body):
            return f"query {i}: HTTP {status} {body[:120]!r}"
        return None

    with ThreadPoolExecutor(threads) as pool:
        return [r for r in pool.map(one, range(count)) if r]


@pytest.mark.hostile
def test_200_queries_from_20_threads_cold_and_warm(graph_file, tmp_path):
    with serving(graph_file, log=tmp_path / "err.log") as server:
        cold = _burst(server.port)  # the first queries the server ever gets
        warm = _burst(server.port)
        assert server.poll() is None, "the server went down"
    assert cold == [] and warm == []
    log = (tmp_path / "err.log").read_text(errors="replace")
    assert "Traceback" not in log and "unsendable" not in log


@pytest.mark.hostile
def test_runaway_queries_are_stopped_within_the_timeout(graph_file, tmp_path):
    timeout = 2.0
    with serving(graph_file, "--timeout", str(timeout), "--workers", "3", log=tmp_path / "err.log") as server:
        start = time.monotonic()
        with ThreadPoolExecutor(3) as pool:
            answers = list(pool.map(lambda _: ask(server.port, RUNAWAY, timeout=60), range(3)))
        assert [status for status, _ in answers] == [503] * 3
        assert all(b"timed out" in body for _, body in answers)
        time.sleep(max(0.0, start + timeout + 2 - time.monotonic()))
        before = tree_cpu(server.pid)
        time.sleep(3.0)
        grew = tree_cpu(server.pid) - before
        assert grew < 0.3, f"the server used {grew:.2f} s of CPU after the queries were stopped"
        status, body = ask(server.port, "ASK { ?s ?p ?o }")  # and it still answers
        assert status == 200 and json.loads(body)["boolean"] is True


class _Listener(BaseHTTPRequestHandler):
    hits: list = []

    def _any(self):
        _Listener.hits.append(self.path)
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _any

    def log_message(self, *args):
        pass


@pytest.fixture()
def listener():
    _Listener.hits = []
    server = HTTPServer(("127.0.0.1", 0), _Listener)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


@pytest.mark.hostile
def test_service_is_refused_and_never_reaches_another_server(graph_file, tmp_path, listener):
    hostile = [f"SELECT * WHERE {{ SERVICE <{listener}> {{ ?s ?p ?o }} }}",
               f"SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ SERVICE SILENT <{listener}> {{ ?s ?p ?o }} }} }}",
               "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"]
    with serving(graph_file, log=tmp_path / "err.log") as server:
        for query in hostile:
            status, body = ask(server.port, query)
            assert status == 400 and b"SERVICE is refused" in body and b"--allow-service" in body
    assert _Listener.hits == []
    with serving(graph_file, "--allow-service", log=tmp_path / "err2.log") as server:
        status, body = ask(server.port, hostile[2])
        assert status == 400 and b"only a full http(s) IRI" in body
        status, body = ask(server.port, "SELECT * WHERE { SERVICE ?where { ?s ?p ?o } }")
        assert status == 400
        ask(server.port, hostile[0])  # allowed: the listener is called (and fails)
    assert _Listener.hits, "with --allow-service the query should have reached the listener"


@pytest.mark.hostile
def test_hostile_bodies_get_4xx_and_the_server_stays_up(graph_file, tmp_path):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    with serving(graph_file, "--max-body", "4096", log=tmp_path / "err.log") as server:
        port = server.port
        cases = {
            "not UTF-8": (request(port, "POST", body=b"ASK { ?s ?p \"\xff\xfe\" }",
                                  headers={"Content-Type": "application/sparql-query"}), 400),
            "percent-escape not UTF-8": (request(port, "POST", body=b"query=ASK%20%7B%3Fs%20%3Fp%20%FF%7D",
                                                 headers=form), 400),
            "field without =": (request(port, "POST", body=b"query", headers=form), 400),
            "two queries": (request(port, "POST", body=b"query=ASK{}&query=ASK{}", headers=form), 400),
            "unknown type": (request(port, "POST", body=b"ASK {}", headers={"Content-Type": "text/x-foo"}), 415),
            "no type": (request(port, "POST", body=b"ASK {}"), 415),
            "too big": (request(port, "POST", body=b"query=" + b"A" * 10_000, headers=form), 413),
            "length not a number": (request(port, "POST", body=b"x",
                                            headers={**form, "Content-Length": "12abc"}), 400),
            "GET not UTF-8": (request(port, "GET", "/sparql?query=ASK%7B%FF%7D"), 400),
            "wrong path": (request(port, "GET", "/../../etc/passwd"), 404),
        }
        for name, ((status, body), expected) in cases.items():
            assert status == expected, f"{name}: HTTP {status} {body[:100]!r}"
            assert body.strip() and b"Traceback" not in body, name
        # A body shorter than its Content-Length: the client closes its side; the server answers 400.
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                         b"Content-Length: 100\r\n\r\nASK {}")
            sock.shutdown(socket.SHUT_WR)
            assert sock.recv(100).startswith(b"HTTP/1.0 400")
        status, body = ask(port, "ASK { ?s ?p ?o }")
        assert status == 200 and server.poll() is None
    log = (tmp_path / "err.log").read_text(errors="replace")
    assert "Traceback" not in log


def test_a_build_into_a_served_store_is_seen_by_the_next_query(tmp_path):
    store = tmp_path / "store"
    first = tmp_path / "first.txt"
    first.write_text(ARTICLES[0], encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(ARTICLES[1], encoding="utf-8")
    assert run_cli("build", str(first), "--store", str(store)).returncode == 0
    count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }"
    with serving(store, log=tmp_path / "err.log") as server:
        status, body = ask(server.port, count)
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"
        built = run_cli("build", str(second), "--store", str(store))
        assert built.returncode == 0, built.stderr.decode()
        status, body = ask(server.port, count)
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
        status, body = ask(server.port, GB + "ASK { ?x rdfs:label \"Vladimir Putin\" }")
        assert json.loads(body)["boolean"] is True


@pytest.mark.hostile
def test_updates_go_to_the_one_writer_and_load_is_refused(graph_file, tmp_path, listener):
    form = {"Content-Type": "application/sparql-update"}
    with serving(graph_file, "--allow-update", log=tmp_path / "err.log") as server:
        status, _ = request(server.port, "POST", body=b"INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }",
                            headers=form)
        assert status == 204
        status, body = ask(server.port, "ASK { <http://example.org/a> <http://example.org/b> 1 }")
        assert status == 200 and json.loads(body)["boolean"] is True
        for target in ("file:///etc/passwd", listener):
            status, body = request(server.port, "POST", body=f"LOAD <{target}>".encode(), headers=form)
            assert status == 400 and b"LOAD is refused" in body
    assert _Listener.hits == []


def _send_slowly(port: int) -> bytes:
    """A POST whose body follows its head a moment later, then the whole answer."""
    body = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     b"Content-Length: %d\r\n\r\n" % len(body))
        time.sleep(0.1)
        sock.sendall(body)
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    return answer


@pytest.mark.hostile
def test_a_flood_of_idle_connections_gets_503_and_the_server_recovers(graph_file, tmp_path):
    with serving(graph_file, log=tmp_path / "err.log") as server:
        idle = [socket.create_connection(("127.0.0.1", server.port), timeout=30) for _ in range(300)]
        try:
            time.sleep(1.0)  # let the server take them all in
            status, body = ask(server.port, "ASK { ?s ?p ?o }")
            assert status == 503 and b"too many open connections" in body
            # A client still sending its body when refused reads the 503 too, not a reset connection.
            assert _send_slowly(server.port).startswith(b"HTTP/1.0 503")
        finally:
            for sock in idle:
                sock.close()
        deadline = time.monotonic() + 30
        while True:  # the threads of the closed connections end; then queries are answered again
            status, body = ask(server.port, "ASK { ?s ?p ?o }")
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert status == 200 and server.poll() is None
