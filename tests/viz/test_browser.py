"""The HTML view in a real headless Chromium, offline: it draws, explains edges, and runs no hostile text."""
from __future__ import annotations

import rdflib
from rdflib.namespace import RDF, RDFS

from graphbuild.rdf.namespaces import SCHEMA
from graphbuild.viz.html import render_html

READY = "() => window.graphbuildReady === true"


def open_view(page, path):
    page.goto(path.as_uri())
    page.wait_for_function(READY, timeout=60_000)


def test_examples_view_draws_offline(offline_page, example_files):
    page = offline_page
    open_view(page, example_files / "examples.html")
    assert page.evaluate("window.graphbuild.nodeView.length") >= 10
    assert page.evaluate("window.graphbuild.edgeView.length") >= 10
    box = page.locator("#network canvas").bounding_box()
    assert box["width"] > 300 and box["height"] > 300
    assert [u for u in page.requests if not u.startswith(("file:", "data:"))] == []
    assert page.errors == []
    # Pixels were drawn: the canvas is not blank.
    painted = page.evaluate("""() => { const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""")
    assert painted > 1000


def _edge_midpoint(page, label_from, predicate_label, label_to):
    return page.evaluate("""([a, p, b]) => {
        const g = window.graphbuild; const d = g.details;
        const edge = g.edges.get().find(e => d.nodes[e.from].label === a && d.edges[e.id].label === p && d.nodes[e.to].label === b);
        const pos = g.network.getPositions([edge.from, edge.to]);
        const from = g.network.canvasToDOM(pos[edge.from]), to = g.network.canvasToDOM(pos[edge.to]);
        const rect = document.getElementById('network').getBoundingClientRect();
        return {id: edge.id, x: rect.left + (from.x + to.x) / 2, y: rect.top + (from.y + to.y) / 2};
    }""", [label_from, predicate_label, label_to])


def test_clicking_an_edge_shows_its_evidence(offline_page, example_files):
    page = offline_page
    open_view(page, example_files / "examples.html")
    page.evaluate("window.graphbuild.network.setOptions({physics: false})")
    point = _edge_midpoint(page, "Norway", "mediates", "talks")
    page.evaluate("id => window.graphbuild.network.focus(window.graphbuild.edges.get(id).from, {scale: 1.5})", point["id"])
    point = _edge_midpoint(page, "Norway", "mediates", "talks")
    page.mouse.click(point["x"], point["y"])
    panel = page.locator("#panel")
    panel.locator(".evidence-item").first.wait_for(timeout=10_000)
    text = panel.inner_text()
    assert "Norway has mediated talks" in text
    assert "Norway Hosts New Round of Venezuela Talks" in text
    marks = panel.locator("mark").all_inner_texts()
    assert "Norway" in marks and "talks" in marks


def test_search_and_neighbourhood(offline_page, example_files):
    page = offline_page
    open_view(page, example_files / "examples.html")
    total = page.evaluate("window.graphbuild.nodeView.length")
    page.select_option("#hops", "1")
    page.fill("#search", "Putin")
    page.dispatch_event("#search", "change")
    around = page.evaluate("window.graphbuild.nodeView.length")
    assert 1 < around < total
    assert "Vladimir Putin" in page.locator("#panel").inner_text()


def test_type_filter(offline_page, example_files):
    page = offline_page
    open_view(page, example_files / "examples.html")
    before = page.evaluate("window.graphbuild.nodeView.length")
    page.locator("#types input[data-name='Concept']").uncheck()
    assert page.evaluate("window.graphbuild.nodeView.length") < before


HOSTILE = ['<img src=x onerror="window.__xss=1">', "</script><script>window.__xss=2</script>",
           "\" onmouseover=\"window.__xss=3", "<svg onload=window.__xss=4>"]


def test_hostile_text_shows_as_text_and_runs_nothing(offline_page, tmp_path):
    graph = rdflib.Graph()
    ex = rdflib.Namespace("https://example.org/")
    for i, label in enumerate(HOSTILE):
        graph.add((ex[f"n{i}"], RDF.type, SCHEMA.Person))
        graph.add((ex[f"n{i}"], RDFS.label, rdflib.Literal(label)))
        graph.add((ex[f"n{i}"], ex.knows, ex[f"n{(i + 1) % len(HOSTILE)}"]))
    graph.add((ex.knows, RDFS.label, rdflib.Literal("<b onclick=alert(1)>knows</b>")))
    path = render_html(graph, tmp_path / "hostile.html", title="<script>window.__xss=5</script>")
    page = offline_page
    open_view(page, path)
    page.evaluate("window.graphbuild.showNode(0)")
    page.evaluate("window.graphbuild.showEdge(0)")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == [] and page.errors == []
    assert page.title() == "<script>window.__xss=5</script>"
    labels = page.evaluate("Object.values(window.graphbuild.details.nodes).map(n => n.label)")
    assert sorted(labels) == sorted(HOSTILE)
    assert page.locator("#panel img, #panel svg, #panel b").count() == 0


def test_big_graph_is_interactive_without_physics(offline_page, tmp_path):
    graph = rdflib.Graph()
    ex = rdflib.Namespace("https://example.org/")
    for i in range(1500):
        graph.add((ex[f"n{i}"], RDFS.label, rdflib.Literal(f"node {i}")))
        graph.add((ex[f"n{i}"], ex.next, ex[f"n{(i * 7 + 1) % 1500}"]))
    path = render_html(graph, tmp_path / "big.html")
    page = offline_page
    open_view(page, path)
    assert page.evaluate("window.graphbuild.nodeView.length") == 1500
    assert page.errors == []


def test_confidence_article_and_date_filters(offline_page, tmp_path, examples_graph):
    path = examples_graph.render(tmp_path / "examples.html")
    page = offline_page
    open_view(page, path)
    edges = lambda: page.evaluate("window.graphbuild.edgeView.length")  # noqa: E731
    total = edges()
    page.fill("#date-from", "2024-06-01")
    page.dispatch_event("#date-from", "change")
    after_june = edges()
    assert 0 < after_june < total
    page.click("#reset")
    assert edges() == total
    options = page.evaluate("Array.from(document.querySelectorAll('#article option')).map(o => o.value).filter(Boolean)")
    assert len(options) == 7
    page.select_option("#article", options[0])
    one_article = edges()
    assert 0 < one_article < total
    page.click("#reset")
    page.evaluate("() => { const r = document.getElementById('confidence'); r.value = 0.8; r.dispatchEvent(new Event('input')); }")
    assert 0 < edges() < total
