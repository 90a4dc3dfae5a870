"""Stances stated by an adjective after a copula: "Ruto was critical of the bill", "remained supportive of Kenya"."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clauses import prep_objects, subject_tokens


def adjective_stance(rules, adjective: Token) -> list:
    predicate = lexicon.ADJECTIVES.get(adjective.lemma_.lower())
    # Only the copula's complement speaks of its subject: "a critical report" names no stance.
    if predicate is None or adjective.dep_ != "acomp":
        return []
    verb = adjective.head
    objects = prep_objects(adjective, ("of",))
    objects += rules.act_owners(objects)
    return rules._pairs(subject_tokens(verb), objects, predicate, verb, "verb.adjective")
