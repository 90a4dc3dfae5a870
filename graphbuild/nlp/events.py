"""Named gatherings: "the 3rd Regional Conference on the Protection of River Deltas", "the VII Summit of the Americas",
"the Jeddah Security and Development Summit", whether the model tagged them as a body, a place, cut them at "on" or
"of", or left them untagged.

A name is a gathering where its last word before an "of", "on" or "for" tail is a word for one (Summit, Conference,
Games, Festival ...). The edition before it ("5th", "IX", "2022", "First") is no part of the name: "the Summit of the
Americas" is one series across years and stories, as the model writes "the 2022 FIFA World Cup" as "FIFA World Cup".

Bodies keep their class. A word that names standing bodies as often as their sittings (Forum, Congress, Assembly)
makes a gathering only with an edition before it ("the 16th National Congress of the Communist Party") or a topic
after it ("Forum on China-Africa Cooperation"; not "for": the "Forum for Democratic Change" is a party): "the National Assembly", "the Congress party" and "the World
Economic Forum" stay bodies, and attending one is attending the body (the gold writes "Wang Yi attends G20" for "a
G20 foreign ministers' meeting": the body stands for its meeting). A tail of people after "of" ("Conference of
Catholic Bishops", "Assembly of Manitoba Chiefs") and a bishops' or an episcopal conference are bodies too."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..resolve.gazetteer import fold, organisation_names

# Last words of a name that make it a gathering, whatever else it holds.
STRONG_HEADS = {"summit", "conference", "games", "olympics", "paralympics", "expo", "exposition", "exhibition",
                "festival", "symposium", "seminar", "ceremony", "meeting", "talks", "dialogue", "retreat", "jamboree",
                "gala", "carnival", "colloquium", "conclave", "roundtable", "convocation", "fair", "biennale",
                "biennial", "championship", "championships", "cup", "olympiad", "marathon", "workshop", "consultations"}
# Last words of bodies as often as of their sittings: a gathering only with an edition or a topic.
WEAK_HEADS = {"forum", "congress", "assembly", "session", "convention", "council"}
HEADS = STRONG_HEADS | WEAK_HEADS
# A topic tail of a weak head makes it a gathering ("Forum on China-Africa Cooperation"; not "for": the "Forum for Democratic Change" is a party), except for a convention,
# which is as often a treaty ("Convention on the Rights of the Child").
TOPIC_WEAK = {"forum", "congress", "session"}
TAIL_PREPS = {"of", "on", "for"}
# Words inside a name between its capitalised words ("Jeddah Security and Development Summit", "Women in Tech").
INNER = {"and", "&", "of", "for", "on", "in", "the", "de", "-", "’", "'"}
# Words inside a tail between its capitalised words ("on the Elimination of Child Labour"): not "in", which goes on
# to the place ("... Child Labour in Durban").
TAIL_INNER = {"and", "&", "of", "for", "on", "the", "de", "-"}
# Words that describe a gathering without naming it: a name of only these and its head is no name ("International
# Conference", "Annual Meeting", "Emergency Summit").
GENERIC = {"annual", "national", "international", "global", "regional", "general", "special", "extraordinary",
           "emergency", "ordinary", "plenary", "high-level", "ministerial", "joint", "world", "summer", "winter",
           "extraordinary", "inaugural", "opening", "closing", "final", "consultative", "preparatory", "virtual",
           "official", "public", "press", "news", "grand", "great", "big", "major", "main", "full", "next", "last",
           "recent", "first", "second", "third", "high", "level", "senior", "officials", "leaders", "ministers",
           "heads", "state", "government", "mini", "pre", "the", "and", "of", "-", "’", "'", "’s", "'s"}
ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "inaugural"}
ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|[IVXLC]+|(?:19|20)\d\d)$")
# A tail or a name of people after "of" makes a body: "Conference of Catholic Bishops", "Assembly of First Nations".
PEOPLE_TAIL = {"bishops", "chiefs", "nations", "unions", "youth", "churches", "workers", "employers", "traders",
               "farmers", "students", "teachers", "journalists", "lawyers", "women", "elders", "mayors",
               "governors", "parties", "states", "municipalities", "trade"}
BODY_WORDS = {"bishops", "bishops’", "bishops'", "episcopal", "labour", "labor", "party", "trade", "union"}
# Words after a head that carry the name on: "Conference Centre", "Expo City", "Festival Committee".
NAME_GOES_ON = {"centre", "center", "hall", "city", "village", "grounds", "ground", "site", "committee",
                "association", "board", "secretariat", "organisers", "organizers", "authority", "park", "complex",
                "venue", "stadium", "arena", "house", "building", "series", "organising", "organizing",
                "federation", "council", "trust", "foundation", "company", "limited", "ltd", "award", "awards",
                "prize", "medal", "qualifier", "qualifiers", "qualifying", "trophy", "team", "squad", "final",
                "finals", "bid", "record", "records", "village", "torch", "mascot", "champion", "champions"}
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
LABELS_TAKEN = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "LAW"}
# The UN climate conferences, named by number ("COP27", "COP 28"), which the tagger leaves untagged or calls a law;
# not a sum in pesos ("COP 25,000", "COP 40 million"): two digits at most, and no more figures or amount after.
NUMBERED = re.compile(r"\b(?:COP|Cop)[- ]?[1-9]\d?\b(?![,.]?\d| ?(?:million|billion|thousand|mn|bn|m\b|k\b))")


def _capital(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit() and any(c.isalpha() for c in text)) \
        and not ORDINAL.match(text) and token.lower_ not in ORDINAL_WORDS


def _headline(sent: Span) -> bool:
    """A title in title case ("Leaders Attend Summit In Doha"): its capitals say nothing of names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and not any(t.is_lower for t in words)


def _tail_end(doc: Doc, head: Token, limit: int) -> int:
    """The end of an "of/on/for (the) Capitalised ..." tail after the head, or the head's own end."""
    i = head.i + 1
    if i >= limit or doc[i].lower_ not in TAIL_PREPS:
        return head.i + 1
    j = i + 1
    if j < limit and doc[j].lower_ == "the":
        j += 1
    end = head.i + 1
    while j < limit:
        token = doc[j]
        # "Summit on December 13", "Championship on Tuesday": a date is no topic.
        if token.ent_type_ in {"DATE", "TIME"} or token.lower_ in CALENDAR:
            break
        if _capital(token) and not token.is_sent_start:
            j += 1
            end = j
        elif token.lower_ in TAIL_INNER and j + 1 < limit and _capital(doc[j + 1]):
            j += 1
        else:
            break
    return end


def _joins(doc: Doc, i: int, head: Token, taken: dict) -> bool:
    """Whether the "and" at ``i`` is inside one name ("Jeddah Security and Development Summit", "Political Dialogue
    and Cooperation Meeting"), not between two ("the Olympic Games and Asian Games", "the Oregon and Commonwealth
    Games")."""
    left, right = doc[i - 1], doc[i + 1]
    if left.lower_.removesuffix("s") == head.lower_.removesuffix("s"):
        return False
    # "the Beijing Winter Olympics and Paralympics": two gatherings, the second named by its head alone.
    if left.lower_ in HEADS and right.i == head.i:
        return False
    holder = taken.get(left.i)
    return holder is None and not left.ent_type_ or holder is not None and holder is taken.get(right.i)


def _start(doc: Doc, head: Token, floor: int, taken: dict) -> tuple[int, bool]:
    """Where the name begins before its head, and whether an edition ("5th", "IX", "2022") stands before it."""
    i = head.i
    while i - 1 >= floor:
        token = doc[i - 1]
        if _capital(token) and not token.like_num:
            i -= 1
        elif token.lower_ in {"and", "&"} and i - 2 >= floor and _capital(doc[i - 2]) and _joins(doc, i - 1, head, taken):
            i -= 1
        elif token.lower_ in INNER - {"the", "of", "for", "on", "and", "&"} and i - 2 >= floor \
                and _capital(doc[i - 2]) and not doc[i - 2].like_num:
            i -= 1
        # "Women in Tech Conference": a lower-case word between capitalised ones.
        elif token.lower_ in {"in", "of", "for", "on"} and i - 2 >= floor and _capital(doc[i - 2]) \
                and doc[i].text[:1].isupper() and i < head.i:
            i -= 1
        else:
            break
    # A connector is never a name's first word.
    while i < head.i and doc[i].lower_ in INNER:
        i += 1
    edition = i - 1 >= floor and (ORDINAL.match(doc[i - 1].text) is not None or doc[i - 1].lower_ in ORDINAL_WORDS)
    return i, edition


def event_span(doc: Doc, head: Token, taken: dict | None = None) -> Span | None:
    """The named gathering whose head word is ``head``, or None."""
    lower = head.lower_
    if lower not in HEADS or not head.text[:1].isupper():
        return None
    sent = head.sent
    if _headline(sent):
        return None
    after = doc[head.i + 1] if head.i + 1 < sent.end else None
    if after is not None and (after.lower_ in NAME_GOES_ON or after.pos_ == "PROPN" and after.text[:1].isupper()):
        return None
    start, edition = _start(doc, head, sent.start, taken or {})
    end = _tail_end(doc, head, sent.end)
    words = [t.lower_ for t in doc[start:end]]
    before = [w for w in words[: head.i - start]]
    tail = [w for w in words[head.i - start + 1:]]
    # "the Summit" alone, "Meeting" at a sentence's start: a reference, not a name.
    if not before and not tail:
        return None
    # A sentence's first word is capitalised whatever it is: only a proper noun starts a name there.
    if start == sent.start and doc[start].pos_ != "PROPN":
        start += 1
        while start < head.i and doc[start].lower_ in INNER:
            start += 1
        before = [t.lower_ for t in doc[start:head.i]]
    if not tail and all(w in GENERIC for w in before):
        return None
    tail_words = [w for w in tail if w not in INNER and w not in TAIL_PREPS]
    if tail and tail_words and tail[0] == "of" and tail_words[-1] in PEOPLE_TAIL:
        return None
    if any(w in BODY_WORDS for w in before) or fold(doc[start:end].text) in organisation_names():
        return None
    if lower in WEAK_HEADS:
        topic = bool(tail) and tail[0] == "on" and lower in TOPIC_WEAK
        if not (edition or topic):
            return None
        if lower in {"assembly", "council", "convention"} and not edition:
            return None
    return Span(doc, start, end, label="EVENT")


def named_events(doc: Doc, ents: list[Span]) -> list[Span]:
    """Every named gathering of ``doc`` beside the entities ``ents``: each where no longer entity that is not one
    holds it ("the Doha Conference Centre" is a place)."""
    out = []
    taken = {}
    for ent in ents:
        for i in range(ent.start, ent.end):
            taken[i] = ent
    for token in doc:
        if token.lower_ not in HEADS or not token.text[:1].isupper():
            continue
        span = event_span(doc, token, taken)
        if span is None:
            continue
        holder = taken.get(token.i)
        # A person's name ending in a head word the model already read ("Garma Festival") is spans.relabel's; a
        # longer entity that goes on past the name is something else that holds it.
        if holder is not None and (holder.label_ not in LABELS_TAKEN or holder.end > span.end
                                   or holder.start < span.start and not _edition_only(doc, holder, span)):
            continue
        out.append(span)
    return out + _numbered(doc, taken)


def short_names(ents: list[Span]) -> list[Span]:
    """ "Ondara" tagged a person beside "the Ondara Festival": the gathering named without its head word, which
    no person of the text is called."""
    shorts = {e[:-1].text for e in ents if e.label_ == "EVENT" and len(e) > 1 and e[-1].lower_ in STRONG_HEADS}
    if not shorts:
        return ents
    # A word of a longer person's name, or one with a title before it, is a person ("Kofi Adenle ... the Kofi
    # Adenle Cup", "President Ondara opened the Ondara Festival").
    named = {w for p in ents if p.label_ == "PERSON" and len(p) > 1 for w in p.text.split()}
    return [Span(e.doc, e.start, e.end, label="EVENT")
            if e.label_ == "PERSON" and len(e) == 1 and e.text in shorts and e.text not in named
            and not (e.start > 0 and e.doc[e.start - 1].is_title and e.doc[e.start - 1].pos_ == "PROPN") else e
            for e in ents]


def _numbered(doc: Doc, taken: dict) -> list[Span]:
    out = []
    for match in NUMBERED.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), label="EVENT")
        # Part of a longer name the tagger read ("COP27 Presidency Office") is that name's.
        holders = {id(taken[i]): taken[i] for i in range(span.start, span.end) if i in taken} if span else {}
        if span is None or any(h.start < span.start or h.end > span.end for h in holders.values()):
            continue
        out.append(span)
    return out


def _edition_only(doc: Doc, holder: Span, span: Span) -> bool:
    """Whether what ``holder`` has before ``span`` is an edition or "the" alone ("IX Summit", "The 5th ...")."""
    return all(ORDINAL.match(t.text) or t.lower_ in ORDINAL_WORDS | {"the"} for t in doc[holder.start:span.start])
