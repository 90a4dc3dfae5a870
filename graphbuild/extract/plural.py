"""Plural references to a pair named just before: "the two ministers", "both leaders", "the two sides", "the two".

"X held talks with Y, and the two ministers signed a memorandum": the phrase stands for X and Y. It binds only
when exactly two of the kind it names stand in its sentence before it, or, when none does, in the sentence
before: a third candidate leaves it unread.
"""
from __future__ import annotations

from spacy.tokens import Token

from .descriptions import PERSON_NOUNS

# Plural nouns for people, and for the states or bodies a story sets against each other.
PEOPLE = PERSON_NOUNS | {"man", "woman", "leader", "official", "counterpart", "head"}
SIDES = {"side", "country", "nation", "government", "state", "party", "company", "group"}
ACTORS = {"Country", "Organization"}


def _kind(token: Token, they: bool = False) -> str | None:
    """ "Person", "Actor" or None: what "the two X" or "both X" names, if it is such a phrase; with ``they``, the
    subject "they" names two people too."""
    if they and token.lower_ == "they" and token.dep_ in {"nsubj", "nsubjpass"}:
        return "Person"
    if token.lower_ == "two" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return "Person" if token.dep_ in {"nsubj", "nsubjpass"} else None  # "where the two discussed trade"
    if token.tag_ != "NNS":
        return None
    two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in token.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    both = any(c.lower_ == "both" and c.dep_ in {"det", "predet"} for c in token.children)
    # "the two ministers of Chile" or "the two Kenyan ministers" name others than the pair before.
    if not (two or both) or any(c.dep_ in {"prep", "amod", "compound", "poss"} for c in token.children):
        return None
    lemma = token.lemma_.lower()
    return "Person" if lemma in PEOPLE else "Actor" if lemma in SIDES else None


def pair(resolver, token: Token, they: bool = False) -> list:
    """The two mentions a plural reference stands for, or [] when it is none or the pair is unclear."""
    kind = _kind(token, they)
    if kind is None:
        return []
    table = resolver.table
    sent = token.sent
    windows = [(sent.start, token.i), (token.doc[sent.start - 1].sent.start if sent.start else 0, sent.start)]
    # "they" reaches no further than its own sentence: across one it is as often the police who held them.
    for start, end in windows[:1] if token.lower_ == "they" else windows:
        found = []
        for ent in table.ents:
            if not start <= ent.start < end or ent.end > end:
                continue
            args = resolver.resolve(ent.root, agent=kind == "Actor", concepts=False)
            if not args or table.entity_at(ent.root) is not ent:
                continue
            mention = table.get(args[0].mention)
            wanted = mention.type == "Person" if kind == "Person" else mention.type in ACTORS
            if wanted and not any(_same(mention.name, table.get(a.mention).name) for a in found):
                found.append(args[0])
        if found:
            # "the ministry and India" are no two sides: a story's sides are two states or two bodies.
            kinds = {table.get(a.mention).type for a in found}
            return found if len(found) == 2 and len(kinds) == 1 else []
    return []


def _same(a: str, b: str) -> bool:
    # "Subrahmanyam Jaishankar" and "Jaishankar" are one person.
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)
