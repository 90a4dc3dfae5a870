"""Dates in article metadata lines."""
from __future__ import annotations

import re
from datetime import date

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Only lines that look like a date are handed to the parser, so prose is never read as one.
_DATE_LIKE = re.compile(
    rf"^\s*(?:(?:published|updated|date)\s*:?\s*)?(?:\w+day,?\s+)?"
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ][\d:.+Z-]*)?|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}})\s*$",
    re.I,
)


def parse_date_line(line: str) -> str | None:
    """An ISO date when the whole line is a date ("September 25, 2019", "2019-09-25"), else None."""
    if not _DATE_LIKE.match(line):
        return None
    iso = re.search(r"\d{4}-\d{2}-\d{2}", line)
    if iso:
        try:
            return date.fromisoformat(iso.group(0)).isoformat()
        except ValueError:
            return None
    import dateparser  # imported on first use: it is slow to import

    text = re.sub(r"^\s*(?:published|updated|date)\s*:?\s*", "", line, flags=re.I)
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None
