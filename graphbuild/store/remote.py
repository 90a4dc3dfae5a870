"""Pushing a graph to a SPARQL 1.1 Graph Store Protocol endpoint: one named graph per article, and their
union as the default graph, which is what queries without GRAPH (all of graphbuild's) read."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..errors import StoreError

DEFAULT_GRAPH_MODES = ("union", "none")


@dataclass
class PushReport:
    url: str
    graphs: list[tuple[str, int]] = field(default_factory=list)  # (article graph IRI, triples sent)
    default_graph: int | None = None  # triples sent to the default graph; None when it was left alone

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.graphs)


def _put(url: str, graph: rdflib.Graph, where: str, timeout: float) -> None:
    body = graph.serialize(format="nt", encoding="utf-8")
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as err:
        detail = " ".join(err.read().decode("utf-8", "replace").split())[:200]
        raise StoreError(f"answered HTTP {err.code} {err.reason} {where}: {detail}", path=url.split("?")[0]) from None
    except (urllib.error.URLError, OSError) as err:
        raise StoreError(f"cannot be reached ({getattr(err, 'reason', err)}) {where}", path=url.split("?")[0]) from None


def push(dataset: rdflib.Dataset, url: str, *, default_graph: str = "union", timeout: float = 60.0,
         progress=None) -> PushReport:
    """PUT each article's named graph to ``url`` (replacing it there), then the union of everything to the
    default graph (``default_graph="none"`` leaves it alone).

    Triples outside any named graph (a .ttl or .nt file has only those) belong to no article: they go to
    the default graph with the rest, never to a graph named after rdflib's internal default-graph IRI.
    A failure names the URL and the status, and says how many graphs went before it."""
    if default_graph not in DEFAULT_GRAPH_MODES:
        raise StoreError(f"--default-graph takes {' or '.join(DEFAULT_GRAPH_MODES)}, not {default_graph!r}")
    graphs = [g for g in sorted(dataset.graphs(), key=lambda g: str(g.identifier))
              if len(g) and isinstance(g.identifier, rdflib.URIRef) and g.identifier != DATASET_DEFAULT_GRAPH_ID]
    sep = "&" if "?" in url else "?"
    report = PushReport(url)
    for done, graph in enumerate(graphs):
        target = f"{url}{sep}graph={urllib.parse.quote(str(graph.identifier), safe='')}"
        _put(target, graph, f"after {done} of {len(graphs)} article graph(s) were pushed", timeout)
        report.graphs.append((str(graph.identifier), len(graph)))
        if progress:
            progress(done + 1, len(graphs))
    if default_graph == "union":
        union = rdflib.Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        if len(union):
            _put(f"{url}{sep}default", union, f"sending the default graph after {len(graphs)} of {len(graphs)} article graph(s) were pushed", timeout)
            report.default_graph = len(union)
    return report
