"""The country a story is about, as a reader takes it: the dateline's country, unless the text names another
country more often, or else the country the text names far more than any other (names, demonyms and cities all
count). See home.py for the titles that take it."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..resolve import gazetteer
from . import lexicon
from .national import city_countries

DOMINANT_MIN = 3  # a country named this often, and twice as often as any other, is what the story is about


def place_countries(text: str) -> set[str]:
    """ISO codes of the countries a place name may lie in: a country's own name, a capital, a known city."""
    iso = gazetteer.country_of(text) or lexicon.demonym(text)
    if iso:
        return {iso}
    folded = gazetteer.fold(text.removeprefix("the "))
    capital = gazetteer.capitals().get(folded)
    return {capital} if capital else set(city_countries().get(folded, set()))


def named_countries(doc: Doc | Span) -> list[tuple[int, int, set[str], str]]:
    """(start, end, countries, how) for each country name, demonym or known city written in ``doc``; ``how`` is
    "name", "demonym" or "place".

    The longest name wins ("South African" once); a city found in several countries names each of them; a place
    whose name holds a country's ("New Jersey") is the place."""
    out = []
    end = doc.end if isinstance(doc, Span) else len(doc)
    places = [e for e in doc.ents if e.label_ in {"GPE", "LOC"}]
    covered = {i for e in places if not gazetteer.country_of(e.text.removeprefix("the ")) and len(e) > 1
               for i in range(e.start, e.end)}
    for token in doc:
        i = token.i
        if i in covered or not token.text[:1].isupper() or "://" in token.text:
            continue
        for n in (3, 2, 1):
            text = token.doc[i: i + n].text if i + n <= end else ""
            iso = gazetteer.country_of(text) if text else None
            how = "name" if iso else "demonym"
            iso = iso or (lexicon.demonym(text) if text else None)
            if iso:
                out.append((i, i + n, {iso}, how))
                covered |= set(range(i, i + n))
                break
    for ent in places:
        if not any(ent.start <= o[0] < ent.end for o in out):
            isos = place_countries(ent.text)
            if isos:
                out.append((ent.start, ent.end, isos, "place"))
    return sorted(out, key=lambda x: x[0])


def dateline_country(place: str | None) -> str | None:
    """The country of a dateline's place ("CAIRO" -> EG), when the place names one country."""
    if not place or not place.strip():
        return None
    isos = place_countries(place.strip().title() if place.isupper() else place.strip())
    return next(iter(isos)) if len(isos) == 1 else None


def story_country(doc: Doc, dateline: str | None) -> str | None:
    """The ISO code of the country the story is about, or None when the text leaves it open."""
    counts: Counter = Counter()
    for _, _, isos, how in named_countries(doc):
        if len(isos) == 1:
            # "Cuban doctors", "North Korean defectors": a people may be written often in a story about another
            # country; a demonym counts half of a name.
            counts[next(iter(isos))] += 0.5 if how == "demonym" else 1
    ranked = counts.most_common(2)
    home = dateline_country(dateline)
    # A dateline's country, unless the story names another more often (a correspondent's story from abroad).
    if home is not None:
        return home if not ranked or counts[home] >= ranked[0][1] else None
    if ranked and ranked[0][1] >= DOMINANT_MIN and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None
