"""graphbuild: a knowledge graph of people, countries, organisations and events from news text."""
from __future__ import annotations

from pathlib import Path

from .build import build
from .errors import GraphbuildError
from .graph import KnowledgeGraph
from .records import Article

__version__ = "0.1.0"
__all__ = ["Article", "GraphbuildError", "KnowledgeGraph", "build", "load", "query", "render", "__version__"]


def load(path: str | Path) -> KnowledgeGraph:
    """Read a graph file of any RDF format graphbuild writes."""
    return KnowledgeGraph.load(path)


def query(path: str | Path, text: str):
    """Run SPARQL against a graph file."""
    return load(path).query(text)


def render(path: str | Path, out: str | Path, **options) -> Path:
    """Draw a graph file as one self-contained HTML page."""
    return load(path).render(out, **options)
