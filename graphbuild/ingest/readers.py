"""One reader per format. A reader takes decoded text and its origin and yields Articles."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..errors import InputError
from ..records import Article
from .dates import parse_date_line
from .deephtml import deep_page_text
from .markdown import join_paragraphs, parse_markdown
from .plaintext import parse_plain


@dataclass(frozen=True)
class Skipped:
    """A file, or one record in a file ("wire.jsonl:3"), left out of the build, and why."""

    origin: str
    reason: str


# A reader yields Articles, and Skipped for a bad record it stepped over (a broken JSON line).
Reader = Callable[[str, str], Iterator["Article | Skipped"]]
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


# Terminal colour codes, then control characters: they split tokens ("Chile\x07") and are invalid in XML.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufeff]")
_ANY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


_C0 = bytes(c for c in range(32) if c not in (9, 10, 13)) + b"\x7f"


def _has_controls(text: str) -> bool:
    if text.isascii():
        # The usual case, answered at memory speed: ASCII text has only C0 controls and DEL to look for.
        data = text.encode("ascii")
        return len(data.translate(None, _C0)) != len(data)
    return _ANY.search(text) is not None


def clean_text(text: str) -> str:
    """Text with line and paragraph separators as newlines and other control characters removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _has_controls(text):
        return text
    return _CONTROLS.sub("", _BREAKS.sub("\n", _ANSI.sub("", text)))


def make_article(*, text: str, origin: str, title: str = "", published: str | None = None,
                 url: str | None = None, source: str | None = None, id: str | None = None,
                 dateline: str | None = None, dateline_place: str | None = None) -> Article:
    text = clean_text(text).strip()
    title = clean_text(title)
    # A lone surrogate (possible only through the Python API) cannot be written to any RDF file.
    for field, value in (("text", text), ("title", title)):
        if any("\ud800" <= ch <= "\udfff" for ch in value):
            raise InputError(f"the {field} holds a lone surrogate code point, which is not Unicode text", path=origin)
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
        deep = deep_page_text(raw)
        if deep and deep[1]:
            yield make_article(text=join_paragraphs(deep[1]), origin=origin, title=deep[0])
            return
        raise InputError("HTML page has no main text that could be extracted", path=origin)
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    if lines and doc.title and lines[0] == doc.title.strip():
        lines = lines[1:]  # the headline is metadata, not body prose
    yield make_article(text=join_paragraphs(lines), origin=origin, title=doc.title or "",
                       published=parse_date_line(doc.date) if doc.date else None,
                       url=doc.url or None, source=doc.sitename or None)


def _json_type(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number",
            type(None): "null"}[type(value)]


def _record_fields(record) -> dict:
    """The Article fields of one JSON record; InputError naming the field when one is unusable.
    Fields graphbuild does not know are ignored, so records written for other tools can be read."""
    if not isinstance(record, dict):
        raise InputError(f'line is {_json_type(record)}, not an object with a "text" string')
    if "text" not in record:
        raise InputError('line has no "text" field')
    if not isinstance(record["text"], str):
        raise InputError(f'"text" is {_json_type(record["text"])}, not a string')
    fields = {"text": record["text"]}
    for name in ("title", "url", "source"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f'"{name}" is {_json_type(value)}, not a string')
        fields[name] = value or ("" if name == "title" else None)
    ident = record.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, (str, int))):
        raise InputError(f'"id" is {_json_type(ident)}, not a string or a number')
    fields["id"] = str(ident) if ident not in (None, "") else None
    key = "published" if record.get("published") is not None else "date"
    value = record.get(key)
    if value is not None:
        if not isinstance(value, str):
            raise InputError(f'"{key}" is {_json_type(value)}, not a date such as "2024-05-14"')
        fields["published"] = parse_date_line(value[:60]) if value.strip() else None
        if value.strip() and fields["published"] is None:
            raise InputError(f'"{key}" is not a date: {value[:40]!r} (write it as "2024-05-14")')
    return fields


@register_reader("jsonl")
def read_jsonl(raw: str, origin: str) -> Iterator[Article | Skipped]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"line is not valid JSON ({err.msg} at column {err.colno})")
            continue
        except RecursionError:
            yield Skipped(where, "line is not valid JSON (nested too deeply)")
            continue
        try:
            yield make_article(origin=where, **_record_fields(record))
        except InputError as err:
            yield Skipped(where, err.message)
