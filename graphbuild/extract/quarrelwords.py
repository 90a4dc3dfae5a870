"""Words of a quarrel that disputes.py, reproaches.py and together.py read: the nouns for a dispute, the words that
make a battle a political one and the verbs of quarrelling. Kept apart so that each of those modules reads one
table."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import bygone, prep_objects

# Nouns for a quarrel between two parties: each side opposes the other. "the war between A and B", "tensions with
# B": open hostility. A war "against" or "in" a country is left alone: the gold reads an aggressor's war as an
# attack, and a war named in passing as no fact of the story.
DISPUTE_NOUNS = {"dispute", "row", "feud", "spat", "rift", "standoff", "stand-off", "quarrel", "wrangle",
                 "battle", "fight", "clash", "tussle", "conflict", "rivalry", "enmity", "hostility", "war", "tension"}
# "battle" and "fight" are quarrels only at law or in politics: "a legal battle with", not "the battle of Adwa".
QUARREL_KINDS = {"legal", "court", "political", "diplomatic", "border", "trade", "territorial", "bitter",
                 "public", "war", "power", "custody", "leadership", "ongoing", "long-running", "lengthy"}
# Verbs of quarrelling: "clashed with the minister", "sparred with X", "fell out with X".
QUARRELLING = {"clash", "spar", "quarrel", "feud", "squabble", "bicker", "wrangle", "fall"}
# Verbs that hold their subject in a quarrel: "locked in a battle with X".
LOCKED = {"lock", "embroil", "mire", "entangle", "engage"}
# Verbs that say a quarrel stands or grows, whose subject it is: "tensions are high between X and Y".
STANDING = {"be", "remain", "run", "rise", "grow", "mount", "escalate", "flare", "simmer", "persist", "deepen",
            "intensify", "worsen", "soar", "heighten", "increase", "spike", "build"}


def quarrel_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    # "a conflict of interest between X and Y" sets no one at odds.
    if lemma not in DISPUTE_NOUNS or lemma == "conflict" and prep_objects(noun, ("of",)):
        return False
    if lemma not in {"battle", "fight", "clash"} or any(c.dep_ in {"amod", "compound"} and c.lower_ in QUARREL_KINDS
                                                        for c in noun.children):
        return True
    # "a battle over the budget", "a fight for control of the firm", "locked in a battle": a quarrel, not gunfire.
    return any(c.dep_ == "prep" and (c.lower_ == "over" or c.lower_ == "for" and any(p.lower_ == "control"
                                                                                    for p in c.children))
               for c in noun.children) or noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and noun.head.head.lemma_.lower() in LOCKED


def sides_between(noun: Token) -> list[Token]:
    """The first side after "between" of a quarrel noun: on the noun ("the row between X and Y"), or, with the noun
    the subject of a verb that says it stands or grows, on that verb or its complement, where the parser hangs it
    ("tensions are high between X and Y", "tension has risen between X and Y"). Not "tensions eased between" nor
    "are no longer high"."""
    heads = [noun]
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in STANDING and not any(c.dep_ == "neg" for c in verb.children) \
            and not bygone(verb):
        heads += [verb] + [c for c in verb.children if c.dep_ == "acomp"]
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children
            if p.dep_ == "pobj"]
