"""A court's or judge's verdict against a party, written with a verb that is a ruling only in a court's mouth:
"the High Court fined X", "a tribunal barred X from office", "X was jailed by a court in Lima", "the court
dismissed X's appeal". ("convicted", "sentenced" and "ruled against" are verdicts whoever the subject: lexicon.)
"""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import agents, subject_tokens

# Who hands down a verdict: a court's or a judge's name or noun.
COURT_WORDS = {"court", "tribunal", "judge", "magistrate", "justice", "judiciary"}

# Verbs that are a verdict against their object when a court is their subject. "ordered" is left out: a court
# orders a release as often as a payment; an acquittal rules for its object.
VERDICT_VERBS = {"fine", "jail", "imprison", "bar", "ban", "suspend", "disqualify"}
# The spaCy lemmatiser reads "fined" as "fin".
MISREAD = {"fined": "fine", "fines": "fine"}
# What a party asks a court for: "rejected X's appeal" rules against X.
PLEAS = {"appeal", "petition", "plea", "bid", "claim", "challenge", "objection", "request", "application",
         "motion", "lawsuit", "suit", "complaint"}
THROWING_OUT = {"reject", "dismiss", "throw", "overturn", "quash", "deny", "strike"}


def _court(rules, token: Token) -> bool:
    ent = rules.args.table.entity_at(token)
    words = [t.lower_ for t in ent] if ent is not None else [token.lower_]
    return any(w in COURT_WORDS for w in words) or token.lemma_.lower() in COURT_WORDS


def verdict(rules, verb: Token) -> list:
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    lemma = MISREAD.get(verb.lower_, verb.lemma_.lower())
    if lemma not in VERDICT_VERBS | THROWING_OUT:
        return []
    passive_doers = agents(verb)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    courts, objects = (passive_doers, passive) if passive_doers and passive else (subject_tokens(verb), [
        c for c in verb.children if c.dep_ in {"dobj", "dative"}])
    courts = [c for c in courts if _court(rules, c)]
    if not courts:
        return []
    if lemma in THROWING_OUT:
        # "dismissed X's appeal": the party is the plea's owner.
        objects = [p for o in objects if o.lemma_.lower() in PLEAS for p in o.children if p.dep_ == "poss"]
    return [f for f in rules._pairs(courts, objects, "rulesAgainst", verb, "verb.verdict")
            if rules.mention_type(f.object) in {"Person", "Organization", "Country"}]
