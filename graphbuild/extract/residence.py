"""Where a person lives, as news writes it in passing: "Ahmed Said, a resident of Mombasa", "a Mombasa native",
"Nairobi resident John Kamau", "John Kamau, who hails from Mombasa", "two of the suspects were from Mombasa".

A person "in" a place (a visit, a stay, a trial) or "from" it after a verb of motion is not where they live, and
is left alone.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import kinds
from . import geography


def read(rules) -> list:
    """Every residence fact of the document."""
    out = []
    for token in rules.args.table.tokens:
        if token.pos_ in {"NOUN", "PROPN"}:
            out += resident(rules, token) + described_from(rules, token)
        if token.lemma_ in {"be", "hail"}:
            out += comes_from(rules, token)
    return out


def resident(rules, noun: Token) -> list:
    # "Ahmed Said, a resident of Mombasa", "Ahmed Said is a native of Mombasa": the person lives there.
    if noun.lemma_.lower() not in {"resident", "native", "inhabitant"}:
        return []
    if noun.dep_ == "appos" or noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        people = [noun.head]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        people = [c for c in noun.head.children if c.dep_ == "nsubj"]
    else:
        return []
    # "a resident of Mombasa", "a Mombasa native", "Nairobi resident John Kamau".
    places = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    places += [c for c in noun.children if c.dep_ == "compound"]
    # "a resident of Ndikir village", "resident of Sirajganj district": the name before the place's noun.
    places += [c for p in places if p.lemma_.lower() in geography.SETTLEMENT_NOUNS for c in p.children
               if c.dep_ in {"compound", "amod"} and c.i == p.i - 1]
    # "Peter Otieno, a Mombasa native": a known town's name the recogniser left untagged, or read as a people.
    untagged = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == noun.i - 1
                and ((e := rules.args.table.entity_at(c)) is None or e.label_ == "NORP" and len(e) == 1)
                and kinds.city_of(c.text)]
    places = [p for p in places if (e := rules.args.table.entity_at(p)) is not None and e.label_ in geography.PLACE_LABELS]
    persons = [a for p in people for a in rules.args.resolve(p, concepts=False) if rules.mention_type(a) == "Person"]
    towns = [a for c in untagged if persons and (a := geography._span_arg(rules, c.doc[c.i: c.i + 1], "City"))]
    out = geography._located(rules, persons, towns, noun, {"City"}, "livesIn")
    for place in places:
        out += geography._located(rules, persons, rules.args.table.entity_at(place), noun, {"Country", "Place", "City"},
                        "livesIn")
    return out


# Nouns for people who live where they are "from": "Esther Banda, a student from Malawi". Not a refugee, a
# migrant, an envoy or a visitor, who is from a place they need not live in.
LOCAL_NOUNS = {"student", "pupil", "survivor", "farmer", "activist", "teacher", "worker", "trader", "villager",
               "fisherman", "fishermen", "woman", "man", "girl", "boy", "mother", "father", "youth", "teenager",
               "housewife", "vendor", "labourer", "laborer", "miner", "herder"}


def described_from(rules, noun: Token) -> list:
    # "Esther Banda, a student from Malawi", "Ravi Jat, a child labour survivor from India": the person lives there.
    if noun.lemma_.lower() not in LOCAL_NOUNS or noun.dep_ != "appos":
        return []
    places = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
              if p.dep_ == "pobj" and (e := rules.args.table.entity_at(p)) is not None and e.label_ in geography.PLACE_LABELS]
    persons = [a for a in rules.args.resolve(noun.head, concepts=False) if rules.mention_type(a) == "Person"]
    out = []
    for place in places:
        out += geography._located(rules, persons, rules.args.table.entity_at(place), noun, {"Country", "Place", "City"},
                                  "livesIn")
    return out


def comes_from(rules, verb: Token) -> list:
    # "John Kamau was from Mombasa", "John Kamau, who hails from Mombasa": where the person lives. A trip
    # ("returned from") or a negation is not.
    if verb.lemma_ == "be" and any(c.dep_ in {"acomp", "attr", "advmod", "neg"} for c in verb.children):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
              if p.dep_ == "pobj" and (e := rules.args.table.entity_at(p)) is not None and e.label_ in geography.PLACE_LABELS]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and subjects and subjects[0].lower_ in {"who", "that"}:
        subjects = [verb.head]
    people = [a for t in subjects for a in rules.args.resolve(t, concepts=False) if rules.mention_type(a) == "Person"]
    out = []
    for place in places:
        # A clause, not a description: its modality ("may be from") is read as for any verb.
        out += geography._located(rules, people, rules.args.table.entity_at(place), verb, {"Country", "Place", "City"},
                        "livesIn", "verb.from")
    return out
