"""A meeting abroad is a visit: "Kenyan President Mara Quill met Ghanaian President Jon Abel in Accra" says Quill
went to Accra. Read once the sentence rules have spoken, from their meetings and the roles they found.

The visitor is the one who met, a role tying them to one country other than the place's; the one met, when a
role ties them to a country, must be tied to the place's, so that two foreigners meeting on neutral ground or one
country's people meeting abroad give nothing (either may live there). The visit stands on the meeting's verb, whose
mood it keeps.
"""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import Arg
from .bare import surname
from .found import Found

# Meetings whose place is where both sides were.
MEETINGS = {"meetsWith", "negotiatesWith"}
# Verbs whose subject is the host.
HOSTING = {"host", "receive", "welcome", "greet"}


def met_abroad(rules, found: list[Found]) -> list[Found]:
    """The visits ``found``'s meetings make: one per visitor and place."""
    ties = _ties(rules, found)
    out, seen = [], set()
    for f in found:
        # The one who met: "hosted X in Doha" says where the host was, and the story tells whether X travelled.
        if f.predicate not in MEETINGS or f.rule.startswith("role") or f.anchor.lemma_.lower() in HOSTING:
            continue
        place = _place(rules, f)
        if place is None:
            continue
        where = (rules.args.table.get(place.mention).link or "").split(":")[-1]
        visitor, host = f.subject, f.object
        theirs, hosts = _countries(rules, ties, visitor), _countries(rules, ties, host)
        if len(theirs) != 1 or where in theirs or hosts - {where}:
            continue
        key = (visitor.mention, place.mention, f.anchor.i)
        if key not in seen:
            seen.add(key)
            out.append(Found(visitor, "visits", place, f.anchor, "verb.journey"))
    return out


def _place(rules, f: Found) -> Arg | None:
    """The city or country named by "in" on the meeting's word, its object or the party met ("met X in Accra",
    "held talks in Accra", "his meeting with his Ghanaian counterpart in Accra"), with its country known."""
    anchor: Token = f.anchor
    heads = [anchor] + [c for c in anchor.children if c.dep_ in {"dobj", "pobj"}]
    heads += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
              if p.dep_ == "pobj"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                ent = rules.args.table.entity_at(pobj)
                if ent is None or ent.label_ != "GPE":
                    continue
                for arg in rules.args.resolve(pobj, concepts=False):
                    link = rules.args.table.get(arg.mention).link or ""
                    if rules.mention_type(arg) in {"City", "Country"} and link.startswith(("city:", "country:")):
                        return arg
    return None


def _ties(rules, found: list[Found]) -> dict[str, set[str]]:
    """Surname -> the countries a role ties the person to ("Kenyan President Mara Quill" leads Kenya, "his
    Ghanaian counterpart, Jon Abel" is Ghana's)."""
    ties: dict[str, set[str]] = {}
    for f in found:
        obj = rules.args.table.get(f.object.mention)
        if f.rule.startswith("role") and obj.type == "Country" and obj.link:
            ties.setdefault(surname(rules.args.table.get(f.subject.mention).name), set()).add(obj.link.split(":")[-1])
    return ties


def _countries(rules, ties: dict[str, set[str]], arg: Arg) -> set[str]:
    mention = rules.args.table.get(arg.mention)
    if mention.type != "Person":
        return set()
    return ties.get(surname(mention.name), set())
