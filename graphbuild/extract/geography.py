"""Where places, bodies and people are, as news writes it in passing: "Idlib province in northern Syria",
"the town of Arzew in Oran province", "Waskaganish, a Cree community in northern Quebec", "Songkhla's Rattaphum
district", "the Garma festival in the Northern Territory", "the Sidi Moussa court in Algiers", "the fund's
headquarters in Riyadh". Where people live is read in ``residence``.

Precision first: a place lies in another only where the words describe the place itself (its noun, its
possessor, "in" right after its name); an event or a person "in" a place is where something happened, not a fact
of geography, and is left alone.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import seats
from .arguments import Arg

# Nouns of a place's administrative rank, written after its name ("Oran province", "Rattaphum district").
ADMIN_NOUNS = {"province", "district", "region", "governorate", "county", "prefecture", "municipality",
               "subdistrict", "sub-district", "department", "area"}
# Nouns that describe a settlement or a piece of land ("a Cree community", "a Saudi city").
SETTLEMENT_NOUNS = ADMIN_NOUNS | {"city", "town", "village", "community", "settlement", "hamlet", "suburb",
                                  "neighbourhood", "neighborhood", "island", "port", "enclave", "township",
                                  "state", "territory"}
# Named gatherings held at one place every time: "the Garma festival".
EVENT_NOUNS = {"festival", "carnival", "fair"}
# A body known by a place's name and a common noun: "the Sidi Moussa court".
INSTITUTION_NOUNS = {"court", "tribunal", "university"}
# Participles that keep a description about the place itself: "a town being built in Kilifi county".
SITING_VERBS = {"locate", "situate", "build", "construct", "nestle", "lie"}
PLACE_LABELS = {"GPE", "LOC"}
BRANCH_WORDS = {"regional", "local", "provincial", "temporary", "interim", "former", "old", "field", "branch",
                "new", "future", "planned", "proposed"}
RULES = {"locatedIn": "noun.located", "basedIn": "noun.based", "livesIn": "noun.resident"}


def read(rules) -> list:
    """Every geography fact of the document that the other rules do not read."""
    out = []
    for token in rules.args.table.tokens:
        if token.pos_ in {"NOUN", "PROPN"}:
            out += described(rules, token) + named_of(rules, token) + headquarters(rules, token)
    for ent in rules.args.table.ents:
        out += admin_within(rules, ent) + possessed(rules, ent) + named_site(rules, ent) + feature_in(rules, ent)
    return out


def admin_within(rules, ent: Span) -> list:
    # "Idlib province in northern Syria": a region named with its rank lies in the place after "in".
    # (A bare town "in" a country is left to the gazetteer check in seats.within.)
    # A capitalised rank is part of an official name ("the Reunion Region"), often of a body as much as a place.
    if ent.label_ not in PLACE_LABELS or ent[-1].text not in ADMIN_NOUNS or len(ent) < 2:
        return []
    # "the delegate of the Volta Region in Accra": an "in" the parser hangs elsewhere places something
    # else.
    if ent.end >= len(rules.doc) or not ent.start <= rules.doc[ent.end].head.i < ent.end:
        return []
    outer = _place_in(rules, ent.end)
    if outer is None:
        return []
    return _located(rules, _args(rules, ent), outer, ent.root, {"Country", "Place"})


def described(rules, noun: Token) -> list:
    # "Watamu is a Kenyan town built in Kilifi county", "Waskaganish, a Cree community in northern Quebec":
    # the noun says the name is a place, and its "in" says where that place lies.
    if noun.lemma_.lower() not in SETTLEMENT_NOUNS or rules.args.table.entity_at(noun) is not None:
        return []
    if noun.dep_ == "attr" and noun.head.lemma_ in {"be", "become"}:
        names = [c for c in noun.head.children if c.dep_ == "nsubj"]
        # "Nakuru announced it would close the dump, becoming the first town in Kenya": the subject of the
        # clause the participle hangs on, past pronouns to the clause above.
        verb = noun.head
        while not names and verb.dep_ in {"advcl", "ccomp"} and verb.i != verb.head.i:
            verb = verb.head
            names = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    elif noun.dep_ == "appos":
        names = [noun.head]
    else:
        return []
    inner = []
    for name in names:
        ent = rules.args.table.entity_at(name)
        if ent is not None and ent.label_ in PLACE_LABELS | {"FAC"}:
            inner += rules.args.resolve(name, concepts=False)
        # "Beni, a town in North Kivu": the noun says a name the recogniser read as a person's is a place's.
        elif ent is not None and ent.label_ == "PERSON" and (arg := _span_arg(rules, ent, "City")) is not None:
            inner.append(arg)
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in SITING_VERBS]
    out = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            outer = _place_after(rules, prep.i + 1)
            if outer is not None:
                out += _located(rules, inner, outer, noun, {"Country", "Place", "City"})
    return out


def feature_in(rules, ent: Span) -> list:
    # "the Canary Islands in the Atlantic Ocean", "the Kuril Islands, which Japan still claims, in the
    # Pacific Ocean": a land or sea feature in a larger one, wherever the parser hangs the "in". Only between
    # features (LOC), never a town or country: "talks on the Golan Heights in Geneva" are held in Geneva.
    doc = rules.doc
    if ent.label_ != "LOC":
        return []
    end = ent.end
    clause = [c for c in ent.root.children if c.dep_ == "relcl" and c.i > ent.root.i]
    if clause and end < len(doc) and doc[end].text == ",":
        end = max(t.i for t in clause[0].subtree) + 1
        end += end < len(doc) and doc[end].text == ","
    outer = _place_in(rules, end)
    if outer is None or outer.label_ != "LOC":
        return []
    return _located(rules, _args(rules, ent), outer, ent.root, {"Place"})


def named_of(rules, noun: Token) -> list:
    # "the town of Arzew in Oran province": the named town lies in the place after its name.
    if noun.lemma_.lower() not in SETTLEMENT_NOUNS or noun.i + 2 >= len(rules.doc):
        return []
    doc = rules.doc
    if doc[noun.i + 1].lower_ != "of" or rules.args.table.entity_at(noun) is not None:
        return []
    inner = rules.args.table.entity_at(doc[noun.i + 2])
    if inner is None or inner.label_ not in PLACE_LABELS or inner.start != noun.i + 2:
        return []
    outer = _place_in(rules, inner.end)
    if outer is None:
        return []
    return _located(rules, _args(rules, inner), outer, noun, {"Country", "Place"})


def possessed(rules, ent: Span) -> list:
    # "Songkhla's Rattaphum district", "the Northern Territory's Garma Festival": capitalised words and a rank or
    # a festival after a place's possessive name a place or gathering inside it, whatever the recogniser made of
    # them.
    doc = rules.doc
    if ent.label_ not in PLACE_LABELS or ent.end + 2 >= len(doc) or doc[ent.end].lower_ not in {"'s", "’s"}:
        return []
    i = ent.end + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and i - ent.end <= 4:
        i += 1
    if i == ent.end + 1:
        return []
    last = doc[i] if i < len(doc) and doc[i].lower_ in ADMIN_NOUNS | EVENT_NOUNS else doc[i - 1]
    noun = last.lower_
    if noun not in ADMIN_NOUNS | EVENT_NOUNS or last.i == ent.end + 1:
        return []
    # A festival keeps its noun; a rank is dropped ("Rattaphum"), unless the rest is a direction ("Southern
    # Province").
    words = doc[ent.end + 1: last.i]
    keep = noun in EVENT_NOUNS or len(words) == 1 and words[0].lower_ in seats.DIRECTIONS
    inner = _span_arg(rules, doc[ent.end + 1: last.i + keep], "Event" if noun in EVENT_NOUNS else "Place")
    if inner is None:
        return []
    # A capital's districts too: "Bangkok's Din Daeng district".
    return _located(rules, [inner], ent, last, {"Country", "Place", "City"})


def named_site(rules, ent: Span) -> list:
    # "the Garma festival in the Northern Territory": a named gathering lies where it is held.
    # "the Sidi Moussa court in Algiers": a body named by a place and its noun is based in the city.
    doc = rules.doc
    end = ent.end
    if end + 1 >= len(doc) or doc[end + 1].lower_ != "in" or ent.label_ == "PERSON" and doc[end].lower_ != "festival":
        return []
    noun = doc[end].lower_
    if noun in EVENT_NOUNS:
        predicate, kinds, kind = "locatedIn", {"Country", "Place", "City"}, "Event"
    # "a Kenya court in Nairobi": a country's name makes a common noun, not a court's name.
    elif noun in INSTITUTION_NOUNS and ent.label_ in PLACE_LABELS | {"ORG"} and not _is_country(rules, ent):
        predicate, kinds, kind = "basedIn", {"Place", "City"}, "Organization"
    else:
        return []
    outer = _place_after(rules, end + 2)
    inner = _span_arg(rules, doc[ent.start: end + 1], kind)
    if outer is None or inner is None:
        return []
    return _located(rules, [inner], outer, doc[end], kinds, predicate)


def headquarters(rules, noun: Token) -> list:
    # "SFD headquarters in Riyadh", "the fund's headquarters in Riyadh", "the headquarters of the fund in
    # Riyadh": the body is based where its headquarters are.
    if noun.lower_ not in {"headquarters", "hq"} or noun.i + 1 >= len(rules.doc) or rules.doc[noun.i + 1].lower_ != "in":
        return []
    # "its regional headquarters in Nairobi", "the former headquarters", "its new headquarters": a branch, a seat
    # no longer held or one not yet held.
    if any(c.dep_ == "amod" and c.text[:1].isupper() or c.lower_ in BRANCH_WORDS for c in noun.children):
        return []
    # "the Council of the Regional Secretariat in Bono": a word of a name, not the body's seat.
    if rules.args.table.entity_at(noun) is not None:
        return []
    owners = [c for c in noun.children if c.dep_ in {"compound", "poss"}]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    outer = _place_after(rules, noun.i + 2)
    if outer is None:
        return []
    bodies = [a for o in owners for a in rules.args.resolve(o, concepts=False)
              if rules.mention_type(a) == "Organization"]
    return _located(rules, bodies, outer, noun, {"Place", "City", "Country"}, "basedIn")


def _place_in(rules, i: int) -> Span | None:
    """The place after "in" at word i."""
    return _place_after(rules, i + 1) if i < len(rules.doc) and rules.doc[i].lower_ == "in" else None


def _place_after(rules, i: int) -> Span | None:
    """The place named at word i, past "the" and a direction ("in northern Quebec"); None when another word
    comes first."""
    doc = rules.doc
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    # "northern Quebec"; "Northern Territory" is a name.
    while i < len(doc) and doc[i].text in seats.DIRECTIONS:
        i += 1
    # "in the department of Apurimac": the rank's noun, then the place's name.
    if i + 2 < len(doc) and doc[i].lower_ in SETTLEMENT_NOUNS and doc[i].is_lower and doc[i + 1].lower_ == "of":
        i += 2
    ent = rules.args.table.entity_at(doc[i]) if i < len(doc) else None
    if ent is None or ent.label_ not in PLACE_LABELS or ent.start != i:
        return None
    # "in India's Maharashtra state": the possessor is not the place named; the place it owns, if named, is.
    if ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s"}:
        return _place_after(rules, ent.end + 1) if doc[ent.end + 1: ent.end + 2].text != "the" else None
    if ent.end < len(doc) and doc[ent.end].lower_ in {"-", "–"}:
        return None  # "in India-administered Kashmir": the name only qualifies the place.
    return ent


def _capitalised_before(doc, i: int) -> Span | None:
    """The capitalised proper nouns right before word i ("Bang Klam" before "area")."""
    start = i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and i - start < 4:
        start -= 1
    return doc[start: i] if start < i else None


def _unnamed_or_place(rules, span: Span) -> bool:
    # Words that are no entity, or one read as a person or place; an organisation's name is not a place's.
    ents = {rules.args.table.entity_at(t) for t in span} - {None}
    return all(e.label_ in PLACE_LABELS | {"PERSON"} and e.start >= span.start for e in ents)


def _is_country(rules, ent: Span) -> bool:
    return any(rules.mention_type(a) == "Country" for a in _args(rules, ent))


def _args(rules, ent: Span) -> list[Arg]:
    return rules.args.resolve(ent.root, concepts=False)


def _span_arg(rules, span: Span, kind: str) -> Arg | None:
    # Words the recogniser did not read as one name ("Rattaphum", "Garma Festival" read as a person).
    if not span or not span[0].text[:1].isupper():
        return None
    mention = rules.args.table.add_words(span, span.text, kind)
    return Arg(mention, (span.start_char, span.end_char), "name")


def _located(rules, inner: list[Arg], outer: Span | list[Arg], anchor: Token, kinds: set,
             predicate: str = "locatedIn", rule: str | None = None) -> list:
    out = []
    for obj in (_args(rules, outer) if isinstance(outer, Span) else outer):
        if rules.mention_type(obj) not in kinds:
            continue
        for sub in inner:
            sub_type = rules.mention_type(sub)
            if sub.mention == obj.mention or sub_type == "Country" or not seats._same_country(rules, sub, obj):
                continue
            # The subject's kind follows the predicate: a place or gathering lies, a body sits, a person lives.
            if predicate == "livesIn" and sub_type != "Person" or predicate == "basedIn" and sub_type != "Organization":
                continue
            if predicate == "locatedIn" and sub_type not in {"Place", "City", "Event"}:
                continue
            out.append(rules.make(sub, predicate, obj, anchor, rule or RULES[predicate]))
    return out
