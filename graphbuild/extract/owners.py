"""Whose act a stance is towards: "praised Jordan's efforts" is a stance towards Jordan, "rejected the decision by
the court" towards the court. Shared by the stance, dispute, blame and rebuke rules."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clauses import agents, participles

# Nouns for an actor's act or words, whose doer a stance towards them concerns.
ACT_NOUNS = {"move", "decision", "step", "announcement", "initiative", "plan", "proposal", "response", "action",
             "actions", "remarks", "comments", "statement", "claim", "claims", "conduct", "handling", "policy",
             "ruling", "verdict", "judgment", "judgement", "order", "measure", "measures", "behaviour", "behavior"}


# Acts whose "of" names their doer: "praised the role of Qatar", "protested the mismanagement of the railway".
DOERS_ACTS = {"role", "efforts", "work", "leadership", "initiative", "contribution", "contributions", "actions",
              "conduct", "policy", "policies", "decision", "mismanagement", "misconduct", "negligence", "failure",
              "failures", "irregularities", "incompetence", "stance", "position"}


# Acts done to their possessor: "protested X's arrest" or "opposed X's removal" takes X's side, not a stance
# against X.
SUFFERED = {"arrest", "detention", "killing", "murder", "assassination", "execution", "dismissal", "removal",
            "ouster", "sacking", "firing", "suspension", "expulsion", "imprisonment", "jailing", "incarceration",
            "conviction", "sentencing", "impeachment", "deportation", "extradition", "abduction", "kidnapping",
            "torture", "persecution", "harassment", "prosecution", "death", "exclusion", "disqualification",
            "release", "treatment", "mistreatment", "eviction", "exile", "disappearance", "detainment"}


# Who may own an act named before it.
OWNER_TYPES = {"Country", "Organization", "Person"}


# Words a parser may take for a name when capitalised alone: "the Kingdom", "the Ministry".
BARE_NAMES = lexicon.BODY_NOUNS | lexicon.GOVERNMENT_NOUNS | {"kingdom", "republic", "emirate", "sultanate"}


def act_owners(rules, objects: list[Token]) -> list[Token]:
    """ "commended Jordan's efforts", "support for the Chinese government's policy": a stance towards a
    named actor's act is a stance towards the actor. A pronoun does not count: "his speech" may be anyone's."""
    owners = []
    for o in objects:
        if o.pos_ != "NOUN" or rules.args.table.entity_at(o) is not None:
            continue
        # "condemned the EU decision", "the US move": an actor's name before an act noun names its owner (a place's
        # does not: "the Nairobi decision" may be anyone's there).
        if o.lemma_.lower() in ACT_NOUNS:
            # Only a name right before the act: "the U.S. base relocation plan" relocates a U.S. base.
            owners += [c for c in o.children if c.dep_ == "compound" and (e := rules.args.table.entity_at(c)) is not None
                       and all(rules.args.table.entity_at(t) == e for t in o.doc[c.i:o.i])
                       and any(rules.mention_type(a) in OWNER_TYPES for a in rules.args.resolve(c, agent=True))]
        # "criticised the way X handled the crisis": the manner of a deed is its doer's act.
        if o.lower_ == "way":
            owners += [s for r in o.children if r.dep_ == "relcl" for s in r.children
                       if s.dep_ == "nsubj" and s.tag_ not in {"PRP", "WDT", "WP"}]
        # "Yemen's Houthi movement": a body named by its own name is no act of its possessor's.
        if o.lemma_.lower() in lexicon.BODY_NOUNS or any(c.dep_ == "compound" and rules.args.table.entity_at(c) is not None
                                                  for c in o.children):
            continue
        if o.lemma_.lower() not in SUFFERED:
            owners += [c for c in o.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
        # "the stance of the Government of Chile", "the role of Qatar": a government, or a name after a doer's
        # act, is the act's owner ("the killing of X" names its victim, and is no such act).
        owners += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and (p.lemma_.lower() in lexicon.GOVERNMENT_NOUNS or o.lower_ in DOERS_ACTS
                                            and rules.args.table.entity_at(p) is not None)]
        # "the role played by the Kingdom", "the attack carried out by X": the participle's agent did the act.
        # "the Kingdom" alone, read as a name, is too bare to say whose.
        owners += [p for v in participles(o) for p in agents(v) if (e := rules.args.table.entity_at(p)) is not None
                   and not (len(e) == 1 and p.lower_ in BARE_NAMES)]
        # "the decision by the Permanent Court", "the European response": an act's doer after "by", or its
        # country's adjective before an act noun.
        if o.lemma_.lower() in ACT_NOUNS:
            owners += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                       if p.dep_ == "pobj"]
            owners += [c for c in o.children if c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"}
                       and any(rules.mention_type(a) == "Country" for a in rules.args.resolve(c, agent=True))]
    # "The King's efforts" counts where the description finds its person; "the group's efforts" names no one.
    return [c for c in owners if any(a.via != "concept" for a in rules.args.resolve(c, agent=True))]
