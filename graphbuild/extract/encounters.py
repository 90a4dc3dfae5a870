"""Visits and meetings told through a delegation or a telephone: "X led a delegation to Brazil", "a delegation
led by X visited Brazil", "X spoke by phone with Y",
"X received a phone call from Y"."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .gathered import _gathering
from .clauses import agents, prep_objects, subject_tokens

# What a delegation does that its leader does with it.
DELEGATED = {"visits", "meetsWith", "negotiatesWith", "agreesWith", "attends"}
LEADING = {"lead", "head"}
# Parties a person leads on a trip: "X led a group to Accra", "a mission led by X arrived in Accra".
PARTIES = {"delegation", "mission", "group", "team", "expedition"}
PHONES = {"phone", "telephone", "telephonically", "videoconference", "video"}
# Verbs of a call and the preposition naming the other party: "received a phone call from Y", "made a phone
# call to Y". "held a phone call with Y" is the light verb's (lexicon).
CALLING = {"receive": ("from",), "take": ("from",), "make": ("to",), "place": ("to",)}
CALLS = {"call", "conversation"}


def _leaders(noun: Token) -> list[Token]:
    # "a delegation led by X", "a delegation headed by X".
    return [p for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() in LEADING for p in agents(v)]


def encounters(rules, verb: Token) -> list:
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    out = []
    # "X led a delegation to Brazil": the leader goes where the delegation goes.
    if lemma in LEADING:
        parties = [d for d in verb.children if d.dep_ == "dobj" and d.lemma_.lower() in PARTIES]
        places = [p for d in parties for p in prep_objects(d, ("to",))]
        # "led a group to Accra": the parser often hangs the place on the verb.
        places += prep_objects(verb, ("to",)) if parties else []
        out += [f for f in rules._pairs(subject_tokens(verb), places, "visits", verb, "verb.delegation")
                if rules.mention_type(f.subject) == "Person" and rules.mention_type(f.object) in {"Country", "City", "Place"}]
        # "X led the Kenyan delegation to the summit": the leader is at the gathering the delegation goes to.
        gatherings = [p for p in places + (prep_objects(verb, ("to",)) if any(
            d.dep_ == "dobj" and d.lower_ == "delegation" for d in verb.children) else []) if _gathering(rules, p)]
        out += [f for f in rules._pairs(subject_tokens(verb), gatherings, "attends", verb, "verb.delegation")
                if rules.mention_type(f.subject) == "Person"]
    # "a delegation led by X visited Brazil": what the delegation does, its leader does.
    entry = lexicon.VERBS.get(lemma)
    if entry and entry[0] in DELEGATED:
        leaders = [p for s in subject_tokens(verb) if s.lemma_.lower() in PARTIES for p in _leaders(s)]
        out += rules._pairs(leaders, prep_objects(verb, entry[1]), entry[0], verb, "verb.delegation") if leaders else []
    # "spoke by phone with Y", "spoke over the telephone with Y": a call is a meeting.
    if lemma == "speak" and any(p.lower_ in PHONES for c in verb.children if c.dep_ in {"prep", "advmod"}
                                for p in [c, *c.children]):
        out += rules._pairs(subject_tokens(verb), prep_objects(verb, ("with", "to")), "meetsWith", verb,
                            "verb.phone")
    # "received a phone call from Y": only a phone call; "received a call from the union for talks" is an appeal.
    if lemma in CALLING:
        calls = [d for d in verb.children if d.dep_ == "dobj" and d.lemma_.lower() in CALLS
                 and any(c.lower_ in PHONES for c in d.children if c.dep_ in {"compound", "amod", "nmod"})]
        # "made a phone call to the new chair, Y": the parser hangs the name on the call.
        callers = [p for d in calls for p in prep_objects(d, CALLING[lemma])]
        callers += [a for d in calls for a in d.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        out += rules._pairs(subject_tokens(verb), callers, "meetsWith", verb, "verb.phone")
    return out
