"""Places inside places, written in ways ``geography`` and ``seats`` leave: a name with a lower-case noun for its
kind ("the Tunga river in Shimoga district", "the Korvan autonomous region in western China"), a
town with its region's possessive ("Rajshahi's Mohonpur"), and a town with "in" that the parser hangs on the verb
("recovered at Ashulia in Dhaka").

Read on the surface, as ``seats`` reads names: the words keep their order where the parse does not.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve import gazetteer, kinds
from . import geography
from .arguments import Arg
from .story import city_countries

# Lower-case words for a place's kind written after its name; a rank is dropped from the name ("Kundalbagh
# area"), a landform keeps it ("Chaliyar river").
RANKS = geography.ADMIN_NOUNS | {"village", "town", "township", "subdistrict", "upazila", "tehsil", "taluk"}
LANDFORMS = {"river", "lake", "valley", "mountain", "mountains", "island", "islands", "basin", "desert", "forest",
             "mine", "oilfield", "gasfield", "block"}
# Words between a name and its kind: "the Xinjiang Uygur autonomous region", "the Ninh Thuan coastal province".
KIND_ADJECTIVES = {"autonomous", "special", "administrative", "coastal", "border", "northern", "southern", "eastern",
                   "western", "central", "mountainous", "remote", "rural"}
# Ranks a city cannot hold: "Idlib province in Aleppo" is no fact.
ABOVE_CITY = {"province", "region", "governorate", "county", "prefecture", "state", "territory", "department"}
# Prepositions that place a town in a sentence: "at Ashulia in Dhaka", "from Mohonpur in Rajshahi".
LOCATIVES = {"at", "in", "near", "from", "to", "outside", "into", "around"}
# Directions written after a region in brackets: "Arzew (Oran, west)".
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
              "center"}


def read(rules) -> list:
    """Every place-in-place fact of these kinds in the document."""
    out = []
    ents = rules.args.table.ents
    for ent in ents:
        if ent.label_ in geography.PLACE_LABELS:
            out += kind_within(rules, ent) or town_within(rules, ent)
            out += region_owned(rules, ent) + bracketed(rules, ent)
    return out


def kind_within(rules, ent: Span) -> list:
    # "the Chaliyar river in Malappuram district", "Kundalbagh Ghoshbagh area in Ashulia": the noun says the
    # name is a place, and the "in" right after it, hung on the noun, says where the place lies.
    doc = rules.doc
    i = ent.end
    while i < len(doc) and doc[i].lower_ in KIND_ADJECTIVES and doc[i].is_lower:
        i += 1
    if i >= len(doc) or not doc[i].is_lower or doc[i].lower_ not in RANKS | LANDFORMS:
        return []
    noun = doc[i]
    if i + 1 >= len(doc) or doc[i + 1].lower_ != "in" or doc[i + 1].head.i not in range(ent.start, i + 1):
        return []
    outer = geography._place_after(rules, i + 2)
    if outer is None:
        return []
    start = ent.start + (ent[0].lower_ == "the")
    span = doc[start: i + 1]
    words = span.text if noun.lower_ in LANDFORMS else doc[start: ent.end].text
    if not words[:1].isupper():
        return []
    inner = Arg(rules.args.table.add_words(span, words, "Place"), (span.start_char, span.end_char), "name")
    kinds = {"Country", "Place"} if noun.lower_ in ABOVE_CITY else {"Country", "Place", "City"}
    return geography._located(rules, [inner], outer, noun, kinds)


def town_within(rules, ent: Span) -> list:
    # "a body at Ashulia in Dhaka": a town after a locative word and right before "in" and a larger place, which
    # the parser hangs on the verb. A country is taken only for a town the gazetteer knows there (as seats.within
    # does): "the West Bank in Israel" is where something else is.
    doc = rules.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in LOCATIVES or ent.end >= len(doc) or doc[ent.end].lower_ != "in":
        return []
    if ent.start <= doc[ent.end].head.i < ent.end:
        return []  # seats.within reads it
    outer = geography._place_after(rules, ent.end + 1)
    if outer is None:
        return []
    found = geography._located(rules, geography._args(rules, ent), outer, ent.root, {"Country", "Place", "City"})
    cities = city_countries().get(gazetteer.fold(ent.text.removeprefix("the ")), set())
    return [f for f in found if rules.mention_type(f.object) != "Country"
            or (rules.args.table.get(f.object.mention).link or "").split(":")[-1] in cities]


def region_owned(rules, ent: Span) -> list:
    # "Rajshahi's Mohonpur", "Kenya's Mombasa": a town written with a region's or a city's possessive lies in it,
    # and with a country's where the gazetteer puts the town there ("Russia's Crimea" may be claimed, not held).
    # A capital's possessive speaks for its country ("Beijing's Hong Kong"), not for the city.
    doc = rules.doc
    if ent.label_ != "GPE" or ent.start < 2 or doc[ent.start - 1].lower_ not in {"'s", "’s"}:
        return []
    owner = rules.args.table.entity_at(doc[ent.start - 2])
    if owner is None or owner.label_ != "GPE" or owner.end != ent.start - 1:
        return []
    if gazetteer.fold(owner.text.removeprefix("the ")) in gazetteer.capitals():
        return []
    # "Rajshahi's Mohonpur district" is geography.possessed's; "Foxconn's Zhengzhou operation", "Akbar's Gujarat
    # army": a name that qualifies a noun after it names no town of the possessor.
    if ent.end < len(doc) and doc[ent.end].pos_ in {"NOUN", "PROPN"}:
        return []
    found = geography._located(rules, geography._args(rules, ent), owner, ent.root, {"Country", "Place", "City"})
    return [f for f in found if rules.mention_type(f.object) != "Country"
            or (rules.args.table.get(f.subject.mention).link or "").startswith("city:")]


def bracketed(rules, ent: Span) -> list:
    # "their house in Nilambur (Malappuram)", "the Arzew (Oran, west) gas complex": a town with its region in
    # brackets. Not another name of the same place ("Mumbai (Bombay)", "Huangshan (Yellow Mountains)"): the bracket
    # must hold a name the recogniser reads as a town or region, not the town's own.
    doc = rules.doc
    i = ent.end
    if i + 2 >= len(doc) or doc[i].text != "(":
        return []
    outer = rules.args.table.entity_at(doc[i + 1])
    if outer is None or outer.label_ != "GPE" or outer.start != i + 1 or any(c in ent.text for c in "()/"):
        return []
    # "the Wildlife Protected Areas (WPAs)", "Duqm (Sezad)": an abbreviation, or a name the gazetteer does not
    # know as a place, is as often the first name's other name.
    if outer.text.isupper() or not (kinds.city_of(outer.text) or gazetteer.country_of(outer.text)):
        return []
    j = outer.end
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in DIRECTIONS:
        j += 2
    if j >= len(doc) or doc[j].text != ")":
        return []
    same = kinds.city_of(ent.text)
    if same is not None and same == kinds.city_of(outer.text):
        return []
    found = geography._located(rules, geography._args(rules, ent), outer, ent.root, {"Country", "Place", "City"})
    cities = city_countries().get(gazetteer.fold(ent.text.removeprefix("the ")), set())
    return [f for f in found if rules.mention_type(f.object) != "Country"
            or (rules.args.table.get(f.object.mention).link or "").split(":")[-1] in cities]
