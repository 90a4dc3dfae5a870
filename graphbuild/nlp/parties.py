"""Parties named by their creed and a lower-case "party" ("the Conservative party", "Labour party leader X"): the
tagger reads the creed as a group of people (NORP) or a body of its own and leaves "party" out."""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve import gazetteer


def with_party(ents: list[Span]) -> list[Span]:
    """The entities with each creed followed by "party" made one organisation; a nationality is no creed ("a
    Chinese party delegation")."""
    out = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ in {"NORP", "ORG"} and ent.end < len(doc) and doc[ent.end].lower_ in {"party", "parties"}
                and doc[ent.end].text.islower() and ent[-1].text[:1].isupper()
                and gazetteer.fold(ent.text) not in gazetteer.demonyms() and not gazetteer.country_of(ent.text)):
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")
        out.append(ent)
    return out
