"""Every output format, by file extension, through one registry. RDF formats go to rdflib's plugins."""
from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import rdflib

from ..errors import ExportError, GraphParseError
from ..io import atomic_write
from ..ontology import ontology_path
from .namespaces import bind_prefixes

Exporter = Callable[[rdflib.Dataset, Path], dict[Path, Callable[[Path], None]]]
EXPORTERS: dict[str, Exporter] = {}
# rdflib parser names for the RDF formats we read.
READ_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
                ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".n3": "n3"}


def register_exporter(*extensions: str):
    def wrap(func: Exporter) -> Exporter:
        for ext in extensions:
            EXPORTERS[ext] = func
        return func

    return wrap


def union_graph(dataset: rdflib.Dataset) -> rdflib.Graph:
    """All named graphs as one graph: the form single-graph formats and queries see."""
    graph = rdflib.Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _rdf(fmt: str, per_article: bool = False) -> Exporter:
    def export(dataset: rdflib.Dataset, path: Path):
        source = dataset if per_article else union_graph(dataset)
        return {path: lambda tmp: source.serialize(destination=str(tmp), format=fmt, encoding="utf-8")}

    return export


register_exporter(".ttl")(_rdf("turtle"))
register_exporter(".nt")(_rdf("nt"))
register_exporter(".rdf", ".xml", ".owl")(_rdf("pretty-xml"))
register_exporter(".trig")(_rdf("trig", per_article=True))
register_exporter(".nq")(_rdf("nquads", per_article=True))


@register_exporter(".jsonld")
def _jsonld(dataset: rdflib.Dataset, path: Path):
    context = json.loads(ontology_path("context.jsonld").read_text(encoding="utf-8"))["@context"]
    graph = union_graph(dataset)

    def write(tmp: Path) -> None:
        data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
        data["@context"] = context
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True), encoding="utf-8")

    return {path: write}


@register_exporter(".graphml", ".gexf")
def _network(dataset: rdflib.Dataset, path: Path):
    import networkx as nx

    from .network import to_networkx

    nx_graph = flat_network(to_networkx(union_graph(dataset)))
    writer = nx.write_graphml if path.suffix == ".graphml" else nx.write_gexf
    return {path: lambda tmp: writer(nx_graph, str(tmp))}


def flat_network(nx_graph):
    """Attributes Gephi, Cytoscape and Neo4j can read: strings and numbers, no lists or dicts."""
    import networkx as nx

    flat = nx.MultiDiGraph()
    for node, data in nx_graph.nodes(data=True):
        flat.add_node(node, **{k: v for k, v in data.items() if isinstance(v, (str, int, float))})
    for s, o, key, data in nx_graph.edges(keys=True, data=True):
        rows = data.get("evidence", [])
        flat.add_edge(s, o, key=key, predicate=data["predicate"], label=data["label"],
                      confidence=float(data["confidence"]), evidence_count=len(rows),
                      sentence=rows[0]["sentence"] if rows else "", article=rows[0]["article"] if rows else "")
    return flat


@register_exporter(".csv")
def _csv(dataset: rdflib.Dataset, path: Path):
    """edges in PATH, nodes in PATH's stem + .nodes.csv, with headers Neo4j's importer reads."""
    from .network import local_name, to_networkx

    nx_graph = flat_network(to_networkx(union_graph(dataset)))
    nodes_path = path.with_name(path.stem + ".nodes.csv")

    def write_nodes(tmp: Path) -> None:
        with open(tmp, "w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(["id:ID", "label", ":LABEL", "aliases", "same_as"])
            for node, data in sorted(nx_graph.nodes(data=True)):
                out.writerow([node, data["label"], data["type"], data["aliases"], data["same_as"]])

    def write_edges(tmp: Path) -> None:
        with open(tmp, "w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow([":START_ID", ":END_ID", ":TYPE", "label", "confidence:float", "evidence_count:int",
                          "sentence", "article"])
            for s, o, data in sorted(nx_graph.edges(data=True), key=lambda e: (e[0], e[2]["predicate"], e[1])):
                out.writerow([s, o, local_name(data["predicate"]), data["label"], data["confidence"],
                              data["evidence_count"], data["sentence"], data["article"]])

    return {nodes_path: write_nodes, path: write_edges}


def export(dataset: rdflib.Dataset, path: str | Path, fmt: str | None = None) -> list[Path]:
    """Write the graph to ``path`` in the format its extension names; return the files written."""
    path = Path(path)
    ext = fmt if fmt and fmt.startswith(".") else f".{fmt}" if fmt else path.suffix.lower()
    exporter = EXPORTERS.get(ext)
    if exporter is None:
        raise ExportError(f"unknown output format {ext or '(no extension)'!r}; use one of "
                          + ", ".join(sorted(EXPORTERS)), path=str(path))
    targets = exporter(dataset, path)
    atomic_write(targets)
    return list(targets)


def load(path: str | Path) -> rdflib.Dataset:
    """Read an RDF file of any format we write into a Dataset (named graphs kept when the format has them)."""
    path = Path(path)
    if not path.exists():
        raise GraphParseError("no such file", path=str(path))
    fmt = READ_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphParseError(f"cannot tell the RDF format from the extension {path.suffix!r}; use one of "
                              + ", ".join(sorted(READ_FORMATS)), path=str(path))
    dataset = rdflib.Dataset(default_union=True)
    try:
        dataset.parse(str(path), format=fmt)
    except Exception as err:  # rdflib's parsers raise many unrelated types
        message = " ".join(str(err).split())[:300] or type(err).__name__
        raise GraphParseError(f"does not parse as {fmt}: {message}", path=str(path)) from None
    bind_prefixes(dataset)
    return dataset
