"""Take the README's picture of the HTML view in headless Chromium: python docs/screenshot.py [HTML] [PNG]."""
from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright


def screenshot(html: Path, png: Path, chromium: str = "/usr/bin/chromium") -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 820})
        page.route(lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort())
        page.goto(html.resolve().as_uri())
        page.wait_for_function("() => window.graphbuildReady === true", timeout=60_000)
        # Show the evidence panel for one edge, as a user clicking it would see it.
        page.evaluate("""() => { const g = window.graphbuild, d = g.details;
            const e = g.edges.get().find(e => d.edges[e.id].label === 'mediates') || g.edges.get()[0];
            if (e) { g.network.selectEdges([e.id]); g.showEdge(e.id); } g.network.fit(); }""")
        page.wait_for_timeout(500)
        page.screenshot(path=str(png))
        browser.close()


if __name__ == "__main__":
    html = Path(sys.argv[1] if len(sys.argv) > 1 else "out/graph.html")
    png = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/view.png")
    screenshot(html, png)
    print(png)
