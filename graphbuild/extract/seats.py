"""Where a named organisation or building is, read from the words around its name: "Chinese state agency
Xinhua", "Turkey's Sabah newspaper", "the Italian giant ENI", "Ibn Sina Hospital in Baghdad", "the Court of
Arbitration in The Hague".

Read on the surface: the parser hangs such names and their nouns in many ways, but the words keep their order.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve import gazetteer
from . import lexicon
from .story import city_countries
from .arguments import Arg, token_span
from .nationalbodies import demonym_named

# Bodies of no state that say where they are seated as firms do: "the Spanish NGO X", "X, a Kenyan charity".
PRIVATE_BODIES = {"ngo", "charity", "nonprofit"}
# Nouns that say the name is a body seated in one country: "the Lebanese Al-Mayadeen TV station".
SEAT_NOUNS = {"newspaper", "daily", "paper", "tabloid", "broadcaster", "station", "channel", "network", "outlet",
              "website", "magazine", "weekly", "firm", "company", "giant", "group", "conglomerate", "bank", "lender",
              "insurer", "carrier", "airline", "manufacturer", "maker", "producer", "operator", "developer",
              "startup", "retailer", "agency", "organisation", "organization", "studio", "brand", "service",
              "platform"} | PRIVATE_BODIES
# An agency only as a news agency: "the Israeli intelligence agency" is a part of the state, not a body in it.
AGENCY_MARKS = {"news", "press", "state", "wire"}
# Words between a country and its body's noun or name: "state-run", "oil", "TV".
MODIFIER_POS = {"ADJ", "NOUN", "PROPN", "VERB"}
# Names whose last word is a building: it lies in the place ("locatedIn"); an institution sits there ("basedIn").
FACILITIES = {"hospital", "clinic", "airport", "stadium", "prison", "jail", "mosque", "church", "cathedral",
              "temple", "bridge", "dam", "refinery", "palace", "camp"}
INSTITUTIONS = {"court", "tribunal", "university", "college", "institute", "academy", "council", "museum",
                "library", "school"}
# Head words of a state's or movement's own organs: "the Taliban's Ministry of Finance", "China's Eastern
# Theatre Command".
ORGAN_WORDS = {"ministry", "department", "command", "army", "navy", "police", "directorate", "guard", "secretariat",
               "bureau", "division", "commission", "authority", "office", "service", "procuratorate", "agency",
               "administration"}
# Head words of a body's own units, read after an organisation's possessive only: "the UN's Food and Agriculture
# Organization", "the party's Youth League", "Kestrel University's Centre for Ocean Studies". After a country's
# possessive most of them name a national body, not an organ ("Japan's Nippon Foundation").
UNIT_WORDS = {"unit", "centre", "center", "institute", "laboratory", "lab", "school", "faculty", "committee",
              "subcommittee", "council", "organization", "organisation", "programme", "program", "wing", "league",
              "brigade", "brigades", "caucus", "board", "panel"}
# An owner written as its common noun alone ("the University's Energy Center") names no body a node can hold.
BARE_OWNERS = {"university", "college", "institute", "school", "company", "firm", "group", "ministry", "department",
               "agency", "organisation", "organization", "foundation"}
LANDMARKS = {"mount", "lake", "river", "canal", "dam", "island", "islands", "bay", "valley", "desert", "park",
             "stadium", "airport", "port", "bridge", "mountains", "falls", "reserve"}
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
              "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
              "south-eastern", "south-western", "north-east", "north-west", "south-east", "south-west"}
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "county", "governorate", "state",
               "municipality", "area", "capital", "suburb"}


def facts(rules, ent: Span) -> list:
    """Every seat, site and organ fact the words around one name give."""
    if ent.label_ in {"ORG", "FAC"}:
        out = national(rules, ent) + sited(rules, ent) + organ(rules, ent) + organ_of(rules, ent)
        out = out or demonym_named(rules, ent)
        return out or possessed_site(rules, ent)
    if ent.label_ in {"GPE", "LOC"}:
        return within(rules, ent) + possessed_site(rules, ent)
    return []


def national(rules, ent: Span) -> list:
    """ "Chinese state agency Xinhua", "the Italian giant ENI" (country, noun, name) and "Turkey's Sabah
    newspaper", "the Lebanese Al-Mayadeen TV station" (country, name, noun): the body is based in the country."""
    doc = ent.doc
    table = rules.args.table
    end = ent.end
    while end < len(doc) and doc[end].lower_ in {"tv", "television", "radio", "news"}:
        end += 1
    if end < len(doc) and doc[end].lemma_.lower() in SEAT_NOUNS:
        noun, left = doc[end], ent.start  # the name before its noun
    else:
        i = ent.start - 1
        # "United States oil major, ExxonMobil": a comma may stand between the noun and the name.
        i -= i >= 1 and doc[i].text == "," and doc[i - 1].lemma_.lower() in SEAT_NOUNS | {"major"}
        if i < 0 or doc[i].lemma_.lower() not in SEAT_NOUNS | {"major"} or table.entity_at(doc[i]) is not None:
            return []
        noun, left = doc[i], i  # the noun before the name
    # Back over the noun's modifiers to the country: "Chinese state agency", "Russia's state-run news agency".
    i = left - 1
    marks = set()
    while i >= max(0, left - 4) and table.entity_at(doc[i]) is None and (
            doc[i].pos_ in MODIFIER_POS and doc[i].text.islower() or doc[i].text in {"-", "–"}):
        marks.add(doc[i].lower_)
        i -= 1
    if noun.lemma_.lower() == "agency" and not marks & AGENCY_MARKS:
        return []
    # "the Iranian-backed group", "the Saudi-led coalition": the country stands behind the body, not under it.
    if i + 1 < left and doc[i + 1].text in {"-", "–"}:
        return []
    country = _country_at(rules, i)
    if country is None:
        return []
    out = []
    for subject in rules.args.resolve(ent.root, concepts=False):
        if rules.mention_type(subject) in {"Organization", "Place"} and subject.mention != country.mention:
            out.append(rules.make(subject, "basedIn", country, noun, "noun.seated_in"))
    return out[:1]


def sited(rules, ent: Span) -> list:
    """ "Ibn Sina Hospital in Baghdad", "the Court of Arbitration in The Hague", "X Hospital in the western
    governorate of Y": a building lies in the place, an institution is based there."""
    # The name's head word: "Court" in "Permanent Court of Arbitration", "Hospital" in "Ibn Sina Hospital".
    last = ent.root.lemma_.lower()
    predicate = "locatedIn" if last in FACILITIES else "basedIn" if last in INSTITUTIONS else None
    # A name the recogniser reads as a building ("Railway Bhavan") lies where it stands, whatever its last word.
    if predicate is None and ent.label_ == "FAC":
        predicate = "locatedIn"
    doc = ent.doc
    i = ent.end
    if predicate is None or i >= len(doc) or doc[i].lower_ != "in":
        return []
    i += 1
    while i < len(doc) and (doc[i].lower_ == "the" or doc[i].pos_ == "ADJ" and doc[i].text.islower()):
        i += 1
    # "in the eastern governorate of Qarvan": the place's name follows its noun.
    if i + 1 < len(doc) and doc[i].lemma_.lower() in PLACE_NOUNS and doc[i + 1].lower_ == "of":
        i += 2
    place = rules.args.table.entity_at(doc[i]) if i < len(doc) else None
    if place is None or place.label_ not in {"GPE", "LOC"} or place.start not in {i, i - 1}:
        return []
    out = []
    for subject in rules.args.resolve(ent.root, concepts=False):
        for obj in rules.args.resolve(place.root, concepts=False):
            # A country may hold a body's branch as well as its seat; a building lies where it stands.
            places = {"City", "Place", "Country"} if predicate == "locatedIn" else {"City", "Place"}
            if rules.mention_type(obj) in places and obj.mention != subject.mention:
                out.append(rules.make(subject, predicate, obj, ent.root, "noun.seated_in"))
    return out


def organ(rules, ent: Span) -> list:
    """ "the Taliban's Ministry of Finance", "China's Eastern Theatre Command": the organ is part of its owner."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in {"'s", "’s"}:
        return []
    # "Turkey's Anadolu news agency" is a body seated in the country (``national``), not one of its organs.
    if any(t.lower_ in AGENCY_MARKS - {"state"} for t in ent):
        return []
    owner = rules.args.table.entity_at(doc[ent.start - 2])
    if owner is None or owner.label_ not in {"GPE", "ORG"} or owner.end != ent.start - 1:
        return []
    if len(owner) == 1 and owner[0].lower_ in BARE_OWNERS:
        return []
    # An organ word anywhere ("the UN's Food and Agriculture Organization"); a unit word only as the head, as
    # units.owned_cut reads it ("the BBC's School Report series" is no unit).
    if not (any(t.lemma_.lower() in ORGAN_WORDS for t in ent)
            or owner.label_ == "ORG" and ent.root.lemma_.lower() in UNIT_WORDS):
        return []
    out = []
    for subject in rules.args.resolve(ent.root, concepts=False):
        for obj in rules.args.resolve(owner.root, concepts=False):
            if rules.mention_type(obj) in {"Country", "Organization"} and obj.mention != subject.mention:
                out.append(rules.make(subject, "partOf", obj, ent.root, "noun.part"))
    return out


# A bank is a state's organ only as its central bank: "the Bank of China" is a lender.
CENTRAL_BANKS = {"central", "reserve"}


def organ_of(rules, ent: Span) -> list:
    """ "the Central Bank of Myanmar", "the Public Health Agency of Canada": an organ named with its country after
    "of" is part of that country."""
    doc = ent.doc
    root = ent.root
    if ent.label_ != "ORG" or root.i + 2 >= ent.end or doc[root.i + 1].lower_ != "of":
        return []
    head = root.lemma_.lower()
    central = head == "bank" and root.i > ent.start and doc[root.i - 1].lower_ in CENTRAL_BANKS
    if head not in ORGAN_WORDS | {"council", "board"} and not central:
        return []
    place = doc[root.i + 2 + (doc[root.i + 2].lower_ == "the"): ent.end]
    # "... Council of America" names a private American body; the state's organs are "of the United States".
    iso = gazetteer.country_of(place.text) if len(place) and place.text != "America" else None
    if iso is None:
        return []
    country = Arg(rules.args.table.country_for(place, iso), (place.start_char, place.end_char), "name")
    return [rules.make(body, "partOf", country, root, "noun.part") for body in rules.args.resolve(root, concepts=False)
            if rules.mention_type(body) == "Organization" and body.mention != country.mention]


def within(rules, ent: Span) -> list:
    """ "Tabuk province in northern Saudi Arabia", "Kisumu in western Kenya": a place written with "in" and a
    larger place lies in it. Only where the words are a noun phrase: the place's name, "in", the larger name."""
    doc = ent.doc
    i = ent.end
    # "landed at Queretaro, in Mexico, on June 4": a comma before "in", taken only for a country (below).
    comma = i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "in"
    i += comma
    # "volunteers from the Sinai Peninsula in Jordan": an "in" the parser hangs elsewhere places something else.
    if i >= len(doc) or doc[i].lower_ != "in" or not (comma or ent.start <= doc[i].head.i < ent.end):
        return []
    directed, outer = _directed_place(rules, doc, i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the"))
    if outer is None:
        return []
    if outer.end < len(doc) and doc[outer.end].lower_ in {"'s", "’s"}:
        # "in India's western Maharashtra state": the possessor is not the place named; the place it owns is,
        # and the direction before it is the one that places it ("Europe's eastern Ukraine").
        if comma:
            return []
        directed, outer = _directed_place(rules, doc, outer.end + 1)
        if outer is None:
            return []
    # "the West Bank in Israel" may be where something else is; a country is taken only for a city the
    # gazetteer knows there.
    cities = city_countries().get(gazetteer.fold(ent.text.removeprefix("the ")), set())
    outers = {"Country"} if comma else {"Country", "Place"}
    found = _pairs(rules, ent, outer, "locatedIn", lambda s, o: s in {"City", "Place"} and o in outers)
    # "Tigray in northern Ethiopia": a direction says the country is the place's whereabouts, not where something
    # else happened ("the West Bank in Israel").
    return [f for f in found if rules.mention_type(f.object) != "Country"
            or (rules.args.table.get(f.object.mention).link or "").split(":")[-1] in cities
            or directed and not comma and rules.mention_type(f.subject) == "Place"]


def possessed_site(rules, ent: Span) -> list:
    """ "Brazil's Maracana Stadium", "Tanzania's Mount Kilimanjaro": a site written with a place's
    possessive lies in the place. An organisation ("Turkey's Sabah") is left to the rules for bodies."""
    doc = ent.doc
    # A town written with a country's possessive may be claimed, not held ("Russia's Crimea"); a named landmark
    # the recogniser read as a town ("Egypt's Aswan Dam") is still a site.
    site = ent.label_ in {"FAC", "LOC"} or ent.label_ == "GPE" and {ent[0].lower_, ent[-1].lower_} & LANDMARKS
    if not site or ent.start < 2 or doc[ent.start - 1].lower_ not in {"'s", "’s"}:
        return []
    owner = rules.args.table.entity_at(doc[ent.start - 2])
    if owner is None or owner.label_ != "GPE" or owner.end != ent.start - 1:
        return []
    return _pairs(rules, ent, owner, "locatedIn", lambda s, o: s != "Country" and o in {"Country", "Place", "City"})


def _pairs(rules, inner: Span, outer: Span, predicate: str, keep) -> list:
    out = []
    for subject in rules.args.resolve(inner.root, concepts=False):
        for obj in rules.args.resolve(outer.root, concepts=False):
            kinds = rules.mention_type(subject), rules.mention_type(obj)
            if subject.mention != obj.mention and keep(*kinds) and _same_country(rules, subject, obj):
                out.append(rules.make(subject, predicate, obj, inner.root, "noun.located"))
    return out


def _same_country(rules, subject: Arg, obj: Arg) -> bool:
    # "Moscow in Ukraine" is Russia's capital acting somewhere else, not a city lying there.
    link = rules.args.table.get(subject.mention).link or ""
    if not link.startswith("city:"):
        return True
    return (rules.args.table.get(obj.mention).link or "").split(":")[-1] == link.split(":")[-1]


def _country_at(rules, i: int) -> Arg | None:
    # A demonym ("Chinese") or a country's possessive ("Turkey's") ending at word i.
    if i < 0:
        return None
    doc = rules.args.table.doc
    token = doc[i]
    if token.lower_ in {"'s", "’s"} and i >= 1:
        ent = rules.args.table.entity_at(doc[i - 1])
        if ent is None or ent.label_ != "GPE" or ent.end != i:
            return None
        args = rules.args.resolve(ent.root, concepts=False)
        return args[0] if args and rules.mention_type(args[0]) == "Country" else None
    iso = lexicon.demonym(token.text) if token.text[:1].isupper() else None
    ent = rules.args.table.entity_at(token)
    # "United States oil major": a country's name written as the noun's modifier.
    if iso is None and ent is not None and ent.label_ == "GPE" and ent.end == i + 1 and token.dep_ == "compound":
        args = rules.args.resolve(ent.root, concepts=False)
        return args[0] if args and rules.mention_type(args[0]) == "Country" else None
    if iso is None or ent is not None and ent.end != i + 1:
        return None
    return Arg(rules.args.table.country_for(doc[i: i + 1], iso), token_span(token), "demonym")


def _directed_place(rules, doc, i: int):
    """(whether a direction stands first, the place named) from word ``i``: "the eastern Ukraine", "Kenya"."""
    directed = i < len(doc) and doc[i].lower_ in DIRECTIONS
    while i < len(doc) and doc[i].lower_ in DIRECTIONS:
        i += 1
    outer = rules.args.table.entity_at(doc[i]) if i < len(doc) else None
    return directed, (outer if outer is not None and outer.label_ in {"GPE", "LOC"} and outer.start == i else None)
