"""A country's institutions named by a common noun ("the Senate", "Parliament", "the Supreme Court"): each is one
node for its country, never one node for every Senate the graph reads. Two countries' Senates, or "Parliament"
in two stories about unrelated places, must not join two stories.

The body's country is the one written with it ("Kenya's Parliament", "the Chilean Senate", "the Supreme Court of
Kenya"), else the country written with the same body elsewhere in the article, else the story's country
(story.story_country); with none, the body belongs to its article. The resolver keys it so (resolve/keys.py).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..resolve import gazetteer
from . import lexicon
from .story import named_countries

# The bodies as written without their country, folded. A name holding more ("Senate Foreign Relations
# Committee", "European Parliament", "Pan-African Parliament") is its own organisation.
STATE_BODIES = frozenset({
    "senate", "parliament", "national assembly", "house", "house of representatives", "house of commons",
    "house of lords", "congress", "cabinet", "supreme court", "constitutional court", "high court",
    "police", "national police", "public protector",
})
POSSESSIVE = {"'s", "’s"}
# Bodies a country may hold several of, or whose bare word is also another body's name: keyed by a country only
# where one is written with them.
LOCAL = frozenset({"congress", "house", "police", "high court"})


def _country(words: list[str]) -> str | None:
    text = " ".join(words)
    return gazetteer.country_of(text) or lexicon.demonym(text)


def _strip_country(tokens: list) -> tuple[list, str | None]:
    """The tokens of a name without the country written at its start or after its "of", and that country."""
    for n in (3, 2, 1):  # "Chilean Senate", "South African Parliament", "Kenya's High Court"
        if len(tokens) > n:
            iso = _country([t.text for t in tokens[:n]])
            if iso:
                rest = tokens[n:]
                return (rest[1:] if rest and rest[0].lower_ in POSSESSIVE else rest), iso
    for i, t in enumerate(tokens):  # "the Supreme Court of Kenya"
        if t.lower_ == "of" and 0 < i < len(tokens) - 1:
            iso = _country([w.text for w in tokens[i + 1:]])
            if iso:
                return tokens[:i], iso
    return tokens, None


def _written_before(doc: Doc, start: int) -> str | None:
    """The country written right before a name and outside it: "Kenya's" Parliament, the "Kenyan" Senate."""
    end = start - 1 if start > 0 and doc[start - 1].lower_ in POSSESSIVE else start
    for first, last, isos, how in named_countries(doc):
        if last == end and how != "place" and len(isos) == 1:
            return next(iter(isos))
    return None


def state_bodies(doc: Doc, ents, home: str | None) -> tuple[dict[tuple[int, int], tuple[str, str]], dict]:
    """(entity start, end) -> (the body's name as written without its country, the ISO code of its country or
    "" where none is known) for each entity that names a country's institution by a common noun; and each body's
    folded name -> the countries the article writes with it."""
    found: dict[tuple[int, int], tuple[str, str | None]] = {}
    for ent in ents:
        if ent.label_ not in {"ORG", "Org"}:
            continue
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        words, iso = _strip_country(tokens)
        if not words or " ".join(t.lower_ for t in words) not in STATE_BODIES:
            continue
        name = ent.doc[words[0].i: words[-1].i + 1].text
        # Written lower-case, "police" or "parliament" is as often a word of a sentence as a name: its article's,
        # unless a country is written right before it ("Iran's parliament", "the Kenyan police").
        if not words[0].text[:1].isupper():
            found[(ent.start, ent.end)] = (name, _written_before(doc, ent.start) or "")
            continue
        found[(ent.start, ent.end)] = (name, iso or _written_before(doc, ent.start))
    # "the Senate" after "the Chilean Senate": the country the article writes with that body, where it writes one.
    written: dict[str, set[str]] = {}
    for name, iso in found.values():
        if iso:
            written.setdefault(name.lower(), set()).add(iso)
    out = {}
    for (start, end), (name, iso) in found.items():
        if iso is None:
            iso = bare_country(doc[start:end].sent, name, written.get(name.lower(), set()), home)
        out[(start, end)] = (name, iso or "")
    return out, written


def bare_country(sent: Span, name: str, written: set[str], home: str | None) -> str | None:
    """The country of a body written without one: the one the article writes with the same body, else the story's
    where the sentence names no other country."""
    if written:
        return next(iter(written)) if len(written) == 1 else None
    # "a bill before Congress": the bare word is as often the US Congress or India's party; "the
    # House", "the Police" and "the High Court" are as often a state's or a province's: each is its article's.
    if name.lower() in LOCAL or home is None:
        return None
    # "He met the Congolese prime minister and officials of the Senate" in a story about China: another
    # country's chamber; "the Senate approved the deal with Chile" may be either's.
    return home if all(home in isos for _, _, isos, _ in named_countries(sent)) else None
