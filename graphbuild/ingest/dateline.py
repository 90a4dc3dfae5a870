"""Wire datelines ("NAIROBI, July 3 (Xinhua) --", "CAIRO - 24 July 2022:", "Kabul (Pajhwok):") read as metadata.

A dateline left in the text is parsed as part of the first sentence ("Doha mediates ceasefire" from
"DOHA, June 3 (AFP) - ..."), so it is cut off and its place and date kept beside the text instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# "July 3", "Jun 9 2023", "Oct. 5", "May 2, 2020", "24 July 2022", "11 October", "March 2023".
_DATE = (rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
         rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?(?:\s+(?P<y2>{_YEAR}))?"
         rf"|(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR}))")
_CAPS_WORD = r"[A-Z][A-Z'’.&-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][a-z'’-]+\.?"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+(?:&\s+)?{_CAPS_WORD}){{0,3}}"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s+(?:&\s+)?{_TITLE_WORD}){{0,2}}"
_PLACE = rf"(?:{_CAPS_PLACE}|{_TITLE_PLACE})"
# "MUTARE, Zimbabwe ," and "PUEBLA, PUEBLA." name a region after the city.
_REGIONS = rf"(?:\s*,\s*{_PLACE}){{0,2}}"
_AGENCY = r"\((?P<agency>[A-Z][\w.'’&/ -]{1,40})\)"
_SEP = r"\s*(?:--|—|–|-|:)"
_LEAD = r"^[ \t]*"

_FORMS = [
    # "LUSAKA, Jun 9 2023 (IPS) -", "LAHORE, Apr 07:", "BEIJING, Oct. 5 --", "some News, 11 October -"
    re.compile(rf"{_LEAD}(?P<place>(?:{_PLACE}|[a-z]\w+(?:\s+{_TITLE_WORD}){{1,2}})(?:\s*/\s*{_PLACE})?){_REGIONS}\s*,\s*{_DATE}\s*(?:{_AGENCY})?{_SEP}"),
    # "MANILA (May 2, 2020) —"
    re.compile(rf"{_LEAD}(?P<place>{_PLACE}){_REGIONS}\s*\(\s*{_DATE}\s*\){_SEP}"),
    # "CAIRO - 24 July 2022:", "Peru, Lima, March 2023:"
    re.compile(rf"{_LEAD}(?P<place>{_PLACE}){_REGIONS}\s*(?:--|—|–|-|,)\s*{_DATE}\s*:"),
    # "Kabul (Pajhwok):"
    re.compile(rf"{_LEAD}(?P<place>{_PLACE}){_REGIONS}\s*{_AGENCY}{_SEP}"),
    # "ATHENS —", "PANAMA CITY:", "PUEBLA, PUEBLA.-", "HARARE, Zimbabwe -"; the place in capitals, so a sentence
    # never matches.
    re.compile(rf"{_LEAD}(?P<place>{_CAPS_PLACE})(?:\s*,\s*{_PLACE})?(?:\s+--|\s*[—–]|\s+-|-|:)(?=\s)"),
    # "Jaipur- ", "Port Louis - ": one or two capitalised words and a dash.
    re.compile(rf"{_LEAD}(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD})?)(?:-|\s+--|\s+[—–-])(?=\s)"),
]
# Words that open a line with a colon or dash but are labels, not places.
_NOT_PLACES = frozenset("""breaking update updated watch note editor opinion analysis photos photo video live exclusive
read also related source warning correction summary background context comment editorial q a by from tags
advertisement listen subscribe share follow""".split())
# An outlet's name in the place slot ("some News, 11 October -", "CITY TIMES -") is the source.
_OUTLET = re.compile(r"\b(?:news|today|times|post|daily|press|agency|tribune|herald|gazette|wire|journal|international)\b", re.I)


# A line that ends a sentence or a quote: prose, not a headline.
_STOPPED = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_CAMEL = re.compile(r"[a-z]{1,3}[A-Z]")


@dataclass(frozen=True)
class Dateline:
    end: int  # where the prose starts in the line
    text: str  # the dateline as written, separator dropped
    place: str | None
    day: int | None
    month: int | None
    year: int | None
    agency: str | None
    outlet: str | None

    def iso(self, *, like: str | None = None) -> str | None:
        """The ISO date, a missing year taken from ``like`` (an ISO date near it, such as the URL's)."""
        if not (self.day and self.month):
            return None
        year = self.year
        if year is None and like:
            ref = date.fromisoformat(like)
            year = ref.year
            # A dateline of 30 December in an article filed on 2 January belongs to the year before.
            if (self.month, self.day) > (ref.month, ref.day) and self.month - ref.month > 6:
                year -= 1
        if year is None:
            return None
        try:
            return date(year, self.month, self.day).isoformat()
        except ValueError:
            return None


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")[:3]) if name else None


def read_dateline(line: str) -> Dateline | None:
    """The dateline at the start of ``line``, or None. The prose after it must be left."""
    for form in _FORMS:
        match = form.match(line)
        if not match:
            continue
        rest = line[match.end():].lstrip()
        place = match.group("place").strip(" ,.")
        # The sentence after a dateline opens with a capital ("eCommerce" and "iPhone" count), a digit or a quote.
        if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'(" or _CAMEL.match(rest)):
            continue
        if place.split()[0].lower().strip(".") in _NOT_PLACES or len(place.replace(" ", "")) < 3:
            continue
        # "NATO, Russia - Ministers met": a body's name opens the sentence, no dateline.
        if _known_body(place):
            continue
        groups = match.groupdict()
        outlet = None
        if _OUTLET.search(place):
            outlet, place = place, None
        day = groups.get("d1") or groups.get("d2")
        year = groups.get("y1") or groups.get("y2") or groups.get("y3")
        end = len(line) - len(rest)
        return Dateline(
            end=end, text=line[:end].strip().rstrip("-—–:").strip(), place=_tidy(place) if place else None,
            day=int(re.sub(r"\D", "", day)) if day else None,
            month=_month(groups.get("m1") or groups.get("m2") or groups.get("m3")),
            year=int(year) if year else None, agency=groups.get("agency"), outlet=outlet,
        )
    return None


def _known_body(place: str) -> bool:
    # Imported here: resolve/ reads ingest/'s word lists, so ingest/ cannot import resolve/ as it loads.
    from ..resolve.gazetteer import fold, organisation_names

    return fold(place) in organisation_names()


def _tidy(place: str) -> str:
    # "PORT LOUIS" -> "Port Louis", "TOKYO/JAKARTA" -> "Tokyo/Jakarta"; "Cairo" stays as written.
    def word(w: str) -> str:
        return "/".join(p.capitalize() if p.isupper() and len(p) > 2 else p for p in w.split("/"))
    return " ".join(word(w) for w in place.split())


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/-]|\d{0,12}/|$)")


def url_date(url: str | None) -> str | None:
    """The date a news URL carries ("/2022/07/25/", "/2022-08-01/", "/20220527/"), else None."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


def take_dateline(kept: list[str], meta: dict) -> None:
    """Cut the dateline off the first prose line of ``kept`` (lines, "" between paragraphs) and keep its
    place, text and source in ``meta``, its date under "_dateline_date" for the reader to weigh."""
    lines = [number for number, line in enumerate(kept) if line.strip()]
    if not lines:
        return
    first = kept[lines[0]]
    found = read_dateline(first)
    second = read_dateline(kept[lines[1]]) if found is None and len(lines) > 1 else None
    if found is not None:
        kept[lines[0]] = first[found.end:].lstrip()
    elif second is not None and not _STOPPED.search(first) and lines[1] == lines[0] + 1:
        # A line with no closing stop right above the dateline is a headline too long to be read as one: run on
        # into the prose, its last name took the dateline's place ("... Xiomara Castro" + "Tegucigalpa – ").
        meta["title"] = meta.get("title") or first.strip()
        kept[lines[0]] = ""
        found = second
        kept[lines[1]] = kept[lines[1]][found.end:].lstrip()
    elif len(lines) > 1 and len(first.strip()) <= 80:
        # A dateline alone on its line ("KABUL (Pajhwok):"), the prose on the next.
        found = read_dateline(first.strip() + " " + kept[lines[1]].lstrip())
        if found is None or found.end < len(first.strip()) + 1:
            return
        kept[lines[0]] = ""
        kept[lines[1]] = kept[lines[1]].lstrip()[found.end - len(first.strip()) - 1:].lstrip()
    else:
        return
    meta["dateline"] = found.text
    meta["dateline_place"] = found.place
    if not meta["source"]:
        meta["source"] = found.outlet or found.agency
    meta["_dateline_date"] = found.iso(like=meta["published"] or url_date(meta["url"]))
