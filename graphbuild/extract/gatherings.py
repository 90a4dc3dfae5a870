"""Where a named gathering takes place: "the Africa Climate Summit in Nairobi", "the World Ocean Assembly, which
took place in March in Nairobi", "the Summit was held in Nairobi". The recogniser tags such names as bodies as
often as events; the head word and the verb say it is a gathering, which lies where it is held.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import geography, seats
from .found import PLACES

# Head words of a gathering's name, read with a plain "in" after it ("the X Summit in Nairobi").
GATHERINGS = {"summit", "conference", "festival", "expo", "games", "convention"}
# Head words that also name standing bodies ("the National Assembly", "the Women's Forum"): a gathering only where a verb says it
# was held.
HELD_ONLY = {"assembly", "session", "congress", "meeting", "dialogue", "forum"}
# "was held in", "took place in", "opened in", "convened in".
HOLDING = {"hold", "open", "convene", "host", "stage"}


def read(rules) -> list:
    """Every gathering's place in the document."""
    out = []
    for ent in rules.args.table.ents:
        head = ent.root.lemma_.lower()
        if ent.label_ in {"GPE", "NORP", "DATE", "PERSON"} or head not in GATHERINGS | HELD_ONLY:
            continue
        places = [t for t in _held_in(ent.root)]
        if head in GATHERINGS:
            outer = geography._place_in(rules, ent.end)
            places += [outer.root] if outer is not None else []
        out += _located(rules, ent, places)
    return out


def _held_in(root: Token) -> list[Token]:
    """The places after "in" of the verb that says the gathering was held: a participle or relative clause on
    its name, or the clause whose subject it is."""
    verbs = [c for c in root.children if c.dep_ in {"acl", "relcl"}]
    if root.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(root.head)
    out = []
    for verb in verbs:
        took_place = verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
        if verb.lemma_ not in HOLDING and not took_place or any(c.dep_ == "neg" for c in verb.children):
            continue
        # "was held in Nairobi", "the meeting, which opened today in Beirut"; an active "hosted the talks" is the
        # name acting, not held.
        opened = verb.lemma_ in {"open", "convene"} and not any(c.dep_ == "dobj" for c in verb.children)
        if verb.lemma_ in HOLDING and verb.tag_ != "VBN" and not opened:
            continue
        out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                if p.dep_ == "pobj"]
    return out


def _located(rules, ent: Span, places: list[Token]) -> list:
    out = []
    for place in places:
        outer = rules.args.table.entity_at(place)
        if outer is None or outer.label_ not in geography.PLACE_LABELS:
            continue
        for sub in geography._args(rules, ent):
            if rules.mention_type(sub) in {"Country", "Person"}:
                continue
            for obj in geography._args(rules, outer):
                if rules.mention_type(obj) in PLACES and obj.mention != sub.mention \
                        and seats._same_country(rules, sub, obj):
                    out.append(rules.make(sub, "locatedIn", obj, ent.root, "noun.located"))
    return out
