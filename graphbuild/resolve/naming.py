"""How a resolved entity is named, typed and linked, and how its merge ledger names each rule."""
from __future__ import annotations

import unicodedata
from collections import Counter

from . import gazetteer
from .gazetteer import fold
from .names import clean, display_name, person_key

# When mentions of one name disagree on type and no rule decides, the earlier type wins.
TYPE_PRIORITY = ("Person", "Country", "Organization", "City", "Place", "Event", "Group", "Concept")
# A head's title that stands for a country in the graph's ledger (extract/leaders.py puts it there).
OFFICE_WORDS = frozenset("president king queen emir amir sultan chancellor premier taoiseach pope emperor monarch "
                         "minister leader counsellor".split())


def gazetteer_rule(surface: str, type_: str, label: str) -> str:
    """How a surface form reached a gazetteer entity: a capital for its government, a demonym, an alias."""
    folded = fold(surface)
    if type_ == "Country" and folded in gazetteer.capitals():
        return "metonymy"
    if type_ == "Country" and folded in gazetteer.demonyms():
        return "demonym"
    if type_ == "Country" and folded in OFFICE_WORDS:
        return "office"  # "President Bolsonaro": the title stands for the country the table knows he leads
    return "exact" if folded == fold(label) else "gazetteer"


def ledger_rule(rule: str, name: str, label: str, type_: str) -> str:
    # Names that differ from the label only in accents or case say so; "exact" otherwise.
    if rule not in {"exact", "accent-fold"}:
        return rule
    if type_ == "Person" and fold(clean(name)) != fold(name):
        return "punctuation"  # a possessive, or a results table's "(SAU)/" before the name
    if type_ == "Person" and fold(display_name(name)) != fold(name):
        return "title"
    if fold(name) == fold(label):
        return "accent-fold" if name != label else "exact"
    if type_ == "Person" and person_key(name) == person_key(label):
        return "transliteration"
    return "exact"


def vote(types: list[str]) -> tuple[str, str | None]:
    counts = Counter(types)
    if len(counts) == 1:
        return types[0], None
    # Person beats other labels for the same name: the model's usual slip is a surname tagged ORG.
    best = max(counts, key=lambda t: (t == "Person", counts[t], -TYPE_PRIORITY.index(t)))
    seen = ", ".join(f"{t} x{n}" for t, n in sorted(counts.items()))
    return best, f"mentions disagreed ({seen}); {best} chosen by rule person-first, then majority"


def label_of(names: list[str]) -> str:
    # The fullest form, then the most frequent, then one with accents kept ("Guaidó" over "Guaido").
    counts = Counter(names)
    return max(counts, key=lambda n: (len(n.split()), counts[n], _has_accents(n), n))


def _has_accents(name: str) -> bool:
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", name))


def links(key: str, type_: str, label: str) -> tuple[str, ...]:
    """owl:sameAs targets from the shipped tables: GeoNames, and Wikidata where its ID is known."""
    links = []
    if type_ in {"Country", "City"}:
        iso = key.split("/")[1].upper()
        name = "" if type_ == "Country" else fold(label)
        geonameid = (gazetteer.countries()[iso].geonameid if type_ == "Country"
                     else gazetteer.city_geonameids().get((name, iso)))
        if geonameid:
            links.append(gazetteer.GEONAMES.format(geonameid))
        qid = gazetteer.wikidata_ids().get((type_.lower(), iso, name))
        if qid:
            links.append(gazetteer.WIKIDATA.format(qid))
    return tuple(links)
