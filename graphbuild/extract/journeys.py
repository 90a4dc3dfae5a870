"""Trips told without the verb "visit": "X headed to Ghana", "X returned from Ghana", "X, who is in Accra for
talks", "on her arrival in Accra", "made an expedition to Lake Tana", "his Ghana visit", "the visit of X to Ghana",
"Visiting Minister X met Y in Accra".

Only a person's trip to a town, a country or a region: "the money went to Ghana" or "went to the police station"
is no visit. Whether the trip was made (not planned, not denied) is read from the verb, as for any clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clauses import noun_holder, prep_objects, subject_tokens
from .found import PLACES
from .gathered import _event as _gathering, _named, _people_attend
from .gatheringwords import GATHERING_NOUNS

# Verbs of motion and the preposition that names the place gone to. "Return from" ends a trip there;
# "return to" is as often a homecoming, "came to Canada" a move there, and "leave for" a trip not yet made.
MOTION = {"head": ("to",), "go": ("to",), "return": ("from",), "journey": ("to",), "fly": ("into",),
          "stop": ("in",)}
# What a person is somewhere for, on a trip: "is in Accra for talks".
ERRANDS = {"talk", "talks", "visit", "meeting", "summit", "conference", "negotiation", "consultation", "tour",
           "trip", "ceremony", "funeral", "inauguration", "forum"}
# Trip nouns a place's name may stand before: "his Ghana visit", "the Middle East tour".
NAMED_TRIPS = {"visit", "trip", "tour"}
# Verbs that call a trip off.
CALLED_OFF = {"cancel", "postpone", "delay", "scrap", "shelve", "defer", "suspend"}
# What a person is somewhere to do, on a trip: "was in Ghana to meet officials".
ERRAND_VERBS = {"meet", "attend", "discuss", "sign", "hold", "talk", "negotiate", "visit", "inaugurate", "launch",
                "address", "represent", "receive", "tour"}
# Gatherings one is somewhere for, and so at: "in Bali for the summit"; "for talks" names no one gathering.
GATHERED = ERRANDS & GATHERING_NOUNS - {"talks"}
# Nouns of a trip whose place follows a preposition: "his arrival in Accra", "an expedition to Lake Tana".
TRIP_NOUNS = {"arrival": ("in",), "expedition": ("to",), "journey": ("to",), "voyage": ("to",),
              "pilgrimage": ("to",)}


def read(rules, token: Token) -> list:
    """Every trip the token states."""
    if token.pos_ in {"VERB", "AUX"}:
        return moved(rules, token) + stayed(rules, token) + visiting(rules, token)
    if token.pos_ == "NOUN":
        return trip_noun(rules, token) + visit_of(rules, token)
    return []


def moved(rules, verb: Token) -> list:
    # "X headed to Ghana", "X returned from Ghana", "X stopped in Accra on the way".
    preps = MOTION.get(verb.lemma_.lower())
    if preps is None or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    # "was going to Delhi when the bus crashed": a trip under way is not yet made.
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children):
        return []
    # "came to power", "went to the police station": only a town, a country or a region counts.
    places = [p for p in prep_objects(verb, preps) if _region(rules, p)]
    return _personal(rules, rules._pairs(subject_tokens(verb), places, "visits", verb, "verb.journey"))


def stayed(rules, verb: Token) -> list:
    # "X, who is in Accra for talks", "X was in Ghana last week to meet officials": a person somewhere on an
    # errand is on a trip there. Without one ("X was in Ghana") the person may as well live there.
    if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return []
    places = prep_objects(verb, ("in",))
    # "is in Accra for talks", "was in Ghana on a two-day visit", "was in Bali for the G20 summit".
    # A named event only where it is one people attend: "in Paris for World War II" is no errand.
    events = [p for p in prep_objects(verb, ("for",)) if p.lemma_.lower() in GATHERED
              or rules.args.table.entity_at(p) is not None and _gathering(rules, p)]
    errand = bool(events) or any(p.lemma_.lower() in ERRANDS for p in prep_objects(verb, ("for", "on")))
    # "was in Ghana to meet officials"; not "was in Ghana to study", a stay.
    errand = errand or any(c.dep_ == "advcl" and c.lemma_.lower() in ERRAND_VERBS
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
    # "was in Accra on Monday, where he met Kofi Mensah": the parser hangs the "where" clause on any word after.
    errand = errand or any(c.dep_ == "relcl" and c.lemma_.lower() in ERRAND_VERBS
                           and any(w.lower_ == "where" for w in c.children) for c in verb.subtree)
    if not places or not errand:
        return []
    found = _personal(rules, rules._pairs(subject_tokens(verb), places, "visits", verb, "verb.journey"))
    # "was in Bali for the G20 summit": one there for a gathering is at it.
    return found + (_people_attend(rules, subject_tokens(verb), [_named(rules, e) for e in events], verb,
                                   "verb.journey") if found else [])


def visiting(rules, word: Token) -> list:
    # "Visiting Danish Foreign Minister Peter Olsen met Kofi Mensah in Accra": the visitor's clause says where
    # the visit is. "visiting Ghana" with its own object is the verb's (lexicon).
    doc = rules.doc
    if word.lower_ != "visiting" or word.tag_ != "VBG" or any(c.dep_ == "dobj" for c in word.children):
        return []
    i = word.i + 1
    # Over the title to the name: "Visiting Danish Foreign Minister", "the visiting foreign minister, ".
    while i < len(doc) and i - word.i <= 6 and doc[i].pos_ in {"ADJ", "PROPN", "NOUN", "PUNCT"} \
            and (rules.args.table.entity_at(doc[i]) is None or rules.args.table.entity_at(doc[i]).label_ == "NORP"):
        i += 1
    person = rules.args.table.entity_at(doc[i]) if i < len(doc) else None
    if person is None or person.label_ != "PERSON":
        return []
    # The clause the visitor is the subject of: the name itself or the title it stands beside.
    subject = next((t for t in (person.root, person.root.head) if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return []
    places = [p for p in prep_objects(subject.head, ("in",)) if _region(rules, p)]
    found = rules._pairs([person.root], places, "visits", subject.head, "verb.journey")
    return _personal(rules, found)


def trip_noun(rules, noun: Token) -> list:
    # "on his arrival in Accra", "Peter Olsen made a geological expedition to Lake Tana", "Olsen's Ghana visit".
    lemma = noun.lemma_.lower()
    preps = TRIP_NOUNS.get(lemma)
    if preps is None and lemma not in NAMED_TRIPS:
        return []
    if lemma in NAMED_TRIPS:
        if _ahead(noun):
            return []
        places = [c for c in noun.children if c.dep_ == "compound" and _region(rules, c)
                  and rules.args.table.entity_at(c).end == noun.i]
    else:
        places = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
                  if p.dep_ == "pobj"]
    # "made an expedition to Lake Tana": the parser often hangs the place on the light verb.
    if not places and noun.dep_ == "dobj" and preps is not None:
        places = prep_objects(noun.head, preps)
    if not places:
        return []
    holders, verb = noun_holder(noun, exclude=set(places))
    if called_off(noun, verb):
        return []
    return _personal(rules, rules._pairs(holders, places, "visits", verb or noun, "noun.journey"))


def visit_of(rules, noun: Token) -> list:
    # "the visit of Peter Olsen to Ghana": the visitor named after "of", the place after "to".
    if noun.lemma_.lower() not in NAMED_TRIPS or _ahead(noun):
        return []
    visitors = [p for p in prep_objects(noun, ("of",)) if p.ent_type_ == "PERSON"]
    # The parser often hangs the place on the visitor's name.
    places = [p for h in [noun, *visitors] for p in prep_objects(h, ("to",)) if _region(rules, p)] if visitors else []
    if not places or called_off(noun, None):
        return []
    return _personal(rules, rules._pairs(visitors, places, "visits", noun, "noun.journey"))


def _ahead(noun: Token) -> bool:
    """ "ahead of his Ghana visit", "preparations for his Ghana trip": a trip still to come."""
    return noun.dep_ == "pobj" and (noun.head.lower_ == "for" or noun.head.head.lower_ in {"ahead", "before"})


# Verbs that turn talks or a meeting down before they are held: "refused talks with X", "boycotted the meeting".
# (Talks "suspended", "halted" or "abandoned" were held.)
TURNED_DOWN = CALLED_OFF - {"suspend"} | {"refuse", "reject", "decline", "deny", "rebuff", "boycott", "shun", "snub"}


def called_off(noun: Token, verb: Token | None, predicate: str = "visits") -> bool:
    """ "plans a Ghana visit", "cancelled his visit to Ghana": a trip not (yet) made; talks or a meeting turned down
    ("refused talks with X", "ruled out a meeting", "called off"). The verb may govern a noun whose holder is its
    possessor, not the verb's subject."""
    if predicate not in {"visits", "negotiatesWith", "meetsWith"}:
        return False
    trip = predicate == "visits"
    verb = noun.head if verb is None and noun.dep_ in {"dobj", "nsubjpass"} else verb
    # Only as the verb's object: "in a meeting with X, Y proposed ..." proposes something else.
    if verb is None or not trip and not (noun.dep_ in {"dobj", "nsubjpass"} and noun.head == verb):
        return False
    lemma, particles = verb.lemma_.lower(), {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if not trip:
        return lemma in TURNED_DOWN or lemma == "rule" and "out" in particles or lemma == "call" and "off" in particles
    return lemma in lexicon.PLANNING_VERBS | lexicon.NEGATING_VERBS | CALLED_OFF


def _region(rules, token: Token) -> bool:
    ent = rules.args.table.entity_at(token)
    return ent is not None and ent.label_ in {"GPE", "LOC"}


def _personal(rules, found: list) -> list:
    return [f for f in found if rules.mention_type(f.subject) == "Person" and rules.mention_type(f.object) in PLACES]
