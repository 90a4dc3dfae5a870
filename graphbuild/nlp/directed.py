"""Country names the model leaves untagged after a direction: "in northern Ethiopia", "in western Sudan". A
lowercase direction before a capitalised name often makes the news model miss the name; the gazetteer knows it."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..resolve import gazetteer
from .spans import COMPASS_ADJECTIVES

DIRECTIONS = COMPASS_ADJECTIVES | {"north-eastern", "north-western", "south-eastern", "south-western"}


def directed_countries(doc: Doc, ents: list[Span]) -> list[Span]:
    """A GPE span for each country named right after a lowercase direction word and covered by no entity."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for token in doc:
        i = token.i + 1
        if token.text not in DIRECTIONS or i >= len(doc) or i in taken or not doc[i].text[:1].isupper():
            continue
        # The longest run of up to four words that names a country ("Democratic Republic of the Congo").
        for end in range(min(len(doc), i + 4), i, -1):
            if any(j in taken or doc[j].is_punct for j in range(i, end)):
                continue
            if gazetteer.country_of(doc[i:end].text):
                out.append(Span(doc, i, end, label="GPE"))
                break
    return out
