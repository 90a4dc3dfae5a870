"""Queries and options that used to end in a traceback: each now answers, or fails with one coded line."""
from __future__ import annotations

import pytest
from conftest import run_cli
from faults import one_error_line

pytestmark = pytest.mark.hostile

TURTLE = """@prefix ex: <http://example.org/> .
ex:oslo ex:hosts ex:talks .
ex:talks ex:label "peace talks" .
"""
QUADS = """<http://example.org/oslo> <http://example.org/hosts> <http://example.org/talks> <http://example.org/monday> .
<http://example.org/talks> <http://example.org/label> "peace talks" <http://example.org/tuesday> .
"""
TRIG = """@prefix ex: <http://example.org/> .
ex:monday { ex:oslo ex:hosts ex:talks . }
"""
GRAPHS = "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


@pytest.fixture()
def files(tmp_path):
    for name, text in (("g.ttl", TURTLE), ("g.nq", QUADS), ("g.trig", TRIG)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _rows(result) -> list[str]:
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode().splitlines()[2:-1]  # the table's rows, without header and count


def test_graph_patterns_on_files(files):
    assert _rows(run_cli("query", str(files / "g.ttl"), GRAPHS)) == []  # a Turtle file has no named graph
    rows = _rows(run_cli("query", str(files / "g.nq"), GRAPHS))
    assert [row.split()[0] for row in rows] == ["http://example.org/monday", "http://example.org/tuesday"]
    rows = _rows(run_cli("query", str(files / "g.trig"), GRAPHS))
    assert [row.split()[0] for row in rows] == ["http://example.org/monday"]
    empty = _rows(run_cli("query", str(files / "g.nq"), "SELECT ?g WHERE { GRAPH ?g { } }"))
    assert sorted(row.strip() for row in empty) == ["http://example.org/monday", "http://example.org/tuesday"]
    # The default graph is still the union of the named ones.
    assert len(_rows(run_cli("query", str(files / "g.nq"), "SELECT ?s WHERE { ?s ?p ?o }"))) == 2


def test_an_invalid_regex_is_a_query_error(files):
    line = one_error_line(run_cli("query", str(files / "g.ttl"), 'SELECT ?o WHERE { ?s ?p ?o FILTER regex(?o, "(") }'))
    assert "[E601]" in line and "invalid regular expression" in line


@pytest.mark.parametrize("args, words", [
    (("--max-nodes", "-5"), "--max-nodes must be at least 1"),
    (("--max-nodes", "0"), "--max-nodes must be at least 1"),
])
def test_render_refuses_a_negative_node_count(files, tmp_path, args, words):
    out = tmp_path / "view.html"
    assert words in one_error_line(run_cli("render", str(files / "g.ttl"), "-o", str(out), *args))
    assert not out.exists()


def test_render_refuses_a_png_path(files, tmp_path):
    line = one_error_line(run_cli("render", str(files / "g.ttl"), "-o", str(tmp_path / "view.png")))
    assert "view.png" in line and ".html" in line
    assert not (tmp_path / "view.png").exists()


def test_render_query_with_a_graph_pattern_and_serve_options(files, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", encoding="utf-8")
    result = run_cli("render", str(files / "g.nq"), "-o", str(tmp_path / "v.html"), "--query", str(query))
    assert result.returncode == 0 or "[E601]" in one_error_line(result)
    assert "--timeout" in one_error_line(run_cli("serve", str(files / "g.ttl"), "--timeout", "-1"))
    assert "--queue" in one_error_line(run_cli("serve", str(files / "g.ttl"), "--queue", "-3"))
