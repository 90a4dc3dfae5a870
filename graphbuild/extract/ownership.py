"""A body owned by another is part of it: "Orvex Holdings, which owns the Daily Lantern", "Lumen Cloud,
majority-owned by Orvex Holdings", "Orvex Holdings, owner of the Daily Lantern", "Orvex is the parent company of
Lumen Cloud". ("X, a subsidiary of Y" is nominal.part_of's, "the Y subsidiary X" branches.owner_first's.)

Only a body owning a body: "the owner of a gym" or "a hotel owned by a family" names no organisation. The
owning verb carries the clause's mood, so "does not own" or "plans to own" states nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import agents, subject_tokens

# Nouns of an owner, before "of" and the body owned.
OWNER_NOUNS = {"owner", "parent"}
# Heads that "parent" names an owner with: "the parent company of X".
PARENT_HEADS = {"company", "firm", "group", "corporation"}


def read(rules, token: Token) -> list:
    """Every ownership the token states."""
    if token.lemma_.lower() == "own" and token.pos_ == "VERB":
        return owned(rules, token)
    if token.pos_ == "NOUN":
        return owner_of(rules, token)
    return []


def owned(rules, verb: Token) -> list:
    if verb.tag_ == "VBN":
        # "Lumen Cloud, owned by Orvex", "Lumen Cloud is wholly owned by Orvex".
        owners = agents(verb)
        if verb.dep_ in {"acl", "amod"}:
            parts = [verb.head]
        else:
            parts = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        # "Orvex, which owns the Daily Lantern", "Orvex owns Lumen Cloud".
        owners = subject_tokens(verb)
        parts = [c for c in verb.children if c.dep_ == "dobj"]
    # "owned by Orvex and Halvard": a body owned by several is part of none of them alone.
    if any(o.conjuncts for o in owners):
        return []
    return _bodies(rules, parts, owners, verb, "verb.owned")


def owner_of(rules, noun: Token) -> list:
    lemma = noun.lemma_.lower()
    # "the parent company of X": the owner's word is the compound before the head.
    parent = lemma in PARENT_HEADS and any(c.dep_ in {"compound", "amod"} and c.lower_ == "parent"
                                           for c in noun.children)
    if lemma not in OWNER_NOUNS and not parent or rules.args.table.entity_at(noun) is not None:
        return []
    parts = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj"]
    if noun.dep_ == "appos":
        owners = [noun.head]  # "Orvex, owner of the Daily Lantern", also the last of a list it follows
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        owners = subject_tokens(noun.head)  # "Orvex is the parent company of Lumen Cloud"
    else:
        owners = [c for c in noun.children if c.dep_ == "appos"]  # "the owner of the Daily Lantern, Orvex"
    return _bodies(rules, parts, owners, noun, "noun.owner")


def _bodies(rules, parts: list[Token], owners: list[Token], anchor: Token, rule: str) -> list:
    if not parts or not owners:
        return []
    found = rules._pairs(parts, owners, "partOf", anchor, rule, subj_agent=False)
    return [f for f in found if f.object.via != "concept"
            and rules.mention_type(f.subject) == rules.mention_type(f.object) == "Organization"]
