"""Where a person lives, told by a home or a move: "arrested at his home in Mombasa", "X moved to Mombasa in
1990", "X, who settled in Mombasa", "X, a farmer living in Mombasa", and the court-report form "Ahmed Ali, 35, of
Mombasa".

``residence`` reads residents, natives and people "from" a place. A trip somewhere is a visit, read in
``journeys``; a move there is where the person now lives.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import geography
from .clauses import copula_subjects, subject_tokens

KINDS = {"Country", "Place", "City"}
# Nouns of a person's dwelling: "his home in Mombasa", "the family's residence in Mombasa".
HOME_NOUNS = {"home", "residence"}
# What a person is in the town written before the noun: "Mombasa lawyer Ahmed Ali".
TOWNSFOLK = {"lawyer", "attorney", "businessman", "businesswoman", "doctor", "pastor", "priest", "imam", "teacher",
             "journalist", "activist", "trader", "shopkeeper", "farmer", "student", "resident", "man", "woman",
             "mother", "father", "boy", "girl", "teenager", "youth", "couple", "landlord", "tailor", "driver",
             "fisherman", "vendor", "artist", "musician", "photographer", "entrepreneur"}
# Verbs of settling somewhere and the preposition of the place.
MOVES = {"move": "to", "relocate": "to", "settle": "in", "emigrate": "to", "immigrate": "to"}


def read(rules) -> list:
    """Every home and move of the document."""
    out = []
    for token in rules.args.table.tokens:
        if token.pos_ == "NOUN" and token.lemma_.lower() in HOME_NOUNS:
            out += home_in(rules, token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in TOWNSFOLK:
            out += town_noun(rules, token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in MOVES:
            out += moved(rules, token)
        elif token.tag_ == "VBG" and token.dep_ == "acl" and token.lemma_.lower() in {"live", "reside"}:
            out += living_in(rules, token)
    for ent in rules.args.table.ents:
        out += aged_of(rules, ent)
    return out


def home_in(rules, noun: Token) -> list:
    # "at his home in Mombasa", "Ahmed Ali's residence in Mombasa": the possessor lives there. Not "his home
    # country" or "a home for the elderly in Mombasa", which are no dwelling of the possessor's.
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or any(c.dep_ in {"amod", "compound"} for c in noun.children):
        return []
    persons = [a for o in owners for a in rules.args.resolve(o, concepts=False) if rules.mention_type(a) == "Person"]
    return _lives(rules, persons, _places(rules, noun, "in"), noun, "noun.resident")


def town_noun(rules, noun: Token) -> list:
    # "Mombasa lawyer Ahmed Ali", "Ahmed Ali, a Mombasa businessman": a town written before what a person does
    # there. A country there ("a Kenyan lawyer", "Kenya lawyer") is a nationality, not a home.
    towns = [c for c in noun.children if c.dep_ == "compound" and (e := rules.args.table.entity_at(c)) is not None
             and e.label_ == "GPE" and e.end == noun.i]
    if not towns:
        return []
    if noun.dep_ == "appos" or noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        people = [noun.head]
    else:
        people = [c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    persons = [a for p in people for a in rules.args.resolve(p, concepts=False) if rules.mention_type(a) == "Person"]
    return _lives(rules, persons, [rules.args.table.entity_at(t) for t in towns], noun, "noun.resident",
                  {"Place", "City"})


def moved(rules, verb: Token) -> list:
    # "X moved to Mombasa in 1990", "X, who settled in Mombasa": a move makes a home.
    # "moved the family to Jenin" moves others; "considers moving to Jenin" is a move not made.
    if any(c.dep_ in {"neg", "dobj"} for c in verb.children) or verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        return []
    people = [a for s in subject_tokens(verb) for a in rules.args.resolve(s, concepts=False)
              if rules.mention_type(a) == "Person"]
    return _lives(rules, people, _places(rules, verb, MOVES[verb.lemma_.lower()]), verb, "verb.moved")


def living_in(rules, verb: Token) -> list:
    # "Tomas Verel, a farmer living in Mombasa", "Verel is a teacher residing in Mombasa": the participle on a
    # noun that describes the person. On a name or a group ("people living in Mombasa") it describes no one known.
    noun = verb.head
    if noun.pos_ != "NOUN":
        return []
    if noun.dep_ == "appos":
        people = [noun.head]
    else:
        people = copula_subjects(noun)
    persons = [a for p in people if p.ent_type_ == "PERSON" for a in rules.args.resolve(p, concepts=False)
               if rules.mention_type(a) == "Person"]
    return _lives(rules, persons, _places(rules, verb, "in"), verb, "noun.resident")


def aged_of(rules, ent: Span) -> list:
    # "Ahmed Ali, 35, of Mombasa": a name, an age and the town the person is of. Without the age, "X of Y"
    # is as often a title ("the Duke of Edinburgh") or a body's member.
    doc = rules.doc
    i = ent.end
    if ent.label_ != "PERSON" or i + 4 >= len(doc) or doc[i].text != "," or not doc[i + 1].like_num:
        return []
    if doc[i + 2].text != "," or doc[i + 3].lower_ != "of":
        return []
    outer = geography._place_after(rules, i + 4)
    if outer is None:
        return []
    persons = [a for a in geography._args(rules, ent) if rules.mention_type(a) == "Person"]
    # A country after "of" is a nationality as often as a home.
    return geography._located(rules, persons, outer, ent.root, {"Place", "City"}, "livesIn", "noun.resident")


def _places(rules, head: Token, prep: str) -> list[Span]:
    out = []
    for p in (p for c in head.children if c.dep_ == "prep" and c.lower_ == prep for p in c.children
              if p.dep_ == "pobj"):
        ent = rules.args.table.entity_at(p)
        if ent is not None and ent.label_ in geography.PLACE_LABELS:
            out.append(ent)
    return out


def _lives(rules, persons: list, places: list[Span], anchor: Token, rule: str, kinds: set = KINDS) -> list:
    return [f for place in places for f in geography._located(rules, persons, place, anchor, kinds, "livesIn", rule)]
