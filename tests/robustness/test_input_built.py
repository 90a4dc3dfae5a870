"""Hostile input that can still be read: built, with every bad part skipped and named by file and line.

One folder holds all the cases so the English pipeline loads once; each case checks its own outcome."""
from __future__ import annotations

import hashlib
import json

import pytest
import rdflib
from conftest import run_cli

from graphbuild.ingest import Skipped, iter_articles, read_file

pytestmark = pytest.mark.hostile

SCHEMA = rdflib.Namespace("http://schema.org/")
GB = rdflib.Namespace("https://w3id.org/graphbuild/ontology#")
UTF16_TEXT = "Peru warned Chile on Monday about the fishing dispute."
NESTED_TEXT = "The council approved the harbour budget on Monday after a long debate."
# Terminal colour codes, a bell, a vertical tab and a C1 control inside a sentence.
CONTROL_RAW = "Peru warned Chile\x07 on Tuesday \x1b[31mabout\x1b[0m the\x0bborder\x85dispute\x9b."
CONTROL_TEXT = "Peru warned Chile on Tuesday about the border dispute."


def _text_id(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


JSONL = [
    {"text": "Norway hosted talks between the two delegations.", "url": "https://example.org/wire/1",
     "date": "2024-05-14", "language": "en", "tags": ["talks"], "meta": {"rank": 3}},  # unknown fields: ignored
    "{this line is broken",
    {"text": 42, "url": "https://example.org/wire/3"},
    {"text": "Chile recalled its ambassador.", "url": "https://example.org/wire/4", "date": 20240514},
    {"text": "Peru reopened the border.", "url": "https://example.org/wire/5", "date": "someday soon"},
    {"text": "Bolivia signed the accord.", "url": ["https://example.org/wire/6"]},
    {"title": "No text at all", "url": "https://example.org/wire/7"},
    ["a", "list"],
    {"text": "Ecuador joined the talks.", "id": 8, "published": "March 4, 2024"},
]
# line number -> the reason it is skipped
BAD_LINES = {
    2: "line is not valid JSON (Expecting property name enclosed in double quotes at column 2)",
    3: '"text" is a number, not a string',
    4: '"date" is a number, not a date such as "2024-05-14"',
    5: "\"date\" is not a date: 'someday soon' (write it as \"2024-05-14\")",
    6: '"url" is a list, not a string',
    7: 'line has no "text" field',
    8: 'line is a list, not an object with a "text" string',
}


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    (folder / "utf16.txt").write_bytes(UTF16_TEXT.encode("utf-16"))  # with its byte-order mark
    (folder / "nested.html").write_text(
        "<html><head><title>Harbour</title></head><body>" + "<div>" * 10_000 + f"<p>{NESTED_TEXT}</p>"
        + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    (folder / "wire.jsonl").write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in JSONL) + "\n", encoding="utf-8")
    (folder / "control.txt").write_text(CONTROL_RAW, encoding="utf-8")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "empty.md").write_bytes(b"")
    out = root / "graph.ttl"
    result = run_cli("build", str(folder), "-o", str(out))
    graph = rdflib.Graph().parse(out) if out.exists() else None
    return folder, result, graph


def _ids(graph) -> set[str]:
    return {str(o) for o in graph.objects(None, SCHEMA.identifier)}


def test_build_succeeds_and_reports_each_skip_on_one_line(hostile_build):
    folder, result, graph = hostile_build
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "Traceback" not in err and graph is not None
    skipped = [line for line in err.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == len(BAD_LINES) + 2, skipped
    assert f"built 5 article(s), {len(BAD_LINES) + 2} skipped" in err


def test_utf16_with_bom_is_read(hostile_build):
    _, _, graph = hostile_build
    assert _text_id(UTF16_TEXT) in _ids(graph)


def test_control_characters_are_removed(hostile_build):
    _, _, graph = hostile_build
    assert _text_id(CONTROL_TEXT) in _ids(graph)
    # With the sentence whole, the pipeline reads its edge (the bell after "Chile" hid the country).
    sentences = {str(o) for o in graph.objects(None, GB.sentence)}
    assert CONTROL_TEXT in sentences


def test_deeply_nested_html_is_read(hostile_build):
    _, _, graph = hostile_build
    assert _text_id(NESTED_TEXT) in _ids(graph)


def test_jsonl_good_lines_built_bad_lines_named(hostile_build):
    folder, result, graph = hostile_build
    err = result.stderr.decode()
    for number, reason in BAD_LINES.items():
        assert f"skipped {folder / 'wire.jsonl'}:{number}: {reason}" in err.splitlines(), number
    ids = _ids(graph)
    assert {"https://example.org/wire/1", "8"} <= ids
    assert not {"https://example.org/wire/3", "https://example.org/wire/4", "https://example.org/wire/5"} & ids
    dates = {str(o) for o in graph.objects(None, SCHEMA.datePublished)}
    assert {"2024-05-14", "2024-03-04"} <= dates


def test_loop_and_empty_file_in_a_folder_are_skipped(hostile_build):
    folder, result, _ = hostile_build
    err = result.stderr.decode().splitlines()
    assert f"skipped {folder / 'loop.txt'}: is a symbolic link loop (the link points back to itself)" in err
    assert f"skipped {folder / 'empty.md'}: file is empty" in err


def test_jsonl_named_alone_is_strict_in_the_library(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"text": "Peru warned Chile."}) + "\n{broken\n", encoding="utf-8")
    skipped: list[Skipped] = []
    [article] = read_file(path, skipped=skipped)
    assert article.text == "Peru warned Chile."
    assert skipped == [Skipped(f"{path}:2", "line is not valid JSON (Expecting property name enclosed in double "
                                            "quotes at column 2)")]
    with pytest.raises(Exception, match=r"wire\.jsonl:2: line is not valid JSON"):
        read_file(path)


def test_fifty_megabyte_text_file_is_read_whole(tmp_path):
    paragraph = " ".join(["The council met on Monday and approved the harbour budget after a long debate."] * 4)
    path = tmp_path / "big.txt"
    count = 50_000_000 // (len(paragraph) + 2) + 1
    path.write_text((paragraph + "\n\n") * count, encoding="utf-8")
    assert path.stat().st_size >= 50_000_000
    [article] = read_file(path)
    # Every paragraph is kept, separated by one blank line; nothing is cut at spaCy's max_length here.
    assert len(article.text) == count * len(paragraph) + (count - 1) * 2
    assert article.text.count("harbour budget") == 4 * count


def test_five_megabyte_line_without_newline_is_read(tmp_path):
    path = tmp_path / "line.txt"
    words = "Peru warned Chile about the fishing dispute again "
    path.write_text(words * (5_000_000 // len(words) + 1), encoding="utf-8")
    [article] = read_file(path)
    assert len(article.text) == len((words * (5_000_000 // len(words) + 1)).strip()) >= 5_000_000


def test_stdin_jsonl_with_a_bad_line_keeps_the_good_one(tmp_path):
    skipped: list[Skipped] = []
    import io
    import sys

    lines = json.dumps({"text": "Peru warned Chile.", "id": "one"}) + "\n{broken\n"
    stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(lines.encode("utf-8")))
    try:
        articles = list(iter_articles(["-"], stdin_format="jsonl", skipped=skipped))
    finally:
        sys.stdin = stdin
    assert [a.id for a in articles] == ["one"]
    assert [s.origin for s in skipped] == ["<stdin>:2"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read(tmp_path, codec):
    data = UTF16_TEXT.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data  # the -be codec writes no mark of its own
    path = tmp_path / "marked.txt"
    path.write_bytes(data)
    [article] = read_file(path)
    assert article.text == UTF16_TEXT


def test_a_stray_mark_before_utf8_bytes_is_not_read_as_utf16(tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes(b"\xff\xfe bad")
    with pytest.raises(Exception, match=r"is not valid UTF-8 \(byte 0xff at offset 0\)"):
        read_file(path)


def test_web_page_saved_as_txt_is_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><head><title>Border</title><script>var x = 1;</script></head><body>"
                    f"<article><p>{NESTED_TEXT}</p></article></body></html>", encoding="utf-8")
    [article] = read_file(path)
    assert article.text == NESTED_TEXT and "<" not in article.text


def test_jsonl_line_nested_too_deeply(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps({"text": "Peru warned Chile."}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    skipped: list[Skipped] = []
    [article] = read_file(path, skipped=skipped)
    assert article.text == "Peru warned Chile."
    assert [(s.origin, s.reason) for s in skipped] == [(f"{path}:2", "line is not valid JSON (nested too deeply)")]
