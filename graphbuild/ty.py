"""The contracts between stages, as Protocols: what a resolver, a query engine and a store must offer."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

import rdflib

from .query.answer import Answer
from .records import DocExtraction, ResolvedCorpus


class Resolver(Protocol):
    """Registered by name in ``graphbuild.resolve.RESOLVERS``."""

    def __call__(self, extractions: Sequence[DocExtraction], *, known_people: Sequence[str] = (),
                 known_types: Mapping[str, str] | None = None) -> ResolvedCorpus: ...


class Engine(Protocol):
    """Anything a SPARQL query runs against: a graph file, a store, an endpoint."""

    def run(self, text: str, *, bindings: dict | None = None, limit: int | None = None,
            origin: str = "query", allow_update: bool = False) -> Answer: ...

    def close(self) -> None: ...


class Store(Engine, Protocol):
    """A place that keeps one named graph per article and replaces them whole."""

    def put_dataset(self, dataset: rdflib.Dataset, on_graph: Callable[[str], None] | None = None) -> int: ...

    def remove_article(self, article: str) -> str: ...

    def articles(self) -> list[tuple[str, str]]: ...

    def dataset(self) -> rdflib.Dataset: ...
