"""KnowledgeGraph: the rdflib Dataset a build returns, with methods to export, render and query it."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import rdflib
from rdflib.namespace import RDF

from .rdf import formats
from .rdf.namespaces import SCHEMA
from .rdf.terms import GB


class KnowledgeGraph:
    """One named graph per article inside ``dataset``; ``graph`` is their union."""

    def __init__(self, dataset: rdflib.Dataset, *, articles: tuple = (), skipped: tuple = (), summary=None):
        self.dataset = dataset
        self.articles = articles
        self.skipped = skipped
        self.summary = summary  # the build's counts and timing (graphbuild.stream.Summary), when built here
        self._graph: rdflib.Graph | None = None

    @classmethod
    def load(cls, path: str | Path) -> KnowledgeGraph:
        return cls(formats.load(path))

    @property
    def graph(self) -> rdflib.Graph:
        if self._graph is None:
            self._graph = formats.union_graph(self.dataset)
        return self._graph

    def __len__(self) -> int:
        return len(self.graph)

    def serialize(self, path: str | Path, *, format: str | None = None) -> list[Path]:
        """Write to ``path``; the extension (or ``format``) picks the format. Returns the files written."""
        return formats.export(self.dataset, path, format)

    def render(self, path: str | Path, **options) -> Path:
        from .viz.html import render_html

        return render_html(self.graph, path, **options)

    def query(self, text: str, *, bindings: dict | None = None):
        """An rdflib query result; a syntax error raises QueryError with line and column."""
        from .query.parse import query_form

        query_form(text)
        return self.graph.query(text, initBindings=bindings or {})

    def validate(self) -> list:
        """SHACL violations of ontologies/shapes.ttl; empty when the graph conforms."""
        from .rdf.validate import validate

        return validate(self.graph)

    def stats(self) -> dict:
        from .rdf.network import HIDDEN_TYPES

        graph = self.graph
        types, events = Counter(), Counter()
        for node, type_ in graph.subject_objects(RDF.type):
            if str(type_).startswith(str(GB)) and type_ not in {GB.Evidence, GB.MergeRecord, GB.OpenRelationProperty}:
                # The view's rule: event nodes (a Meeting, a Visit) repeat an edge and are not entities.
                (events if type_ in HIDDEN_TYPES else types)[str(type_)[len(str(GB)):]] += 1
        statements = list(graph.subjects(RDF.type, RDF.Statement))
        relations = Counter(str(graph.value(s, RDF.predicate)).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
                            for s in statements if (graph.value(s, RDF.subject), graph.value(s, RDF.predicate),
                                                    graph.value(s, RDF.object)) in graph)
        return {
            "triples": len(graph),
            "articles": len(set(graph.subjects(RDF.type, SCHEMA.NewsArticle))),
            "entities": sum(types.values()),
            "entity_types": dict(sorted(types.items())),
            "events": sum(events.values()),
            "event_types": dict(sorted(events.items())),
            "edges": sum(relations.values()),
            "relation_types": dict(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
            "evidence": len(set(graph.subjects(RDF.type, GB.Evidence))),
        }
