"""Where people and bodies are, written with a participle that a noun or a clause keeps apart from the name:
"Nairobi-based academic Mara Quill", "Dana Ruiz, a sports editor based in Lagos", "the VRW, a rights group
based in Accra", "Orvex Trust is based in Lusaka", "the Kestrel Academy, located in Kumasi", "Orvex is a miner
headquartered in Lusaka".

``nominal.based`` reads a body's name right beside its participle ("the Nairobi-based institute"); this reads the
rest. A person based somewhere lives there; a body is based there; a site lies there.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import geography, seats
from .clauses import copula_subjects

PARTICIPLES = {"based", "located", "situated", "headquartered"}


def read(rules) -> list:
    """Every fact of a "based" or "located" participle in the document."""
    out = []
    for token in rules.args.table.tokens:
        if token.lower_ in PARTICIPLES and token.tag_ == "VBN":
            out += placed(rules, token)
    ents = list(rules.args.table.ents)
    for before, first, second, after in zip([None] + ents[:-2], ents, ents[1:], ents[2:] + [None]):
        out += comma_pair(rules, before, first, second, after)
    for ent in ents:
        out += mission_in(rules, ent)
    return out


# A state's missions abroad, seated in the country that hosts them.
MISSIONS = {"embassy", "consulate", "legation"}


def mission_in(rules, ent: Span) -> list:
    """ "the Ethiopian Embassy in Kuwait", "the Embassy of India in Seoul": a mission is based in its host country
    or city (``nominal.seated_in`` takes a city only, as a body "in" a country is more often a branch)."""
    if ent.label_ != "ORG" or ent.root.lemma_.lower() not in MISSIONS:
        return []
    outer = geography._place_in(rules, ent.end)
    if outer is None:
        return []
    bodies = [a for a in geography._args(rules, ent) if rules.mention_type(a) == "Organization"]
    return geography._located(rules, bodies, outer, ent.root, {"Country"}, "basedIn", "noun.seated_in")


def comma_pair(rules, before, first: Span, second: Span, after) -> list:
    """ "a conference in Kigali, Rwanda, last week", "shot in Pangnirtung, Nunavut": a place, a comma and the
    larger place it lies in, however the parser joined them (often as a list). nominal.place_appos reads the
    apposition the parser finds."""
    doc = rules.doc
    if first.label_ not in geography.PLACE_LABELS or second.label_ not in geography.PLACE_LABELS:
        return []
    # "born in Kisumu, western Kenya": a direction may open the larger place.
    gap = first.end + 1
    while gap < second.start and doc[gap].lower_ in seats.DIRECTIONS:
        gap += 1
    if second.start != gap or doc[first.end].text != ",":
        return []
    # A list: "Marsabit, Garissa, Kilifi and Lamu", "Queensland, South Australia and Victoria".
    if first.start > 0 and doc[first.start - 1].text == "," or first.start > 0 and doc[first.start - 1].lower_ in {
            "and", "or"}:
        return []
    if before is not None and before.end == first.start - 1 and doc[before.end].text in {",", "and", "or"}:
        return []
    if not pair_ends(doc, second.end):
        return []
    # "In Bakhmut, Russia launched an attack": the second name opens a clause, it does not place the first.
    if second.root.dep_ in {"nsubj", "nsubjpass"}:
        return []
    if after is not None and after.start == second.end + 1 and doc[second.end].text == ",":
        return []
    # "the capital of Casanare, Yopal": the second name is the capital's.
    head = first.root.head
    if first.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "capital":
        return []
    inner = [a for a in rules.args.resolve(first.root, concepts=False) if rules.mention_type(a) in {"City", "Place"}]
    outer = [a for a in rules.args.resolve(second.root, concepts=False) if rules.mention_type(a) in {"Country", "Place"}]
    if not inner or not outer:
        return []
    # Two regions side by side are as often two items of a list: the larger place must be a country, or the
    # first a city the gazetteer knows (whose country ``_located`` checks).
    city = (rules.args.table.get(inner[0].mention).link or "").startswith("city:")
    # "Ratodero, Larkana district": a rank after the second name says it is the larger place, not a list's item.
    ranked = second[-1].lower_ in geography.ADMIN_NOUNS or second.end < len(doc) and doc[second.end].text in {
        "province", "district", "region", "county", "governorate", "prefecture", "state"}
    if rules.mention_type(outer[0]) != "Country" and not city and not ranked:
        return []
    # "Kidal, Kidal region": a town and its region of one name would be one node lying in itself.
    if first.text == second.text:
        return []
    return geography._located(rules, inner[:1], outer[:1], first.root, {"Country", "Place"}, "locatedIn",
                              "noun.place_appos")


def pair_ends(doc, i: int, strict: bool = True) -> bool:
    """Whether the words after the second name close the pair: the end, a stop, or a comma that opens no further
    item ("Kigali, Rwanda, attracting", not "Hubballi, Mangaluru, Udupi and Goa"). Not ``strict`` (the parser
    found an apposition), any other word closes it too."""
    if i < len(doc) and doc[i].lower_ in geography.ADMIN_NOUNS:  # "Qingdao, Shandong province, said"
        i += 1
    if i >= len(doc):
        return True
    if doc[i].text in {".", ";", ")", ":", "–", "—"}:
        return True
    if doc[i].text != ",":
        return not strict and doc[i].lower_ not in {"and", "or", "&"}
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and doc[i + 1: i + 4].text.lower() == "as well as":
        return False
    return nxt is None or nxt.lower_ not in {"and", "or"} and not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper())


def placed(rules, verb: Token) -> list:
    place = _place(rules, verb)
    if place is None:
        return []
    holders = _holders(rules, verb)
    # A participle on the name itself ("the Nairobi-based institute", "X, based in Y") is nominal.based's,
    # except for a person, which that rule leaves alone.
    if verb.lower_ == "based" and verb.head in holders and verb.dep_ in {"amod", "acl"}:
        ent = rules.args.table.entity_at(verb.head)
        if ent is None or ent.label_ != "PERSON":
            return []
    args = [a for h in holders for a in rules.args.resolve(h, concepts=False)]
    kinds = {"Country", "Place", "City"}
    # "X is not based in Y", "X will be headquartered in Y": a clause of its own may deny or only plan the seat.
    clause = any(c.dep_ == "auxpass" for c in verb.children)
    based, located = ("verb.based", "verb.located") if clause else ("noun.based", "noun.located")
    bodies = [a for a in args if rules.mention_type(a) == "Organization"]
    # Only a body has headquarters.
    if verb.lower_ == "headquartered":
        return geography._located(rules, bodies, place, verb, kinds, "basedIn", based)
    if verb.lower_ == "based":
        people = [a for a in args if rules.mention_type(a) == "Person"]
        return (geography._located(rules, people, place, verb, kinds, "livesIn", based)
                + geography._located(rules, bodies, place, verb, kinds, "basedIn", based))
    # "located in": a body is seated there, a place or a site lies there; a person "located" was found.
    sites = [a for a in args if rules.mention_type(a) in {"Place", "City"}]
    return (geography._located(rules, bodies, place, verb, kinds, "basedIn", located)
            + geography._located(rules, sites, place, verb, kinds, "locatedIn", located))


def _place(rules, verb: Token) -> Span | None:
    doc = rules.doc
    # "Hong Kong-based": the place's name, a hyphen, the participle.
    if verb.lower_ == "based" and verb.i >= 2 and doc[verb.i - 1].text in {"-", "–"}:
        ent = rules.args.table.entity_at(doc[verb.i - 2])
        if ent is None or ent.label_ not in geography.PLACE_LABELS or ent.end != verb.i - 1:
            return None
        # "a Beijing-Moscow-based group", "India-administered": one place, the whole modifier.
        if ent.start >= 1 and doc[ent.start - 1].text in {"-", "–"}:
            return None
        return ent
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "in" and doc[verb.i + 1].head.i == verb.i:
        return geography._place_after(rules, verb.i + 2)
    return None


def _holders(rules, verb: Token) -> list[Token]:
    """The names the participle describes: the noun it hangs on, the name that noun stands beside, or the
    subject of "is based in"."""
    if verb.dep_ in {"amod", "acl"}:
        noun = verb.head
    elif any(c.dep_ == "auxpass" for c in verb.children):
        noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if noun is None:
            return []
    else:
        return []
    if _named(rules, noun) or noun.tag_ in {"WDT", "WP"}:
        return [noun]
    # "Dana Ruiz, a sports editor based in Lagos", "Lagos-based podcaster Tomas Verel": the noun
    # describes the name it stands in apposition to; "a Beijing-based scholar" with no name gives nothing.
    if noun.pos_ != "NOUN":
        return []
    # "Cairo-based naval expert Mara Quill": the noun is written as the name's title.
    if noun.dep_ in {"appos", "compound"} and _named(rules, noun.head):
        return [noun.head]
    named = [c for c in noun.children if c.dep_ == "appos" and _named(rules, c)][:1]
    # "Orvex is a miner based in Lusaka": the noun describes the copula's subject ("will be" tells no fact).
    if not named:
        named = [c for c in copula_subjects(noun) if _named(rules, c)][:1]
    return named or _written_beside(rules, noun)


def _written_beside(rules, noun: Token) -> list[Token]:
    # "the Rights Group (RRAG), an independent group based in New Delhi, says": an apposition the parser hung
    # elsewhere, read on the surface: a name, a comma, "a" or "an" opening the noun's phrase.
    doc = rules.doc
    start = noun.left_edge.i
    if start < 2 or doc[start].lower_ not in {"a", "an"} or doc[start - 1].text != ",":
        return []
    i = start - 2
    if doc[i].text == ")":  # "(RRAG)": back to the name the bracket follows
        while i > 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    ent = rules.args.table.entity_at(doc[i]) if i >= 0 else None
    if ent is None or ent.end != i + 1 or ent.label_ not in {"PERSON", "ORG"}:
        return []
    return [ent.root]


def _named(rules, token: Token) -> bool:
    ent = rules.args.table.entity_at(token)
    return ent is not None and ent.label_ in {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP"}
