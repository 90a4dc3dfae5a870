"""A country's institutions written by their common name ("the Senate", "the police"), which the model leaves
untagged."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# A country's institution written by its common name, which the model leaves untagged ("officials of the Senate",
# "Member of Parliament", "the Police have"); extract/institutions.py keys it by its country.
STATE_BODIES = (("Public", "Protector"), ("Supreme", "Court"), ("Constitutional", "Court"), ("High", "Court"),
                ("National", "Assembly"), ("Senate",), ("Parliament",), ("Police",))


# One search of the text finds them: a loop over every token was a tenth of the whole build's CPU.
STATE_BODY_RE = re.compile(r"\b(?:" + "|".join(" ".join(words) for words in STATE_BODIES) + r"|police|parliament)\b")
# What may stand before "police" or "parliament" written lower-case for it to be the country's own: "the police",
# "the Kenyan parliament", "Iran's parliament" (not "member of parliament", "riot police").
POSSESSIVES = {"'s", "’s"}


def state_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """Spans of a country's institutions the model left untagged, as organisations."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out = []
    for match in STATE_BODY_RE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        token, end = span[0], span.end
        # "the police" written lower-case: the force itself where the noun is the phrase's head, not "the police
        # station", "the police chief".
        if token.is_lower and (token.dep_ == "compound" or end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"}
                               or not _owned(doc, token.i)):
            continue
        # Capitalised only as a sentence's first word ("Police said ..."): the common noun, not the body.
        if token.is_sent_start or any(i in taken for i in range(token.i, end)):
            continue
        before, after = doc[token.i - 1], doc[end] if end < len(doc) else None
        # "Dhaka Metropolitan Police", "Police Station", "Senate President": part of a longer name or title.
        if after is not None and after.text[:1].isupper():
            continue
        if before.text[:1].isupper() and not (before.lower_ == "the" or before.ent_type_ in {"GPE", "NORP"}):
            continue
        out.append(Span(doc, token.i, end, label="ORG"))
    return out


def _owned(doc: Doc, i: int) -> bool:
    before = doc[i - 1] if i else None
    if before is None:
        return False
    return (before.lower_ == "the" or before.ent_type_ == "NORP"
            or before.text in POSSESSIVES and i > 1 and doc[i - 2].ent_type_ == "GPE")
