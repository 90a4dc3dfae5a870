"""The Dask side of a distributed build: each worker loads the spaCy pipeline once and extracts chunks."""
from __future__ import annotations

from distributed import WorkerPlugin, get_worker

from .records import Article, DocExtraction

PLUGIN = "graphbuild-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline when a worker joins; tasks find it on the worker by name."""

    name = PLUGIN

    def __init__(self, model: str, fixes: bool):
        self.model, self.fixes, self.nlp = model, fixes, None

    def setup(self, worker) -> None:
        from .nlp import build_pipeline

        self.nlp = build_pipeline(self.model, self.fixes)


def extract_on_worker(articles: list[Article]) -> list[DocExtraction]:
    from .extract import extract_articles

    nlp = get_worker().plugins[PLUGIN].nlp
    return list(extract_articles(articles, nlp))
