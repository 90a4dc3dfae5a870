"""What a gathering is to the attendance rules: its words, the event a token names, the named event a common
noun stands for, and the people listed as there (attendance.py and presence.py read with these)."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.events import HEADS
from .gatheringwords import GATHERING_NOUNS as EVENT_NOUNS


# Verbs whose object is an event one runs or speaks to, and where that object stands.
CHAIRING = {"address": ("dobj",), "chair": ("dobj",), "co-chair": ("dobj",), "cochair": ("dobj",),
            "preside": ("over",), "moderate": ("dobj",), "officiate": ("dobj", "at"),
            # "Li told a symposium on Thursday", "told the conference": who speaks to a gathering is at it.
            "tell": ("dobj",)}

# Verbs of giving a speech: their speaker is at the event they are given during.
SPEAKING = {"speak", "address", "deliver"}


# Words of a named gathering's name that make it one a person attends.
ATTENDABLE = EVENT_NOUNS | HEADS


def _event(rules, token: Token) -> bool:
    ent = rules.args.table.entity_at(token)
    # "the Lakeside Music Festival" may be read as an organisation or a place; its head word still says event.
    # "the Territory's Music Festival" read as one name would become a node that names two things.
    if ent is not None:
        if any(t.text in {"'s", "’s"} for t in ent):
            return False
        # "in the midst of World War I": a war, a day or an award is an event no one attends.
        if ent.label_ == "EVENT":
            return any(t.lower_ in ATTENDABLE for t in ent)
        return ent.root.lemma_.lower() in EVENT_NOUNS
    return token.lemma_.lower() in EVENT_NOUNS


# Moments of a gathering one is at when one acts in them.
MOMENTS = {"moment", "moments", "end", "close", "conclusion", "start", "beginning", "opening", "course", "closing",
           "middle", "height"}


# Gatherings one speaks to in person: "told the conference", "told a news conference"; not "told a radio
# programme", said over the air.
TOLD = {"conference", "meeting", "summit", "symposium", "forum", "session", "rally", "gathering", "assembly",
        "congress", "convention", "seminar", "workshop", "briefing", "hearing", "ceremony", "crowd", "audience",
        "dialogue", "roundtable", "colloquium", "conclave", "plenary"}


def _told(token: Token) -> bool:
    return token.lemma_.lower() in TOLD or token.ent_type_ == "EVENT"


def _before_verb(subjects: list[Token]) -> list[Token]:
    """ "Speaking at a press conference, his agent said Chen ... had broken ribs": where the parser
    gives a verb a subject before it and another after, the one after is a misread clause's."""
    before = [s for s in subjects if s.i < s.head.i]
    return before if before and len(before) < len(subjects) else subjects


def _sidelines(rules, verb: Token) -> list[Token]:
    """ "on the sidelines of the summit", "on the margins of a G20 meeting": the event, on the verb, its object, or
    a noun of its prepositions ("in talks with X on the sidelines of the summit, Wang presented")."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    heads += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    edges = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "at"}
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in {"sideline", "sidelines", "margin"}]
    # "said in the closing moments of the forum", "at the close of the talks, she told": a moment of it.
    edges += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "during", "towards", "toward"}
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MOMENTS]
    return [e for s in edges for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
            for e in c.children if e.dep_ == "pobj" and _event(rules, e)]


def _named(rules, event: Token) -> Token:
    """ "a G20 foreign ministers' meeting": the named gathering a common event noun stands for, if one is named
    before it; "the closing ceremony" of a story about one named gathering, that gathering; else the noun."""
    # A body's sitting only: "a Sangh Parivar event" is an event of the body's, which the body does not stand for;
    # "the EC's dialogue" is the EC's, not the EC.
    lefts = [left for left in event.lefts if not any(t.lower_ in {"'s", "’s"} for t in left.subtree)]
    names = {rules.args.table.entity_at(t) for left in lefts for t in left.subtree} - {None}
    # "the summit of the G20": the body written after "of", where it is the whole of what follows ("the summit of
    # the Non-Aligned Movement (NAM) Student Forum" is the forum's, which is no name the recogniser read).
    names |= {ent for c in event.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and (ent := rules.args.table.entity_at(p)) is not None
              and all(ent.start <= t.i < ent.end or t.tag_ == "DT" or t in _prep_phrases(p) for t in p.subtree)}
    names = [n for n in names if n.label_ in {"ORG", "EVENT"}]
    if len(names) == 1 and event.lemma_.lower() in SITTINGS:
        return names[0].root
    whole = _whole(rules, event)
    return whole.root if whole is not None else event


# Gatherings that are a body's sittings: "a G20 foreign ministers' meeting" is the G20's (the gold writes "Wang Yi
# attends G20").
SITTINGS = {"meeting", "meetings", "summit", "summits", "session", "sessions", "conference", "congress", "assembly",
            "forum", "talks", "convention", "plenary", "conclave", "retreat", "consultations"}
def _prep_phrases(token: Token) -> set:
    """The words of the prepositional phrases on ``token`` ("in Bali" of "the G20 in Bali")."""
    return {t for c in token.children if c.dep_ == "prep" for t in c.subtree}


# Parts of a gathering: "the closing ceremony", "the opening session" are sittings of a larger one.
PARTS = {"opening", "closing", "inaugural", "concluding", "plenary"}
PART_NOUNS = {"ceremony", "session", "sessions", "plenary"}


def _whole(rules, event: Token):
    """The one named gathering (an EVENT the article names before) that "the closing ceremony" is part of, where no
    "of" says whose part it is and the story names no other gathering."""
    if event.lemma_.lower() not in PART_NOUNS or rules.args.table.entity_at(event) is not None:
        return None
    if not any(c.dep_ in {"amod", "compound"} and c.lower_ in PARTS for c in event.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in event.children):
        return None
    named = {" ".join(e.text.split()): e for e in rules.args.table.ents if e.label_ == "EVENT" and e.start < event.i}
    return next(iter(named.values())) if len(named) == 1 else None


def _gathering(rules, token: Token) -> bool:
    """A gathering by its common noun or a named event; not a body named with an event word ("the Forum"), which
    one joins as a member."""
    ent = rules.args.table.entity_at(token)
    if ent is not None:
        return ent.label_ == "EVENT" and not any(t.text in {"'s", "’s"} for t in ent)
    return token.pos_ == "NOUN" and (token.lemma_.lower() in EVENT_NOUNS or token.lower_ in EVENT_NOUNS)


def _previous_event(token: Token, rules) -> list[Token]:
    """The last event named before ``token`` in its sentence, else in the sentence before: what "X also attended"
    or "X and Y were present" were at."""
    sent = token.sent
    here = [t for t in token.doc[sent.start:token.i] if t.pos_ in {"NOUN", "PROPN"} and _event(rules, t)]
    if here:
        return here[-1:]
    if sent.start == 0:
        return []
    before = token.doc[sent.start - 1].sent
    return [t for t in before if t.pos_ in {"NOUN", "PROPN"} and _event(rules, t)][-1:]


# Words that open the names a plural noun spells out: "other personalities, namely the Mayor X, Mr Y".
ENUMERATING = {"namely", "including", "notably", "especially", "particularly", "like"}


def _enumerated(rules, noun: Token) -> list[Token]:
    """The people a plural noun of attendees spells out after "namely", "including", "such as" or "among them",
    however the parser hangs them: each comma-separated part of the list that ends with a person's name."""
    doc = noun.doc
    if noun.tag_ not in {"NNS", "NNPS"} or noun.i + 2 >= len(doc):
        return []
    i = noun.i + 1
    if doc[i].text == ",":
        i += 1
    if doc[i].lower_ in ENUMERATING:
        i += 1
    elif doc[i].lower_ == "such" and doc[i + 1].lower_ == "as":
        i += 2
    elif doc[i].lower_ == "among" and i + 1 < len(doc) and doc[i + 1].lower_ in {"them", "whom"}:
        i += 2
    else:
        return []
    end = max(t.i for t in noun.subtree)
    parts, current = [], []
    for t in doc[i:end + 1]:
        if t.text in {",", ";"} or t.lower_ == "and":
            parts.append(current)
            current = []
        elif t.lower_ in {"along", "with", "as", "well"} or t.pos_ in {"VERB", "AUX"}:
            break
        else:
            current.append(t)
    parts.append(current)
    people = []
    for words in (p for p in parts if p):
        last = rules.args.table.entity_at(words[-1])
        if last is not None and last.label_ == "PERSON" and last.end - 1 == words[-1].i:
            people.append(last.root)
    return people


def _attendees(rules, tokens: list[Token]) -> list[Token]:
    """The people of a subject written as a list of titled names the parser scattered ("Secretary General of the
    Front's Executive Committee Karim Saleh, Intelligence Service Director Nabil Aziz, ... and Ambassador to
    Egypt Sami Nassar were in attendance"): every part between the commas and the
    "and" ends with a person's name, and there are at least two."""
    out = []
    for token in tokens:
        if rules.args.table.entity_at(token) is not None and rules.args.table.entity_at(token).label_ == "PERSON":
            continue
        listed = _enumerated(rules, token)
        if listed:
            out += listed
            continue
        span = list(token.subtree)
        if any(t.pos_ in {"VERB", "AUX"} for t in span):
            continue
        parts, current = [], []
        for t in span:
            if t.text in {",", ";"} or t.lower_ == "and" and t.dep_ == "cc":
                parts.append(current)
                current = []
            else:
                current.append(t)
        parts.append(current)
        parts = [p for p in parts if p]
        people = []
        for words in parts:
            last = rules.args.table.entity_at(words[-1])
            if last is None or last.label_ != "PERSON" or last.end - 1 != words[-1].i or not words[0].text[:1].isupper():
                people = []
                break
            people.append(last.root)
        if len(people) >= 2:
            out += people
            continue
        # "Farmers' Union vice president for Asia, Grace Wanjiru, praised": the one
        # person set off by commas in a title the parser took for the subject.
        named = {rules.args.table.entity_at(t) for t in span if t.dep_ == "appos"} - {None}
        named = [e for e in named if e.label_ == "PERSON" and rules.args.table.entity_at(e.root) is e]
        if len(named) == 1 and _set_off(named[0]):
            out.append(named[0].root)
    return out


def _set_off(ent) -> bool:
    doc = ent.doc
    return 0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "," and doc[ent.end].text == ","


# "the BNP should join the talks", "X must attend": what one ought to do is not done.
OBLIGATION = {"should", "must", "ought", "shall", "need"}


def _obliged(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in OBLIGATION for c in verb.children)


def _people_attend(rules, subjects, events, anchor, rule, kinds=("Person",)) -> list:
    if not events or _obliged(anchor):
        return []
    found = rules._pairs(subjects, events, "attends", anchor, rule)
    found += rules._pairs(_attendees(rules, subjects), events, "attends", anchor, rule)
    # "an awards ceremony and a Commemorative Booklet were launched": of the names coordinated with a gathering,
    # only gatherings are attended.
    spans = [_extent(rules, t) for e in events for t in [e, *e.conjuncts] if t is e or _event(rules, t)]
    return [f for f in found if rules.mention_type(f.subject) in kinds
            and any(start <= f.object.span[0] < end for start, end in spans)]


def _extent(rules, token: Token) -> tuple[int, int]:
    ent = rules.args.table.entity_at(token)
    return (ent.start_char, ent.end_char) if ent is not None else (token.idx, token.idx + len(token))
