"""A name tagged in one place of a text, found again where the tagger left it untagged.

News writes a body in full once and by its abbreviation after ("the National Liberation Army (ELN)" ... "the ELN"),
and repeats a name the tagger reads in one sentence and misses in the next; each missed use is an argument no
relation can reach."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from ..resolve.abbreviations import abbreviates, spells, within
from ..resolve.gazetteer import fold
from ..extract.titlewords import LEADER_TITLES, MEMBER_TITLES, WORKS_TITLES
from ..resolve.names import HONORIFICS

# Labels of names whose every use names the same thing in one text (a person's later uses are his surname).
_REPEATED = {"ORG", "GPE", "LOC", "FAC"}
# What the tagger reads inside a body's name spelt out: a place ("Ghana" of "Bank of Ghana"), a people, a work.
_INSIDE_BODIES = {"GPE", "LOC", "NORP", "PERSON", "WORK_OF_ART", "PRODUCT"}
# Words that join the parts of a name without starting one ("of", "for").
_JOINERS = {"of", "for", "and", "the", "de", "du", "la", "del", "on", "-", "&"}


def abbreviations(doc: Doc, ents: list[Span]) -> list[Span]:
    """Every later use of an abbreviation the text defines ("the National Liberation Army (ELN)"), with
    the label of the name it abbreviates, where the tagger missed it."""
    defined = {}
    for ent in ents:
        end = ent.end
        if (ent.label_ in {"ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"} and end + 2 < len(doc)
                and doc[end].text == "(" and doc[end + 2].text == ")"
                and sum(ch.isupper() for ch in doc[end + 1].text) >= 2 and doc[end + 1].text[:1].isupper()):
            if abbreviates(doc[end + 1].text, ent.text):
                defined[doc[end + 1].text] = ent.label_
    if not defined:
        return []
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    return [Span(doc, t.i, t.i + 1, label=defined[t.text]) for t in doc
            if t.text in defined and t.i not in taken]


def spelt_out(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each body's name written in full before the abbreviation the tagger read ("the Kessel
    Workers League (KWL)" where only "KWL" is tagged) in place of what the tagger read inside that name.

    Every word's initial must be in the abbreviation, in order, so that a capitalised phrase before a bracket is
    taken only where it is the name spelt out; a title so spelt ("Regional Liaison Officer (RLO)") is no body."""
    added = []
    for ent in ents:
        start = ent.start
        if not (ent.label_ == "ORG" and len(ent) == 1 and _abbreviation(ent.text) and 2 <= start
                and start + 1 < len(doc) and doc[start - 1].text == "(" and doc[start + 1].text == ")"):
            continue
        name = _name_before(doc, start - 1, ent.text)
        if name is None or fold(doc[name[1] - 1].text) in TITLE_WORDS:
            continue
        inner = [e for e in ents if e.start < name[1] and name[0] < e.end]
        # A body, an event or a law the tagger read, or a name read across the bracket, is its to keep.
        if any(e.start < name[0] or e.end > name[1] or e.label_ not in _INSIDE_BODIES for e in inner):
            continue
        added.append(Span(doc, name[0], name[1], label="ORG"))
    if not added:
        return ents
    within = {i for span in added for i in range(span.start, span.end)}
    return [e for e in ents if e.start not in within] + added


# Words of a title, which a capitalised phrase may end in or hold as well as a body's name.
TITLE_WORDS = HONORIFICS | LEADER_TITLES | MEMBER_TITLES | WORKS_TITLES

_NAME_POS = {"PROPN", "NOUN", "ADJ"}
# The most words read back from a bracket for the name it abbreviates.
_LONGEST = 8


def _name_before(doc: Doc, end: int, abbr: str) -> tuple[int, int] | None:
    """(start, end) of the longest run of capitalised and joining words ending at ``end`` that ``abbr`` spells."""
    start = end
    while start > 0 and end - start < _LONGEST and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                                                   or doc[start - 1].lower_ in _JOINERS - {"the", "-", "&"}):
        start -= 1
        if doc[start].is_sent_start:
            break
    for first in range(start, end - 1):
        if not doc[first].text[:1].isupper() or doc[first].lower_ == "the":
            continue
        words = doc[first:end].text
        # "Buy Now Pay Later (BNPL)": a phrase of verbs and adverbs spelt out is no body's name.
        if any(t.pos_ not in _NAME_POS for t in doc[first:end] if t.lower_ not in _JOINERS):
            continue
        if spells(abbr, words) or within(abbr, words):
            return first, end
    return None


def repeated_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Every untagged use of a name the tagger read elsewhere in the text, with its label there.

    A name of one word is taken only as an abbreviation ("DA", "BoG"): a capitalised word alone may be a sentence's
    first word or a common noun in a headline. A name of one label only: "Jordan" a person and a country is left."""
    labels: dict[str, Counter] = {}
    for ent in ents:
        words = tuple(t.text for t in ent)
        if ent.label_ in _REPEATED and _whole_name(words) and (len(words) > 1 or _abbreviation(words[0])):
            labels.setdefault(ent.text, Counter())[ent.label_] += 1
    names = {name: next(iter(count)) for name, count in labels.items() if len(count) == 1}
    if not names:
        return []
    # One search of the text finds every use, longest names first; a loop over the tokens costs a Token a word.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out = []
    for match in pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        if _stands_alone(doc, span.start, span.end):
            out.append(Span(doc, span.start, span.end, label=names[match.group()]))
    return out


def _abbreviation(word: str) -> bool:
    return word[:1].isupper() and sum(ch.isupper() for ch in word) >= 2 and word.isalpha()


def _whole_name(words: tuple[str, ...]) -> bool:
    # Capitalised at both ends, with only joining words between ("Bank of Ghana", not "Ghana 's").
    return (words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or w.lower() in _JOINERS for w in words))


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    """No capitalised word or hyphen glued on either side: "DA" in "DA Youth League" is part of another name."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and (before.text == "-" and not before.whitespace_ or before.text[:1].isupper()
                               and not before.is_sent_start and before.lower_ != "the"):
        return False
    if after is not None and (after.text == "-" and not doc[end - 1].whitespace_ or after.text[:1].isupper()):
        return False
    return True
