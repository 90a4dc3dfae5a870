"""Stances news states by a voiced concern, by taking up arms or by a demand to answer for an act: "X expressed
concern over Y's handling of the case" criticizes Y, "X took up arms against Y" opposes Y, "X urged Y to apologise"
criticizes Y."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clauses import prep_objects, subject_tokens
from .owners import ACT_NOUNS, act_owners
from .rebukes import DEMANDING

# Verbs that put a concern on record: "expressed", "voiced", "raised concerns".
VOICING = {"express", "voice", "raise", "air", "register"}
# A concern and its kin: "expressed regret over X's decision", "voiced dismay at X's move", "raised questions
# about X's conduct".
CONCERNS = {"concern", "regret", "dismay", "alarm", "question", "doubt"}
CONCERN_PREPS = ("over", "about", "at", "regarding", "with")


def voiced_concern(rules, noun: Token) -> list:
    """ "Lopez expressed concern over the federation's handling of the complaints": a concern voiced about a named
    actor's act criticizes the actor. Only an act ("concern over Kenya's security" or "over the health of X" is
    worry, not censure), and only a concern put on record by the verb's subject."""
    if noun.lemma_.lower() not in CONCERNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in VOICING:
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


# Acts of answering for a wrong: "urged X to apologise", "to account for the missing funds".
ANSWERING = {"apologise", "apologize", "atone"}
# "explain" or "justify" only what is one's own doing: "asked X to explain the plan" asks for a briefing.
EXPLAINING = {"explain", "justify"}
OWN_DOINGS = ACT_NOUNS | {"conduct", "behaviour", "behavior", "actions", "absence", "silence", "failure", "delay",
                          "himself", "herself", "themselves", "itself"}


def told_to_answer(rules, verb: Token) -> list:
    """ "Fai urged Chen to explain his conduct", "called on the minister to apologise": a demand that another
    answer for what they did criticizes them. Not "not to apologise", nor "to explain the plan"."""
    lemma = verb.lemma_.lower()
    if verb.dep_ not in {"xcomp", "ccomp", "advcl"} or verb.head.lemma_.lower() not in DEMANDING \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    if lemma in EXPLAINING:
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in OWN_DOINGS for c in verb.children):
            return []
    elif lemma == "account":
        if not prep_objects(verb, ("for",)):
            return []
    elif lemma not in ANSWERING:
        return []
    demand = verb.head
    # "called on X to apologise" names the one told after "on"; "urged X to apologise" as the object.
    told = [c for c in demand.children if c.dep_ == "dobj"] + prep_objects(demand, ("on",))
    told += [c for c in verb.children if c.dep_ == "nsubj"]
    told = [t for t in told if t.lower_ not in {"us", "me", "you", "them", "everyone", "all", "him", "her"}]
    speakers = subject_tokens(demand)
    # "X said the study was copied, urging Y to explain": the parser hangs the speaker's participle on what is said.
    if demand.dep_ == "advcl" and demand.tag_ == "VBG" and demand.head.dep_ == "ccomp" \
            and demand.head.head.lemma_.lower() in lexicon.SPEECH_VERBS:
        speakers = subject_tokens(demand.head.head)
    return [f for f in rules._pairs(speakers, told, "criticizes", demand, "verb.told_to_answer")
            if f.object.via != "concept"]


# What one may demand of another who must answer for a wrong: "demanded an apology from X".
AMENDS = {"apology", "apologies"}


APOLOGY_ASKING = DEMANDING | {"seek", "want"}


def apology_demanded(rules, verb: Token) -> list:
    """ "X demanded an apology from Y": as "urged Y to apologise", a demand that Y answer for a wrong criticizes Y.
    Not an apology offered ("gave an apology to Y") nor one not sought."""
    if verb.lemma_.lower() not in APOLOGY_ASKING or any(c.dep_ == "neg" for c in verb.children):
        return []
    amends = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in AMENDS]
    if not amends:
        return []
    # The parser hangs "from Y" on the verb or on the apology.
    told = prep_objects(verb, ("from",)) + [p for a in amends for p in prep_objects(a, ("from",))]
    return [f for f in rules._pairs(subject_tokens(verb), told, "criticizes", verb, "verb.apology_demanded")
            if f.object.via != "concept"]


def verb_concerns(rules, verb: Token) -> list:
    return took_up_arms(rules, verb) + told_to_answer(rules, verb) + apology_demanded(rules, verb)
