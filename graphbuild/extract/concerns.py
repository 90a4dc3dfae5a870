"""Stances news states by a voiced concern or by taking up arms: "X expressed concern over Y's handling of the
case" criticizes Y, "X took up arms against Y" opposes Y."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import prep_objects, subject_tokens
from .owners import ACT_NOUNS, act_owners

# Verbs that put a concern on record: "expressed", "voiced", "raised concerns".
VOICING = {"express", "voice", "raise", "air", "register"}
CONCERN_PREPS = ("over", "about", "at", "regarding", "with")


def voiced_concern(rules, noun: Token) -> list:
    """ "Lopez expressed concern over the federation's handling of the complaints": a concern voiced about a named
    actor's act criticizes the actor. Only an act ("concern over Kenya's security" or "over the health of X" is
    worry, not censure), and only a concern put on record by the verb's subject."""
    if noun.lemma_.lower() != "concern" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in VOICING:
        return []
    verb = noun.head
    # "voiced concern over X": the parser may hang the noun's preposition on the verb.
    acts = prep_objects(noun, CONCERN_PREPS) or [p for p in prep_objects(verb, CONCERN_PREPS) if p.i > noun.i]
    acts = [a for a in acts if a.lemma_.lower() in ACT_NOUNS or a.lower_ in ACT_NOUNS]
    return rules._pairs(subject_tokens(verb), act_owners(rules, acts), "criticizes", verb, "noun.concern")


def took_up_arms(rules, verb: Token) -> list:
    """ "Salas took up arms against the president": to take up arms against someone opposes them. Not "took up
    arms" alone, nor "took up the matter against" anything."""
    if verb.lemma_.lower() != "take" or not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    if not any(c.dep_ == "dobj" and c.lower_ == "arms" for c in verb.children):
        return []
    targets = prep_objects(verb, ("against",))
    targets += [p for c in verb.children if c.dep_ == "dobj" for p in prep_objects(c, ("against",))]
    return rules._pairs(subject_tokens(verb), targets, "opposes", verb, "verb.arms")
