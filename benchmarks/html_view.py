"""How fast the HTML view becomes interactive on big graphs, in headless Chromium.

For generated graphs of 500, 2,000 and 5,000 nodes (2 edges per node), prints the HTML size, the time to
write it, and the time from page load until the graph is drawn and answers clicks. The baseline, measured
in the same run on the same graph, is the stock pyvis behaviour: physics on, layout found in the browser.

    python benchmarks/html_view.py [--sizes 500 2000 5000] [--chromium /usr/bin/chromium]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS

from graphbuild.rdf.namespaces import GBID
from graphbuild.rdf.terms import GB
from graphbuild.viz.html import BIG_GRAPH, render_html

TYPES = [GB.Person, GB.Country, GB.Organization, GB.City]
RELATIONS = [GB.supports, GB.meetsWith, GB.warns, GB.visits]


def make_graph(nodes: int, seed: int = 1) -> rdflib.Graph:
    rng = random.Random(seed)
    graph = rdflib.Graph()
    iris = [GBID[f"person/n{i}"] for i in range(nodes)]
    for i, iri in enumerate(iris):
        graph.add((iri, RDF.type, TYPES[i % len(TYPES)]))
        graph.add((iri, RDFS.label, rdflib.Literal(f"Entity {i}")))
    for i, iri in enumerate(iris):
        for _ in range(2):
            graph.add((iri, rng.choice(RELATIONS), iris[rng.randrange(nodes)]))
    return graph


def time_to_interactive(page, path: Path, limit_s: float) -> float | None:
    start = time.perf_counter()
    page.goto(path.as_uri())
    try:
        page.wait_for_function("() => window.graphbuildReady === true", timeout=limit_s * 1000)
    except Exception:
        return None
    page.evaluate("window.graphbuild.network.getPositions()")  # the page answers
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a page counts as frozen")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"{'nodes':>6} {'mode':<9} {'html MB':>8} {'write s':>8} {'interactive s':>14} {'vs baseline':>12}")
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        for size in args.sizes:
            graph = make_graph(size)
            results = {}
            for mode, big_graph in (("baseline", 10**9), ("graphbuild", BIG_GRAPH)):
                path = Path(tmp) / f"{mode}-{size}.html"
                start = time.perf_counter()
                render_html(graph, path, big_graph=big_graph)
                written = time.perf_counter() - start
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.route(lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort())
                results[mode] = time_to_interactive(page, path, args.limit)
                page.close()
                shown = f"{results[mode]:.2f}" if results[mode] is not None else f">{args.limit:.0f}"
                ratio = ""
                if mode == "graphbuild":
                    base = results["baseline"] or args.limit
                    ratio = f"{base / results[mode]:.1f}x faster" if results[mode] else "n/a"
                print(f"{size:>6} {mode:<9} {path.stat().st_size / 1e6:>8.2f} {written:>8.2f} {shown:>14} {ratio:>12}",
                      flush=True)
        browser.close()


if __name__ == "__main__":
    main()
