"""One reader per format. A reader takes decoded text and its origin and yields Articles."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator

from ..errors import InputError
from ..records import Article
from .dates import parse_date_line
from .markdown import join_paragraphs, parse_markdown
from .plaintext import parse_plain

Reader = Callable[[str, str], Iterator[Article]]
READERS: dict[str, Reader] = {}
# File extensions a directory walk picks up, and the reader each one gets.
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
}


def register_reader(name: str) -> Callable[[Reader], Reader]:
    def wrap(func: Reader) -> Reader:
        READERS[name] = func
        return func

    return wrap


def make_article(*, text: str, origin: str, title: str = "", published: str | None = None,
                 url: str | None = None, source: str | None = None, id: str | None = None,
                 dateline: str | None = None, dateline_place: str | None = None) -> Article:
    text = text.strip()
    if not text:
        raise InputError("has no article text (empty, or only metadata)", path=origin)
    # A stable id: the URL when there is one, else a hash of the text, so re-reading changes nothing.
    article_id = id or url or "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    return Article(id=article_id, text=text, title=title.strip(), published=published,
                   url=url, source=source, origin=origin, dateline=dateline, dateline_place=dateline_place)


@register_reader("text")
def read_text(raw: str, origin: str) -> Iterator[Article]:
    yield make_article(origin=origin, **parse_plain(raw))


@register_reader("markdown")
def read_markdown(raw: str, origin: str) -> Iterator[Article]:
    yield make_article(origin=origin, **parse_markdown(raw))


@register_reader("html")
def read_html(raw: str, origin: str) -> Iterator[Article]:
    import trafilatura  # imported on first use: it pulls in lxml and friends

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise InputError("HTML page has no main text that could be extracted", path=origin)
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    if lines and doc.title and lines[0] == doc.title.strip():
        lines = lines[1:]  # the headline is metadata, not body prose
    yield make_article(text=join_paragraphs(lines), origin=origin, title=doc.title or "",
                       published=parse_date_line(doc.date) if doc.date else None,
                       url=doc.url or None, source=doc.sitename or None)


@register_reader("jsonl")
def read_jsonl(raw: str, origin: str) -> Iterator[Article]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"line is not valid JSON ({err.msg} at column {err.colno})", path=where) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError('each line must be a JSON object with a "text" string', path=where)
        date = record.get("published") or record.get("date")
        yield make_article(
            text=record["text"], origin=where, title=str(record.get("title") or ""),
            published=parse_date_line(str(date)) if date else None,
            url=record.get("url") or None, source=record.get("source") or None,
            id=str(record["id"]) if record.get("id") else None,
        )
