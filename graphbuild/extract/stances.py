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


def at_odds(rules, noun: Token) -> list:
    """ "Kenya is at odds with Uganda", "Algeria and Morocco have been at odds": parties in a dispute oppose each
    other, both ways."""
    prep = noun.head
    if noun.lower_ != "odds" or noun.dep_ != "pobj" or prep.lower_ != "at" or prep.head.pos_ not in {"VERB", "AUX"}:
        return []
    verb = prep.head
    # "no longer at odds": the dispute is over.
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children):
        return []
    subjects = [a for s in subject_tokens(verb) for a in rules.args.resolve(s, agent=True, concepts=False)]
    partners = [a for p in prep_objects(noun, ("with",)) + prep_objects(verb, ("with",))
                for a in rules.args.resolve(p, agent=True, concepts=False)]
    pairs = [(s, p) for s in subjects for p in partners]
    if not partners:
        pairs = [(s, p) for i, s in enumerate(subjects) for p in subjects[i + 1:]]
    out = []
    for first, second in pairs:
        if first.mention != second.mention:
            out += [rules.make(first, "opposes", second, verb, "verb.odds"),
                    rules.make(second, "opposes", first, verb, "verb.odds")]
    return out
