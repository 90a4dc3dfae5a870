"""A place and the region it lies in, set off by a comma and "in": "settled in Tamworth, in northern New South
Wales", "the village of Kasanga, in the Rukwa region". The parser often hangs the "in" on the verb, where
nominal.located does not look; the comma says the "in" describes the name. A country after the comma is left to
seats.within, which takes it only for a town the gazetteer knows there ("flew from Kamalpur, in Mexico, to").
"""
from __future__ import annotations

from . import geography, placed


def read(rules) -> list:
    """Every "X, in Y" fact of the document."""
    doc = rules.doc
    out = []
    for ent in rules.args.table.ents:
        if ent.label_ not in geography.PLACE_LABELS or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
            continue
        # "Marsabit, Garissa, in the north": the last of a list is no more in the place than the others.
        if ent.start > 0 and (doc[ent.start - 1].text == "," or doc[ent.start - 1].lower_ in {"and", "or"}):
            continue
        # "the Paracel Islands, which Vietnam calls the Hoang Sa Islands, in the South China Sea": a name given to
        # a place named before is not the one the "in" places.
        if ent.root.dep_ == "oprd" or ent.root.head.lower_ == "as":
            continue
        outer = geography._place_in(rules, ent.end + 1)
        # The place must close the phrase: "Kyiv, in Ukraine's east" or "Gaza, in Israel's war" say another thing.
        if outer is None or not placed.pair_ends(doc, outer.end):
            continue
        inner = [a for a in geography._args(rules, ent) if rules.mention_type(a) in {"City", "Place"}]
        out += geography._located(rules, inner[:1], outer, ent.root, {"Place"}, "locatedIn",
                                  "noun.place_appos")
    return out
