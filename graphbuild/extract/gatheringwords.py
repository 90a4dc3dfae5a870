"""Gatherings a common noun names ("the meeting", "a launching ceremony", "the Arab foreign ministers' consultative
meeting"): the words for them, and the label of one as its article writes it.

A gathering named by a common noun is a node of its own article (resolve/keys.py): two stories' "meeting" are two
meetings. Its label is the noun with the words before it that say which one ("launching ceremony", "Arab foreign
ministers' consultative meeting"), and the bare noun is kept as another of its names, so that a reader who writes
"X attends meeting" finds it too. Words of time ("Tuesday's meeting", "the next summit"), determiners and pronouns
are not part of it."""
from __future__ import annotations

from spacy.tokens import Token

# Events a person is at; "at the palace" or "at the border" are places, not events.
GATHERING_NOUNS = {"summit", "conference", "meeting", "hearing", "ceremony", "festival", "forum", "rally", "funeral",
              "inauguration", "session", "gathering", "congress", "convention", "assembly", "talks", "launch",
              "celebration", "parade", "meetings", "workshop", "seminar", "symposium", "conclave", "expo",
              # "attended the function", "the programme was attended by": the words of South Asian and African papers.
              "function", "programme", "event", "reception", "dinner", "banquet", "luncheon", "wedding",
              "commemoration", "vigil", "exhibition", "fair", "briefing", "roundtable", "webinar", "dialogue",
              "celebrations", "festivities", "concert", "tournament", "debate", "retreat", "jamboree",
              "gala", "colloquium", "consultations", "ceremonies", "summits", "conferences", "sessions", "presentation"}

# Words before a gathering's noun that say when it was, not which it is.
_TIME = {"last", "next", "recent", "latest", "previous", "upcoming", "forthcoming", "earlier", "later", "first",
         "second", "third", "final", "same", "this", "that", "today", "yesterday", "tomorrow", "weekly", "monthly",
         "daily", "annual", "yearly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "week", "month", "year", "morning", "afternoon", "evening", "night", "day", "weekend", "planned",
         "proposed", "scheduled", "expected", "such", "another", "other", "several", "many", "two", "three", "one",
         "separate", "various", "numerous", "few", "some", "all", "both", "each", "every", "any", "no",
         # "the mentioned gathering", "the said meeting": words that point back, not names.
         "mentioned", "aforementioned", "said", "above", "abovementioned", "aforesaid", "very", "whole"}
# Dependencies of the words that say which gathering it is.
_QUALIFIERS = {"amod", "compound", "nmod", "poss", "npadvmod"}


def gathering_phrase(token: Token) -> str:
    """ "Arab foreign ministers' consultative meeting" for the "meeting" of "the Arab foreign ministers'
    consultative meeting"; "meeting" for "the meeting" or "Tuesday's meeting"."""
    first = token.i
    for child in sorted((c for c in token.children if c.i < token.i), key=lambda c: -c.i):
        # Only words right before the noun or before those already taken: "a meeting" stops at "a".
        if child.right_edge.i + 1 != first and not all(t.is_punct for t in token.doc[child.right_edge.i + 1:first]):
            break
        words = list(child.subtree)
        # "the Arab foreign ministers' meeting": the determiner of the whole phrase hangs on the possessor.
        while words and words[0].tag_ == "DT" and words[0].i == child.left_edge.i and len(words) > 1:
            words = words[1:]
        if child.dep_ not in _QUALIFIERS or _timely(words) or child.tag_ in {"PRP$", "WP$"} or any(
                t.tag_ in {"PRP$", "WP$", "DT", "CD"} or t.like_num for t in words):
            break
        if any(t.is_punct and t.text not in {"-", "’", "'"} for t in words):
            break
        # "Putin's meeting with Sisi": whose meeting it is names a party to it, not the meeting.
        if child.dep_ == "poss" and any(t.lower_ in {"'s", "’s"} for t in words):
            break
        first = words[0].i
    words = [t for t in token.doc[first:token.i + 1]]
    # "The launching ceremony" opening a sentence: its first word is capitalised only there.
    text = "".join(t.text_with_ws for t in words).strip()
    if words[0].is_sent_start and words[0].pos_ != "PROPN" and len(words) > 1:
        text = text[:1].lower() + text[1:]
    return text if len(words) > 1 else token.lower_


def _timely(words: list[Token]) -> bool:
    return any(t.lower_ in _TIME or t.ent_type_ in {"DATE", "TIME", "ORDINAL", "CARDINAL"} for t in words)


# Determiners that point back to a gathering the story has named: "the conference", "this summit".
_POINTING = {"the", "this", "that"}


def named_gathering(table, token: Token):
    """The one named gathering of the story that "the conference" or "this summit" points back to: an event named
    before the noun whose name has the noun for its head word ("the 3rd Regional Conference on the Protection of River
    Deltas ... the conference"), where the story names no other gathering with that word; a noun with words of its
    own ("the press conference", "the summit of X") names its own gathering. None else."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN" or lemma not in GATHERING_NOUNS:
        return None
    lefts = list(token.lefts)
    if len(lefts) != 1 or lefts[0].lower_ not in _POINTING or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None
    named = {}
    for ent in table.ents:
        if ent.label_ == "EVENT" and ent.end <= token.i and any(t.lemma_.lower() == lemma for t in ent):
            named[" ".join(ent.text.split())] = ent
    return next(iter(named.values())) if len(named) == 1 else None
