"""Dates in the text, resolved against the article's dateline ("on Monday" -> 2019-09-23)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from spacy.tokens import Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def resolve_date(text: str, published: str | None) -> str | None:
    """An ISO day for a date expression, or None when it names no single day."""
    if not published:
        return None
    base = date.fromisoformat(published)
    words = text.lower().replace(".", "").split()
    if not words:
        return None
    # A bare weekday in news means the latest such day on or before the dateline.
    if len(words) == 1 and words[0] in WEEKDAYS:
        back = (base.weekday() - WEEKDAYS.index(words[0])) % 7
        return (base - timedelta(days=back)).isoformat()
    if words in (["today"], ["yesterday"]):
        return (base - timedelta(days=words[0] == "yesterday")).isoformat()
    if not any(ch.isdigit() for ch in text):
        return None  # "earlier this month", "this year": a span, not a day
    import dateparser  # imported on first use: slow to import

    parsed = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": datetime.combine(base, datetime.min.time()),
        "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]})
    return parsed.date().isoformat() if parsed else None


def resolve_period(text: str, published: str | None) -> tuple[str, str] | None:
    """First and last day of a span named relative to the dateline: "earlier this month", "last week"."""
    if not published:
        return None
    base = date.fromisoformat(published)
    words = set(text.lower().replace("-", " ").split())
    monday = base - timedelta(days=base.weekday())
    month_start = base.replace(day=1)
    if "last" in words or "previous" in words:
        if "week" in words:
            return (monday - timedelta(days=7)).isoformat(), (monday - timedelta(days=1)).isoformat()
        if "month" in words:
            end = month_start - timedelta(days=1)
            return end.replace(day=1).isoformat(), end.isoformat()
        if "year" in words:
            return date(base.year - 1, 1, 1).isoformat(), date(base.year - 1, 12, 31).isoformat()
        return None
    if "this" in words or "earlier" in words:
        start = {"week": monday, "month": month_start, "year": date(base.year, 1, 1)}
        for unit, first in start.items():
            if unit in words:
                return first.isoformat(), base.isoformat()
    return None


def _date_tokens(verb: Token):
    for child in verb.children:
        candidates = [child]
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "at"}:
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        for token in candidates:
            if token.ent_type_ == "DATE" and token.dep_ in {"pobj", "npadvmod", "tmod"}:
                yield next(e for e in token.doc.ents if e.start <= token.i < e.end)


def period_of(verb: Token, published: str | None) -> tuple[str, str] | None:
    for span in _date_tokens(verb):
        period = resolve_period(span.text, published)
        if period:
            return period
    return None


def date_of(verb: Token, published: str | None) -> str | None:
    """The day a verb's clause happened on, from a DATE entity attached to it."""
    for span in _date_tokens(verb):
        return resolve_date(span.text, published)
    return None
