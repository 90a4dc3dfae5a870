"""Plain-text articles as saved from the web: a URL line, a headline, a dateline, prose and page furniture.

The text handed on is the prose alone, so what spaCy parses and what evidence offsets index is the same
string; the URL, headline, byline, dates and dateline become metadata.
"""
from __future__ import annotations

import re

from . import boilerplate
from .dateline import take_dateline, url_date
from .dates import parse_date_line
from .markdown import join_paragraphs

_URL_LINE = re.compile(r"^\s*(?:(?:url|source|link)\s*:\s*)?<?(https?://\S+?)>?\s*$", re.I)
# Some pages were saved with the first sentence glued to the URL: ".../1234567Police said ...".
_GLUED_URL = re.compile(r"^\s*(https?://[^\s]{8,}?)([A-Z][a-z’']+\s.*)$")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")
# A list item: a line led by a dash or a bullet and a space ("– Forecast: 90 percent").
_LIST_ITEM = re.compile(r"^[–—•*-]\s")
# "Updated: May 2, 2023 4:05:10 pm", "Published 3 March 2023 | 10:30 IST": the clock is not part of the date.
_CLOCK = re.compile(r"[\s,|]*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?[\s|]*$", re.I)
# A date line opens with a digit, a label, a weekday or a month; other lines skip the date parser.
_DATE_WORDS = frozenset("""published updated last posted date monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_DATE_LABEL = re.compile(r"^\s*(?:published|updated|last updated|posted|date)\s*(?:on)?\s*:?\s*", re.I)


def _is_headline(line: str) -> bool:
    # A short line in title case with no closing stop is a headline, not prose to extract from.
    words = line.split()
    capitalised = sum(w[:1].isupper() for w in words if len(w) > 3)
    long_words = sum(len(w) > 3 for w in words)
    return 0 < len(words) <= 20 and not line.rstrip().endswith((".", "!", "?", '"')) and capitalised >= 0.6 * max(long_words, 1)


# The words any furniture or date line opens with; a line opening with another word is prose.
_OPENING_WORDS = boilerplate.OPENERS | _DATE_WORDS
_FIRST = re.compile(r"[^\w©]*([A-Za-z]+|©|\d)")
_DESK = re.compile(r"desk|bureau", re.I)


def _may_be_special(text: str) -> bool:
    if text.endswith(boilerplate.TAILS) or (len(text) <= 60 and _DESK.search(text)):
        return True
    first = _FIRST.match(text)
    return first is not None and (first.group(1).lower() in _OPENING_WORDS or not first.group(1).isalpha())


def _may_be_date(text: str) -> bool:
    return text[:1].isdigit() or boilerplate.first_word(text) in _DATE_WORDS


def _metadata_date(line: str) -> str | None:
    text = line.strip()
    if len(text) > 60 or not _may_be_date(text):
        return None
    labelled = bool(_DATE_LABEL.match(text))
    text = _CLOCK.sub("", text).rstrip(" |,")
    if labelled:
        text = _DATE_LABEL.sub("", text)
    return parse_date_line(text)


def parse_plain(raw: str) -> dict:
    """Title, published, url, source, dateline, dateline_place and the prose of a plain-text article."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict = {"title": "", "published": None, "url": None, "source": None,
                  "dateline": None, "dateline_place": None}
    index = _skip_blank(lines, 0)
    if index < len(lines) and (url := _URL_LINE.match(lines[index])):
        meta["url"] = url.group(1)
        index = _skip_blank(lines, index + 1)
    elif index < len(lines) and (glued := _GLUED_URL.match(lines[index])):
        meta["url"] = glued.group(1)
        lines[index] = glued.group(2)
    rest = any(line.strip() for line in lines[index + 1:])
    # A line continued in lower case on the next line is the start of a hard-wrapped sentence, not a headline.
    continued = index + 1 < len(lines) and lines[index + 1].strip()[:1].islower()
    if index < len(lines) and rest and not continued and _is_headline(lines[index]) and not boilerplate.kind(lines[index]):
        meta["title"] = lines[index].strip()
        index += 1
    kept = _drop_furniture(lines[index:], meta)
    take_dateline(kept, meta)
    meta["published"] = meta["published"] or meta.pop("_dateline_date", None) or url_date(meta["url"])
    meta.pop("_dateline_date", None)
    meta["text"] = join_paragraphs(_paragraphs(kept))
    return meta


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _drop_furniture(lines: list[str], meta: dict) -> list[str]:
    """The lines with bylines, credits, captions, link lists and date lines taken out ("" marks a break)."""
    kept: list[str] = []
    in_list = False
    for line in lines:
        text = line.strip()
        if not text:
            kept.append("")
            continue
        if in_list and boilerplate.is_headline_item(text):
            continue  # a linked headline under "Read more:"
        in_list = False
        if not _may_be_special(text):
            kept.append(line.rstrip())  # most lines: prose, decided with one pattern instead of every rule
            continue
        if boilerplate.opens_list(text):
            in_list = True
            kept.append("")
            continue
        found = boilerplate.kind(text)
        if found:
            if found in ("byline", "credit") and not meta["source"]:
                meta["source"] = boilerplate.byline_name(text) or text.strip("()")
            kept.append("")
            continue
        date = _metadata_date(text)
        if date:
            meta["published"] = meta["published"] or date
            kept.append("")
            continue
        kept.append(line.rstrip())
    return kept


def _paragraphs(kept: list[str]) -> list[str]:
    """Paragraphs from lines: a blank line ends one, and so does a heading (a short line with no closing
    stop) before a capitalised line, which would otherwise be read as the sentence's subject."""
    paragraphs: list[list[str]] = [[]]
    for line in kept:
        text = line.strip()
        if not text:
            paragraphs.append([])
            continue
        current = paragraphs[-1]
        # A list item is a paragraph of its own: joined, the line before it ran into it as one name
        # ("Dana Ruiz, Orvex Analytics" + "– Forecast: 64 percent").
        item = _LIST_ITEM.match(text) or current and _LIST_ITEM.match(current[-1]) and text[:1].isupper()
        if current and (item or _is_heading(current[-1]) and text[:1].isupper()):
            paragraphs.append([text])
        else:
            current.append(text)
    return [" ".join(p) for p in paragraphs if p]


def _is_heading(line: str) -> bool:
    # A hard-wrapped line of prose is long; a heading or list item is short and has no closing stop.
    return len(line) < 60 and not _SENTENCE_END.search(line)
