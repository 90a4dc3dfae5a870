"""Words of a quarrel that disputes.py, reproaches.py and together.py read: the nouns for a dispute, the words that
make a battle a political one and the verbs of quarrelling. Kept apart so that each of those modules reads one
table."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import prep_objects

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
# Games, not wars: "fought Uganda in the final", "battled Japan in the semi-final of the cup".
CONTESTS = {"final", "semi-final", "semifinal", "quarterfinal", "quarter-final", "match", "game", "bout", "cup",
            "tournament", "championship", "league", "derby", "round", "title", "race", "qualifier"}
# Verbs that hold their subject in a quarrel: "locked in a battle with X".
LOCKED = {"lock", "embroil", "mire", "entangle", "engage"}


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
