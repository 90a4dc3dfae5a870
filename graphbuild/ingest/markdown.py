"""Markdown articles: title from the first heading, metadata lines recognised, links reduced to text."""
from __future__ import annotations

import re

from .dateline import take_dateline
from .dates import parse_date_line

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_BARE_URL = re.compile(r"^\s*<?(https?://\S+?)>?\s*$")
_BYLINE = re.compile(r"^\s*(?:by|from)\s+(.+?)\s*$", re.I)
_FRONT_KEY = re.compile(r"^(\w[\w-]*)\s*:\s*(.*)$")
# A label such as "Related article:" or "Read more:" followed by a link is navigation, not prose.
_LINK_LINE = re.compile(r"^\s*(?:\*\*|__)?[\w ]{2,40}:(?:\*\*|__)?\s*\[.*\]\(.*\)\s*$")
_URL_LABEL = re.compile(r"^\s*(?:original\s+)?(?:url|source|link)\s*:\s*(\S*)\s*$", re.I)
_EMPHASIS_ONLY = re.compile(r"^\s*(\*\*|__|\*|_)[^*_]+\1\s*$")
_SENTENCE_END = re.compile(r"[.!?:\"'”’)\]]\s*$")


def _only_links(line: str) -> bool:
    # A line of links and separators ("- [Home](/) | [World](/world)") is a menu or a link list, not prose.
    rest = _AUTOLINK.sub("", _LINK.sub("", line))
    return rest != line and not re.sub(r"(?:https?://\S+|\d+[.)]|[-*+|•·,;/>\s])", "", rest)


def _plain(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])[*_](\S.*?)[*_](?![\w*])", r"\1", line)
    return line.strip()


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            meta = {}
            for line in lines[1:end]:
                match = _FRONT_KEY.match(line.strip())
                if match:
                    meta[match.group(1).lower()] = match.group(2).strip().strip("\"'")
            return meta, lines[end + 1 :]
    return {}, lines


def parse_markdown(raw: str) -> dict:
    """Return title, published, url, source and the body text of a Markdown article."""
    meta, lines = _front_matter(raw.splitlines())
    title = meta.get("title", "")
    published = parse_date_line(meta.get("date", "")) if meta.get("date") else None
    url = meta.get("url") or None
    source = meta.get("source") or meta.get("author") or None
    paragraphs: list[list[str]] = [[]]
    expect_url = False
    for line in lines:
        if not line.strip():
            paragraphs.append([])
            continue
        heading = _HEADING.match(line)
        if heading:
            if not title:
                title = _plain(heading.group(1))
            paragraphs.append([])
            continue
        bare = _BARE_URL.match(line)
        if bare and (expect_url or url is None):
            url = url or bare.group(1)
            expect_url = False
            continue
        label = _URL_LABEL.match(_plain(line))
        if label:
            url = url or label.group(1) or None
            expect_url = not label.group(1)
            continue
        if _LINK_LINE.match(line) or _EMPHASIS_ONLY.match(line) or _only_links(line):
            paragraphs.append([])  # navigation links and photo credits are not prose
            continue
        plain = _plain(line)
        byline = _BYLINE.match(plain)
        if byline and len(plain) < 80 and not _SENTENCE_END.search(plain):
            source = source or byline.group(1)
            continue
        date = parse_date_line(plain) if len(plain) <= 40 else None
        if date:
            published = published or date
            continue
        paragraphs[-1].append(plain)
    meta = {"title": title, "published": published, "url": url, "source": source,
            "dateline": None, "dateline_place": None}
    # Wire copy opens with a dateline ("DOHA, June 3 (AFP) -"), which would otherwise be read as the
    # first sentence's subject.
    kept = [line for para in paragraphs for line in [*para, ""]]
    take_dateline(kept, meta)
    meta["published"] = meta["published"] or meta.pop("_dateline_date", None)
    meta.pop("_dateline_date", None)
    meta["text"] = join_paragraphs(" ".join(p) for p in _split(kept))
    return meta


def _split(lines: list[str]) -> list[list[str]]:
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def join_paragraphs(paragraphs) -> str:
    """Join paragraphs with a blank line, mending a sentence that a stray blank line cut in two."""
    out: list[str] = []
    for para in paragraphs:
        para = para.strip()
        if not para:
            continue
        if out and para[:1].islower() and not _SENTENCE_END.search(out[-1][-4:]):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return "\n\n".join(out)
