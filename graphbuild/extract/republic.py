"""The head of state's formal title, "President of the Republic", read for home.py: "the Republic" is the
country the story is about, as a reader takes it ("The President of the Republic, X, opened ...", "X, Vice
President of the Republic, said"). "President of the Republic of Ghana" names its country; other rules read it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .national import ADDRESS

# Words that make the title part of another's: "Counsellor to the President of the Republic, X" advises him.
GOVERNING = {"to", "of", "for", "by", "'s", "’s"}


def republic_title(ent: Span) -> tuple[str, Token, list[Token]] | None:
    """(kind, head word, words) of "[Vice] President of the Republic" written right before or after the name."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and doc[i].lower_.strip(".") in ADDRESS:
        i -= 1
    i -= i >= 0 and doc[i].text == ","
    if i >= 4 and _republic(doc, i - 3):
        start = i - 3 - (doc[i - 4].lower_ in {"vice", "deputy"})
        k = start - 1
        k -= k >= 0 and doc[k].lower_ == "the"
        if k < 0 or doc[k].lower_ not in GOVERNING and doc[k].pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:
            return _title(doc, start, i - 3)
    # After the name: "X, President of the Republic," or "X, the Vice President of the Republic,".
    j = ent.end + 1
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    j += j < len(doc) and doc[j].lower_ == "the"
    start = j
    j += j < len(doc) and doc[j].lower_ in {"vice", "deputy"}
    return _title(doc, start, j) if _republic(doc, j) else None


def _republic(doc: Doc, i: int) -> bool:
    # "President of the Republic" and no "of Ghana" after it.
    words = [t.lower_ for t in doc[i: i + 5]]
    return words[:4] == ["president", "of", "the", "republic"] and words[4:] != ["of"]


def _title(doc: Doc, start: int, head: int) -> tuple[str, Token, list[Token]]:
    words = list(doc[start: head + 1])
    return ("memberOf" if len(words) > 1 else "leaderOf"), doc[head], words
