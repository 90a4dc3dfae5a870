"""A company's or outlet's country written as a bare possessive before its name: "Venezuela's Emtrasur",
"Colombia's El Espectador". nominal.home_country reads the possessive only where the name ends in a company's
word ("Japan's Mitsubishi Heavy Industries"); this reads the other names, leaving out the names of state bodies
(partOf their country, read in seats and organs) and of groups and parties, whose tie to the country is another.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import nominal

# Words of a name that make it a state body, a movement or a people, not a firm or an outlet.
BODY_WORDS = {"court", "courts", "administration", "ministry", "programme", "program", "government", "league",
              "chamber", "mechanism", "commission", "agency", "council", "police", "army", "navy", "air",
              "force", "forces", "guard", "party", "front", "movement", "union", "fighters", "committee", "office",
              "department", "bureau", "service", "services", "authority", "directorate", "institute", "university",
              "assembly", "parliament", "senate", "congress", "bank", "secretariat", "ombudsman", "cabinet",
              "presidency", "embassy", "mission", "federation", "association", "alliance", "coalition",
              "opposition", "junta", "military", "board", "tribunal", "prosecutor", "prosecution", "central",
              "national", "state", "federal", "royal", "people", "peoples", "people's", "muslim", "muslims",
              "christian", "jewish", "islamic", "organization", "organisation", "foundation", "society",
              "network", "trust", "corps", "unit", "division", "centre", "center", "school", "college",
              "hospital", "fund", "inspectorate", "registry", "team", "club", "squad", "command", "fleet", "theatre", "theater"}


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
