"""The main job: sources in, a KnowledgeGraph out. Plain keyword-only functions; nothing prints."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .nlp import DEFAULT_MODEL
from .records import Article
from .stream import BATCH_SIZE, Summary, count_articles, stream_build

if TYPE_CHECKING:  # rdflib is imported where a graph is made: a parsing worker never needs it
    from .graph import KnowledgeGraph


def build(sources: Iterable[str | Path | Article] | str | Path, *, model: str = DEFAULT_MODEL,
          fixes: bool = True, resolver: str = "graphbuild.rules.v1", stdin_format: str = "text",
          progress: Callable[[int, int], None] | None = None, store=None,
          on_stored: Callable[[str], None] | None = None, bulk: bool = False, jobs: int = 1,
          batch_size: int = BATCH_SIZE, dask: str | None = None, force: bool = False) -> KnowledgeGraph:
    """Build a knowledge graph from paths, directories, globs, ``"-"`` (stdin), texts or Articles.

    The graph is kept in memory (an rdflib Dataset): meant for inputs that fit. Corpora go through
    ``stream_build`` into a store or an N-Quads file. With ``store`` (an open OxigraphStore), names
    already in it anchor this corpus's resolution and each batch's article graphs are written to it."""
    from .graph import KnowledgeGraph
    from .rdf.sinks import DatasetSink

    if isinstance(sources, (str, Path)):
        sources = [sources]
    sink = DatasetSink()
    total = None

    def report(summary: Summary) -> None:
        if progress:
            progress(summary.built, max(total or 0, summary.built))

    if progress:
        sources = list(sources)
        total = count_articles(sources)
    summary = stream_build(sources, sinks=[sink], model=model, fixes=fixes, resolver=resolver,
                           stdin_format=stdin_format, batch_size=batch_size, jobs=jobs, dask=dask, store=store,
                           bulk=bulk, force=force, progress=report if progress else None, on_stored=on_stored,
                           keep_articles=True)
    return KnowledgeGraph(sink.dataset, articles=tuple(summary.articles),
                          skipped=tuple(s for s in summary.skipped), summary=summary)
