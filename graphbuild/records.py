"""The boundary records: what the extraction stage hands on once spaCy objects are gone.

Every record is a frozen dataclass of str, int, float and tuples, so it pickles (process pools, Dask),
compares by value and can be written by hand in a test without loading a model. Offsets are character
offsets into ``Article.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Modalities an evidence can carry; only the asserting ones make direct edges and event nodes.
MODALITIES = ("asserted", "hedged", "future", "negated", "conditional", "question")
ASSERTING = frozenset({"asserted", "hedged"})


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    origin: str = ""  # the path or "<stdin>" it was read from
    dateline: str | None = None  # as written ("NAIROBI, July 3 (Xinhua)"); not part of ``text``
    dateline_place: str | None = None  # the place it names ("Nairobi")


@dataclass(frozen=True)
class Mention:
    """One mention of a thing in one article: a named entity or a concept ("talks")."""

    id: int
    start: int
    end: int
    text: str
    name: str  # the surface form with titles and determiners removed
    type: str  # an ontology class local name: Person, Organization, Country, City, Place, Event, Concept
    link: str | None = None  # a gazetteer key such as "country:RU"
    role: str | None = None  # a title seen with the name ("President")


@dataclass(frozen=True)
class Evidence:
    article_id: str
    sentence: str
    sent_start: int
    sent_end: int
    subject_span: tuple[int, int]
    object_span: tuple[int, int]
    extractor: str
    confidence: float
    modality: str = "asserted"
    asserted_by: int | None = None  # a mention id (the source that reported it)
    date: str | None = None  # ISO date the stated fact happened, when the text says
    place: int | None = None  # a mention id: where it happened ("met ... in Moscow")
    period: tuple[str, str] | None = None  # first and last ISO day when the text gives a span, not a day


@dataclass(frozen=True)
class Relation:
    subject: int  # mention id
    predicate: str  # an ontology property local name, or "open:<lemma>[_<prep>]"
    object: int  # mention id
    evidence: Evidence


@dataclass(frozen=True)
class DocExtraction:
    article: Article
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    datelines: tuple[int, ...] = ()  # mentions of the dateline's places: empty spans at 0, cut from ``text``


@dataclass(frozen=True)
class Entity:
    """One real thing across the corpus, after resolution."""

    key: str  # deterministic: "<type>/<slug>" or "country/<iso>"
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    merge_rules: tuple[str, ...] = ()  # how mentions were merged into it
    type_note: str | None = None  # why this type won when mentions disagreed


@dataclass(frozen=True)
class ResolvedCorpus:
    extractions: tuple[DocExtraction, ...]
    entities: tuple[Entity, ...]
    # (article id, mention id) -> entity key
    assignments: tuple[tuple[str, int, str], ...] = field(default=())

    def key_of(self, article_id: str, mention_id: int) -> str:
        return self._index()[(article_id, mention_id)]

    def _index(self) -> dict[tuple[str, int], str]:
        cache = self.__dict__.get("_cache")
        if cache is None:
            cache = {(a, m): k for a, m, k in self.assignments}
            object.__setattr__(self, "_cache", cache)
        return cache
