"""Offices named without a title word before the name, read for home.py: a head whose name qualifies a government
("the Ortega government", "the government of Tomas Verel in Peru", "the Bukele administration"), and the
United States' "Secretary of State X", whose office names its country by itself.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..resolve import leaders
from .national import NATIONAL_LEADERS
from .story import named_countries
from .titled import TITLE_WORDS

# Nouns for the government a head leads: "the Afewerki regime", "the Kishida administration".
GOVERNMENTS = {"government", "administration", "regime", "dictatorship"}
# Titles of a head whose name may qualify the government: "President X's administration".
HEADS = NATIONAL_LEADERS | {"prime", "minister", "premier", "dictator", "leader", "ruler", "strongman"}
# Ranks before "Secretary of State": all offices of the US State Department.
SECRETARY_RANKS = {"deputy", "under", "assistant", "former", "then", "acting", "the", "a", "us", "u.s.", "u.s"}


def government_of(ent: Span) -> tuple[tuple[str, Token, list[Token]], str | None] | None:
    """((kind, noun, words), country or None) when the name qualifies a government noun; the country is the one
    written in the government's phrase ("in Nicaragua", "Nicaragua's"), else left to the story."""
    root = ent.root
    # "the Boric administration": the parser may also hang the name as an adjective.
    if root.dep_ in {"compound", "poss", "amod"} and root.head.lower_ in GOVERNMENTS and root.head.i >= ent.end:
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in GOVERNMENTS:
        noun = root.head.head
    else:
        return None
    # "a new Rajapaksa administration": a family's name, when the article names several of it; "the
    # Ortega-Murillo regime": a couple's, when a part is another person's name.
    people = {e.text: e[-1].text for e in ent.doc.ents if e.label_ == "PERSON" and len(e) > 1 and e.text != ent.text}
    if len(ent) == 1 and list(people.values()).count(ent.text) > 1 or "-" in ent.text and \
            ent.text.split("-")[0] in people.values():
        return None
    # "the government of Tomas Verel and Mara Quill": a government of several is no one head's; "the
    # Somoza family dictatorship" a family's.
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children) or \
            any(c.lower_ == "family" for c in noun.children):
        return None
    # "the administration of ex-Attorney General X": an office's term, not a government.
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in TITLE_WORDS and before.lower_ not in HEADS:
        return None
    span = range(noun.left_edge.i, noun.right_edge.i + 1)
    if any(e.label_ == "PERSON" and e.start in span and e.start != ent.start for e in ent.doc.ents):
        return None  # another person named in the government's phrase, however the parser joins them
    isos = {i for start, _, found, _ in named_countries(ent.sent) if start in span and not ent.start <= start < ent.end
            for i in found}
    if len(isos) > 1:
        return None
    return ("leaderOf", noun, [noun]), (isos.pop() if isos else None)


def state_secretary(ent: Span) -> tuple[tuple[str, Token, list[Token]], str] | None:
    """ "Secretary of State X", "deputy secretary of state X", "X, the US Secretary of State": an office of the
    United States, when the article names it (Britain's secretaries of state are "for" a portfolio)."""
    doc = ent.doc
    if not any("US" in isos for _, _, isos, _ in named_countries(doc)):
        return None
    start = ent.start
    if start >= 3 and [t.lower_ for t in doc[start - 3: start]] == ["secretary", "of", "state"]:
        head = doc[start - 3]
        words = [head]
        i = start - 4
        while i >= 0 and doc[i].lower_ in SECRETARY_RANKS:
            if doc[i].lower_ in {"deputy", "under", "assistant"}:
                words.insert(0, doc[i])
            i -= 1
        # "Georgia Secretary of State X", "Kenya's ...": a body before the title is no State Department's.
        if i >= 0 and (doc[i].pos_ in {"PROPN", "NOUN", "ADJ"} or doc[i].lower_ in {"'s", "’s", "of"}):
            return None
        return ("memberOf", head, words), "US"
    return None


def known_abroad(name: str, iso: str) -> bool:
    """Whether the table of heads knows this name, and only as a head of other countries than ``iso``."""
    rows = leaders.named(name)
    return bool(rows) and iso not in {r.iso for r in rows}
