"""What a query runs against: a graph file (rdflib), a store directory (Oxigraph), or an HTTP endpoint."""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import rdflib

from ..errors import QueryError, StoreError
from .answer import Answer
from .parse import bind_values, checked_form, query_form


class GraphEngine:
    """An rdflib graph or dataset in memory: any graph file graphbuild reads (a dataset keeps the file's
    named graphs for GRAPH patterns; its default graph is the union)."""

    def __init__(self, graph: rdflib.Graph):
        self.graph = graph

    def run(self, text: str, *, bindings: dict | None = None, limit: int | None = None,
            origin: str = "query", allow_update: bool = False) -> Answer:
        form = checked_form(text, origin=origin, allow_update=allow_update)
        if form == "UPDATE":
            self.graph.update(text)
            return Answer("ASK", boolean=True)
        try:
            # rdflib evaluates lazily: errors (a bad regex, GRAPH on a plain graph) come while reading rows.
            return Answer.from_rdflib(self.graph.query(bind_values(text, bindings)), limit=limit)
        except Exception as err:  # evaluation errors come as many types
            message = " ".join(str(err).split())[:300] or type(err).__name__
            if isinstance(err, re.error):
                message = f"invalid regular expression ({message})"
            raise QueryError(f"query failed: {message}", path=origin) from None

    def close(self) -> None:
        pass


class EndpointEngine:
    """A remote SPARQL 1.1 Protocol endpoint."""

    def __init__(self, url: str, timeout: float = 60.0):
        self.url, self.timeout = url, timeout

    def run(self, text: str, *, bindings: dict | None = None, limit: int | None = None,
            origin: str = "query", allow_update: bool = False) -> Answer:
        form = query_form(text, origin=origin)
        text = bind_values(text, bindings)
        accept = "text/turtle" if form in {"CONSTRUCT", "DESCRIBE"} else "application/sparql-results+json"
        request = urllib.request.Request(self.url, data=urllib.parse.urlencode({"query": text}).encode(),
                                         headers={"Accept": accept,
                                                  "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read().decode("utf-8")
        except urllib.error.HTTPError as err:
            detail = " ".join(err.read().decode("utf-8", "replace").split())[:200]
            raise QueryError(f"endpoint answered HTTP {err.code}: {detail}", path=self.url) from None
        except (urllib.error.URLError, OSError) as err:
            raise QueryError(f"endpoint cannot be reached ({getattr(err, 'reason', err)})", path=self.url) from None
        if form in {"CONSTRUCT", "DESCRIBE"}:
            return Answer(form, graph=rdflib.Graph().parse(data=body, format="turtle"))
        data = json.loads(body)
        if "boolean" in data:
            return Answer("ASK", boolean=bool(data["boolean"]))
        names = data["head"]["vars"]
        rows = [[_from_json(b.get(n)) for n in names] for b in data["results"]["bindings"]]
        return Answer("SELECT", names, rows[:limit] if limit else rows, truncated=bool(limit and len(rows) > limit))

    def close(self) -> None:
        pass


def _from_json(term: dict | None):
    if term is None:
        return None
    if term["type"] == "uri":
        return rdflib.URIRef(term["value"])
    if term["type"] == "bnode":
        return rdflib.BNode(term["value"])
    datatype = term.get("datatype")
    return rdflib.Literal(term["value"], lang=term.get("xml:lang"), datatype=rdflib.URIRef(datatype) if datatype else None)


def open_engine(target: str | Path, *, read_only: bool = True):
    """The engine for a target: an http(s) URL, a store directory, or a graph file."""
    text = str(target)
    if text.startswith(("http://", "https://")):
        return EndpointEngine(text)
    from ..store import OxigraphStore, is_store

    path = Path(text)
    if path.is_dir():
        if not is_store(path):
            raise StoreError("is a directory but not a graphbuild store", path=text)
        return OxigraphStore(path, read_only=read_only)
    from ..graph import KnowledgeGraph

    return GraphEngine(KnowledgeGraph.load(path).dataset)
