"""Pushing a graph to a SPARQL 1.1 Graph Store Protocol endpoint, one named graph per article."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import rdflib

from ..errors import StoreError


def push(dataset: rdflib.Dataset, url: str, *, timeout: float = 60.0, progress=None) -> int:
    """PUT each article's named graph to ``url`` (replacing it there); the number pushed.

    A failure names the URL and the status, and says how many graphs went before it."""
    graphs = [g for g in sorted(dataset.graphs(), key=lambda g: str(g.identifier))
              if len(g) and isinstance(g.identifier, rdflib.URIRef)]
    for done, graph in enumerate(graphs):
        target = f"{url}{'&' if '?' in url else '?'}graph={urllib.parse.quote(str(graph.identifier), safe='')}"
        body = graph.serialize(format="nt", encoding="utf-8")
        request = urllib.request.Request(target, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        where = f"after {done} of {len(graphs)} article graph(s) were pushed"
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            detail = " ".join(err.read().decode("utf-8", "replace").split())[:200]
            raise StoreError(f"answered HTTP {err.code} {err.reason} {where}: {detail}", path=url) from None
        except (urllib.error.URLError, OSError) as err:
            raise StoreError(f"cannot be reached ({getattr(err, 'reason', err)}) {where}", path=url) from None
        if progress:
            progress(done + 1, len(graphs))
    return len(graphs)
