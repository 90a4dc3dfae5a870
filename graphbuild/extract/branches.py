"""A body's branches named with their owner: "the Kestrel Mining Division of Orvex Holdings" read as one name,
"the country's Interior Ministry", "the Food Safety Bureau under the Ministry of Health", "Eastgate police station
of the Velmora Police Department". ("X, a unit of Y" is nominal.py's.)

Read on the surface, as units.py reads a unit "at" a university: the parser hangs the "of" and "under" phrases on
whatever the sentence is about, but the words keep their order.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve import gazetteer, kinds
from .arguments import Arg
from .seats import ORGAN_WORDS
from .story import named_countries

# Head words of a unit named in full with its owner inside one name.
NAMED_UNITS = {"division", "unit", "department", "bureau", "directorate", "branch", "wing", "command", "group"}


def read(rules) -> list:
    table = rules.args.table
    bodies = {ent.text for ent in table.ents if ent.label_ == "ORG"}
    out = []
    for ent in table.ents:
        if ent.label_ == "ORG":
            out += named_inside(rules, ent, bodies) + the_countrys(rules, ent) + under(rules, ent)
            out += part_of(rules, ent) + owner_first(rules, ent)
    out += stations(rules)
    return out


def _orgs(rules, ent: Span) -> list[Arg]:
    """The bodies the name stands for, not those listed with it: the resolver follows "X, Y and Z"."""
    return [a for a in rules.args.resolve(ent.root, concepts=False) if rules.mention_type(a) == "Organization"
            and ent.start_char <= a.span[0] and a.span[1] <= ent.end_char]


def named_inside(rules, ent: Span, bodies: set[str]) -> list:
    """ "the Kestrel Mining Division of Orvex Holdings" read as one name: the unit before "of" is part of the body
    after it, where the text writes that body alone or its name ends as a body's does ("Holdings", "Group")."""
    cut = next((t.i for t in ent if t.lower_ == "of"), None)
    if cut is None or cut == ent.end - 1:
        return []
    doc = ent.doc
    unit = doc[ent.start + (ent[0].lower_ == "the"): cut]
    body = doc[cut + 1 + (doc[cut + 1].lower_ == "the"): ent.end]
    # A named unit, not "Department of Justice": words of its own before its head.
    if len(unit) < 2 or unit[-1].lower_ not in NAMED_UNITS or not all(t.text[:1].isupper() for t in unit):
        return []
    # "the U.S. Department of Coastal Security": a country's department, named with the country, is one body.
    if gazetteer.country_of(unit[:-1].text):
        return []
    if not len(body) or not (body.text in bodies or kinds.org_kind(body.text) == "org-suffix"):
        return []
    table = rules.args.table
    owner = Arg(table.add_words(body, body.text, "Organization"), (body.start_char, body.end_char), "name")
    part = Arg(table.add_words(unit, unit.text, "Organization"), (unit.start_char, unit.end_char), "name")
    return [rules.make(part, "partOf", owner, ent.root, "noun.part")]


# What "the country's" stands for before a state's organ.
STATE_NOUNS = {"country", "nation", "kingdom", "republic"}


def the_countrys(rules, ent: Span) -> list:
    """ "Kenya held elections. The country's Interior Ministry said ...": the organ is part of the country named
    last before it, in its sentence or the one before, where those name that one country alone."""
    doc = ent.doc
    i = ent.start + (ent[0].lower_ == "the")
    if ent.root.lemma_.lower() not in ORGAN_WORDS or i < 3 or doc[i - 1].lower_ not in {"'s", "’s"} \
            or doc[i - 2].lower_ not in STATE_NOUNS or doc[i - 3].lower_ != "the":
        return []
    country = country_before(rules, doc[i - 3])
    if country is None:
        return []
    return [rules.make(body, "partOf", country, ent.root, "noun.part") for body in _orgs(rules, ent)]


def country_before(rules, the) -> Arg | None:
    """The country "the country" (from the word ``the``) stands for: the one named last before it, in its
    sentence or the one before, where those name that one country alone."""
    doc = the.doc
    sent = the.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [n for n in named_countries(doc) if first <= n[0] and n[1] <= the.i]
    if not before or before[-1][3] != "name" or len({iso for n in before for iso in n[2]}) != 1:
        return None
    start, end, isos, _ = before[-1]
    place = doc[start:end]
    return Arg(rules.args.table.country_for(place, next(iter(isos))), (place.start_char, place.end_char), "coref")


# Bodies that hold others "under" them: "the Food Safety Bureau under the Ministry of Health".
HOLDERS = {"ministry", "department", "government", "cabinet", "council", "commission", "office", "presidency"}


def under(rules, ent: Span) -> list:
    """ "the Food Safety Bureau under the Ministry of Health": the organ is part of the body it is placed under."""
    doc = ent.doc
    i = ent.end
    if ent.root.lemma_.lower() not in ORGAN_WORDS | {"institute", "centre", "center", "council", "committee", "board",
                                                      "fund"} or i + 1 >= len(doc) or doc[i].lower_ != "under":
        return []
    j = i + 1 + (doc[i + 1].lower_ == "the")
    parent = rules.args.table.entity_at(doc[j]) if j < len(doc) else None
    if parent is None or parent.label_ != "ORG" or parent.start != j or not {t.lower_ for t in parent} & HOLDERS:
        return []
    return [rules.make(s, "partOf", o, doc[i], "noun.part") for s in _orgs(rules, ent)
            for o in _orgs(rules, parent) if s.mention != o.mention]


def stations(rules) -> list:
    """ "Eastgate police station of the Velmora Police Department": a named station, written in lower case and
    so no name to the recogniser, is part of the police body after its "of"."""
    table = rules.args.table
    out = []
    for ent in table.ents:
        if ent.label_ != "ORG" or "police" not in {t.lower_ for t in ent} or ent.start < 4:
            continue
        k = ent.start - (doc_word(ent.doc, ent.start - 1) == "the")
        words = [w.lower() for w in (ent.doc[k - 3].text, ent.doc[k - 2].text, ent.doc[k - 1].text)]
        if words != ["police", "station", "of"]:
            continue
        end = k - 3
        # "Eastgate (東門) police station": the name's other writing in brackets stands between.
        if end > 0 and ent.doc[end - 1].text == ")":
            end = next((j for j in range(end - 2, max(0, end - 6), -1) if ent.doc[j].text == "("), end)
        start = end
        # The tagger may take a foreign place name for a verb: its capital and its place are the test.
        while start > 0 and ent.doc[start - 1].text[:1].isupper() and not ent.doc[start - 1].is_sent_start \
                and ent.doc[start - 1].pos_ not in {"DET", "ADP", "PRON", "CCONJ", "PUNCT", "AUX"}:
            start -= 1
        if start == end:
            continue
        span = ent.doc[start: k - 1]
        label = f"{ent.doc[start:end].text} {ent.doc[k - 3].text} {ent.doc[k - 2].text}"
        part = Arg(table.add_words(span, label, "Organization"), (span.start_char, span.end_char), "name")
        out += [rules.make(part, "partOf", o, ent.doc[k - 2], "noun.part") for o in _orgs(rules, ent)]
    return out


def doc_word(doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""



# Words between a body and "part of" / "under": "X, part of Y", "X is part of Y", "X, which falls under Y".
LINKS = {",", "which", "that", "is", "was", "are", "has", "been", "now", "also", "fall", "falls", "fell", "come",
         "comes", "came", "a"}
# Bodies that hold members rather than parts: a party in an alliance is its member (the gold's memberOf).
LEAGUES = {"alliance", "coalition", "bloc", "front", "union", "league", "federation", "association", "party"}


def part_of(rules, ent: Span) -> list:
    """ "Lumen Cloud Ltd, part of Orvex Holdings", "X is part of Y", "X, which falls under the Ministry of
    Finance": the body is part of the other."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and i - ent.end < 4 and doc[i].lower_ in LINKS:
        i += 1
    if i + 1 >= len(doc) or not (doc[i].lower_ == "part" and doc[i + 1].lower_ == "of"
                                 or doc[i].lower_ == "under" and doc[i - 1].lemma_.lower() in {"fall", "come"}):
        return []
    j = i + 1 + (doc[i].lower_ == "part")
    j += j < len(doc) and doc[j].lower_ == "the"
    parent = rules.args.table.entity_at(doc[j]) if j < len(doc) else None
    # The recogniser's name may start at "the" or after it.
    if parent is None or parent.label_ != "ORG" or parent.start not in {j, j - 1} \
            or {t.lower_ for t in parent} & LEAGUES:
        return []
    return [rules.make(s, "partOf", o, doc[i], "noun.part") for s in _orgs(rules, ent)
            for o in _orgs(rules, parent) if s.mention != o.mention]


OWNED_NOUNS = {"subsidiary", "unit", "arm", "affiliate", "division"}


def owner_first(rules, ent: Span) -> list:
    """ "the Orvex Holdings subsidiary Lumen Cloud Ltd": the body named after the owner's noun is part of it."""
    doc = ent.doc
    i = ent.end
    if i + 1 >= len(doc) or doc[i].lower_ not in OWNED_NOUNS:
        return []
    child = rules.args.table.entity_at(doc[i + 1])
    if child is None or child.label_ != "ORG" or child.start != i + 1:
        return []
    return [rules.make(s, "partOf", o, doc[i], "noun.part") for s in _orgs(rules, child)
            for o in _orgs(rules, ent) if s.mention != o.mention]
