"""The main job: sources in, a KnowledgeGraph out. Plain keyword-only functions; nothing prints."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import NoArticlesError
from .graph import KnowledgeGraph
from .ingest import Skipped, iter_articles, make_article
from .nlp import DEFAULT_MODEL
from .rdf.terms import GB
from .records import Article


def _looks_like_text(item: str) -> bool:
    # A string is text, not a path, when it has a line break, is long, or has spaces and names no file.
    return "\n" in item or len(item) > 400 or (" " in item and not os.path.exists(item))


def collect_articles(sources: Iterable[str | Path | Article], *, skipped: list[Skipped] | None = None,
                     stdin_format: str = "text") -> list[Article]:
    articles: list[Article] = []
    paths: list[str | Path] = []
    for index, item in enumerate(sources):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, str) and _looks_like_text(item):
            articles.append(make_article(text=item, origin=f"<text {index}>"))
        else:
            paths.append(item)
    articles += iter_articles(paths, skipped=skipped, stdin_format=stdin_format)
    # The same article read twice (same id) is built once.
    unique = {a.id: a for a in articles}
    return [unique[k] for k in dict.fromkeys(a.id for a in articles)]


def build(sources: Iterable[str | Path | Article] | str | Path, *, model: str = DEFAULT_MODEL,
          fixes: bool = True, resolver: str = "graphbuild.rules.v1", stdin_format: str = "text",
          progress: Callable[[int, int], None] | None = None, store=None,
          on_stored: Callable[[str], None] | None = None, bulk: bool = False, jobs: int = 1) -> KnowledgeGraph:
    """Build a knowledge graph from paths, directories, globs, ``"-"`` (stdin), texts or Articles.

    With ``store`` (an open OxigraphStore), names already in it anchor this corpus's resolution and
    each article's named graph is written to it, one transaction an article."""
    from .extract import extract_articles
    from .nlp import build_pipeline
    from .rdf.writer import write_dataset
    from .resolve import RESOLVERS

    if isinstance(sources, (str, Path)):
        sources = [sources]
    skipped: list[Skipped] = []
    articles = collect_articles(sources, skipped=skipped, stdin_format=stdin_format)
    if not articles:
        raise NoArticlesError("no readable article in the input" + (
            f" ({len(skipped)} file(s) skipped: " + "; ".join(f"{s.origin}: {s.reason}" for s in skipped) + ")"
            if skipped else ""))
    nlp = build_pipeline(model, fixes)
    extractions = []
    for done, extraction in enumerate(extract_articles(articles, nlp, n_process=jobs), start=1):
        extractions.append(extraction)
        if progress:
            progress(done, len(articles))
    known = store.labels_of_type(str(GB.Person)) if store is not None else ()
    # Every name the store holds keeps its class; the first class listed wins a label held by two.
    known_types: dict[str, str] = {}
    for type_ in ("Person", "Organization", "Group", "City", "Place", "Event") if store is not None else ():
        for label in store.labels_of_type(str(GB[type_])):
            known_types.setdefault(label, type_)
    corpus = RESOLVERS[resolver](extractions, known_people=known, known_types=known_types)
    dataset = write_dataset(corpus)
    if store is not None:
        (store.bulk_load if bulk else store.put_dataset)(dataset, on_graph=on_stored)
    return KnowledgeGraph(dataset, articles=tuple(articles), skipped=tuple(skipped))
