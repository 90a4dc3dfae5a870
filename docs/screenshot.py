"""Take the pictures of the HTML view's opening frame in headless Chromium, at 1400x900.

    python docs/screenshot.py out/graph.html docs/view.png         # a rendered page, e.g. of examples/
    python docs/screenshot.py --nodes 2000 docs/view-2000.png      # a generated news-like graph of N nodes
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # picture this checkout's view, not an installed one


def news_like_graph(nodes: int, seed: int = 1):
    """Few hubs and many leaves, as news graphs are: preferential attachment, one or two edges a node."""
    import networkx as nx
    import rdflib
    from rdflib.namespace import RDF, RDFS

    from graphbuild.rdf.namespaces import GBID
    from graphbuild.rdf.terms import GB

    rng = random.Random(seed)
    kinds = [("Person", GB.Person), ("Country", GB.Country), ("Organization", GB.Organization), ("City", GB.City)]
    relations = [GB.supports, GB.meetsWith, GB.criticizes, GB.visits, GB.memberOf, GB.warns]
    shape = nx.barabasi_albert_graph(nodes, 1, seed=seed)
    for _ in range(nodes // 20):  # a few cross links, so it is not a pure tree
        a, b = rng.randrange(nodes), rng.randrange(nodes)
        if a != b:
            shape.add_edge(a, b)
    graph = rdflib.Graph()
    iris = {}
    for node in shape.nodes:
        name, cls = kinds[node % len(kinds)]
        iris[node] = GBID[f"{name.lower()}/n{node}"]
        graph.add((iris[node], RDF.type, cls))
        graph.add((iris[node], RDFS.label, rdflib.Literal(f"{name} {node}")))
    for a, b in shape.edges:
        graph.add((iris[a], rng.choice(relations), iris[b]))
    return graph


def screenshot(html: Path, png: Path, chromium: str = "/usr/bin/chromium") -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route(lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort())
        page.goto(html.resolve().as_uri())
        page.wait_for_function("() => window.graphbuildReady === true", timeout=120_000)
        page.screenshot(path=str(png))
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="[HTML] PNG")
    parser.add_argument("--nodes", type=int, help="draw a generated graph of this many nodes instead of HTML")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    png = Path(args.paths[-1])
    if args.nodes:
        from graphbuild.viz.html import render_html

        with tempfile.TemporaryDirectory() as tmp:
            html = render_html(news_like_graph(args.nodes), Path(tmp) / "generated.html",
                               title=f"{args.nodes:,} nodes")
            screenshot(html, png, args.chromium)
    else:
        screenshot(Path(args.paths[0]), png, args.chromium)
    print(png)


if __name__ == "__main__":
    main()
