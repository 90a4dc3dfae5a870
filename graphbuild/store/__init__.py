"""Where graphs are kept: Oxigraph on disk, and remote stores reached over SPARQL 1.1 protocols."""
from .oxigraph import MARKER, OxigraphStore

__all__ = ["MARKER", "OxigraphStore", "is_store"]


def is_store(path) -> bool:
    from pathlib import Path

    return (Path(path) / MARKER).is_file()
