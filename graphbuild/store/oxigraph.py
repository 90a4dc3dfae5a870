"""A graph kept on disk in Oxigraph (RocksDB): one named graph per article, each replaced in one transaction."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import rdflib

from ..errors import QueryError, StoreError
from ..io import atomic_write
from ..query.answer import Answer
from ..query.parse import bind_values, checked_form
from .terms import to_oxigraph, to_rdflib

MARKER = "graphbuild-store.json"
BATCH = 20  # new articles written in one transaction
STORE_FORMAT = {"format": "graphbuild-store", "version": 1, "engine": "oxigraph"}
ARTICLE = "http://schema.org/NewsArticle"


class OxigraphStore:
    @classmethod
    def in_memory(cls, dataset: rdflib.Dataset) -> OxigraphStore:
        """An in-memory Oxigraph store holding ``dataset``: Oxigraph's engine over a graph file."""
        self = cls.__new__(cls)
        self.path, self.read_only, self.store = Path("<memory>"), False, ox.Store()
        self.put_dataset(dataset)
        default = ox.DefaultGraph()
        # Triples outside any named graph (a Turtle file) go straight into the default graph.
        self.store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), default)
                          for s, p, o in dataset.default_graph)
        return self

    def __init__(self, path: str | Path, *, create: bool = False, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        marker = self.path / MARKER
        if not marker.exists():
            if not create:
                raise StoreError("is not a graphbuild store (no graphbuild-store.json); build one with "
                                 "'graphbuild build ... --store DIR'", path=str(self.path))
            if self.path.exists() and any(self.path.iterdir()):
                raise StoreError("is not empty and is not a graphbuild store; pick a new or empty directory",
                                 path=str(self.path))
        try:
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as err:
            text = str(err)
            if "lock" in text.lower():
                raise StoreError("is locked by another process (a build or a server is using it)",
                                 path=str(self.path)) from None
            raise StoreError(f"cannot be opened: {' '.join(text.split())[:200]}", path=str(self.path)) from None
        if not marker.exists():
            self._mark("ready")
        elif json.loads(marker.read_text(encoding="utf-8")).get("state") == "loading":
            raise StoreError("holds a bulk load that was interrupted; delete the directory and build again",
                             path=str(self.path))

    def _mark(self, state: str) -> None:
        marker = self.path / MARKER
        atomic_write({marker: lambda tmp: tmp.write_text(json.dumps({**STORE_FORMAT, "state": state}) + "\n")})

    def bulk_load(self, dataset: rdflib.Dataset, on_graph=None) -> int:
        """Load ``dataset`` into an empty store about five times faster than ``put_dataset``, without
        per-article transactions: the marker says "loading" until the end, so that a store whose load was
        killed refuses to open instead of serving half a corpus."""
        if len(self) or self.articles():
            raise StoreError("already holds articles; --bulk only loads an empty store", path=str(self.path))
        self._mark("loading")
        default, quads, names = ox.DefaultGraph(), [], set()
        for s, p, o, g in dataset.quads((None, None, None, None)):
            if isinstance(g, rdflib.URIRef):
                names.add(str(g))
                triple = (to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
                quads += [ox.Quad(*triple, ox.NamedNode(str(g))), ox.Quad(*triple, default)]
        self.store.bulk_extend(quads)
        self.store.flush()
        self._mark("ready")
        for name in sorted(names):
            if on_graph:
                on_graph(name)
        return len(names)

    def close(self) -> None:
        if not hasattr(self, "store"):
            return
        if not self.read_only and str(self.path) != "<memory>":
            self.store.flush()
        del self.store  # the RocksDB lock goes with the last reference

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writing
    def _old(self, name: str) -> set:
        node = ox.NamedNode(name)
        return {(q.subject, q.predicate, q.object) for q in self.store.quads_for_pattern(None, None, None, node)}

    def _replace(self, name: str, new: set) -> None:
        # One SPARQL update drops and inserts: a kill leaves either the old graph or the new one.
        body = " .\n".join(f"{s} {p} {o}" for s, p, o in new)
        self.store.update(f"{_drop(name)} ; INSERT DATA {{ GRAPH <{name}> {{ {body} . }} }} ; INSERT DATA {{ {body} . }}")

    def put_graph(self, name: str, triples) -> bool:
        """Make the named graph ``name`` hold exactly ``triples``; False when it already did."""
        return self.put_graphs({name: triples}) > 0

    def put_graphs(self, graphs: dict, on_graph=None) -> int:
        """Make each named graph hold exactly its (rdflib) triples; the number changed.

        New articles go in ``BATCH`` to a transaction; see ``put_triples``."""
        names = sorted(graphs)
        changed = 0
        for start in range(0, len(names), BATCH):
            part = {name: [(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graphs[name]]
                    for name in names[start:start + BATCH]}
            changed += self.put_triples(part, on_graph)
        return changed

    def put_triples(self, graphs: dict, on_graph=None) -> int:
        """Make each named graph hold exactly its Oxigraph triples; the number changed.

        The default graph holds the union of all article graphs as a set, so that queries see each triple
        once however many articles state it. Every new article of ``graphs`` goes in one transaction;
        a changed article is replaced on its own. A kill leaves every article wholly in or wholly out.
        ``on_graph(iri)`` runs once an article is committed (or found unchanged)."""
        changed, fresh, quads, default = 0, [], [], ox.DefaultGraph()
        for name in graphs:
            new, old = set(graphs[name]), self._old(name)
            if new == old:
                if on_graph:
                    on_graph(name)
                continue
            changed += 1
            if old:
                self._replace(name, new)
                if on_graph:
                    on_graph(name)
                continue
            node = ox.NamedNode(name)
            fresh.append(name)
            quads += [ox.Quad(s, p, o, node) for s, p, o in new] + [ox.Quad(s, p, o, default) for s, p, o in new]
        if fresh:
            self.store.extend(quads)
            for name in fresh:
                if on_graph:
                    on_graph(name)
        return changed

    def bulk_triples(self, graphs: dict) -> None:
        """Append article graphs without transactions or checks: a ``--bulk`` load between ``begin_bulk``
        and ``end_bulk``."""
        default, quads = ox.DefaultGraph(), []
        for name, triples in graphs.items():
            node = ox.NamedNode(name)
            for s, p, o in triples:
                quads += (ox.Quad(s, p, o, node), ox.Quad(s, p, o, default))
        self.store.bulk_extend(quads)

    def begin_bulk(self) -> None:
        if len(self) or self.articles():
            raise StoreError("already holds articles; --bulk only loads an empty store", path=str(self.path))
        self._mark("loading")

    def end_bulk(self) -> None:
        # Each batch's bulk_extend leaves its own files; compacting them keeps later queries fast.
        self.store.flush()
        self.store.optimize()
        self._mark("ready")

    def flush(self) -> None:
        """Write what RocksDB holds in memory to disk: without it, memory grows with the articles written."""
        self.store.flush()

    def put_dataset(self, dataset: rdflib.Dataset, on_graph=None) -> int:
        """Each named graph of ``dataset`` into the store, as ``put_graphs`` does."""
        graphs: dict[str, list] = {}
        for s, p, o, g in dataset.quads((None, None, None, None)):
            if isinstance(g, rdflib.URIRef):
                graphs.setdefault(str(g), []).append((s, p, o))
        return self.put_graphs(graphs, on_graph)

    def remove_article(self, article: str) -> str:
        """Drop an article's graph, named by its IRI or its id (URL or content hash)."""
        for iri, identifier in self.articles():
            if article in (iri, identifier):
                self.store.update(_drop(iri))
                return iri
        raise StoreError(f"holds no article {article!r}; 'graphbuild query DIR --named articles' lists them",
                         path=str(self.path))

    # -- reading
    def articles(self) -> list[tuple[str, str]]:
        rows = self.store.query(
            "SELECT ?a ?id WHERE { GRAPH ?a { ?a a <http://schema.org/NewsArticle> ; <http://schema.org/identifier> ?id } } ORDER BY ?a")
        return [(row["a"].value, row["id"].value) for row in rows]

    def __len__(self) -> int:
        """Triples in the union of the article graphs."""
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def dataset(self) -> rdflib.Dataset:
        """The article graphs (the default graph is only their union)."""
        dataset = rdflib.Dataset(default_union=True)
        for quad in self.store.quads_for_pattern(None, None, None, None):
            if isinstance(quad.graph_name, ox.NamedNode):
                dataset.graph(rdflib.URIRef(quad.graph_name.value)).add(
                    (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        return dataset

    def labels_of_type(self, type_iri: str) -> list[str]:
        rows = self.store.query(f"SELECT DISTINCT ?l WHERE {{ ?x a <{type_iri}> ; "
                                f"<http://www.w3.org/2000/01/rdf-schema#label> ?l }}")
        return sorted(row["l"].value for row in rows)

    def run(self, text: str, *, bindings: dict | None = None, limit: int | None = None,
            origin: str = "query", allow_update: bool = False) -> Answer:
        form = checked_form(text, origin=origin, allow_update=allow_update)
        if form == "UPDATE":
            self.store.update(text)
            return Answer("ASK", boolean=True)
        try:
            result = self.store.query(bind_values(text, bindings))
        except (SyntaxError, RuntimeError, OSError) as err:
            raise QueryError(f"query failed: {' '.join(str(err).split())[:300]}", path=origin) from None
        if form == "ASK":
            return Answer("ASK", boolean=bool(result))
        if form in {"CONSTRUCT", "DESCRIBE"}:
            graph = rdflib.Graph()
            for triple in result:
                graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
            return Answer(form, graph=graph)
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if limit is not None and len(rows) >= limit:
                return Answer("SELECT", names, rows, truncated=True)
            rows.append([to_rdflib(solution[n]) for n in names])
        return Answer("SELECT", names, rows)


def _drop(name: str) -> str:
    """Update operations that take one article graph out, and its triples no other article states."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{name}>) }} }} ; "
            f"DROP SILENT GRAPH <{name}>")
