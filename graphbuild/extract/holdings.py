"""A share of a company held or bought: "Tata Trusts, which owned 66% of Tata Sons", "bought 20 percent of X"."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import prep_objects, subject_tokens

# Verbs of holding or taking a share.
HOLDING = {"own", "hold", "buy", "acquire", "purchase", "control", "take"}


def _share(token: Token) -> bool:
    # "66%", "20 percent", "a 51 per cent share".
    return token.ent_type_ == "PERCENT" or token.lower_ in {"%", "percent", "per cent"}


def shares(rules, verb: Token) -> list:
    if verb.lemma_.lower() not in HOLDING or any(c.dep_ == "neg" for c in verb.children):
        return []
    companies = [p for d in verb.children if d.dep_ == "dobj" and _share(d) for p in prep_objects(d, ("of", "in"))]
    return [f for f in rules._pairs(subject_tokens(verb), companies, "investsIn", verb, "verb.shares")
            if rules.mention_type(f.object) == "Organization"
            and rules.mention_type(f.subject) in {"Organization", "Country", "Person"}]
