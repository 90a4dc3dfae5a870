"""Attendance told by joining, opening or hosting a gathering, by presence ("in the presence of X", "among those
present", "X and Y were present"), by listed attendees, and by a quotation's "this summit"."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import agents, subject_tokens
from .found import Found
from .gatheringwords import GATHERING_NOUNS as EVENT_NOUNS
from .gathered import (SPEAKING, _attendees, _enumerated, _event, _gathering, _named, _people_attend, _previous_event)


# Verbs whose subject is at the gathering that is their object: "joined the meeting", "opened the conference",
# "hosted the summit". Bodies and countries join talks; one who opens, closes or hosts a gathering is a person there.
JOINING = {"join": ("Person", "Organization", "Country"), "open": ("Person",), "inaugurate": ("Person",),
           "close": ("Person",), "host": ("Person",), "convene": ("Person",),
           # "the governor graced the ceremony", "the minister witnessed the signing ceremony".
           "grace": ("Person",), "witness": ("Person",)}


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


# Nouns of being before a gathering, and the preposition they take: "in the presence of X", "under the chairmanship
# of X".
PRESIDING = {"presence": "in", "chairmanship": "under"}


def in_presence(rules, word: Token) -> list:
    """ "The ceremony was held in the presence of X", "opened the conference in the presence of X and Y": who the
    gathering is held before attends it. An act done before someone ("handed over the gift in the presence of X")
    names no gathering and gives nothing. "Held under the chairmanship of X" the same: its chair is there."""
    if word.dep_ != "pobj" or PRESIDING.get(word.lower_) != word.head.lower_:
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


def _those_present(rules, those: Token) -> tuple[bool, list[Token]]:
    """Whether "those" are the ones at a gathering ("those present", "those who attended the summit", "those at
    the ceremony"), and the gathering where the phrase names it."""
    present, events = False, []
    for c in those.children:
        # "among those to speak at the launch ceremony": a speaker there.
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
        # "was among those to speak at the ceremony": the parser may hang "to speak" on the verb.
        spoke = [p for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in SPEAKING and c.i == word.i + 2
                 for k in c.children if k.dep_ == "prep" and k.lower_ == "at" for p in k.children
                 if p.dep_ == "pobj" and _event(rules, p)]
        present, events = present or bool(spoke), events + spoke
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
    """ "The ceremony was attended by other guests, namely the Mayor of Rosehill Mr Paul Lebrun, ..., Mr Anand
    Ramsaran": the people a plural agent spells out."""
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
