"""A person's given names written in brackets before the surname ("President (Abdelmadjid) Tebboune"), as papers
write a name the reader knows by its surname: the tagger reads the brackets as a break and makes two names of one,
or glues the bracket into a body's name."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..resolve.chambers import QUALIFIERS
from ..resolve.gazetteer import country_of, fold
from ..resolve.kinds import ORG_HEADS, PERSON_TITLES, city_of, place_name, regions
from ..resolve.names import HONORIFICS

# Given names in brackets: at most this many words.
_LONGEST = 5
_TITLES = PERSON_TITLES | HONORIFICS


def bracketed_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with one PERSON span over "( Given ) Surname" where the tagger read a person there, or a name
    across the bracket; the brackets stay in the span and are left out of the name (extract/mentions.clean_name).
    A name before the brackets ("Jimmy Julius (Yosef) Karow") is part of it."""
    found = []
    for close in (t for t in doc if t.text == ")"):
        i = close.i
        start = next((j for j in range(i - 1, max(i - _LONGEST - 2, -1), -1) if doc[j].text == "("), None)
        if start is None or start == i - 1 or i + 1 >= len(doc):
            continue
        given = doc[start + 1:i]
        end = i + 1
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        after = doc[i + 1:end]
        # Capitalised given names, no abbreviation ("(BoG) Governor") and no title ("(Judge) X"); a surname after,
        # not a body's name ("(Maoist) Katekalyan Area Committee").
        # "(Jean-Pierre)": a hyphen joins given names.
        if (not after or not all(t.is_alpha and t.is_title and t.lower_ not in _TITLES or t.text == "-" for t in given)
                or any(t.lower_ in ORG_HEADS for t in after) or _place_or_qualifier(given, ents)):
            continue
        person = any(e.label_ == "PERSON" and (e.start <= i + 1 < e.end or start < e.start < i) for e in ents)
        across = any(e.start == start + 1 and e.end > i for e in ents)
        if not (person or across):
            continue
        before = next((e for e in ents if e.label_ == "PERSON" and e.end == start), None)
        # After a title or a word of the sentence: not after another name ("TODAY NICARAGUA (Confidencial) X"),
        # nor a speaker's name in a transcript ("... laugh. (Minoli) Why?"); the surname a name, not "Why".
        prev = doc[start - 1] if start > 0 else None
        if before is None and not (prev is not None and (prev.is_alpha and prev.is_lower
                                                         or prev.lower_.rstrip(".") in _TITLES)):
            continue
        if any(t.is_stop or t.pos_ != "PROPN" for t in after):
            continue
        found.append(Span(doc, before.start if before is not None else start, end, label="PERSON"))
    if not found:
        return ents
    taken = {k for span in found for k in range(span.start, span.end)}
    return found + [e for e in ents if not taken.intersection(range(e.start, e.end))]


def _place_or_qualifier(given: Span, ents: list[Span]) -> bool:
    """ "Chief Minister (Punjab) X", "Finance Minister (Federal) Y": a place or a qualifier in brackets, no name."""
    # Tagged a place or a body inside the brackets (a name the tagger ran across them is the name itself).
    if any(e.label_ != "PERSON" and given.start <= e.start and e.end <= given.end for e in ents):
        return True
    text = given.text
    return bool(country_of(text) or city_of(text, regions_first=True) or fold(text) in regions()
                or all(t.lower_ in QUALIFIERS for t in given))


# Ranks and honorifics right before a name: the word after one, untagged, is the name's first ("Brigadier Zipporah").
RANKS = frozenset({"brigadier", "general", "colonel", "major", "captain", "lieutenant", "admiral", "commodore",
                   "sergeant", "corporal", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.",
                   "professor", "president", "senator", "ambassador", "judge", "justice", "bishop"})


# Words after a rank that are no given name: "Senator Elect X", "Colonel Retired Y", "General Staff Z".
NOT_GIVEN = frozenset({"staff", "elect", "designate", "retired", "rtd", "emeritus", "emerita", "late", "nominee"})


def given_before(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a person's name run back over a given name the tagger left out between a rank and the rest
    ("Brigadier Zipporah" + "Kalondu Kioko"): a capitalised word no title (nor the plural of one), place or people."""
    out = []
    for ent in ents:
        start = ent.start
        if ent.label_ == "PERSON" and start > 1:
            word, rank = doc[start - 1], doc[start - 2]
            folded = fold(word.text)
            if (word.is_title and word.is_alpha and word.ent_iob_ == "O" and not word.is_sent_start
                    and fold(rank.text) in RANKS and folded not in _TITLES | ORG_HEADS | NOT_GIVEN
                    and folded.removesuffix("s") not in _TITLES and not place_name(word.text)):
                ent = Span(doc, start - 1, ent.end, label="PERSON")
        out.append(ent)
    return out
