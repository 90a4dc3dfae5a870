"""A place written as a name and its rank or kind, then "in" a larger place: "Idlib province in northern Syria",
"Tarqui village in Manabi province", "Kalor town in Sindh"; or a name and its rank "of" a ranked place or a
country: "Rattaphum district of Songkhla province", "the Ndawe District of the Kumbo Region". The recogniser
often tags only the name, or nothing ("Tarqui"), or reads it as a people ("Kasese"): the noun after it says it is
a place.

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
# Local ranks whose "of" always names the district they lie in, ranked or not ("Torvik upazila of Haldenpur").
LOCAL_RANKS = {"subdistrict", "sub-district", "upazila", "tehsil"}
OF_NOUNS = geography.SETTLEMENT_NOUNS | LOCAL_RANKS
# A town's kinds "of" a place are read only before a ranked place ("Samoya Village of Bungoma County"): before a
# country or a town the name first is the larger place ("the Gulf state of Qatar", "the Tokyo suburb of Chofu").
TOWN_KINDS = OF_NOUNS - geography.ADMIN_NOUNS - LOCAL_RANKS


def read(rules) -> list:
    """Every "<Name> <rank> in <place>" fact of the document."""
    doc = rules.doc
    out = []
    for noun in rules.args.table.tokens:
        if noun.lower_ in OF_NOUNS:
            out += area_of(rules, noun)
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


def area_of(rules, noun) -> list:
    """ "the Bang Klam area of Hat Yai district", "Rattaphum district of Songkhla province", "the Ndawe District of
    the Kumbo Region", "Torvik upazila of Haldenpur": a named area, town or rank of a larger place lies in it. The
    recogniser often reads such names as people."""
    doc, table = rules.doc, rules.args.table
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return []
    here, inner = table.entity_at(noun), None
    if not noun.is_lower:
        # A capitalised rank is a place's only where the name and the rank are one name of a place ("the Ndawe
        # District", which the recogniser may tag a body).
        if here is None or here.end != noun.i + 1 or len(here) < 2:
            return []
        inner = next((a for a in geography._args(rules, here) if rules.mention_type(a) == "Place"), None)
    i = noun.i + 2
    the = doc[i].lower_ == "the" and table.entity_at(doc[i]) is None and i + 1 < len(doc)
    ent = table.entity_at(doc[i + the])
    if ent is None:
        return []
    i += the
    end = ent.end
    # A ranked place may be a city's namesake ("Songkhla province"); "of the" is taken before a ranked place only.
    ranked = ent[-1].lower_ in geography.ADMIN_NOUNS or end < len(doc) and doc[end].lower_ in geography.ADMIN_NOUNS
    if not ranked and (the or noun.lower_ in TOWN_KINDS):
        return []
    if noun.is_lower:
        name = geography._capitalised_before(doc, noun.i)
        before = table.entity_at(doc[noun.i - 1]) if name is None and ranked and noun.i > 0 else None
        # The tagger may read a name as an adjective ("the Rattaphum district"); before an unranked place such a
        # word is more often one ("the Alpine region of Kestow").
        if before is not None and before.label_ in geography.PLACE_LABELS and before.end == noun.i:
            name = doc[before.start: noun.i]
        ok = name is not None and geography._unnamed_or_place(rules, name)
        inner = geography._span_arg(rules, name, "Place") if ok else None
    if inner is None:
        return []
    kinds = {"Country", "Place", "City"} if ranked or noun.lower_ in LOCAL_RANKS else {"Country", "Place"}
    if ent.label_ in geography.PLACE_LABELS and ent.start == i:
        outer = geography._args(rules, ent)
    elif end < len(doc) and doc[end].lower_ in geography.ADMIN_NOUNS and doc[ent.start: end].text[:1].isupper():
        outer = [geography._span_arg(rules, doc[ent.start: end], "Place")]  # "Hat Yai district", read as a person
    else:
        return []
    return geography._located(rules, [inner], outer, noun, kinds)


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
