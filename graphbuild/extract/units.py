"""Units of a university or a like body, written with the body right after their name: "the Institute for
Health Research and Policy at the University of Chicago", "the Faculty of Law of Makerere University".

Read on the surface, as ``seats.sited`` reads a body "in" a city: the parser hangs the "at" phrase on whatever
noun the sentence is about ("director of the Centre ... at the University"), but the words keep their order.
"""
from __future__ import annotations

from spacy.tokens import Span

# Head words of a unit's name: a centre or faculty is a part of the university it is written with.
UNIT_HEADS = {"institute", "centre", "center", "faculty", "school", "department", "laboratory", "lab", "unit",
              "programme", "program", "office", "division"}
# Head words of the bodies that hold such units.
PARENT_HEADS = {"university", "college", "polytechnic"}


def read(rules) -> list:
    """Every unit-of-a-university fact of the document."""
    out = []
    for ent in rules.args.table.ents:
        out += unit_at(rules, ent)
    return out


def unit_at(rules, ent: Span) -> list:
    """ "the Center for International Trade Studies at the University of X": the unit is part of the body."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.root.lemma_.lower() not in UNIT_HEADS:
        return []
    i = ent.end
    if i >= len(doc) or doc[i].lower_ not in {"at", "of"}:
        return []
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    parent = rules.args.table.entity_at(doc[i]) if i < len(doc) else None
    if parent is None or parent.label_ != "ORG" or parent.start != i:
        return []
    if not {t.lemma_.lower() for t in parent} & PARENT_HEADS:
        return []
    out = []
    for subject in rules.args.resolve(ent.root, concepts=False):
        for obj in rules.args.resolve(parent.root, concepts=False):
            kinds = {rules.mention_type(subject), rules.mention_type(obj)}
            if subject.mention != obj.mention and kinds == {"Organization"}:
                out.append(rules.make(subject, "partOf", obj, ent.root, "noun.part"))
    return out
