"""A name and the other name the text gives the same thing ("X, known as Y", "Body (Shortname)")."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import DocExtraction

# What stands between a name and another name the text gives the same thing (or gave it: "Padma Bank (formerly
# Farmers Bank)").
_KNOWN_AS = re.compile(r"^\s*,?\s*(?:\(\s*)?(?:(?:who\s+is\s+|better\s+|also\s+|widely\s+|popularly\s+)?known\s+"
                       r"(?:as|by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|alias|nickname|name|pseudonym))"
                       r"|alias|a\.k\.a\.?|aka|nicknamed|dubbed|née|nee"
                       r"|formerly|previously|(?:formerly|previously|once)\s+(?:known\s+as|called))"
                       r"\s*[,:]?\s*[\"“']?\s*(?:the\s+)?$", re.I)


def known_as(extractions: Sequence[DocExtraction], placed: dict) -> dict[tuple[str, int], str]:
    """(article id, mention id) -> the group key of the name before "known as" for every mention of the name
    after it, in that article ("Luis Ortega, known by his nom de guerre Pablo Beltran"; "Vijay Diwas, also
    known as Victory Day")."""
    out = {}
    for ex in extractions:
        named = sorted((m for m in ex.mentions if m.type != "Concept"), key=lambda m: m.start)
        alias: dict[str, str] = {}  # the second name's group key -> the first's
        for first, second in zip(named, named[1:]):
            gap = ex.article.text[first.end:second.start]
            if first.type == second.type and (_KNOWN_AS.match(gap) and _named_before(ex.article.text, gap, first, second)
                                              or _bracketed(ex.article.text, first, second)):
                # "his son Ahmad, also known as Ahmad ibn Yusuf al-Mansur": a lone given name is
                # shared by every article's Ahmad; here it is the fuller name's, not the other way round.
                if first.type == "Person" and len(first.name.split()) == 1 < len(second.name.split()):
                    first, second = second, first
                alias[placed[(ex.article.id, second.id)][0]] = placed[(ex.article.id, first.id)][0]
        for m in ex.mentions:
            key = alias.get(placed[(ex.article.id, m.id)][0])
            if key and placed[(ex.article.id, m.id)][0] != key:
                out[(ex.article.id, m.id)] = key
    return out


def _bracketed(text: str, first, second) -> bool:
    """ "Freedom and Refoundation (Libre)", "National Innovation and Unity (Pinu)": a body's one-word other name in
    brackets right after its name, written as a word; capitals are left to the initials test ("Indian Industry
    (CII)" cut from "Confederation of Indian Industry" is not the CII)."""
    return (first.type == "Organization" and len(second.name.split()) == 1 and not second.name.isupper()
            and len(first.name.split()) < 8
            and re.fullmatch(r"\s*\(\s*", text[first.end:second.start]) is not None
            and text[second.end:second.end + 1] == ")")


_FORMER = re.compile(r"formerly|previously|once", re.I)


def _named_before(text: str, gap: str, first, second) -> bool:
    """ "Padma Bank (formerly Farmers Bank)": a body's former name, written whole; not "Ruto, previously Kenyatta's
    deputy" (a post), nor a town "previously" another."""
    if not _FORMER.search(gap):
        return True
    return first.type == "Organization" and text[second.end:second.end + 1] in {")", ",", ".", ";", ""}
