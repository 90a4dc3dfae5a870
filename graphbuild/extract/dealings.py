"""Dealings between parties read beside the verb rules: a share of a company held or bought ("Tata Trusts, which
owned 66% of Tata Sons"), where a sum is invested, and which kinds of party a dealing verb joins. Verdicts and
encounters have their own modules; read() gathers them for the rule loop."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clauses import prep_objects, subject_tokens
from .counsel import represents
from .encounters import encounters
from .verdicts import court_finding, verdict

# Verbs of holding or taking a share.
HOLDING = {"own", "hold", "buy", "acquire", "purchase", "control", "take"}


def read(rules, verb: Token) -> list:
    return (verdict(rules, verb) + court_finding(rules, verb) + encounters(rules, verb) + shares(rules, verb)
            + represents(rules, verb))


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


def invest_targets(rules, verb: Token, objects: list[Token]) -> list[Token]:
    """What "invested" puts money in, from the objects its lexicon slot found."""
    # "invested $1 billion in X": the parser may hang "in" on the sum.
    objects = objects or [p for d in verb.children if d.dep_ == "dobj" and (d.ent_type_ in {"MONEY", "CARDINAL"}
                          or d.pos_ == "NUM") for p in prep_objects(d, ("in",))]
    objects = [o for o in objects if o.i > verb.i]  # "In North West, X invested in Y": a scene, not a target
    # "invested $300 million in a factory in Thailand": an investment in a plant is one in its country.
    return objects + [p for o in objects if rules.args.table.entity_at(o) is None for c in o.children
                      if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
                      and (e := rules.args.table.entity_at(p)) is not None and e.label_ == "GPE"]


def typed(rules, verb: Token, found: list) -> list:
    """ "bought Newport Wafer Fab" invests in it, "bought oil" does not; "married X" joins two people. A light verb's
    noun ("bought a stake in X") keeps its own reading."""
    kinds = lexicon.PARTY_TYPES.get(verb.lemma_.lower())
    # "co-founded X": one of several founders heads nothing alone, as "co-founder of X" (roles.py).
    if verb.lemma_.lower() == "found" and verb.i > 1 and verb.nbor(-1).text == "-" and verb.nbor(-2).lower_ == "co":
        return [f for f in found if f.predicate != "leaderOf"]
    return [f for f in signatories(rules, found) if kinds is None or f.rule == "light-verb"
            or rules.mention_type(f.subject) in kinds[0] and rules.mention_type(f.object) in kinds[1]]


def signatories(rules, found: list) -> list:
    """A people signs no deal, though it may agree: "a Kiwis player signed a contract with X" names no party in the
    Kiwis. Only a deal's noun is read so."""
    return [f for f in found if f.predicate != "agreesWith" or f.rule not in {"light-verb", "noun"}
            or rules.mention_type(f.subject) != "Group"]


# Relations of something sent or given to someone: their passive names the thing, not the receiver.
MOVING = {"deploysTo", "providesAidTo"}


def moved_passive(rules, verb: Token, predicate: str, slots: tuple, doers: list) -> list:
    """The passive of a verb whose object is reached by "to": "troops were sent to Mali by France", "aid was given to
    Kenya by Japan". The passive's noun is what is sent or given ("the container, given by X" gives the museum
    holding it nothing), and the "to" names the object; in "Kenya was given a loan by China" the passive's subject
    receives what the verb's object names. Aid only where what is given is aid ("a tour given by", "an extension")."""
    passive = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
    things = [c for c in verb.children if c.dep_ == "dobj"]
    moved, objects = (things, passive) if things else (passive, prep_objects(verb, slots))
    if predicate == "providesAidTo" and not any(g.lemma_.lower() in lexicon.AID_GIVEN or g.ent_type_ == "MONEY"
                                                for g in moved):
        return []
    return rules._pairs(doers, objects, predicate, verb, "passive.clause")
