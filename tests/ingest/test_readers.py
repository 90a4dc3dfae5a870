"""Readers: every format, its metadata, and every kind of bad input."""
from __future__ import annotations

import json

import pytest

from graphbuild.errors import InputError, NoArticlesError
from graphbuild.ingest import Skipped, iter_articles, read_file

MARKDOWN = """# Envoy Arrives in Lima

By [Example Wire](https://example.org/wire)

March 4, 2024

**Photo: an example credit line**

The envoy [met](https://example.org/x) the foreign minister in Lima on Monday, the
ministry said. Talks will go on

next week in Quito.

**Related article:** [Envoy Leaves Lima Without a Deal](https://example.org/y)

Original url:

<https://example.org/news/envoy-lima>
"""


def test_markdown_metadata_and_body(tmp_path):
    path = tmp_path / "envoy.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    [article] = read_file(path)
    assert article.title == "Envoy Arrives in Lima"
    assert article.published == "2024-03-04"
    assert article.source == "Example Wire"
    assert article.url == "https://example.org/news/envoy-lima"
    assert article.id == article.url
    # Links keep their text, credits and related-article lines are not prose, a stray blank line is mended.
    assert "The envoy met the foreign minister in Lima on Monday, the ministry said." in article.text
    assert "Talks will go on next week in Quito." in article.text
    assert "Related" not in article.text and "Without a Deal" not in article.text
    assert "credit" not in article.text and "https://" not in article.text


def test_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A Title\ndate: 2024-05-14\nurl: https://example.org/a\n---\n\nBody text here.\n")
    [article] = read_file(path)
    assert (article.title, article.published, article.url, article.text) == (
        "A Title", "2024-05-14", "https://example.org/a", "Body text here.")


def test_plain_text_id_is_a_content_hash(tmp_path):
    (tmp_path / "a.txt").write_text("Norway mediated the talks.\n")
    (tmp_path / "b.txt").write_text("Norway mediated the talks.\n")
    [a], [b] = read_file(tmp_path / "a.txt"), read_file(tmp_path / "b.txt")
    assert a.id == b.id and a.id.startswith("sha256:")


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Envoy Visits Quito</title><meta name='date' content='2024-03-05'>"
        "<link rel='canonical' href='https://example.org/quito'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World news menu</a></nav><article><h1>Envoy Visits Quito</h1>"
        "<p>The envoy visited Quito on Tuesday and met the president of Ecuador for two hours.</p>"
        "<p>Both sides said the meeting had gone well and that talks would continue next month.</p>"
        "</article><footer>Copyright notice</footer></body></html>", encoding="utf-8")
    [article] = read_file(path)
    assert article.title == "Envoy Visits Quito"
    assert article.published == "2024-03-05"
    assert article.url == "https://example.org/quito"
    assert article.text.startswith("The envoy visited Quito")
    assert "World news menu" not in article.text and "Copyright" not in article.text


def test_jsonl_articles_and_bad_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    rows = [{"text": "Mexico hosted talks.", "title": "One", "date": "2024-01-02", "url": "https://example.org/1"},
            {"text": "Chile hosted talks.", "id": "two"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    one, two = read_file(path)
    assert (one.title, one.published, one.id) == ("One", "2024-01-02", "https://example.org/1")
    assert two.id == "two"
    path.write_text(json.dumps(rows[0]) + "\n{not json\n")
    with pytest.raises(InputError, match=r"wire\.jsonl:2: line is not valid JSON"):
        read_file(path)


@pytest.mark.parametrize("content, message", [
    (b"", "file is empty"),
    (b"   \n\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"is a binary file \(a PNG image\), not text"),
    (b"Caf\xe9 talks in Paris.", r"is not valid UTF-8 \(byte 0xe9 at offset 3\)"),
    (b"# Only A Title\n", "has no article text"),
])
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        read_file(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_missing_path_and_empty_directory(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(iter_articles([tmp_path / "nope.md"]))
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    with pytest.raises(NoArticlesError, match="directory holds no readable article"):
        list(iter_articles([tmp_path], skipped=[]))


def test_directory_skips_bad_files_and_keeps_the_rest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text("Peru recalled its ambassador.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    (tmp_path / "empty.md").write_text("")
    skipped: list[Skipped] = []
    articles = list(iter_articles([tmp_path], skipped=skipped))
    assert [a.text for a in articles] == ["Peru recalled its ambassador."]
    assert sorted(s.origin.rsplit("/", 1)[-1] for s in skipped) == ["bad.txt", "empty.md"]


def test_glob(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(f"Text of {name}.")
    articles = list(iter_articles([str(tmp_path / "*.txt")]))
    assert [a.text for a in articles] == ["Text of a.txt.", "Text of b.txt."]
    with pytest.raises(InputError, match="no file matches this pattern"):
        list(iter_articles([str(tmp_path / "*.html")]))


def test_plain_text_headline_is_the_title_not_prose(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("Russia Backs Talks Between Venezuela's Government and Opposition, Putin Tells Maduro\n\n"
                    "Putin said on Wednesday that he backed the talks.\n")
    [article] = read_file(path)
    assert article.title.startswith("Russia Backs Talks")
    assert article.text == "Putin said on Wednesday that he backed the talks."
    (tmp_path / "prose.txt").write_text("Peru warned Chile.\nChile answered.\n")
    [prose] = read_file(tmp_path / "prose.txt")
    assert prose.title == "" and prose.text == "Peru warned Chile. Chile answered."


def test_markdown_wire_dateline_becomes_metadata(tmp_path):
    """A Markdown wire story's dateline is cut off the first sentence, as in plain text, so that its city
    and agency are not read as that sentence's subject."""
    path = tmp_path / "story.md"
    path.write_text("# Ministers meet\n\nLIMA/QUITO, Feb. 9 (Reuters) - Peru's foreign minister met his\n"
                    "Ecuadorean counterpart on Friday.\n\nThe talks went on late.\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.text.startswith("Peru's foreign minister met his Ecuadorean counterpart")
    assert (article.dateline, article.dateline_place, article.source) == ("LIMA/QUITO, Feb. 9 (Reuters)",
                                                                          "Lima/Quito", "Reuters")
    assert article.text.endswith("The talks went on late.")


def test_markdown_without_dateline_keeps_its_first_sentence(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# A title\n\nPeru and Ecuador signed a border accord in Lima.\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.text == "Peru and Ecuador signed a border accord in Lima." and article.dateline is None
