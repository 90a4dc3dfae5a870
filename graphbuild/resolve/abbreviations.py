"""Abbreviations a text defines: "the National Liberation Army (ELN)" makes "ELN" a name of that army; and
short names: "Mitsubishi Heavy" after "Mitsubishi Heavy Industries" is that company; and other names a text
gives a person: "Eliecer Chamorro, known by his nom de guerre Antonio Garcia"."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..records import DocExtraction
from .gazetteer import fold

# "(ELN)", "(WHO)", "( U.N. )": capitals, digits and dots, right after the full name.
_DEFINED = re.compile(r"^\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
_DEFINERS = {"Organization", "Place", "Event", "Group", "Country", "City"}


def abbreviates(abbr: str, full: str) -> bool:
    """Two of the abbreviation's capitals are initials of the name's words ("ELN": "National Liberation
    Army"), so that "(BRA)" after a racer's name or "(Reuters)" is no abbreviation of it."""
    words = full.split()
    initials = {w[:1].upper() for w in words}
    capitals = {ch for ch in abbr if ch.isupper()}
    return len(words) > 1 and len(capitals & initials) >= min(2, len(capitals))


def spells(abbr: str, full: str) -> bool:
    """The abbreviation is the initials of every word of the name, in order."""
    letters = "".join(ch for ch in abbr if ch.isalpha()).upper()
    return len(letters) >= 2 and letters == "".join(w[:1] for w in full.split()).upper()


def defined_here(text: str, end: int) -> str | None:
    match = _DEFINED.match(text[end:end + 20])
    if not match:
        return None
    abbr = match.group(1)
    # At least two capitals: "(ELN)", "(UNHCR)", "(U.N.)"; not "(Reuters)" nor "(Ltd)".
    return abbr if sum(ch.isupper() for ch in abbr) >= 2 else None


def abbreviations(extractions: Sequence[DocExtraction], placed: dict) -> dict[tuple[str, int], str]:
    """(article id, mention id) -> the group key of the full name, for each mention of a defined
    abbreviation: in the article that defines it, and elsewhere when the corpus defines it one way only."""
    local: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    anywhere: dict[str, set[str]] = defaultdict(set)
    definers: set[tuple[str, int]] = set()
    for ex in extractions:
        for m in ex.mentions:
            if m.type not in _DEFINERS | {"Person"}:
                continue
            abbr = defined_here(ex.article.text, m.end)
            # A name tagged a person defines an abbreviation only when it spells it out whole
            # ("Perusahaan Listrik Negara (PLN)", "Mohammed bin Salman (MBS)").
            if m.type == "Person" and not (abbr and spells(abbr, m.name)):
                continue
            if abbr and fold(abbr) != fold(m.name) and abbreviates(abbr, m.name):
                target = placed[(ex.article.id, m.id)][0]
                local[ex.article.id][fold(abbr)].add(target)
                anywhere[fold(abbr)].add(target)
                definers.add((ex.article.id, m.id))
    out = {}
    for ex in extractions:
        for m in ex.mentions:
            here = local[ex.article.id].get(fold(m.name))
            # Elsewhere an abbreviation is believed only for an organisation or place the tagger found.
            targets = here or (anywhere.get(fold(m.name), set()) if m.type != "Person" else set())
            if len(targets) != 1 or (ex.article.id, m.id) in definers or m.type == "Concept":
                continue
            target = next(iter(targets))
            if placed[(ex.article.id, m.id)][0] != target:
                out[(ex.article.id, m.id)] = target
    return out


def shortened(extractions: Sequence[DocExtraction], placed: dict, heads: frozenset) -> dict[tuple[str, int], str]:
    """(article id, mention id) -> the group key of the one organisation of the same article whose name is
    this one's plus company words only ("Mitsubishi Heavy" of "Mitsubishi Heavy Industries")."""
    out = {}
    for ex in extractions:
        orgs = {tuple(fold(m.name).split()): placed[(ex.article.id, m.id)][0] for m in ex.mentions
                if m.type == "Organization"}
        for m in ex.mentions:
            words = tuple(fold(m.name).split())
            if m.type != "Organization" or not words:
                continue
            longer = {key for name, key in orgs.items() if len(name) > len(words) and name[:len(words)] == words
                      and all(w in heads for w in name[len(words):])}
            if len(longer) == 1 and placed[(ex.article.id, m.id)][0] not in longer:
                out[(ex.article.id, m.id)] = next(iter(longer))
    return out


# What stands between a person's name and another name the text gives the same person.
_KNOWN_AS = re.compile(r"^\s*,?\s*(?:\(\s*)?(?:(?:who\s+is\s+|better\s+|also\s+|widely\s+|popularly\s+)?known\s+"
                       r"(?:as|by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|alias|nickname|name|pseudonym))"
                       r"|alias|a\.k\.a\.?|aka|nicknamed|dubbed|née|nee)\s*[,:]?\s*[\"“']?\s*$", re.I)


def known_as(extractions: Sequence[DocExtraction], placed: dict) -> dict[str, str]:
    """Group key -> the group key it joins, for a person the text gives a second name ("X, known as Y"):
    every mention of the second name in that article goes with the first."""
    out: dict[str, str] = {}
    for ex in extractions:
        people = sorted((m for m in ex.mentions if m.type == "Person"), key=lambda m: m.start)
        for first, second in zip(people, people[1:]):
            if _KNOWN_AS.match(ex.article.text[first.end:second.start]):
                a, b = placed[(ex.article.id, first.id)][0], placed[(ex.article.id, second.id)][0]
                if a != b:
                    out[b] = out.get(a, a)
    return out
