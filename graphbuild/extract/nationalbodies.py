"""A national body named with its country's demonym is based in that country ("the Thai Chamber of Commerce")."""
from __future__ import annotations

from spacy.tokens import Span

from . import lexicon
from .arguments import Arg, token_span

# Head words of a national body of traders, a sport or a trade, seated in the country its demonym names ("the Thai
# Chamber of Commerce", "the Moroccan Football Federation"); a state's organs, institutes and embassies are left
# out: they are part of a state, or seated abroad.
NATIONAL_BODIES = {"chamber", "association", "federation", "council", "corporation", "airways", "airlines"}


def demonym_named(rules, ent: Span) -> list:
    """ "the Thai National Shippers' Council": a national body named with its country's demonym is based there."""
    doc = ent.doc
    first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
    iso = lexicon.demonym(first.text) if first.text[:1].isupper() else None
    if ent.label_ != "ORG" or iso is None or first.i + 1 >= ent.end or ent.root.lemma_.lower() not in NATIONAL_BODIES:
        return []
    # "the Peruvian-Danish Friendship Council": two countries' body; "the Kenyan Chamber of Commerce in Japan": a
    # national body seated abroad.
    if (doc[first.i + 1].text in {"-", "–"} or ent.end < len(doc) and doc[ent.end].lower_ == "in"
            or any(t.lower_ == "in" for t in doc[first.i + 1:ent.end])):
        return []
    if ent.end + 3 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")" and doc[ent.end + 3].lower_ == "in":
        return []
    country = Arg(rules.args.table.country_for(doc[first.i: first.i + 1], iso), token_span(first), "demonym")
    return [rules.make(body, "basedIn", country, ent.root, "noun.seated_in")
            for body in rules.args.resolve(ent.root, concepts=False) if rules.mention_type(body) == "Organization"]
