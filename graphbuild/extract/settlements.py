"""A place written as a name and its rank or kind, then "in" a larger place: "Idlib province in northern Syria",
"Tarqui village in Manabi province", "Kalor town in Sindh". The recogniser often tags only the name, or nothing
("Tarqui"), or reads it as a people ("Kasese"): the noun after it says it is a place.

``geography.admin_within`` reads the same words when the recogniser took the rank into the name; this reads them
on the surface whatever it took.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import geography

# Ranks and kinds of place that follow a name ("Kalor town"), and the local ranks of South Asian news.
NOUNS = geography.SETTLEMENT_NOUNS - {"port", "community", "territory"} | {"upazila", "tehsil"}
LARGE = {"province", "region", "state", "county", "governorate", "prefecture", "department", "territory"}
# Recogniser labels a place's name may wrongly carry; an organisation's name is no place's.
# A people's name is an adjective ("the Jewish settlement in the Jordan Valley").
NAME_LABELS = geography.PLACE_LABELS | {"PERSON"}


def read(rules) -> list:
    """Every "<Name> <rank> in <place>" fact of the document."""
    doc = rules.doc
    out = []
    for noun in rules.args.table.tokens:
        # A capitalised rank is part of an official name, often a body's ("the Reunion Region in Mauritius").
        if noun.text not in NOUNS or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "in":
            continue
        name = _name_before(rules, noun.i)
        if name is None:
            continue
        outer = geography._place_after(rules, noun.i + 2)
        if outer is None:
            continue
        inner = _inner(rules, name, noun)
        # A province or a region is no part of a city ("the Garissa province in Nairobi" is a misreading).
        kinds = {"Country", "Place"} if noun.text in LARGE else {"Country", "Place", "City"}
        if inner:
            out += geography._located(rules, inner, outer, noun, kinds)
    return out


def _name_before(rules, i: int) -> Span | None:
    """The capitalised words right before the noun, when they are a name of their own: not a possessor's
    ("Songkhla's Rattaphum district", read in ``geography.possessed``), nor an organisation's."""
    doc = rules.doc
    span = geography._capitalised_before(doc, i)
    if span is None:
        return None
    if span.start > 0 and doc[span.start - 1].lower_ in {"'s", "’s", "-", "–"}:
        return None
    # A sentence's first word is capitalised whatever it is.
    if span.start == span.sent.start and len(span) == 1:
        return None
    ents = {rules.args.table.entity_at(t) for t in span} - {None}
    if any(e.label_ not in NAME_LABELS or e.start < span.start for e in ents):
        return None
    return span


def _inner(rules, name: Span, noun) -> list:
    ent = rules.args.table.entity_at(name[-1])
    # The recogniser's own name for the place, when it covers the words before the noun ("Idlib", "Ramnagar
    # village"); otherwise the words themselves.
    if ent is not None and ent.label_ in geography.PLACE_LABELS and ent.start == name.start and ent.end >= name.end:
        return geography._args(rules, ent)
    if ent is not None and ent.end > noun.i + 1:
        return []
    arg = geography._span_arg(rules, name, "Place")
    return [arg] if arg is not None else []
