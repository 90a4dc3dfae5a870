"""Trips told without the word "visit": "X headed to Ghana", "X returned from Ghana", "X, who is in Accra for
talks", "on her arrival in Accra", "made an expedition to Lake Tana".

Only a person's trip to a named place: "the money went to Ghana" or "the bill passed through parliament" is no
visit. Whether the trip was made (not planned, not denied) is read from the verb, as for any clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import noun_holder, prep_objects, subject_tokens

PLACES = {"Country", "City", "Place"}
# Verbs of motion and the preposition that names the place gone to. "Return from" ends a trip there;
# "return to" is as often a homecoming, "came to Canada" a move there, and "leave for" a trip not yet made.
MOTION = {"head": ("to",), "go": ("to",), "return": ("from",), "journey": ("to",)}
# What a person is somewhere for, on a trip: "is in Accra for talks".
ERRANDS = {"talk", "talks", "visit", "meeting", "summit", "conference", "negotiation", "consultation", "tour",
           "trip", "ceremony", "funeral", "inauguration", "forum"}
ERRAND_VERBS = {"meet", "attend", "discuss", "sign", "hold", "talk", "negotiate", "visit", "inaugurate", "launch",
                "address", "represent", "receive", "tour"}
# Nouns of a trip whose place follows a preposition: "his arrival in Accra", "an expedition to Lake Tana".
TRIP_NOUNS = {"arrival": ("in",), "expedition": ("to",), "journey": ("to",), "voyage": ("to",),
              "pilgrimage": ("to",)}


def read(rules, token: Token) -> list:
    """Every trip the token states."""
    if token.pos_ in {"VERB", "AUX"}:
        return moved(rules, token) + stayed(rules, token)
    if token.pos_ == "NOUN":
        return trip_noun(rules, token)
    return []


def moved(rules, verb: Token) -> list:
    # "X headed to Ghana", "X returned from Ghana".
    preps = MOTION.get(verb.lemma_.lower())
    if preps is None or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    # "was going to Delhi when the bus crashed": a trip under way is not yet made.
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children):
        return []
    # "came to power", "went to the police station": only a town, a country or a region counts.
    places = [p for p in prep_objects(verb, preps) if _region(rules, p)]
    return _personal(rules, rules._pairs(subject_tokens(verb), places, "visits", verb, "verb.journey"))


def stayed(rules, verb: Token) -> list:
    # "X, who is in Accra for talks", "X was in Ghana last week to meet officials": a person somewhere on an
    # errand is on a trip there. Without one ("X was in Ghana") the person may as well live there.
    if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return []
    places = prep_objects(verb, ("in",))
    errand = any(p.lemma_.lower() in ERRANDS for p in prep_objects(verb, ("for",)))
    # "was in Ghana to meet officials"; not "was in Ghana to study", a stay.
    errand = errand or any(c.dep_ == "advcl" and c.lemma_.lower() in ERRAND_VERBS
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
    if not places or not errand:
        return []
    return _personal(rules, rules._pairs(subject_tokens(verb), places, "visits", verb, "verb.journey"))


def trip_noun(rules, noun: Token) -> list:
    # "on his arrival in Accra", "Peter Olsen made a geological expedition to Lake Tana".
    preps = TRIP_NOUNS.get(noun.lemma_.lower())
    if preps is None:
        return []
    places = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
              if p.dep_ == "pobj"]
    # "made an expedition to Lake Tana": the parser often hangs the place on the light verb.
    if not places and noun.dep_ == "dobj":
        places = prep_objects(noun.head, preps)
    if not places:
        return []
    holders, verb = noun_holder(noun, exclude=set(places))
    return _personal(rules, rules._pairs(holders, places, "visits", verb or noun, "noun.journey"))


def _region(rules, token: Token) -> bool:
    ent = rules.args.table.entity_at(token)
    return ent is not None and ent.label_ in {"GPE", "LOC"}


def _personal(rules, found: list) -> list:
    return [f for f in found if rules.mention_type(f.subject) == "Person" and rules.mention_type(f.object) in PLACES]
