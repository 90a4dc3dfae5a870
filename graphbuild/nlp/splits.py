"""One tagged span that holds several names, or a name's parts: split at paragraph breaks, possessives and
"and", an office and its country, and the family names a person's full name gives."""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve import gazetteer, kinds
from ..resolve.names import HONORIFICS, NEVER_FIRST, PARTICLES, family_word, given_title
from . import spans as repairs


def particles_lower(text: str) -> str:
    # "De Vries" at a sentence's start is the "de Vries" of "Jan de Vries".
    return " ".join(w.lower() if w.lower() in PARTICLES else w for w in text.split())


def family_names(ent: Span) -> set[str]:
    """The last word of a person's full name, the family name from its first particle ("de Vries"), and the
    middle word of a Hong Kong name ("Chong" of "Sophia Chong Suk-fan")."""
    words = ent.text.split()
    out = {words[-1]}
    if family_word(ent.text):
        out.add(words[-2])
    first = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() in PARTICLES), None)
    if first is not None:
        out.add(particles_lower(" ".join(words[first:])))
    return out


def split_and(ent: Span, people: set[str]) -> list[Span]:
    """Names joined by "and" in one tagged span ("Juncá and Araúz"): a person's name never holds "and", so
    a span tagged a person is split, and any other span where a part is a surname of a person named here."""
    if not any(t.lower_ in {"and", "&"} for t in ent[1:-1]):
        return [ent]
    parts, start = [], ent.start
    for t in ent:
        if t.lower_ in {"and", "&", ","}:
            parts.append((start, t.i))
            start = t.i + 1
    parts.append((start, ent.end))
    if any(a >= b or not ent.doc[a].text[:1].isupper() for a, b in parts):
        return [ent]
    texts = [ent.doc[a:b].text for a, b in parts]
    if ent.label_ != "PERSON" and not any(text in people for text in texts):
        return [ent]
    return [Span(ent.doc, a, b, label="PERSON" if ent.label_ == "PERSON" or text in people else ent.label_)
            for (a, b), text in zip(parts, texts)]


def split_breaks(ent: Span) -> list[Span]:
    """A name never runs across a paragraph break ("on X.\n\nThe United States"): one span each side."""
    cuts = [t.i for t in ent if t.is_space and "\n" in t.text]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    return [Span(ent.doc, a + (a in cuts), b, label=ent.label_) for a, b in zip(bounds, bounds[1:])
            if b > a + (a in cuts)]


# Words of an office written before its country; "State of Israel" is a name, not an office.
OFFICE_WORDS = HONORIFICS - {"state"}


def split_office(ent: Span) -> list[Span]:
    """ "the Emir of Qatar", "King of Jordan" tagged one name: an office no name is written with, whose holder
    is no node; its country is. "State of Israel" is the country's formal name, no office."""
    words = [t for t in ent if t.lower_ != "the"]
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    if (of is None or of == 0 or of == len(words) - 1 or ent.label_ not in {"GPE", "LOC", "ORG", "PERSON"}
            or not all(gazetteer.fold(t.text) in OFFICE_WORDS for t in words[:of])):
        return [ent]
    country = ent.doc[words[of + 1].i: ent.end]
    if not gazetteer.country_of(country.text):
        return [ent]
    return [Span(ent.doc, country.start, country.end, label="GPE")]


# Things a body issues or keeps, named after it ("Interpol's Red Notice", "the WHO's Essential Medicines List").
BODY_THINGS = frozenset({"notice", "notices", "list", "report", "index", "ranking", "rankings", "database",
                         "charter", "statute", "guidelines", "standards"})


def split_possessive(ent: Span) -> list[Span]:
    """A possessive inside one tagged span joins two names ("Oxfam's Kenya"): give each its own span. The
    possessor of a place is a body unless it is a place itself; a country or capital is a place. A comma
    after a place before a nationality or a title ("In Kyiv, Ukrainian Foreign Minister ...") cuts too."""
    cut = next((t.i for t in ent[1:-1] if t.lower_ in {"'s", "’s"}), None)
    place = lambda text: gazetteer.country_of(text) or gazetteer.fold(text) in gazetteer.capitals()  # noqa: E731
    if cut is None:
        comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
        if comma is not None and place(ent.doc[ent.start:comma].text) and is_title(ent.doc[comma + 1]):
            return [Span(ent.doc, ent.start, comma, label="GPE"), Span(ent.doc, comma + 1, ent.end, label=ent.label_)]
        # "DAKAR, Senegal" of a dateline, "Nnewi, southeast Nigeria", "University of Kessel, Rwanda": a name and,
        # after the comma, the country or region it lies in.
        after = comma + 1 if comma is not None else None
        while (after is not None and after < ent.end - 1 and ent.doc[after].is_lower
               and ent.doc[after].lower_ in _COMPASS):
            after += 1
        if comma is not None and ent.label_ in {"GPE", "LOC", "ORG", "FAC"} and _larger_place(ent.doc[after:ent.end]):
            label = "GPE" if ent.label_ in {"GPE", "LOC"} else ent.label_
            return [Span(ent.doc, ent.start, comma, label=label), Span(ent.doc, after, ent.end, label="GPE")]
    # "Interpol's Red Notice": a known body's list or report is no body of its own; the body is.
    if (cut is not None and ent.label_ == "ORG" and ent[-1].lower_ in BODY_THINGS
            and gazetteer.fold(ent.doc[ent.start:cut].text) in gazetteer.organisation_names()):
        return [Span(ent.doc, ent.start, cut, label="ORG")]
    # Only where one side is a place: "People's Party" and "Women's Union" are names of their own; a place
    # tagged whole is two where a city owns the other ("Rajshahi's Mohonpur"), not "Martha's Vineyard".
    city = (cut is not None and ent.label_ in {"GPE", "LOC"} and not place(ent.text)
            and kinds.city_of(ent.doc[ent.start:cut].text) is not None)
    if cut is None or not (city or place(ent.doc[ent.start:cut].text) or place(ent.doc[cut + 1:ent.end].text)):
        return [ent]
    parts = []
    for start, end, first in ((ent.start, cut, True), (cut + 1, ent.end, False)):
        text = ent.doc[start:end].text
        if place(text) or city:
            label = "GPE"
        elif first and ent.label_ in {"GPE", "LOC"}:
            label = "ORG"
        else:
            label = ent.label_
        parts.append(Span(ent.doc, start, end, label=label))
    return parts


# Lower-case directions before the larger place after a comma ("Nnewi, southeast Nigeria").
_COMPASS = repairs.COMPASS | repairs.COMPASS_ADJECTIVES | {"northeast", "northwest", "southeast", "southwest"}
# A rank after a region's name ("Okinawa Prefecture").
_RANKS = {"prefecture", "province", "state", "region", "county", "district", "governorate"}


def _larger_place(span: Span) -> bool:
    words = gazetteer.fold(span.text).split()
    if words and words[-1] in _RANKS and len(words) > 1:
        words = words[:-1]
    name = " ".join(words)
    return bool(name) and span[0].text[:1].isupper() and (gazetteer.country_of(name) is not None
                                                         or name in kinds.regions())


# What stands before a ruler's title, never before a given name: "the Amir", "Kuwait's Amir", "His Highness Amir".
_BEFORE_TITLE = {"the", "'s", "’s", "highness", "majesty", "hh", "h.h.", "excellency", "deputy", "late", "former"}


def given_name(token) -> bool:
    """A title word that starts the name after it: "Sultan bin Saad" (a name starts with no "son of"), "Foreign
    Minister Amir Khan Muttaqi" (no "the" or "His Highness" before, no "Sheikh" after)."""
    doc, i = token.doc, token.i
    if i + 1 < len(doc) and doc[i + 1].lower_ in NEVER_FIRST:
        return True
    after = [t.lower_ for t in doc[i:i + 3]]
    return (len(after) == 3 and given_title(after, 0) and all(t.text[:1].isupper() for t in doc[i + 1:i + 3])
            and (i == 0 or doc[i - 1].lower_ not in _BEFORE_TITLE and not gazetteer.country_of(doc[i - 1].text)
                 and gazetteer.fold(doc[i - 1].text) not in gazetteer.demonyms()))


def is_title(token) -> bool:
    """A title or a nationality word before a name ("Crown Prince", "H.E.", "Egyptian")."""
    words = gazetteer.fold(token.text).split()
    if repairs.leads_initials(token):  # "H" of "H D Kumaraswamy" is an initial, not the "H." of a title
        return False
    if given_name(token):
        return False
    return bool(words) and all(w in HONORIFICS or w in gazetteer.demonyms() for w in words)
