"""The HTML view: one self-contained file (vis-network inlined from pyvis's package) that opens offline.

Everything taken from articles reaches the page as JSON inside a ``<script type="application/json">``
block with ``<``, ``>`` and ``&`` escaped, and the page only ever writes it with ``textContent``: a
label such as ``</script><script>...`` shows as text and runs nothing.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import rdflib

from ..io import atomic_write
from ..rdf.network import to_networkx
from .evidence import article_table, tidy_evidence

TYPE_STYLE = {  # colour, vis-network shape
    "Person": ("#e15759", "dot"), "Organization": ("#4e79a7", "square"), "Country": ("#59a14f", "diamond"),
    "City": ("#76b7b2", "triangle"), "Place": ("#8cd17d", "triangleDown"), "Event": ("#f28e2b", "star"),
    "Group": ("#b07aa1", "hexagon"), "Concept": ("#bab0ac", "dot"), "NewsArticle": ("#9c755f", "square"),
}
OTHER_STYLE = ("#999999", "dot")
BIG_GRAPH = 400  # above this many nodes the layout is computed here and physics is off


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _safe_json(data) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def network_data(graph: rdflib.Graph, *, max_nodes: int | None = None, articles: bool = False,
                 big_graph: int = BIG_GRAPH) -> dict:
    """Nodes, edges and their details, as the page's script reads them."""
    from pyvis.network import Network

    nx_graph = to_networkx(graph, articles=articles)
    degree = dict(nx_graph.degree())
    keep = sorted(nx_graph.nodes, key=lambda n: (-degree[n], n))
    if max_nodes is not None and len(keep) > max_nodes:
        nx_graph = nx_graph.subgraph(keep[:max_nodes]).copy()
        degree = dict(nx_graph.degree())
    ids = {node: i for i, node in enumerate(sorted(nx_graph.nodes))}
    big = len(ids) > big_graph
    positions = {}
    if big:
        from .layout import radial_layout

        positions = radial_layout(nx_graph)
    net = Network(directed=True)
    details: dict[str, dict] = {"nodes": {}, "edges": {}}
    for node, data in sorted(nx_graph.nodes(data=True)):
        color, shape = TYPE_STYLE.get(data["type"], OTHER_STYLE)
        extra = {"x": float(positions[node][0]), "y": float(positions[node][1])} if big else {}
        net.add_node(ids[node], label=data["label"], color=color, shape=shape, value=degree[node] + 1, **extra)
        details["nodes"][str(ids[node])] = {
            "iri": node, "label": data["label"], "type": data["type"],
            "aliases": [a for a in data["aliases"].split("|") if a],
            "links": [a for a in data["same_as"].split("|") if a],
            "articles": [a for a in data["articles"].split("|") if a],
            "literals": data["literals"],
        }
    for n, (s, o, data) in enumerate(sorted(nx_graph.edges(data=True), key=lambda e: (e[0], e[2]["predicate"], e[1]))):
        net.add_edge(ids[s], ids[o], id=n, label=data["label"], predicate=data["predicate"],
                     width=1 + min(len(data["evidence"]), 5))
        details["edges"][str(n)] = {"predicate": data["predicate"], "label": data["label"],
                                    "confidence": data["confidence"], "evidence": tidy_evidence(data["evidence"])}
    details["articles"] = article_table(graph)
    return {"nodes": net.nodes, "edges": net.edges, "details": details, "physics": not big,
            "styles": {t: {"color": c, "shape": s} for t, (c, s) in TYPE_STYLE.items()}}


def html_document(graph: rdflib.Graph, *, title: str = "graphbuild", **options) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("graphbuild.viz", "templates"), autoescape=select_autoescape(["html"]))
    script, css = _vis_assets()
    data = network_data(graph, **options)
    return env.get_template("view.html").render(
        title=title, vis_js=script, vis_css=css, data_json=_safe_json(data),
        node_count=len(data["nodes"]), edge_count=len(data["edges"]),
    )


def render_html(graph: rdflib.Graph, path: str | Path, **options) -> Path:
    path = Path(path)
    document = html_document(graph, **options)
    atomic_write({path: lambda tmp: tmp.write_text(document, encoding="utf-8")})
    return path
