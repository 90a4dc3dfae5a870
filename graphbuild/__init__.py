"""graphbuild: a knowledge graph of people, countries, organisations and events from news text."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .build import build
from .errors import GraphbuildError
from .records import Article

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

__version__ = "0.1.0"
__all__ = ["Article", "GraphbuildError", "KnowledgeGraph", "build", "load", "query", "render", "__version__"]


def __getattr__(name: str):
    # KnowledgeGraph brings rdflib (a tenth of a second): imported when first asked for, so that processes that
    # only parse (build workers) and the start of a build do without it.
    if name == "KnowledgeGraph":
        from .graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load(path: str | Path) -> KnowledgeGraph:
    """Read a graph file of any RDF format graphbuild writes."""
    from .graph import KnowledgeGraph

    return KnowledgeGraph.load(path)


def query(path: str | Path, text: str):
    """Run SPARQL against a graph file."""
    return load(path).query(text)


def render(path: str | Path, out: str | Path, **options) -> Path:
    """Draw a graph file as one self-contained HTML page."""
    return load(path).render(out, **options)
