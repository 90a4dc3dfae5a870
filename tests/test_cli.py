"""The command line as a user runs it: every command, and every bad input with one clear line."""
from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES, KREMLIN, run_cli


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    result = run_cli("build", str(EXAMPLES), "-o", str(out / "graph.ttl"), "--html", str(out / "graph.html"))
    assert result.returncode == 0, result.stderr.decode()
    return out, result


def _one_error_line(result) -> str:
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode != 0
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: [E")
    return lines[0]


def test_build_examples(built):
    out, result = built
    assert (out / "graph.ttl").stat().st_size > 1000 and (out / "graph.html").stat().st_size > 100_000
    assert "built 7 article(s), 0 skipped" in result.stderr.decode()


def test_query_table_and_formats(built):
    out, _ = built
    text = "SELECT ?name WHERE { ?p a <https://w3id.org/graphbuild/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name"
    table = run_cli("query", str(out / "graph.ttl"), text)
    assert table.returncode == 0
    assert "Vladimir Putin" in table.stdout.decode() and "rows)" in table.stdout.decode()
    as_json = json.loads(run_cli("query", str(out / "graph.ttl"), text, "--format", "json").stdout)
    names = [b["name"]["value"] for b in as_json["results"]["bindings"]]
    assert names == sorted(names) and "Xi Jinping" in names
    tsv = run_cli("query", str(out / "graph.ttl"), text, "--format", "tsv").stdout.decode().splitlines()
    assert tsv[0] == "?name" and '"Vladimir Putin"' in tsv  # SPARQL 1.1 TSV: terms in Turtle syntax


def test_query_from_file_ask_and_construct(built, tmp_path):
    out, _ = built
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?s <https://w3id.org/graphbuild/ontology#mediates> ?o }")
    assert run_cli("query", str(out / "graph.ttl"), "-f", str(rq)).stdout.decode().strip() == "true"
    construct = run_cli("query", str(out / "graph.ttl"),
                        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", "--format", "turtle")
    assert construct.returncode == 0 and construct.stdout.decode().count(" .") >= 1


NAMED_PARAMS = {"entity": ["--param", "name=Vladimir Putin"], "who-met-whom": ["--param", "person=Xi Jinping"]}


def test_named_queries_answer(built):
    from graphbuild.query.named import named_queries

    out, _ = built
    listed = run_cli("query", "--list").stdout.decode()
    for name in named_queries():
        assert name in listed
        result = run_cli("query", str(out / "graph.ttl"), "--named", name, *NAMED_PARAMS.get(name, []))
        assert result.returncode == 0, (name, result.stderr.decode())
        assert "(0 rows)" not in result.stdout.decode(), name
    met = run_cli("query", str(out / "graph.ttl"), "--named", "who-met-whom", "--param", "person=Xi Jinping",
                  "--format", "tsv").stdout.decode().splitlines()
    assert met[1].split("\t")[:2] == ['"Xi Jinping"', '"Vladimir Putin"']
    assert all(line.startswith('"Xi Jinping"') for line in met[1:])
    unknown = run_cli("query", str(out / "graph.ttl"), "--named", "nope")
    assert unknown.returncode == 1 and "no named query 'nope'" in unknown.stderr.decode()


def test_render_export_stats(built, tmp_path):
    out, _ = built
    assert run_cli("render", str(out / "graph.ttl"), "-o", str(tmp_path / "v.html")).returncode == 0
    assert "vis.Network" in (tmp_path / "v.html").read_text()
    assert run_cli("export", str(out / "graph.ttl"), "-o", str(tmp_path / "g.jsonld")).returncode == 0
    assert json.loads((tmp_path / "g.jsonld").read_text())["@context"]
    stats = json.loads(run_cli("stats", str(out / "graph.ttl"), "--json").stdout)
    assert stats["articles"] == 7 and stats["edges"] > 10 and stats["entity_types"]["Person"] >= 8


def test_version_and_help():
    import graphbuild

    assert run_cli("--version").stdout.decode().strip() == f"graphbuild {graphbuild.__version__}"
    for command in ("build", "query", "render", "export", "stats"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "Example:" in result.stdout.decode(), command


def test_stdin(tmp_path):
    result = run_cli("build", "-", "-o", str(tmp_path / "g.nt"), stdin=b"Peru warned Chile on Monday.")
    assert result.returncode == 0, result.stderr.decode()
    assert "warns" in (tmp_path / "g.nt").read_text()


def test_article_with_html(tmp_path):
    result = run_cli("build", str(KREMLIN), "-o", str(tmp_path / "one.ttl"), "--html", str(tmp_path / "one.html"))
    assert result.returncode == 0
    assert (tmp_path / "one.ttl").exists() and (tmp_path / "one.html").exists()


@pytest.mark.parametrize("name, content, expected", [
    ("missing.md", None, "no such file or directory"),
    ("empty.txt", b"", "file is empty"),
    ("image.md", b"GIF89a\x00\x01\x00\x00", "binary file"),
    ("latin1.txt", b"Sa\xefd met Aoun.", "not valid UTF-8"),
])
def test_bad_input_files(tmp_path, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "out.ttl"
    line = _one_error_line(run_cli("build", str(path), "-o", str(out)))
    assert str(path) in line and expected in line
    assert not out.exists()


def test_bad_input_keeps_previous_output(tmp_path):
    out = tmp_path / "out.ttl"
    out.write_text("previous graph")
    (tmp_path / "empty.md").write_text("")
    _one_error_line(run_cli("build", str(tmp_path / "empty.md"), "-o", str(out)))
    assert out.read_text() == "previous graph"


def test_directory_without_articles(tmp_path):
    (tmp_path / "data.bin").write_bytes(b"\x00\x01\x02")
    line = _one_error_line(run_cli("build", str(tmp_path), "-o", str(tmp_path / "o.ttl")))
    assert "no readable article" in line


def test_directory_build_skips_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text("Peru warned Chile on Monday.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe bad")
    result = run_cli("build", str(tmp_path), "-o", str(tmp_path / "o.ttl"))
    assert result.returncode == 0
    err = result.stderr.decode()
    assert f"skipped {tmp_path / 'bad.txt'}: is not valid UTF-8" in err and "1 skipped" in err


def test_unknown_output_extension(tmp_path):
    line = _one_error_line(run_cli("build", str(KREMLIN), "-o", str(tmp_path / "graph.docx")))
    assert "unknown output format '.docx'" in line
    assert not (tmp_path / "graph.docx").exists()


def test_unparseable_rdf_and_bad_sparql(tmp_path, built):
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle")
    line = _one_error_line(run_cli("query", str(broken), "SELECT * WHERE { ?s ?p ?o }"))
    assert str(broken) in line and "does not parse" in line
    out, _ = built
    line = _one_error_line(run_cli("query", str(out / "graph.ttl"), "SELECT ?s WHERE { ?s ?p }"))
    assert "SPARQL syntax error at line 1, column" in line
