"""Reading the view's state in Chromium for assertions; every action in the tests is a real mouse or key event."""
from __future__ import annotations

import math

READY = "() => window.graphbuildReady === true"


def open_view(page, path):
    page.goto(path.as_uri())
    page.wait_for_function(READY, timeout=120_000)


def canvas_box(page) -> dict:
    return page.locator("#network canvas").bounding_box()


def view(page) -> dict:
    return page.evaluate("""() => { const n = window.graphbuild.network;
        return {scale: n.getScale(), x: n.getViewPosition().x, y: n.getViewPosition().y}; }""")


def drawn(page) -> dict:
    """The nodes and edges vis-network holds for drawing, and the page's counters."""
    return page.evaluate("""() => { const b = window.graphbuild.network.body;
        const edges = b.edgeIndices.filter(id => b.edges[id].connected);
        return {nodes: b.nodeIndices.slice(), edges: edges,
                nodeCount: Number(document.getElementById('count-nodes').textContent),
                edgeCount: Number(document.getElementById('count-edges').textContent)}; }""")


def node_points(page, ids=None) -> dict:
    """Node id -> its centre in page coordinates."""
    return page.evaluate("""(ids) => { const g = window.graphbuild, n = g.network;
        const rect = document.getElementById('network').getBoundingClientRect();
        const pos = n.getPositions(ids || n.body.nodeIndices); const out = {};
        for (const id in pos) { const p = n.canvasToDOM(pos[id]); out[id] = [rect.left + p.x, rect.top + p.y]; }
        return out; }""", ids)


def all_inside(page, margin: float = 0.0) -> bool:
    box = canvas_box(page)
    return all(box["x"] - margin <= x <= box["x"] + box["width"] + margin
               and box["y"] - margin <= y <= box["y"] + box["height"] + margin
               for x, y in node_points(page).values())


def label_pixels(page) -> dict:
    """Node id -> the on-screen height of its label; vis-network draws it when it is at least
    drawThreshold - 1 (the rule in its Label.draw)."""
    return page.evaluate("""() => { const n = window.graphbuild.network, s = n.getScale(), out = {};
        n.body.nodeIndices.forEach(id => { const node = n.body.nodes[id];
            out[id] = node.labelModule.fontOptions.size * s; });
        return out; }""")


def label_boxes(page) -> dict:
    """Node id -> its label's box on the page [left, top, right, bottom], where vis-network draws it (its
    measured size, moved by the font's vadjust)."""
    return page.evaluate("""() => { const n = window.graphbuild.network, out = {};
        const rect = document.getElementById('network').getBoundingClientRect();
        n.body.nodeIndices.forEach(id => { const label = n.body.nodes[id].labelModule, s = label.size;
            const v = label.fontOptions.vadjust || 0;
            const a = n.canvasToDOM({x: s.left, y: s.top + v}), b = n.canvasToDOM({x: s.left + s.width, y: s.top + s.height + v});
            out[id] = [rect.left + a.x, rect.top + a.y, rect.left + b.x, rect.top + b.y]; });
        return out; }""")


def label_threshold(page) -> float:
    return page.evaluate("window.graphbuild.network.body.nodes[window.graphbuild.network.body.nodeIndices[0]]"
                         ".options.scaling.label.drawThreshold - 1")


def edge_between(page, source: str, label: str, target: str, article: str | None = None) -> int:
    """The id of the edge ``source label target`` (node and relation labels); with ``article``, the one with
    evidence from the article whose headline contains that text (a common concept such as "talks" is one
    node per article, so the same three labels can name an edge per article). Fails, saying which, when no
    edge or more than one matches."""
    found = page.evaluate("""([a, p, b, headline]) => { const g = window.graphbuild, d = g.details;
        return g.edges.get().filter(e => d.nodes[e.from].label === a && d.edges[e.id].label === p
                                         && d.nodes[e.to].label === b
                                         && (headline === null || d.edges[e.id].evidence.some(
                                             ev => (ev.title || "").includes(headline))))
                            .map(e => e.id); }""", [source, label, target, article])
    where = f" with evidence from the article {article!r}" if article is not None else ""
    assert found, f"no edge {source!r} {label!r} {target!r}{where}"
    assert len(found) == 1, f"{len(found)} edges {source!r} {label!r} {target!r}{where}: {found}; name the article"
    return found[0]


def edge_point(page, edge_id: int, t: float = 0.5, off_px: float = 0.0) -> tuple[float, float]:
    """A point on the drawn edge (its curve included) at fraction t, moved off_px screen pixels across it."""
    assert page.evaluate("id => { const e = window.graphbuild.network.body.edges[id]; return !!(e && e.connected); }",
                         edge_id), f"edge {edge_id} is not drawn"
    a, b, c = page.evaluate("""([id, t]) => { const n = window.graphbuild.network, e = n.body.edges[id];
        const rect = document.getElementById('network').getBoundingClientRect();
        const at = u => { const p = n.canvasToDOM(e.edgeType.getPoint(u)); return [rect.left + p.x, rect.top + p.y]; };
        return [at(t - 0.02), at(t), at(t + 0.02)]; }""", [edge_id, t])
    dx, dy = c[0] - a[0], c[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    return b[0] - dy / length * off_px, b[1] + dx / length * off_px
