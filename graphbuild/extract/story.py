"""The country a story is about, as a reader takes it: the dateline's country, unless the text names another
country more often, or else the country the text names far more than any other (names and cities count whole,
demonyms half); and the country of a ministry or of a meeting's side a sentence names. See home.py for the titles
that take them."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..resolve import gazetteer, leaders
from . import lexicon
from .inhand import remembered

DOMINANT_MIN = 3  # a country named this often, and twice as often as any other, is what the story is about


@lru_cache(maxsize=1)
def city_countries() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name, iso in gazetteer.city_geonameids():
        out.setdefault(name, set()).add(iso)
    return out


def place_countries(text: str) -> set[str]:
    """ISO codes of the countries a place name may lie in: a country's own name, a capital, a known city."""
    iso = gazetteer.country_of(text) or lexicon.demonym(text)
    if iso:
        return {iso}
    folded = gazetteer.fold(text.removeprefix("the "))
    capital = gazetteer.capitals().get(folded)
    return {capital} if capital else set(city_countries().get(folded, set()))


def named_countries(doc: Doc | Span) -> list[tuple[int, int, set[str], str]]:
    """(start, end, countries, how) for each country name, demonym or known city written in ``doc`` (or in the
    span); ``how`` is "name", "demonym" or "place".

    The longest name wins ("South African" once); a city found in several countries names each of them; a place
    whose name holds a country's ("New Jersey") is the place. Read once a document: several rules ask."""
    if isinstance(doc, Span):
        return [n for n in named_countries(doc.doc) if doc.start <= n[0] < doc.end]
    return remembered("country names", doc, None, lambda: _named_countries(doc))


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first folded word of every country name, alias and demonym."""
    names = [*gazetteer.country_names(), *gazetteer.demonyms(), *lexicon.EXTRA_DEMONYMS]
    return frozenset(name.split()[0] for name in names if name.split())


def _named_countries(doc: Doc) -> list[tuple[int, int, set[str], str]]:
    out = []
    end = len(doc)
    places = [e for e in doc.ents if e.label_ in {"GPE", "LOC"}]
    covered = {i for e in places if not gazetteer.country_of(e.text.removeprefix("the ")) and len(e) > 1
               for i in range(e.start, e.end)}
    # Words and offsets read once: a Span per candidate (three a capitalised word) cost a fifth of extraction.
    words = [(t.text, t.idx, t.whitespace_) for t in doc]
    full = doc.text
    starts = _first_words()
    for i, (word, _, space) in enumerate(words):
        if i in covered or not word[:1].isupper() or "://" in word:
            continue
        # Most capitalised words start no country's name: one look at the word's first folded word, where no
        # later word can run into it (a space inside or after it), spares the three lookups.
        first = gazetteer.fold(word).split()
        if first and first[0] not in starts and (len(first) > 1 or space):
            continue
        for n in (3, 2, 1):
            if i + n > end:
                continue
            last, at, _ = words[i + n - 1]
            text = full[words[i][1]: at + len(last)]
            iso = gazetteer.country_of(text)
            how = "name" if iso else "demonym"
            iso = iso or lexicon.demonym(text)
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


# Country-code domains that sites take for the letters, not the country ("news.tv", "bit.ly").
BORROWED_DOMAINS = {"co", "tv", "io", "me", "fm", "ai", "ly", "cc", "ws", "to", "am", "la", "gg", "su", "eu", "tk"}


def url_country(url: str | None) -> str | None:
    """The country a news site's address names: a section of the path ("/news/bangladesh/", "/india-news/"),
    else the country-code domain ("chiletoday.cl", "gob.pe"). The headline's slug, the last part, is not read."""
    match = re.match(r"^[a-z]+://([^/?#]+)([^?#]*)", (url or "").strip().lower())
    if not match:
        return None
    host, path = match.groups()
    for part in path.strip("/").split("/")[:-1]:
        iso = gazetteer.country_of(part.removesuffix("-news").replace("-", " "))
        if iso:
            return iso
    tld = host.rsplit(".", 1)[-1]
    if len(tld) != 2 or tld in BORROWED_DOMAINS:
        return None
    iso = "GB" if tld == "uk" else tld.upper()
    return iso if iso in gazetteer.countries() else None


def story_country(doc: Doc, dateline: str | None, url: str | None = None) -> str | None:
    """The ISO code of the country the story is about, or None when the text leaves it open."""
    counts: Counter = Counter()
    named = set()  # countries written by name or by a place, not only by a demonym
    for _, _, isos, how in named_countries(doc):
        if len(isos) == 1:
            named |= isos if how != "demonym" else set()
            # "Cuban doctors", "North Korean defectors": a people may be written often in a story about another
            # country; a demonym counts half of a name.
            counts[next(iter(isos))] += 0.5 if how == "demonym" else 1
    ranked = counts.most_common(2)
    home = dateline_country(dateline)
    # A dateline's country, unless the story names another more often (a correspondent's story from abroad).
    if home is not None:
        return home if not ranked or counts[home] >= ranked[0][1] else None
    if ranked and ranked[0][1] >= DOMINANT_MIN and ranked[0][0] in named and (len(ranked) == 1
                                                                               or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    # No dateline: a national site's country, on the same terms (its stories at home need none).
    site = url_country(url)
    if site is not None and (not ranked or counts[site] >= ranked[0][1]):
        return site
    return None


def kingdom(home: str | None, dateline: str | None, url: str | None) -> str | None:
    """The country "the Kingdom" stands for: the one kingdom among the story's, the dateline's and the site's
    countries. Jordanian and Saudi papers write their own country so, whatever country the story is about."""
    isos = {home, dateline_country(dateline), url_country(url)} & leaders.kingdoms()
    return isos.pop() if len(isos) == 1 else None


# Department words that name no portfolio of their own.
GENERIC = {"state", "national", "international", "regional", "local", "public", "affairs", "relations", "policy"}


def ministry_country(sent: Span, portfolio: set[str]) -> str | None:
    """The country of the one ministry of ``portfolio`` the sentence names with its country: "the Chinese
    Ministry of Foreign Affairs", "Egypt's foreign ministry" (for "foreign")."""
    portfolio = portfolio - GENERIC
    if not portfolio:
        return None
    found = set()
    for token in sent:
        if token.lemma_.lower() != "ministry":
            continue
        ent = next((e for e in sent.ents if e.start <= token.i < e.end and e.label_ == "ORG"), None)
        words = list(ent) if ent is not None else [t for t in token.subtree if t.i <= token.i or t.dep_ != "appos"]
        if not portfolio & {t.lower_ for t in words}:
            continue
        # The country written inside the name or as its possessor or demonym.
        owners = [c for c in token.children if c.dep_ in {"poss", "amod", "compound", "nmod"}]
        for start, end, isos, _ in named_countries(sent):
            if len(isos) == 1 and any(start <= t.i < end for t in words + owners):
                found |= isos
    return found.pop() if len(found) == 1 else None


# Nouns for one party to a meeting: "on the Jordanian side", "the Kenyan delegation".
SIDES = {"side", "delegation"}


def side_country(sent: Span) -> str | None:
    """The country of "on the Jordanian side" or "the Kenyan delegation", when the sentence names no other."""
    named = named_countries(sent)
    isos = {i for _, _, c, _ in named for i in c}
    if len(isos) != 1:
        return None
    for token in sent:
        if token.lemma_.lower() in SIDES and not any(c.dep_ == "prep" for c in token.children) and any(
                start <= c.i < end for c in token.children if c.dep_ in {"amod", "compound", "poss"}
                for start, end, _, _ in named):
            return next(iter(isos))
    return None
