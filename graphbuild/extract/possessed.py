"""A company's or outlet's country written as a bare possessive before its name: "Venezuela's Emtrasur",
"Colombia's El Espectador". nominal.home_country reads the possessive only where the name ends in a company's
word ("Japan's Mitsubishi Heavy Industries"); this reads the other names, leaving out the names of state bodies
(partOf their country, read in seats and organs) and of groups and parties, whose tie to the country is another.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import nominal, seats

# Words of a name that make it a state body (the organ words seats.py reads as partOf), a movement or a people, not
# a firm or an outlet.
BODY_WORDS = seats.ORGAN_WORDS | {
    "air", "alliance", "assembly", "association", "bank", "board", "cabinet", "center", "central", "centre",
    "chamber", "christian", "club", "coalition", "college", "committee", "congress", "corps", "council", "court",
    "courts", "embassy", "federal", "federation", "fighters", "fleet", "force", "forces", "foundation", "front",
    "fund", "government", "hospital", "inspectorate", "institute", "islamic", "jewish", "junta", "league",
    "mechanism", "military", "mission", "movement", "muslim", "muslims", "national", "network", "ombudsman",
    "opposition", "organisation", "organization", "parliament", "party", "people", "people's", "peoples",
    "presidency", "program", "programme", "prosecution", "prosecutor", "registry", "royal", "school", "senate",
    "services", "society", "squad", "state", "team", "theater", "theatre", "tribunal", "trust", "union", "unit",
    "university"}


def country_firm(rules, token: Token) -> list:
    # "Venezuela's Emtrasur": a country's possessive right before an organisation's name.
    table = rules.args.table
    ent = table.entity_at(token)
    if ent is None or ent.label_ != "ORG" or ent.root.i != token.i or ent.start < 2:
        return []
    if nominal.home_country(rules, token):
        return []
    # "Israel's X and Y": two names the parser may have read as one; a list leaves the owner unsure.
    if token.conjuncts or any(t.lower_.strip("’'") in BODY_WORDS for t in ent):
        return []
    mark = rules.doc[ent.start - 1]
    owners = [c for c in token.children if c.dep_ == "poss" and c.i == ent.start - 2
              and mark.lower_ in {"'s", "’s"}]
    # The owner is the whole of a country's name: "South Korea's", not "Seoul's" or "the army's".
    owners = [o for o in owners if (e := table.entity_at(o)) is not None and e.label_ == "GPE" and e.end == o.i + 1]
    countries = [arg for owner in owners if (arg := nominal._country(rules, owner)) is not None]
    # "Ghana's Roads" in a quoted title: a one-word name the article also writes in lower case is a common noun.
    if not countries or len(ent) == 1 and any(t.text == token.lower_ for t in rules.doc):
        return []
    firms = [arg for arg in rules.args.resolve(token, concepts=False) if rules.mention_type(arg) == "Organization"]
    return [rules.make(firm, "basedIn", country, token, "noun.based") for firm in firms for country in countries]
