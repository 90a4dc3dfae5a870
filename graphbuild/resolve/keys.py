"""Entity keys: readable, deterministic, never empty, in any script.

A key becomes the entity's IRI (rdf/iri.py mint("entity", key)); IRIs allow letters of every script, so
"person/владимир-путин" and "person/محمد-بن-سلمان" stay readable. A name with no letter or digit at all gets
a digest of its text, so that two such names never share a node and no mention can stop a build.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from ..records import Article, Mention
from .gazetteer import country_of, demonyms, fold

# Words that may stand before a concept without naming it ("the Monday talks", "the US sanctions").
_NOT_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                       "june july august september october november december new recent latest first second last "
                       "next previous current proposed planned".split())
_NAMED = re.compile(r"\b[Tt]he ((?:[A-Z][\w'\u2019.-]*\s+){1,4})$")


def digest(text: str, length: int = 12) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def slug(text: str) -> str:
    """Folded words joined by hyphens; a name without letters gets "x-" and a digest of its text."""
    return fold(text).replace(" ", "-") or "x-" + digest(unicodedata.normalize("NFC", text))


def concept_name(mention: Mention, article: Article | None) -> str | None:
    """The name of a concept that has one: "Minsk agreement" for the "agreement" of "the Minsk agreement"."""
    if article is None:
        return None
    match = _NAMED.search(article.text[max(0, mention.start - 80):mention.start])
    if not match:
        return None
    words = match.group(1).split()
    # A country, a nationality or a date before a concept qualifies it; it does not name it.
    if any(fold(w) in _NOT_NAMES or fold(w) in demonyms() or country_of(w) for w in words):
        return None
    return " ".join(words + [mention.text])


def concept_key(mention: Mention, lemma: str, article: Article | None) -> tuple[str, str]:
    """(key, label). A named concept is one node across articles; "talks" or "sanctions" belong to their
    article, so that two stories are not joined through a shared common noun."""
    from ..extract.gatheringwords import GATHERING_NOUNS

    # "the Doha meeting", "the G20 summit": a gathering named by a common noun is its article's, whatever words
    # come before it (its label holds them: extract/gatherings.py); meetings recur, in a place or of a body.
    named = concept_name(mention, article) if lemma not in GATHERING_NOUNS else None
    if named:
        return f"concept/{slug(named)}", named
    where = digest(article.id if article else "")
    return f"concept/{where}/{slug(lemma)}", mention.name


def body_key(mention: Mention, iso: str, article: Article | None) -> str:
    """A country's institution named by a common noun ("Senate", "Supreme Court"; extract/institutions.py) is
    one node for its country, or for its article where no country is known: two countries' Senates, or one word
    in two unrelated stories, never join."""
    where = iso.lower() or digest(article.id if article else "")
    return f"organization/{where}/{slug(mention.name)}"


def named_concept_key(name: str) -> str | None:
    """concept/paris-agreement for an event the tagger found whose head is a concept ("the Paris Agreement"),
    so that it and "the Paris agreement" found through its head noun are one node; not for a gathering ("the Doha
    Summit"), which stays an event."""
    from ..extract.gatheringwords import GATHERING_NOUNS
    from ..extract.lexicon import CONCEPTS

    words = fold(name).split()
    if len(words) < 2 or not ({words[-1], words[-1].removesuffix("s")} & CONCEPTS):
        return None
    # "the Jeddah Security and Development Summit", "the Garma Festival": a named gathering is an event.
    if words[-1] in GATHERING_NOUNS:
        return None
    return f"concept/{slug(name)}"


def one_per_key(entities: list) -> list:
    """One entity per key. Two groups can mint one key (a name tagged a person that its own words make a body,
    beside the same name the tables know as that body): written apart, the node would carry both labels and
    a reader would see either. The first group's entity (groups come sorted, so any run picks the same) keeps
    its label; the other's label and names become its aliases, its merge rules are added."""
    from dataclasses import replace

    kept: dict[str, object] = {}
    for entity in entities:
        first = kept.get(entity.key)
        if first is None:
            kept[entity.key] = entity
            continue
        aliases = (set(first.aliases) | set(entity.aliases) | {entity.label}) - {first.label}
        kept[entity.key] = replace(first, aliases=tuple(sorted(aliases)),
                                   merge_rules=tuple(sorted(set(first.merge_rules) | set(entity.merge_rules))))
    return list(kept.values())
