"""Names read by the story they stand in: a one-word name the tagger took for a person that is a province of the
story's own country ("patients travel to Goa"), a short form of the story's country ("SA"), a name written
only with its rank ("Byndoor taluk"), a country news names without saying which ("the Islamic Republic")."""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve import kinds
from ..resolve.gazetteer import fold


def names_of_people(ents) -> frozenset[str]:
    """Folded words of the story's longer person names: a place's name among them is someone's name here."""
    return frozenset(fold(t.text) for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent)


def home_place(ent: Span, home: str | None, people: frozenset[str], role: str | None) -> bool:
    """Only a province: a town's name is too often a given name too ("Ali", "Hassan", "Taylor"), and only where the
    name does not act ("Goa said" is someone)."""
    if not home or ent.label_ != "PERSON" or len(ent) != 1 or role or not ent[0].is_title:
        return False
    name = fold(ent.text)
    if name in people or ent.root.dep_ in {"nsubj", "nsubjpass", "appos"}:
        return False
    return home in kinds.regions().get(name, ())


# Short forms a country's own papers write for it ("SA" in South African stories; elsewhere it may be Saudi Arabia or
# South Australia).
HOME_SHORT = {"SA": "ZA"}


def home_short(ent: Span, home: str | None) -> str | None:
    """The story's country where ``ent`` is the short form its own papers write for it."""
    return home if home and HOME_SHORT.get(ent.text) == home else None


def ranked_only(ents, ranks: frozenset[str], name_of) -> frozenset[str]:
    """Names the story writes only with a lower-case rank after them ("Byndoor taluk", "Udupi district"): the area,
    never the town of the same name."""
    seen: dict[str, bool] = {}
    for ent in ents:
        if ent.label_ in {"GPE", "LOC", "PERSON"}:
            # The rank inside the span ("Anand district" tagged whole) or right after it.
            inside = len(ent) > 1 and ent[-1].is_lower and ent[-1].lower_ in ranks
            after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            name = name_of(ent)  # the mention's own name, its rank cut as clean_name cuts it
            ranked = inside or after is not None and after.is_lower and after.lower_ in ranks
            seen[name] = seen.get(name, True) and ranked
    return frozenset(name for name, ranked in seen.items() if ranked)


# Names news gives one country where the text says no other: "the Islamic Republic" (not "... of Pakistan"),
# "Korea" (not in a story of North Korea, where it may be the peninsula).
NAMED_BY_STORY = {"Islamic Republic": "IR", "Korea": "KR"}


def named_by_story(span: Span, name: str) -> str | None:
    iso = NAMED_BY_STORY.get(name)
    doc = span.doc
    if iso == "IR" and span.end < len(doc) and doc[span.end].lower_ == "of":
        return None
    if iso == "KR" and any(w in doc.text for w in ("North Korea", "DPRK", "Pyongyang", "peninsula")):
        return None
    return iso
