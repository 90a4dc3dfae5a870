"""Attendance stated by place rather than by verb: "X spoke at the summit", "At a committee hearing, X defended",
"thanked the crowd at the music festival", and "the summit, convened at a hotel and attended by X"; and by taking
part, addressing or chairing ("took part in the forum", "presided over the hearing"), or a speech or a guest there.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import agents, noun_holder, prep_objects, subject_tokens
from ..nlp.events import STRONG_HEADS, WEAK_HEADS
from .found import Found
from .gatheringwords import GATHERING_NOUNS as EVENT_NOUNS


# Verbs whose object is an event one runs or speaks to, and where that object stands.
CHAIRING = {"address": ("dobj",), "chair": ("dobj",), "co-chair": ("dobj",), "cochair": ("dobj",),
            "preside": ("over",),
            # "Li told a symposium on Thursday", "told the conference": who speaks to a gathering is at it.
            "tell": ("dobj",)}

# Verbs of giving a speech: their speaker is at the event they are given during.
SPEAKING = {"speak", "address", "deliver"}


def _event(rules, token: Token) -> bool:
    ent = rules.args.table.entity_at(token)
    # "the Lakeside Music Festival" may be read as an organisation or a place; its head word still says event.
    # "the Territory's Music Festival" read as one name would become a node that names two things.
    if ent is not None:
        if any(t.text in {"'s", "’s"} for t in ent):
            return False
        # "in the middle of World War I": a war, a day or an award is an event no one attends.
        if ent.label_ == "EVENT":
            return any(t.lower_ in EVENT_NOUNS | STRONG_HEADS | WEAK_HEADS for t in ent)
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
    """ "Giving an update at a press conference, his manager said Lin ... sustained fractures": where the parser
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
    # "said in the final moments of the Summit", "at the end of the meeting, he told": a moment of it.
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
    # the Non-Aligned Movement (NAM) Youth Network" is the network's, which is no name the recogniser read).
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


def attended_at(rules, verb: Token) -> list:
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    # "at" on the verb or on its object: "spoke at the summit", "told the crowd at the festival".
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    events = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
              for p in c.children if p.dep_ == "pobj" and _event(rules, p)]
    # "At the meeting, the roadmap was presented and the minister X highlighted ...": a scene set before the first
    # of two coordinated clauses is the second's too.
    if verb.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        events += [p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "at" and c.i < verb.head.i
                   and c.i == c.sent.start for p in c.children if p.dep_ == "pobj" and _event(rules, p)]
    during = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "during"
              for p in c.children if p.dep_ == "pobj" and _event(rules, p)]
    # "spoke during the ceremony": a speaker is at the event; "said during the talks" may quote from afar.
    if verb.lemma_.lower() in SPEAKING:
        events += [_named(rules, e) for e in during]
    # "During the Doha Forum, the minister said ...": a phrase opening the clause sets its scene, and who acts in
    # it is there. Only a named event: "during the meeting" is a scene, not a node worth joining across stories.
    subjects = _before_verb(subject_tokens(verb))
    opening = [e for e in during if subjects and all(s.i > e.i for s in subjects)
               and (_named(rules, e) is not e or rules.args.table.entity_at(e) is not None)]
    events += [_named(rules, e) for e in opening if e not in events]
    events += [_named(rules, e) for e in _sidelines(rules, verb)]
    # "addressed the meeting", "chaired the session", "presided over the hearing": who does is there.
    if verb.lemma_.lower() in CHAIRING:
        events += [_named(rules, p) for p in prep_objects(verb, CHAIRING[verb.lemma_.lower()]) if _event(rules, p)
                   and (verb.lemma_.lower() != "tell" or _told(p))]
    return _people_attend(rules, subjects, events, verb, "verb.at_event")


def attended_by(rules, verb: Token) -> list:
    # "At the summit, convened at a hotel and attended by X": the participle stands after the noun and a
    # comma, and the parser hangs it on the main verb.
    if verb.lemma_.lower() != "attend" or verb.tag_ != "VBN":
        return []
    passive_doers = agents(verb)
    first = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else verb
    if not passive_doers or first.dep_ != "advcl" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.children):
        return []
    if first.i < 2 or first.nbor(-1).text != ",":
        return []
    # "In a meeting with the prime minister, attended by X": the gathering whose phrase ends at the comma.
    noun = first.nbor(-2)
    while not _event(rules, noun) and noun.dep_ in {"pobj", "prep"} and noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ not in {"NOUN", "PROPN"} or not _event(rules, noun):
        return []
    return rules._pairs(passive_doers, [_named(rules, noun)], "attends", verb, "passive.advcl")


def in_attendance(rules, word: Token) -> list:
    """ "X and Y were in attendance", "X was present at the talks": being at an event without a verb of attending.
    Without an event named in the clause, the event is the last one the previous sentence names ("attended the
    meeting on one side. On the other side, X was in attendance.")."""
    if word.lower_ == "attendance" and word.dep_ == "pobj" and word.head.lower_ == "in":
        verb = word.head.head
    elif word.lower_ == "present" and word.dep_ == "acomp":
        verb = word.head
    else:
        return []
    if verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return []
    events = [p for h in (verb, word) for c in h.children if c.dep_ == "prep" and c.lower_ in {"at", "during"}
              for p in c.children if p.dep_ == "pobj" and _event(rules, p)]
    if not events and word.sent.start > 0:
        before = word.doc[word.sent.start - 1].sent
        events = [t for t in before if t.pos_ in {"NOUN", "PROPN"} and _event(rules, t)][-1:]
    return _people_attend(rules, subject_tokens(verb), events, verb, "verb.in_attendance")


def attendees_listed(rules, verb: Token) -> list:
    """ "Leaders who attended the ceremony, including Uganda's Museveni and Burundi's Ndayishimiye": the parser hangs
    the list on the event, but an event lists no people; they spell out the plural subject that attended."""
    from .lists import PEOPLE_NOUNS, _lists

    if verb.lemma_.lower() != "attend" or verb.tag_ == "VBN":
        return []
    subjects = subject_tokens(verb)
    # "heads of state who attended": the relative pronoun stands for the noun.
    if verb.dep_ == "relcl" and any(s.tag_ in {"WP", "WDT"} for s in subjects):
        subjects = [verb.head]
    # "Other EAC Heads of State": a capitalised plural is still a common noun.
    subjects = [s for s in subjects if s.tag_ in {"NNS", "NNPS"} and s.lower_.removesuffix("s") in PEOPLE_NOUNS]
    if not subjects:
        return []
    events = [c for c in verb.children if c.dep_ == "dobj" and _event(rules, c)]
    # The parser may hang the list anywhere in the event's phrase ("the ceremony for the road in the bloc including").
    listed = [p for e in events for c in e.subtree if _lists(c) for p in c.children if p.dep_ == "pobj"]
    # "including Uganda's Yoweri Museveni and Burundi's Evariste Ndayishimiye": every person of the list, however
    # the parser hangs one on another.
    people = [ent.root for p in listed for ent in {rules.args.table.entity_at(t) for t in p.subtree} - {None}
              if ent.label_ == "PERSON"]
    return [f for e in events for f in rules._pairs(people, [_named(rules, e)], "attends", verb,
                                                    "verb.attendees_listed")
            if rules.mention_type(f.subject) == "Person"]


def took_part(rules, verb: Token) -> list:
    """ "X took part in the summit", "X participated in the forum": taking part in an event is attending it; "took
    part in the protests" or "in the war" names no event."""
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    if lemma == "participate":
        heads = [verb]
    elif lemma == "take":
        heads = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part"]
        heads += [verb] if heads else []
    else:
        return []
    events = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
              for p in c.children if p.dep_ == "pobj" and _event(rules, p)]
    return [f for f in rules._pairs(subject_tokens(verb), [_named(rules, e) for e in events], "attends", verb,
                                    "verb.took_part")
            if rules.mention_type(f.subject) in {"Person", "Organization", "Country"}]


# Words for what is said at an event: "in his speech at the ceremony, he pledged", "her address to the summit".
SPEECH_NOUNS = {"speech", "address", "remarks", "keynote"}
# Words for who is at an event: "X, a keynote speaker at the forum", "X was a guest at the ceremony".
PRESENT_NOUNS = {"speaker", "participant", "guest", "attendee", "delegate", "panelist", "panellist"}
# Words for being at an event, and where the event stands: "his participation in the summit", "her presence at".
TAKING_PART = {"participation": {"in"}, "presence": {"at"}, "attendance": {"at"}}


def at_event_noun(rules, noun: Token) -> list:
    """A speech given at an event, or a guest at one: its giver or the guest attends it."""
    lemma = noun.lemma_.lower()
    if lemma not in SPEECH_NOUNS | PRESENT_NOUNS | TAKING_PART.keys():
        return []
    preps = {"at", "to"} if lemma in SPEECH_NOUNS else TAKING_PART.get(lemma, {"at"})
    events = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" and _event(rules, p)]
    if not events:
        return []
    if lemma in SPEECH_NOUNS or lemma in TAKING_PART:
        holders, verb = noun_holder(noun, exclude=set())
    elif noun.dep_ == "appos":
        holders, verb = [noun.head], None
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holders, verb = subject_tokens(noun.head), None
    # "Other speakers at the event were X and Y".
    elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and lemma in PRESENT_NOUNS:
        holders, verb = [c for c in noun.head.children if c.dep_ == "attr"], None
    else:
        return []
    return [f for f in rules._pairs(holders, [_named(rules, e) for e in events], "attends", verb or noun,
                                    "noun.at_event")
            if rules.mention_type(f.subject) == "Person"]


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
    PLO's Executive Committee Hussein Sheikh, General Intelligence Service Director Majid Faraj, ... and
    Palestinian Ambassador to Jordan Atallah Khairi were in attendance"): every part between the commas and the
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
        # "International Organisation of Employers vice president for Africa, Jacqueline Mugo, highlighted": the one
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
    # "a prize-giving ceremony and a Souvenir Magazine were launched": of the names coordinated with a gathering,
    # only gatherings are attended.
    spans = [_extent(rules, t) for e in events for t in [e, *e.conjuncts] if t is e or _event(rules, t)]
    return [f for f in found if rules.mention_type(f.subject) in kinds
            and any(start <= f.object.span[0] < end for start, end in spans)]


def _extent(rules, token: Token) -> tuple[int, int]:
    ent = rules.args.table.entity_at(token)
    return (ent.start_char, ent.end_char) if ent is not None else (token.idx, token.idx + len(token))


# Verbs whose subject is at the gathering that is their object: "joined the meeting", "opened the conference",
# "hosted the summit". Bodies and countries join talks; one who opens, closes or hosts a gathering is a person there.
JOINING = {"join": ("Person", "Organization", "Country"), "open": ("Person",), "inaugurate": ("Person",),
           "close": ("Person",), "host": ("Person",), "convene": ("Person",)}


def joined_gathering(rules, verb: Token) -> list:
    """ "X joined the meeting", "X inaugurated the conference", "the emir hosted the summit"."""
    kinds = JOINING.get(verb.lemma_.lower())
    if kinds is None or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    events = [c for c in verb.children if c.dep_ == "dobj" and _gathering(rules, c)]
    # "the conference, inaugurated by X": the participle on the gathering.
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"} and _gathering(rules, verb.head):
        return _people_attend(rules, agents(verb), [_named(rules, verb.head)], verb, "verb.joined_gathering", kinds)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass" and _gathering(rules, c)]
    if passive:
        return _people_attend(rules, agents(verb), [_named(rules, p) for p in passive], verb, "verb.joined_gathering", kinds)
    return _people_attend(rules, subject_tokens(verb), [_named(rules, e) for e in events], verb, "verb.joined_gathering", kinds)


def in_presence(rules, word: Token) -> list:
    """ "The ceremony was held in the presence of X", "opened the conference in the presence of X and Y": who the
    gathering is held before attends it. An act done before someone ("handed over the gift in the presence of X")
    names no gathering and gives nothing."""
    if word.lower_ != "presence" or word.dep_ != "pobj" or word.head.lower_ != "in":
        return []
    people = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"]
    holder = word.head.head
    if holder.pos_ == "NOUN" and _gathering(rules, holder):
        events, anchor = [holder], holder
    elif holder.pos_ in {"VERB", "AUX"}:
        events = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _gathering(rules, c)]
        anchor = holder
    else:
        return []
    return _people_attend(rules, people, [_named(rules, e) for e in events], anchor, "noun.in_presence",
                          ("Person", "Organization", "Country"))


# Words of being there: "those present", "those attending", "those in attendance".
PRESENT_WORDS = {"present", "attending", "participating", "attend", "participate"}


def _those_present(rules, those: Token) -> tuple[bool, list[Token]]:
    """Whether "those" are the ones at a gathering ("those present", "those who attended the summit", "those at
    the ceremony"), and the gathering where the phrase names it."""
    present, events = False, []
    for c in those.children:
        # "among those to speak at the release ceremony": a speaker there.
        if c.lemma_.lower() in SPEAKING and c.dep_ in {"acl", "relcl"}:
            events += [p for k in c.children if k.dep_ == "prep" and k.lower_ == "at" for p in k.children
                       if p.dep_ == "pobj" and _event(rules, p)]
            present = present or bool(events)
        if c.lower_ == "present" or c.lemma_.lower() in {"attend", "participate"} and c.dep_ in {"acl", "relcl"}:
            present = True
            events += [o for o in c.children if o.dep_ == "dobj" and _event(rules, o)]
            events += [p for k in c.children if k.dep_ == "prep" and k.lower_ in {"at", "in"} for p in k.children
                       if p.dep_ == "pobj" and _event(rules, p)]
        if c.dep_ == "prep" and c.lower_ in {"at", "in"}:
            at = [p for p in c.children if p.dep_ == "pobj" and (_event(rules, p) or p.lower_ == "attendance")]
            present = present or bool(at)
            events += [p for p in at if p.lower_ != "attendance"]
    return present, events


def among_those(rules, word: Token) -> list:
    """ "X was among those at the ceremony", "Among those present were X and Y", "Those present included X and Y",
    "Attending the meeting were X and Y"."""
    if word.lower_ in {"those", "present"} and word.dep_ == "pobj" and word.head.lower_ == "among":
        verb = word.head.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return []
        present, events = _those_present(rules, word)
        # "among those present": the parser may read "those" as the determiner of "present".
        if word.lower_ == "present":
            present = any(c.lower_ == "those" for c in word.children)
        people = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "attr"} and c is not word]
    elif word.lower_ == "those" and word.dep_ == "nsubj" and word.head.lemma_.lower() in {"include", "be"}:
        verb = word.head
        present, events = _those_present(rules, word)
        people = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    # "Those present included X": the parser reads "present" as the noun.
    elif word.lower_ == "present" and word.dep_ == "nsubj" and word.head.lemma_.lower() in {"include", "be"} \
            and any(c.lower_ == "those" for c in word.children):
        verb = word.head
        present, events = True, []
        people = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    # "Attending the meeting were X and Y": read as a verb with "were" for its auxiliary and two objects.
    elif word.lemma_.lower() in {"attend", "participate"} and word.tag_ == "VBG" and word.dep_ == "ROOT" \
            and any(c.dep_ == "aux" and c.lemma_ == "be" and c.i > word.i for c in word.children):
        verb = word
        objects = [c for c in word.children if c.dep_ == "dobj"]
        present = True
        events = [o for o in objects if _event(rules, o)]
        people = [o for o in objects if o not in events and o.i > min(e.i for e in events)] if events else []
    elif word.lemma_.lower() in {"attend", "participate"} and word.tag_ == "VBG" and word.dep_ in {"csubj", "advcl"} \
            and word.head.lemma_.lower() == "be" and word.i < word.head.i:
        verb = word.head
        present = True
        events = [o for o in word.children if o.dep_ == "dobj" and _event(rules, o)]
        events += [p for k in word.children if k.dep_ == "prep" and k.lower_ == "in" for p in k.children
                   if p.dep_ == "pobj" and _event(rules, p)]
        people = [c for c in verb.children if c.dep_ in {"nsubj", "attr"} and c is not word]
    else:
        return []
    if not present or not people or any(c.dep_ == "neg" for c in verb.children):
        return []
    events = events or _previous_event(verb, rules)
    return _people_attend(rules, people, [_named(rules, e) for e in events], verb, "verb.among_those")


def attended_alone(rules, verb: Token) -> list:
    """ "The summit opened on Monday. X also attended.": attending with no object is attending the event named
    last, in the clause before it or the sentence before."""
    if verb.lemma_.lower() != "attend" or verb.pos_ != "VERB" or verb.tag_ == "VBN" or any(
            c.dep_ in {"dobj", "ccomp", "xcomp", "neg", "prep", "nsubjpass"} for c in verb.children):
        return []
    subjects = subject_tokens(verb)
    if not subjects or verb.dep_ in {"relcl", "acl", "xcomp", "pcomp"}:
        return []
    events = _previous_event(verb, rules)
    return _people_attend(rules, subjects, [_named(rules, e) for e in events], verb, "verb.attended_alone",
                          ("Person", "Organization", "Country"))


def listed_attendees(rules, verb: Token) -> list:
    """ "Prime Minister A, Secretary General of the X Committee B and Ambassador to Jordan C attended the meeting",
    where the parser scattered the list: each titled name."""
    if verb.lemma_.lower() not in {"attend", "participate"} or verb.pos_ != "VERB" or verb.tag_ == "VBN":
        return []
    subjects = [s for s in subject_tokens(verb) if s.dep_ == "nsubj"]
    people = _attendees(rules, subjects)
    if not people:
        return []
    events = [c for c in verb.children if c.dep_ == "dobj" and _event(rules, c)]
    events += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
               if p.dep_ == "pobj" and _event(rules, p)]
    return [f for f in rules._pairs(people, [_named(rules, e) for e in events], "attends", verb, "verb.listed")
            if rules.mention_type(f.subject) == "Person"]


def attended_by_many(rules, verb: Token) -> list:
    """ "The ceremony was attended by other personalities, namely the Mayor of Curepipe Mr Hans Marguerite, ...,
    Mr Neetesh Raj Sewpal": the people a plural agent spells out."""
    if verb.lemma_.lower() != "attend" or verb.tag_ != "VBN":
        return []
    doers = [a for a in agents(verb) if a.tag_ in {"NNS", "NNPS"}]
    people = [p for a in doers for p in _enumerated(rules, a)]
    if not people:
        return []
    events = [c for c in verb.children if c.dep_ == "nsubjpass" and _event(rules, c)]
    if verb.dep_ == "acl" and _event(rules, verb.head):
        events.append(verb.head)
    return [f for f in rules._pairs(people, [_named(rules, e) for e in events], "attends", verb, "passive.listed")
            if rules.mention_type(f.subject) == "Person"]


SAYING = {"say", "tell", "add", "state", "note", "declare", "stress", "explain", "insist", "remark"}


def quoted_here(rules, noun: Token) -> list:
    """ "“This conference is breaking new ground,” Houngbo said": who speaks of "this conference" in a quotation is at
    it, where the paragraph names one speaker."""
    if noun.lemma_.lower() not in EVENT_NOUNS or noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ == "this" for c in noun.children):
        return []
    from .arguments import Arg
    from .quotes import quotation_speaker

    said = quotation_speaker(rules.args.references, noun)
    if said is None or rules.mention_type(said) != "Person":
        return []
    # The speaker named in the paragraph, by name: "he said" may be anyone's. The noun states the fact, so that its
    # sentence is the evidence; a quotation that denies or doubts something of the gathering ("this meeting was
    # not a failure", "this summit will bring peace") gives nothing, a loss the rule accepts.
    person = rules.args.table.get(said.mention)
    named = noun.doc.char_span(person.start, person.end)
    if named is None or named.root.head.lemma_.lower() not in SAYING:
        return []
    speaker = Arg(said.mention, (person.start, person.end))
    objects = rules.args.resolve(_named(rules, noun))
    return [Found(speaker, "attends", o, noun, "noun.quoted_gathering") for o in objects
            if o.via in {"concept", "coref"} or rules.mention_type(o) in {"Event", "Organization"}]
