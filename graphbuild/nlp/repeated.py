"""A name tagged in one place of a text, found again where the tagger left it untagged.

News writes a body in full once and by its abbreviation after ("the National Liberation Army (ELN)" ... "the ELN"),
and repeats a name the tagger reads in one sentence and misses in the next; each missed use is an argument no
relation can reach."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..resolve.abbreviations import abbreviates

# Labels of names whose every use names the same thing in one text.
_REPEATED = {"ORG", "GPE", "LOC", "FAC", "PERSON"}
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


def repeated_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Every untagged use of a name the tagger read elsewhere in the text, with its label there.

    A name of one word is taken only as an abbreviation ("DA", "BoG"): a capitalised word alone may be a sentence's
    first word or a common noun in a headline. A name of one label only: "Jordan" a person and a country is left."""
    labels: dict[tuple[str, ...], Counter] = {}
    for ent in ents:
        words = tuple(t.text for t in ent)
        if ent.label_ in _REPEATED and _whole_name(words) and (len(words) > 1 or _abbreviation(words[0])):
            labels.setdefault(words, Counter())[ent.label_] += 1
    names = {words: next(iter(count)) for words, count in labels.items() if len(count) == 1}
    if not names:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out, i, n = [], 0, len(doc)
    while i < n:
        candidates = by_first.get(doc[i].text) if i not in taken else None
        found = None
        for words in candidates or ():
            end = i + len(words)
            if (end <= n and all(doc[j].text == w and j not in taken for j, w in zip(range(i, end), words))
                    and _stands_alone(doc, i, end)):
                found = Span(doc, i, end, label=names[words])
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.end
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
