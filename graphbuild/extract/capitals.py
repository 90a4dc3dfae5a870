"""Capitals named beside the word: "the Chinese capital Beijing", "Afghanistan's capital, Kabul", "Abuja, the
Nigerian capital", "the capital, Manila" (in an article that names the Philippines); and a region's capital, which
lies in the region: "Henan's provincial capital Zhengzhou", "Matsue, the capital of Shimane Prefecture", "Henan's
provincial capital of Zhengzhou".

``RelationRules.capital`` reads "the Venezuelan capital of Caracas" (a country's); this reads the other ways news
writes it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..resolve import gazetteer
from . import geography, nominal
from .arguments import Arg
from .story import named_countries

PLACES = {"GPE", "LOC"}
# Words that make a region's capital ("the provincial capital"), not a figurative one ("the mining capital").
REGIONAL = {"provincial", "departmental", "state", "regional", "district", "county", "prefectural", "national",
            "federal"}


def read(rules, noun: Token) -> list:
    if noun.lemma_.lower() != "capital" or noun.pos_ != "NOUN" or rules.args.table.entity_at(noun) is not None:
        return []
    city, described = _city(rules, noun)
    if city is None:
        return _region_capital_of(rules, noun)
    cities = [a for a in rules.args.resolve(city.root, concepts=False) if rules.mention_type(a) in {"City", "Place"}]
    owners = [c for c in noun.children if c.dep_ in {"amod", "poss", "compound"} and c.i != city.root.i]
    # "Matsue, the capital of Shimane Prefecture": the owner after "of", where the city is written before.
    if described:
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"]
    # "Lubumbashi, the Congolese mining capital", "the former capital": a capital of something else, or no
    # longer; the city still lies in the country.
    figurative = any(c.dep_ in {"amod", "compound"} and c.text.islower() and c.lower_ not in REGIONAL
                     for c in noun.children)
    out = []
    for owner in owners:
        country = nominal._country(rules, owner)
        if country is not None and figurative:
            out += geography._located(rules, cities, [country], noun, {"Country"})
        elif country is not None:
            out += [rules.make(c, "capitalOf", country, noun, "noun.capital") for c in cities
                    if _capital_of(rules, c, country)]
        if country is not None:
            continue
        # "Henan's provincial capital": a region's capital lies in it.
        ent = rules.args.table.entity_at(owner)
        if ent is not None and ent.label_ in PLACES and ent.root.i == owner.i:
            out += geography._located(rules, cities, ent, noun, {"Place", "City"})
    if owners or out or figurative:
        return out
    # "the capital, Manila": the country whose capital the gazetteer says it is, where the article names it.
    iso = gazetteer.capitals().get(gazetteer.fold(city.text.removeprefix("the ")))
    if iso is None or not any(iso in found for _, _, found, how in named_countries(rules.doc) if how != "place"):
        return []
    country = rules.args.table.country_for(rules.doc[noun.i: noun.i + 1], iso)
    return [rules.make(c, "capitalOf", Arg(country, (noun.idx, noun.idx + len(noun.text)), "capital"),
                       noun, "noun.capital") for c in cities]


def _region_capital_of(rules, noun: Token) -> list:
    """ "Hubei's provincial capital of Wuhan", "the Sichuan provincial capital of Chengdu": the city after
    "of" lies in the region written before the noun. A country's capital so written is RelationRules.capital's."""
    table = rules.args.table
    cities = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and (e := table.entity_at(p)) is not None and e.label_ in PLACES and e.root.i == p.i
              for a in rules.args.resolve(p, concepts=False) if rules.mention_type(a) in {"City", "Place"}]
    out = []
    for owner in (c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}):
        ent = table.entity_at(owner)
        if cities and ent is not None and ent.label_ in PLACES and ent.root.i == owner.i:
            out += geography._located(rules, cities, ent, noun, {"Place", "City"})
    return out


def _city(rules, noun: Token) -> tuple[Span | None, bool]:
    """The named place the noun stands for, and whether it is written before the noun ("Abuja, the capital")."""
    doc = rules.doc
    # "Abuja, the Nigerian capital": the noun is the name's apposition.
    if noun.dep_ == "appos":
        ent = rules.args.table.entity_at(noun.head)
        if ent is not None and ent.label_ in PLACES:
            return ent, True
    # "the Chinese capital Beijing", "Afghanistan's capital, Kabul": the name right after the noun, whatever
    # the parser made of it; "the capital of X" is RelationRules.capital's.
    # "the departmental capital of Casanare, Yopal": the name in apposition to the owner after "of".
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for owner in (p for p in prep.children if p.dep_ == "pobj"):
            named = [rules.args.table.entity_at(c) for c in owner.children if c.dep_ == "appos" and not c.conjuncts]
            if len(named) == 1 and named[0] is not None and named[0].label_ in PLACES:
                return named[0], True
    i = noun.i + 1 + (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ",")
    ent = rules.args.table.entity_at(doc[i]) if i < len(doc) else None
    if ent is None or ent.label_ not in PLACES or ent.start != i:
        return None, False
    # "the capital Dhaka's traffic": a possessive makes the name another noun's owner, still the capital.
    return ent, False


def _capital_of(rules, city, country) -> bool:
    # "the Chinese capital Beijing": a known capital only of its own country; an unknown one (a new capital, a
    # city GeoNames lacks) is taken as written.
    link = rules.args.table.get(country.mention).link or ""
    known = gazetteer.capitals().get(gazetteer.fold(rules.args.table.get(city.mention).name))
    return known is None or link.split(":")[-1] == known
