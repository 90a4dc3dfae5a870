"""Attendance stated by place rather than by verb: "X spoke at the summit", "At a committee hearing, X defended",
"thanked the crowd at the music festival", and "the summit, convened at a hotel and attended by X"; and by taking
part, addressing or chairing ("took part in the forum", "presided over the hearing"), or a speech or a guest there.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import agents, noun_holder, prep_objects, subject_tokens
from .gathered import (CHAIRING, SPEAKING, _before_verb, _event, _gathering, _named, _people_attend, _previous_event,
                       _sidelines, _told)


# Gatherings that are mostly two sides' encounter.
ENCOUNTERS = {"meeting", "meetings", "talks", "talk"}


# Passives whose subject is there in person: "sworn in", "welcomed", "greeted", "felicitated", "crowned".
IN_PERSON = {"swear", "welcome", "greet", "felicitate", "crown", "install"}


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
    # "During the Doha Forum, the minister said ...", "In the hearing, the judge ruled ...": a phrase opening the
    # clause sets its scene, and who acts in it is there. "in" only with a common noun ("In the National Assembly,
    # X said" names a body). Not "during the meeting" or "the talks": mostly two sides' encounter, which is
    # meetsWith, and the gold writes no attendance for it.
    subjects = _before_verb(subject_tokens(verb))
    scene = [e for e in during if e.lemma_.lower() not in ENCOUNTERS or _named(rules, e) is not e
             or rules.args.table.entity_at(e) is not None]
    scene += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
              if p.dep_ == "pobj" and _event(rules, p) and rules.args.table.entity_at(p) is None
              and p.lemma_.lower() not in ENCOUNTERS]
    opening = [e for e in scene if subjects and all(s.i > e.i for s in subjects)]
    events += [_named(rules, e) for e in opening if e not in events]
    events += [_named(rules, e) for e in _sidelines(rules, verb)]
    # "Speaking on the occasion, X said": the occasion is the gathering named last, in the sentence or the one before.
    if any(p.lemma_.lower() == "occasion" and not any(k.dep_ == "prep" for k in p.children)
           for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "at"} for p in c.children):
        events += [_named(rules, e) for e in _previous_event(verb, rules)]
    # "X was sworn in at a ceremony", "X was welcomed at the summit": one done to in person is there.
    if verb.lemma_.lower() in IN_PERSON and verb.tag_ == "VBN":
        subjects += [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "addressed the meeting", "chaired the session", "presided over the hearing": who does is there.
    if verb.lemma_.lower() in CHAIRING:
        events += [_named(rules, p) for p in prep_objects(verb, CHAIRING[verb.lemma_.lower()]) if _event(rules, p)
                   and (verb.lemma_.lower() != "tell" or _told(p))]
    return _people_attend(rules, subjects, events, verb, "verb.at_event")


def chaired_by(rules, verb: Token) -> list:
    """ "The meeting was chaired by X", "a session presided over by X", "the forum was also addressed by X": the
    passive of chairing or addressing a gathering; who does it is there."""
    lemma = verb.lemma_.lower()
    if lemma not in CHAIRING or lemma == "tell" or verb.tag_ != "VBN" or any(c.dep_ == "neg" for c in verb.children):
        return []
    # The participle on the gathering ("a meeting chaired by X"), or its passive subject.
    events = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
    events = [_named(rules, e) for e in events if _gathering(rules, e)]
    return _people_attend(rules, agents(verb), events, verb, "passive.chaired")


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
    # "At a dinner with the foreign minister, attended by X": the gathering whose phrase ends at the comma.
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
    # "including Kenya's Dana Ruiz and Ghana's Tomas Verel": every person of the list, however
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


# Words for what is said at an event: "in her speech at the opening, she promised", "her address to the summit".
SPEECH_NOUNS = {"speech", "address", "remarks", "keynote"}
# Words for who is at an event: "X, a keynote speaker at the forum", "X was a guest at the ceremony".
PRESENT_NOUNS = {"speaker", "participant", "guest", "attendee", "delegate", "panelist", "panellist"}
# Verbs that ask for one's part in a gathering rather than report it.
ASKING = {"urge", "request", "seek", "want", "invite", "ask", "demand", "propose", "expect", "plan", "encourage"}
# Words for who is at an event that a body or a country can be; not "participation", whose holder the clause's
# subject is only where it takes part itself ("called for the participation of X in the talks").
BODIES_TAKE_PART = {"participant", "participants"}
# Words for being at an event, and where the event stands: "his participation in the summit", "her presence at".
TAKING_PART = {"participation": {"in"}, "presence": {"at"}, "attendance": {"at"}}


def at_event_noun(rules, noun: Token) -> list:
    """A speech given at an event, or a guest at one: its giver or the guest attends it."""
    lemma = noun.lemma_.lower()
    if lemma not in SPEECH_NOUNS | PRESENT_NOUNS | TAKING_PART.keys():
        return []
    preps = {"at", "to"} if lemma in SPEECH_NOUNS else TAKING_PART.get(lemma, {"at"})
    # "Kenya was a participant at the summit": the parser may hang the place on the copula.
    heads = [noun, noun.head] if noun.dep_ == "attr" and noun.head.lemma_ == "be" else [noun]
    events = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" and _event(rules, p)]
    if not events:
        return []
    if lemma in SPEECH_NOUNS or lemma in TAKING_PART:
        holders, verb = noun_holder(noun, exclude=set())
        # "urged her participation in the forum", "sought his presence at the talks": asked for, not done.
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ASKING:
            return []
    elif noun.dep_ == "appos":
        holders, verb = [noun.head], None
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holders, verb = subject_tokens(noun.head), None
    # "Other speakers at the event were X and Y".
    elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and lemma in PRESENT_NOUNS:
        holders, verb = [c for c in noun.head.children if c.dep_ == "attr"], None
    else:
        return []
    # "the Harbour Trust was a participant at the forum": a body or a country takes part; a guest or a speaker is a
    # person.
    kinds = {"Person", "Organization", "Country"} if lemma in BODIES_TAKE_PART else {"Person"}
    return [f for f in rules._pairs(holders, [_named(rules, e) for e in events], "attends", verb or noun,
                                    "noun.at_event")
            if rules.mention_type(f.subject) in kinds]
