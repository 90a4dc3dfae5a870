"""A one-word name the tagger took for a person that is a province or a town of the story's own country ("patients
travel to Goa", "flooding in Byndoor" in an Indian story): the place, unless the story names someone so."""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve import kinds
from ..resolve.gazetteer import fold


def names_of_people(ents) -> frozenset[str]:
    """Folded words of the story's longer person names: a place's name among them is someone's name here."""
    return frozenset(fold(t.text) for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent)


def home_place(ent: Span, home: str | None, people: frozenset[str], role: str | None) -> bool:
    if not home or ent.label_ != "PERSON" or len(ent) != 1 or role or not ent[0].is_title:
        return False
    name = fold(ent.text)
    if name in people:
        return False
    city = kinds.city_of(ent.text)
    return home in kinds.regions().get(name, ()) or city is not None and city[1] == home


# Short forms a country's own papers write for it ("SA" in South African stories; elsewhere it may be Saudi Arabia or
# South Australia).
HOME_SHORT = {"SA": "ZA"}


def home_short(ent: Span, home: str | None) -> str | None:
    """The story's country where ``ent`` is the short form its own papers write for it."""
    return home if home and HOME_SHORT.get(ent.text) == home else None
