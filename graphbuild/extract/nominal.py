"""Relations stated inside noun phrases: "the Nairobi-based institute", "the Kenyan city of Kisumu",
"the UN's refugee agency UNHCR". Kin told inside a noun phrase is in kin.py.

Each function takes the RelationRules running over the document and one token, and returns Found records.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import gatherings, lexicon, placed, seats
from .gathered import EVENT_NOUNS
from .arguments import Arg, token_span
from .clauses import copula_subjects
from .titlekinds import FORMER

PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "county", "port", "island",
               "municipality", "state", "enclave", "suburb", "township"}
PART_NOUNS = {"agency", "arm", "wing", "branch", "unit", "subsidiary", "affiliate", "division", "organ",
              "body", "department"}


def based(rules, token: Token) -> list:
    # "the Nairobi-based institute" and "Amnesty International, based in London".
    if token.lower_ != "based":
        return []
    places = []
    if token.dep_ == "amod" and token.i >= 2 and token.nbor(-1).text in {"-", "–"}:
        places = [token.nbor(-2)]
    elif token.dep_ == "acl":
        places = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj"]
    holder = token.head
    out = []
    for place in places:
        ent = rules.args.table.entity_at(place)
        if ent is None or ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        out += pairs_where(rules, [holder], [place], "basedIn", token, "noun.based", lambda s, o: s == "Organization")
    return out

# People who act for a body away from its seat: "representatives of X in Beijing".
ENVOY_NOUNS = {"representative", "delegate", "delegation", "official", "staff", "team", "member", "envoy"}


def located(rules, noun: Token) -> list:
    # "the Kenyan city of Kisumu": the city lies in the country.
    if noun.lemma_.lower() not in PLACE_NOUNS:
        return []
    places = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and rules.args.table.entity_at(p) is not None]
    # "NEOM is a Saudi city", "Kisumu, a Kenyan town": the name the noun describes ("is not" denies it).
    described = []
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.head.tag_ in {"VBZ", "VBP", "VBD"}:
        if any(c.dep_ == "neg" for c in noun.head.children):
            return []
        described = [c for c in noun.head.children if c.dep_ == "nsubj" and rules.args.table.entity_at(c) is not None]
    elif noun.dep_ == "appos" and rules.args.table.entity_at(noun.head) is not None:
        described = [noun.head]
    owners = [c for c in noun.children if c.dep_ in {"amod", "poss", "compound"}]
    # "Kassala is a province of Sudan", "Mandera, a county of Kenya": with a described name, the country after
    # "of" is the larger place, not the name of the noun (which a capital would begin: "Port-of-Spain").
    if described and places:
        owners, places = owners + places if noun.is_lower else owners, []
    places += described
    subjects = [sub for place in places for sub in rules.args.resolve(place, concepts=False)]
    subjects += _unnamed_place(rules, noun)
    out = []
    for owner in owners:
        arg = _country(rules, owner)
        if arg is None:
            continue
        for sub in subjects:
            if sub.mention != arg.mention and rules.mention_type(sub) in {"City", "Place"}:
                out.append(rules.make(sub, "locatedIn", arg, noun, "noun.located"))
    return out


def _unnamed_place(rules, noun: Token) -> list[Arg]:
    # "the Indian city of Pune": capitalised words after "of" that the recogniser left unread name the place.
    doc = noun.doc
    i = noun.i + 2
    if i >= len(doc) or doc[noun.i + 1].lower_ != "of" or doc[noun.i + 1].head.i != noun.i:
        return []
    end = i
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - i < 4:
        end += 1
    # "the Ethiopian town of Adigrat": a town's name the recogniser read as a people or a person is still unread.
    ents = {rules.args.table.entity_at(t) for t in doc[i:end]} - {None}
    if end == i or any(e.label_ not in {"NORP", "PERSON"} or e.start < i or e.end > end for e in ents):
        return []
    if any(lexicon.demonym(e.text) for e in ents if e.label_ == "NORP"):
        return []
    span = doc[i:end]
    return [Arg(rules.args.table.add_words(span, span.text, "City"), (span.start_char, span.end_char), "name")]


def _country(rules, token: Token) -> Arg | None:
    ent = rules.args.table.entity_at(token)
    if ent is None:
        iso = lexicon.demonym(token.text) if token.pos_ in {"ADJ", "PROPN"} else None
        return Arg(rules.args.table.country_for(token.doc[token.i: token.i + 1], iso), token_span(token),
                   "demonym") if iso else None
    # "the western Indian city": the recogniser reads the direction and the demonym as one group's name.
    # "Egyptian-Libyan" names two.
    if (ent.label_ == "NORP" and ent[-1].i == token.i and all(t.lower_ in seats.DIRECTIONS for t in ent[:-1])
            and (iso := lexicon.demonym(token.text)) is not None):
        return Arg(rules.args.table.country_for(token.doc[token.i: token.i + 1], iso), token_span(token), "demonym")
    args = rules.args.resolve(token, concepts=False)
    return args[0] if args and rules.mention_type(args[0]) == "Country" else None


def part_of(rules, noun: Token) -> list:
    # "the UN's refugee agency UNHCR", "UNHCR, the UN refugee agency", "UNHCR, an agency of the UN".
    # "the Technical Investigations Department" is a name, not a word for a part.
    if noun.lemma_.lower() not in PART_NOUNS or rules.args.table.entity_at(noun) is not None:
        return []
    # "a former unit of Y": the tie no longer holds.
    if any(c.lower_ in FORMER for c in noun.children):
        return []
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound"}]
    # "the United Nations children's agency": the body named before the possessed word; "an agency under Y".
    owners += [c for o in owners if o.dep_ == "poss" and o.pos_ == "NOUN" for c in o.children if c.dep_ == "compound"]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "under"} for p in c.children
               if p.dep_ == "pobj"]
    # "X, a unit of Orvex Holdings, Velmora Bank, Kestrel Group and Arlan Capital": the owner heads a list the
    # parser joined to it; one body is rarely a unit of several.
    owners = [o for o in owners if not o.conjuncts]
    if noun.dep_ in {"compound", "appos"}:
        parts = [noun.head]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        # "X is a subsidiary of Y"; "is no longer", "is not" or "will be" tells no tie now.
        parts = copula_subjects(noun)
    else:
        parts = [c for c in noun.children if c.dep_ == "appos"]
    out = []
    for part in parts:
        for owner in owners:
            if rules.args.table.entity_at(part) is None or rules.args.table.entity_at(owner) is None:
                continue
            out += pairs_where(rules, [part], [owner], "partOf", noun, "noun.part",
                                lambda s, o: s == o == "Organization")
    return out


def seated_in(rules, token: Token) -> list:
    # "the Kadi Court in Nairobi": an organisation's name followed by "in" and a city is where it sits.
    # Only a city: "Google in India" is more often a branch than a seat.
    ent = rules.args.table.entity_at(token)
    if ent is None or ent.root.i != token.i:
        return []
    # "the summit of the X Network in Baku": the gathering is in the city, not the body.
    named = token
    while named.dep_ == "appos" and named.head.i != named.i:
        named = named.head
    if named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head.lemma_.lower() in EVENT_NOUNS:
        return []
    out = seats.facts(rules, ent)
    if ent.label_ != "ORG" or out:
        return out
    # A person the recogniser read as an organisation here is a person elsewhere in the article.
    if any(e.label_ == "PERSON" and e[-1].text == ent[-1].text for e in rules.args.table.ents):
        return []
    # "the X Summit in Nairobi" is a gathering held there (``gatherings``), not a body seated there.
    if token.lemma_.lower() in gatherings.GATHERINGS | gatherings.HELD_ONLY - {"assembly", "congress"}:
        return []
    # "representatives of X in Beijing": where the people are, not where the body sits.
    if named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head.lemma_.lower() in ENVOY_NOUNS:
        return []
    places = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
              if p.dep_ == "pobj" and rules.args.table.entity_at(p) is not None]
    return pairs_where(rules, [token], places, "basedIn", token, "noun.seated_in",
                        lambda s, o: s == "Organization" and o == "City")


# Last words of a company's name, and nouns that describe one ("the German group") or a like private body seated
# in one country ("a Kenyan NGO", "the Spanish charity").
COMPANY_HEADS = {"corp", "corporation", "company", "co", "inc", "ltd", "limited", "llc", "plc", "gmbh", "ag", "sa",
                 "group", "industries", "holdings", "holding", "bank", "airlines", "airways", "motors", "energy",
                 "petroleum", "telecom", "enterprises"}
COMPANY_NOUNS = {"group", "company", "firm", "conglomerate", "utility", "bank", "carrier", "airline", "giant",
                 "maker", "producer", "operator", "lender", "insurer", "manufacturer", "major", "subsidiary"
                 } | seats.PRIVATE_BODIES


def home_country(rules, token: Token) -> list:
    # "Japan's Mitsubishi Heavy Industries", "Siemens Energy, the German group", "Indonesian state utility PLN":
    # a company's country, written as a possessive or as the nationality of the noun that describes it.
    ent = rules.args.table.entity_at(token)
    if ent is not None and ent.label_ == "ORG" and ent.root.i == token.i:
        # "Indonesian state utility PLN": the describing noun is written before the name.
        before = [c for c in token.children if c.dep_ == "compound" and c.i < ent.start
                  and c.lemma_.lower() in COMPANY_NOUNS]
        # "Nexperia, a Dutch subsidiary": a noun in apposition says the name is a company's; so does the complement
        # of "is" ("Nexperia is a Dutch firm"), unless denied.
        described = [c for c in token.children if c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS]
        verb = token.head
        if token.dep_ == "nsubj" and verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children):
            described += [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in COMPANY_NOUNS]
        if ent[-1].lower_.strip(".") not in COMPANY_HEADS and not before and not described:
            return []
        # A possessive gives the country of a name that is a company's by its own words only: "Israel's X and Y,
        # another Z company" may be two names read as one.
        named = ent[-1].lower_.strip(".") in COMPANY_HEADS
        owners = [c for c in token.children if c.dep_ == "poss"] if named and not before else []
        owners += [a for c in [*token.children, *described] if (c.dep_ == "appos" or c in before or c in described)
                   and c.lemma_.lower() in COMPANY_NOUNS for a in c.children if a.dep_ in {"amod", "compound", "poss"}]
        owners = list(dict.fromkeys(owners))  # an apposition both a child and ``described`` is read once
        companies = [token]
    elif ent is None and token.lemma_.lower() in COMPANY_NOUNS:
        # "United States oil major, ExxonMobil": a country's name written before the noun as a compound.
        owners = [c for c in token.children if c.dep_ in {"amod", "poss"} or c.dep_ == "compound" and
                  (e := rules.args.table.entity_at(c)) is not None and e.label_ == "GPE" and e.root.i == c.i]
        companies = [c for c in token.children if c.dep_ in {"appos", "compound"}
                     and (e := rules.args.table.entity_at(c)) is not None and e.label_ == "ORG"]
    else:
        return []
    countries = [arg for owner in owners if (arg := _country(rules, owner)) is not None]
    firms = [arg for company in companies for arg in rules.args.resolve(company, concepts=False)
             if rules.mention_type(arg) == "Organization"]
    return [rules.make(firm, "basedIn", country, token, "noun.based") for firm in firms for country in countries]


def own_party(rules, token: Token) -> list:
    # "Uribe ... and his Democratic Center party said": a person's party, written with a possessive, has them
    # as a member.
    table = rules.args.table
    ent = table.entity_at(token)
    name = token
    if ent is None and token.lower_ == "party":  # "his Liberal Alliance party", the name read without "party"
        name = next((c for c in token.children if c.dep_ == "compound" and (e := table.entity_at(c)) is not None
                     and e.label_ == "ORG" and e.end == token.i), None)
    elif ent is None or ent.label_ != "ORG" or ent.root.i != token.i or ent[-1].lower_ != "party":
        return []
    owners = [c for c in token.children if c.dep_ == "poss"] if name is not None else []
    return [rules.make(person, "memberOf", party, token, "role.party") for owner in owners
            for person in rules.args.resolve(owner, concepts=False) if rules.mention_type(person) == "Person"
            for party in rules.args.resolve(name, concepts=False)[:1]]


def place_appos(rules, token: Token) -> list:
    # "in Kelowna, British Columbia": a place, a comma and the larger place it lies in. A list ("Nairobi, Kampala
    # and Dodoma") is read as coordination, not apposition.
    ent = rules.args.table.entity_at(token)
    if ent is None or ent.label_ != "GPE" or ent.root.i != token.i:
        return []
    # "the departmental capital of Casanare, Yopal": the second name is the noun's, not a larger place.
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "capital":
        return []
    # "the West Bank, Gaza Strip, and camps in Lebanon": a list the parser read as apposition.
    outer = [c for c in token.children if c.dep_ == "appos" and not c.conjuncts
             and (e := rules.args.table.entity_at(c)) is not None and e.label_ in {"GPE", "LOC"}
             and placed.pair_ends(token.doc, e.end, strict=False)]
    found = pairs_where(rules, [token], outer, "locatedIn", token, "noun.place_appos",
                        lambda s, o: s in {"City", "Place"} and o != "City")
    # A name in brackets is that name's own ("Washington DC (IAD) and San José"), never its conjunct's, as a
    # larger place after a list is ("Nairobi and Kisumu, Kenya").
    if any("(" in {t.text for t in token.doc[token.i:c.i]} for c in outer):
        found = [f for f in found if f.subject.span[0] <= token.idx < f.subject.span[1]]
    return found


def pairs_where(rules, subjects, objects, predicate, token, extractor, keep) -> list:
    """The rule's pairs whose subject and object mention types satisfy ``keep(subject_type, object_type)``."""
    return [found for found in rules._pairs(subjects, objects, predicate, token, extractor, subj_agent=False)
            if keep(rules.mention_type(found.subject), rules.mention_type(found.object))]
