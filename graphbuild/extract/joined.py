"""Membership told by a verb or by a candidacy rather than by a title: "appointed X to the Economic Council", "X was
elected to the National Assembly", "X was expelled from the party", "X resigned from the Unity Party", "X joined
the Labour Party", and "X, the Green Party candidate", "X, who is the Labour Party's mayoral candidate".

A person seated on a body, or put out of it, is (or was) one of its members; a party's candidate is one of its
members. A firm one joins is one's employer. Who heads a state's organ named by the state ("heads Chile's foreign
ministry") is a member of the state.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .affiliation import FIRM_WORDS, OTHER_BODIES, firm_word
from .arguments import Arg
from .titled import MODALS, TITLE_WORDS, singular
from .found import ROLES

# Verbs that seat their object on a body named after "to": "appointed X to the council", "was elected to".
SEATING = {"appoint", "reappoint", "elect", "reelect", "re-elect", "name", "nominate", "induct", "defect"}
# Verbs that put a person out of a body named after "from", or that he leaves it by: he was one of its members.
LEAVING = {"expel", "oust", "suspend", "resign", "defect", "dismiss", "sack"}
# Verbs whose object is the body: "joined the Labour Party". Leaving one is read only of a party, as "left the
# X Centre" is as often a walk out of a building.
JOINING = {"join", "rejoin"}
QUITTING = {"quit", "leave"}
# Verbs that hold a seat on a body named after "on": "X sits on the Y board", "who served on the Z Council".
SITTING = {"sit", "serve"}
# Words that make a body a party ("Unity Party", "Partido Liberal", "National Front").
PARTY_WORDS = {"party", "partido", "parti", "partei", "front", "congress", "movement", "alliance"}
# Seats on a body named after "of": "elected to the board of X".
SEAT_NOUNS = {"board", "council", "committee", "panel", "commission", "cabinet", "executive", "presidium"}
# A state's organs, which news names by the state's name ("Chile's foreign ministry"), and the verbs that head one.
STATE_ORGANS = {"ministry", "department", "agency", "office", "service", "army", "navy", "military", "forces", "police",
                "bureau", "directorate"}
HEADING = {"head", "lead", "run"}
# Who runs for a party's ticket.
CANDIDATES = {"candidate", "nominee", "standard-bearer", "flagbearer", "flag-bearer"}
# A body's units written in common nouns: "the party's youth wing", "its central committee".
UNIT_NOUNS = {"wing", "caucus", "committee", "council", "division", "branch", "chapter", "league", "bureau",
              "politburo", "secretariat", "faction"}
# Words that make a body's people its members: a party's, a council's, an agency's ("club": a coach works for it).
OWN_PEOPLE = PARTY_WORDS | (OTHER_BODIES - FIRM_WORDS - {"club"})


def _party(name: str) -> bool:
    return any(w in PARTY_WORDS for w in name.lower().split())


def _said_as_fact(verb: Token) -> bool:
    """Not "wants to join", "could be expelled", "did not resign"."""
    if verb.dep_ in {"xcomp", "advcl", "csubj"} and verb.tag_ == "VB":
        return False
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _bodies(rules, token: Token) -> list[Arg]:
    """The organisations a slot names; "the board of X" and "the X board" name X."""
    if token.lemma_.lower() in SEAT_NOUNS and rules.args.table.entity_at(token) is None:
        return [b for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for b in _bodies(rules, o)] + \
               [b for c in token.children if c.dep_ == "compound" and rules.args.table.entity_at(c) is not None
                for b in _bodies(rules, c)]
    return [a for a in rules.args.resolve(token, concepts=False)
            if rules.args.table.get(a.mention).type == "Organization"]


def _people(rules, tokens) -> list[Arg]:
    return [a for t in tokens for a in rules.args.resolve(t, concepts=False)
            if rules.args.table.get(a.mention).type == "Person"]


def verb_members(rules, verb: Token) -> list[tuple[Arg, str, Arg, Token]]:
    lemma = verb.lemma_.lower()
    if lemma not in SEATING | LEAVING | JOINING | QUITTING | SITTING or not _said_as_fact(verb):
        return []
    kids = list(verb.children)
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    out = []
    if lemma in JOINING | QUITTING:
        people = _people(rules, [c for c in kids if c.dep_ == "nsubj"])
        bodies = [(b, o) for o in kids if o.dep_ == "dobj" for b in _bodies(rules, o)]
        if lemma in QUITTING:
            bodies = [(b, o) for b, o in bodies if _party(rules.args.table.get(b.mention).name)]
    elif lemma in SITTING:
        people = _people(rules, [c for c in kids if c.dep_ == "nsubj"])
        bodies = [(b, o) for p in kids if p.dep_ == "prep" and p.lower_ == "on"
                  for o in p.children if o.dep_ == "pobj" for b in _bodies(rules, o)]
    else:
        # "appointed X to", "X was appointed to"; "X resigned from", "X defected to".
        intransitive = lemma in {"resign", "defect"}
        slot = {"nsubjpass"} if passive else {"nsubj"} if intransitive else {"dobj"}
        people = _people(rules, [c for c in kids if c.dep_ in slot])
        preps = ({"to"} if lemma in SEATING else set()) | ({"from"} if lemma in LEAVING else set())
        bodies = [(b, o) for p in kids if p.dep_ == "prep" and p.lower_ in preps
                  for o in p.children if o.dep_ == "pobj" for b in _bodies(rules, o)]
    for person in people:
        for body, slot_token in bodies:
            name = rules.args.table.get(body.mention).name
            kind = "worksFor" if lemma in JOINING and firm_word(name) else "memberOf"
            out.append((person, kind, body, verb))
    return out


def candidates(rules, noun: Token) -> list[tuple[Arg, str, Arg, Token]]:
    """ "X, the Green Party candidate", "X is the Unity Party's nominee", "Labour candidate X": a party's member."""
    if noun.lemma_.lower() not in CANDIDATES:
        return []
    holders = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        holders.append(noun.head)
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        holders.append(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holders += [c for c in noun.head.children if c.dep_ == "nsubj"]
        # "X, who is the party's candidate": the relative clause's "who" stands for X.
        if noun.head.dep_ == "relcl" and any(h.lower_ == "who" for h in holders):
            holders.append(noun.head.head)
    # "Unity Party mayoral candidate X": past an adjective the parser hangs the party as nmod.
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
               for o in p.children if o.dep_ == "pobj"]
    out = []
    for person in _people(rules, [h for h in holders if h.lower_ != "who"]):
        for body in (b for o in owners for b in _bodies(rules, o)):
            if _party(rules.args.table.get(body.mention).name):
                out.append((person, "memberOf", body, noun))
    return out


def possessed_person(rules, ent) -> list[tuple[Arg, str, Arg, Token]]:
    """ "the Unity Party's Sam Okoro said", "Harwick Holdings' Tom Reyes": a body's own person, one of its members,
    or its employee where the body is a firm. Only a name of two words or more right after the possessive, and
    standing alone ("BTS's Proof", "X Minerals' Y project" name works); only a body whose name says what it is,
    as a paper's or a band's name does not say whether its people work for it or belong to it."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.start < 2 or ent.root.dep_ == "compound" \
            or doc[ent.start - 1].lower_ not in {"'s", "’s", "'", "’"}:
        return []
    org = rules.args.table.entity_at(doc[ent.start - 2])
    if org is None or org.label_ != "ORG" or org.end != ent.start - 1:
        return []
    out = []
    # The name itself, not the names coordinated with it ("X's A or B of the Y").
    for person in (p for p in _people(rules, [ent.root]) if p.span[0] == ent.start_char):
        for body in _bodies(rules, org.root):
            name = rules.args.table.get(body.mention).name
            kind = "worksFor" if firm_word(name) else "memberOf" if set(name.lower().split()) & OWN_PEOPLE else None
            if kind:
                out.append((person, kind, body, doc[ent.start - 1]))
    return out


def unit_of_body(rules, ent) -> list[tuple[Arg, str, Arg, Token]]:
    """ "X, head of the Unity Party's youth wing", "a member of the party's central committee": the unit has no
    name of its own to be a node, but whoever holds a seat in it is one of the body's members."""
    if ent.label_ != "PERSON":
        return []
    root = ent.root
    titles = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    out = []
    for title in (t for t in titles if singular(t.lower_) in TITLE_WORDS):
        for unit in (o for p in title.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.lower_ in UNIT_NOUNS):
            if rules.args.table.entity_at(unit) is not None:
                continue
            for owner in (c for c in unit.children if c.dep_ == "poss"):
                out += [(person, "memberOf", body, title) for person in _people(rules, [root])
                        if person.span[0] == ent.start_char for body in _bodies(rules, owner)]
    return out


def joined_members(rules, found: list) -> list[tuple[Arg, str, Arg, Token]]:
    """Every membership above that no other rule has given the pair (a title says more than a verb)."""
    held = {(f.subject.mention, f.object.mention) for f in found if f.predicate in ROLES}
    out, seen = [], set()
    for token in rules.args.table.tokens:
        got = verb_members(rules, token) if token.pos_ in {"VERB", "AUX"} else \
            candidates(rules, token) if token.pos_ in {"NOUN", "PROPN"} else []
        if token.ent_iob_ == "B" and (ent := rules.args.table.entity_at(token)) is not None:
            got += possessed_person(rules, ent) + unit_of_body(rules, ent)
        for person, kind, body, anchor in got:
            pair = (person.mention, body.mention)
            if person.mention != body.mention and pair not in held and pair not in seen:
                seen.add(pair)
                out.append((person, kind, body, anchor))
    return out


def headed_organs(rules, verb: Token, found: list) -> list:
    """ "X, who heads Chile's foreign ministry": the head of a state's organ is a member of the state the organ's
    name stands for, not its leader."""
    if verb.lemma_.lower() not in HEADING:
        return found
    organs = {a.mention for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in STATE_ORGANS
              for a in rules.args.resolve(o, concepts=False) if a.via == "government"}
    return [replace(f, predicate="memberOf") if f.predicate == "leaderOf" and f.object.mention in organs else f
            for f in found]
