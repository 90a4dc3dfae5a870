"""Words for interactions between parties that the lexicon's tables read: working together, buying into a
company, marrying. Kept apart from lexicon.py for its length; lexicon merges them into VERBS, NOUNS and
LIGHT_VERBS."""
from __future__ import annotations

EVENT_VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    # "collaborated with Oxfam", "partnered with the bank", "teamed up with X".
    "collaborate": ("cooperatesWith", ("with",)),
    "partner": ("cooperatesWith", ("with",)),
    "team": ("cooperatesWith", ("with",)),
    # Buying a company is investing in it; kept only for a named company (see COMPANY_VERBS).
    "acquire": ("investsIn", ("dobj",)),
    "buy": ("investsIn", ("dobj",)),
    "purchase": ("investsIn", ("dobj",)),
    "blacklist": ("sanctions", ("dobj",)),  # "the US blacklisted X"
    # "X married Y", "X is married to Y".
    "marry": ("familyOf", ("dobj", "to")),
}

EVENT_NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "collaboration": ("cooperatesWith", ("with",)),
    "venture": ("cooperatesWith", ("with",)),  # "formed a joint venture with X"
    # "holds a stake in Tata Sons", "its stake in Forbes": a share of a company is an investment in it.
    "stake": ("investsIn", ("in",)),
    "shareholding": ("investsIn", ("in",)),
    "acquisition": ("investsIn", ("of",)),  # "its acquisition of X", "the acquisition of X by Y"
    "takeover": ("investsIn", ("of",)),
    "marriage": ("familyOf", ("to", "with")),
}

# Verbs that carry a stake or a share named by their object: "bought a stake in X", "owns a stake in Y".
STAKE_VERBS = {"buy", "acquire", "own", "purchase"}

ACTORS = {"Person", "Organization", "Country"}
# The kinds of subject and object each of these verbs joins. A company bought by a company is an investment;
# "bought oil", "bought a painting" or a person's purchase is not. "partnered by the Dutchman" names no party.
# Marriage joins two people.
PARTY_TYPES = {"acquire": ({"Organization", "Country"}, {"Organization"}),
               "buy": ({"Organization", "Country"}, {"Organization"}),
               "purchase": ({"Organization", "Country"}, {"Organization"}),
               "collaborate": (ACTORS, ACTORS), "partner": (ACTORS, ACTORS), "team": (ACTORS, ACTORS),
               "marry": ({"Person"}, {"Person"}),
               # A founder heads a body a person founds: "founded the party", not "founded the town".
               "found": ({"Person"}, {"Organization", "Group"})}

# Participles whose passive subject is the actor: "X is married to Y".
STATIVE_KIN = {"marry"}
