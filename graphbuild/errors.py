"""Coded errors. Every message names what happened, the likely cause and what to do.

Codes: E1xx input and NLP, E2xx extraction, E3xx resolution, E4xx RDF, E5xx export and view,
E6xx query and store. The library raises these and never prints; the CLI prints ``str(error)``.
"""
from __future__ import annotations


class GraphbuildError(Exception):
    """Base of every error graphbuild raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None):
        self.message = message
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(f"[{self.code}] {where}{message}")

    def __reduce__(self):
        # Errors cross process boundaries in parallel builds; keep the keyword argument.
        return (_rebuild, (type(self), self.message, self.path))


def _rebuild(cls: type[GraphbuildError], message: str, path: str | None) -> GraphbuildError:
    return cls(message, path=path)



class InputError(GraphbuildError):
    """An input file or text cannot be read as an article."""

    code = "E101"


class NoArticlesError(InputError):
    code = "E102"


class ModelError(GraphbuildError):
    code = "E110"


class ConfigError(GraphbuildError):
    code = "E120"


class GraphParseError(GraphbuildError):
    """An RDF file does not parse."""

    code = "E401"


class ExportError(GraphbuildError):
    code = "E501"


class QueryError(GraphbuildError):
    code = "E601"


class StoreError(GraphbuildError):
    code = "E610"
