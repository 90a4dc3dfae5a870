"""Where the shipped ontology files are, in a wheel and in a source checkout."""
from __future__ import annotations

from pathlib import Path

GB_NS = "https://w3id.org/graphbuild/ontology#"
ID_NS = "https://w3id.org/graphbuild/id/"
REL_NS = "https://w3id.org/graphbuild/rel/"

_HERE = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """The installed copy inside the package, else the repository's ontologies/ (editable installs)."""
    for candidate in (_HERE / "ontologies", _HERE.parent / "ontologies"):
        if (candidate / "graphbuild.ttl").is_file():
            return candidate
    from .errors import ConfigError

    raise ConfigError("the ontology files are missing from the installation; reinstall graphbuild")


def ontology_path(name: str) -> Path:
    return ontology_dir() / name
