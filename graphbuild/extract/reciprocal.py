"""Reciprocal verbs with a coordinated subject and no object: "Ministers Hale and Brook met",
"Kenya and Uganda agreed to reopen the border", "leaders of Chile and Peru agreed".

Each named party does it with each other one; the relation is written from the first named to the others.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import subject_tokens

RECIPROCAL = {"meet": "meetsWith", "agree": "agreesWith"}
# "leaders of Chile and Peru": a plural noun for the people who act for the countries named after it.
ACTING_NOUNS = {"leader", "head", "minister", "president", "government", "delegation", "official", "envoy"}


def reciprocal(rules, verb: Token) -> list:
    predicate = RECIPROCAL.get(verb.lemma_.lower())
    if predicate is None or verb.pos_ != "VERB":
        return []
    # An object or a partner ("met with X", "agreed with X", "met the press") leaves it to the verb rule;
    # "did not meet" states nothing met.
    if any(c.dep_ in {"dobj", "attr", "neg"} or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    subjects = subject_tokens(verb)
    if len(subjects) != 1:
        return []
    subject = subjects[0]
    if subject.lemma_.lower() in ACTING_NOUNS and subject.tag_ == "NNS":
        subject = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), None)
        if subject is None:
            return []
    if not subject.conjuncts or rules.args.table.entity_at(subject) is None:
        return []
    parties = rules.args.resolve(subject, agent=True, concepts=False)
    if len(parties) < 2 or len({rules.mention_type(p) for p in parties}) != 1:
        return []  # "Kenya and its president agreed": not two parties of a kind
    first = parties[0]
    return [rules.make(first, predicate, other, verb, "verb.reciprocal") for other in parties[1:]]
