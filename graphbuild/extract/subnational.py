"""A minister's title written without its country may be an office of a state's or a province's government:
"State Health Minister X", "X, the provincial health minister", "the state's finance minister Y", "Health
Minister Z of Kerala", or any such bare title in a story that names the head of a state's government ("Chief
Minister W"; a premier where the country's own head of government is no premier). The rules that give a bare
title the story's country (national.py, home.py) leave those out; "Union" or "federal" keeps a title national.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..resolve import leaders
from . import lexicon
from .inhand import remembered
from .story import named_countries
from .titled import TITLE_WORDS

# The heads of these titles are members of a government: a state has its own.
MINISTERS = {"minister", "secretary", "commissioner", "mec"}
# Words that keep a title national: "Union Health Minister", "the federal finance minister".
NATIONAL = {"union", "federal", "central", "national", "cabinet"}
# Words that put a title in a state's or a province's government: "provincial health minister".
LOCAL = {"provincial", "regional"}
# Nouns of a state or a province whose possessive names the title's government: "the state's health minister".
UNITS = {"state", "province"}
# Every word a title's run may hold before its head: built once, not at each word stepped over.
RUN_WORDS = frozenset(TITLE_WORDS | lexicon.DEPARTMENTS | LOCAL | UNITS)


def state_office(doc: Doc, head: int, ent: Span, home: str | None) -> bool:
    """Whether the minister's title whose head is word ``head``, written for the person ``ent``, is an office of
    a state's or a province's government rather than of the country ``home``."""
    # "Attorney General", "Attorney-General": a state has its own law officer too.
    law_officer = doc[head].lower_ == "general" and "attorney" in {t.lower_ for t in doc[max(head - 2, 0): head]}
    if doc[head].lower_ not in MINISTERS and not law_officer:
        return False
    i = head - 1
    while i >= 0 and (doc[i].lower_.strip(".") in RUN_WORDS
                      or doc[i].text in {"-", "–", "'s", "’s"}):
        i -= 1
    # The run of title words, and the word before it ("Union" is a name to the tagger, not a title word).
    words = [t.lower_ for t in doc[max(i, 0): head + 1]]
    if NATIONAL & set(words):
        return False
    if LOCAL & set(words) or any(w in UNITS and nxt in {"'s", "’s"} for w, nxt in zip(words, words[1:])):
        return True
    # "State Health Minister X": a state's portfolio. "State Minister" alone is a junior national rank.
    if any(w == "state" and nxt in lexicon.DEPARTMENTS - UNITS for w, nxt in zip(words, words[1:])):
        return True
    # "Health Minister X of Kerala": a place after the name that is no country.
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].lower_ in {"of", "from"} else None
    if after is not None and after.ent_type_ in {"GPE", "LOC"} and not any(
            start <= after.i < end for start, end, _, _ in named_countries(doc)):
        return True
    return state_story(doc, home)


def state_story(doc: Doc, home: str | None) -> bool:
    """Whether the story names the head of a state's or a province's government: a chief minister, or a premier
    in a country whose own head of government the table calls otherwise (Canada, Australia; not China)."""
    return remembered("state story", doc, home, lambda: _state_story(doc, home))


def _state_story(doc: Doc, home: str | None) -> bool:
    # A premier is a province's only where the table knows the country's head of government by another title.
    titles = {t for r in leaders.table() if r.iso == home and r.office == "government" for t in r.titles}
    provincial = bool(titles) and "premier" not in titles
    # "Russian Premier Vladimir Putin": a country's own premier.
    national = {i for start, end, _, _ in named_countries(doc) for i in range(start, end)}
    for token in doc:
        lower = token.lower_
        if lower == "minister" and token.i > 0 and doc[token.i - 1].lower_ == "chief":
            return True
        if lower == "premier" and provincial and token.i - 1 not in national and token.ent_type_ != "PERSON" and any(
                t.ent_type_ == "PERSON" for t in doc[token.i + 1: token.i + 3]):
            return True
    return False
