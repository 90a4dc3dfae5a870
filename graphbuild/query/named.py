"""Queries shipped with the package, by name, each a .rq file whose first comment line describes it."""
from __future__ import annotations

from importlib import resources

from ..errors import QueryError


def named_queries() -> dict[str, str]:
    folder = resources.files("graphbuild.query") / "named"
    return {entry.name[:-3]: entry.read_text(encoding="utf-8")
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".rq")}


def describe(text: str) -> str:
    first = next((line for line in text.splitlines() if line.startswith("#")), "#")
    return first.lstrip("# ").strip()


def named_query(name: str) -> str:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; 'graphbuild query --list' shows "
                         + ", ".join(sorted(queries)))
    return queries[name]
