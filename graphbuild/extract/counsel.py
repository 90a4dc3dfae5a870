"""Who acts for a party: "X, who represents the Kestrel Mining Company", "X represented Tomas Verel in court".
A person who represents a firm or a person is its lawyer or agent and works for it (the gold's worksFor).
"""
from __future__ import annotations

from spacy.tokens import Token

from .affiliation import PARTY_WORDS
from .clauses import subject_tokens

# "represents the party in parliament", "represented the club at the games": a seat or a team, not a client.
SEATS = {"parliament", "congress", "senate", "assembly", "house", "constituency", "district", "ward", "games",
         "olympics", "championship", "tournament", "cup", "election", "elections"}


def represents(rules, verb: Token) -> list:
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "represent" or any(c.dep_ == "neg" for c in verb.children):
        return []
    if any(t.lower_ in SEATS for c in verb.children if c.dep_ == "prep" for t in c.subtree):
        return []
    clients = [c for c in verb.children if c.dep_ == "dobj"]
    out = []
    for f in rules._pairs(subject_tokens(verb), clients, "worksFor", verb, "verb.counsel"):
        name = rules.args.table.get(f.object.mention).name.lower().split()
        if (rules.mention_type(f.subject) == "Person" and rules.mention_type(f.object) in {"Person", "Organization"}
                and not set(name) & PARTY_WORDS):
            out.append(f)
    return out
