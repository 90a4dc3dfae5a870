"""The HTML view in a real headless Chromium, offline, driven by real mouse and key events: the opening
frame, edge picking, filters, reset and hostile text. (JavaScript only reads state for the assertions.)"""
from __future__ import annotations

import pytest
import rdflib
from browser_state import (all_inside, canvas_box, drawn, edge_between, edge_point, label_boxes, label_pixels,
                             label_threshold, node_points, open_view, view)
from rdflib.namespace import RDF, RDFS

from graphbuild.rdf.namespaces import SCHEMA
from graphbuild.viz.html import render_html

# The Oslo article; "Norway mediates talks" is stated there and again, about earlier talks, in the Kremlin one.
OSLO = "Norway Hosts New Round of Venezuela Talks"


@pytest.fixture(scope="module")
def examples_html(tmp_path_factory, examples_graph):
    return examples_graph.render(tmp_path_factory.mktemp("view") / "examples.html")


def test_opening_frame_is_fitted_readable_and_still(offline_page, examples_html):
    page = offline_page
    open_view(page, examples_html)
    state = drawn(page)
    assert len(state["nodes"]) >= 40 and len(state["edges"]) >= 30
    assert all_inside(page)  # the whole graph is in the frame
    # The ten best-connected nodes have labels at least 12 px high: readable (a label goes above its node
    # where below it would overlap another).
    degree = page.evaluate("window.graphbuild.degree")
    best = sorted(degree, key=lambda n: -degree[n])[:10]
    pixels = label_pixels(page)
    assert [n for n in best if pixels[n] < 12] == []
    # No two labels drawn on the opening frame overlap.
    threshold = label_threshold(page)
    boxes = {n: b for n, b in label_boxes(page).items() if pixels[n] >= threshold}
    assert len(boxes) >= 20
    clashes = [(a, b) for a in boxes for b in boxes if a < b and boxes[a][0] < boxes[b][2] and boxes[b][0] < boxes[a][2]
               and boxes[a][1] < boxes[b][3] and boxes[b][1] < boxes[a][3]]
    assert clashes == []
    # Nothing moves after the page says it is ready: positions and view are the same a while later.
    before, frame = node_points(page), view(page)
    page.wait_for_timeout(1500)  # a stretch of time in which a running layout would move nodes
    assert node_points(page) == before and view(page) == frame
    assert [u for u in page.requests if not u.startswith(("file:", "data:"))] == []
    assert page.errors == []


def test_fit_button_wheel_and_keyboard_zoom(offline_page, examples_html):
    page = offline_page
    open_view(page, examples_html)
    opening = view(page)
    box = canvas_box(page)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wheel_in(page, opening["scale"] * 1.5)
    assert not all_inside(page)
    page.mouse.click(*_centre(page, "#fit"))
    assert fills_frame(page)
    page.mouse.click(box["x"] + 5, box["y"] + 5)  # focus the page, not a form field
    fitted = view(page)["scale"]
    page.keyboard.press("+")
    zoomed = view(page)["scale"]
    assert zoomed == pytest.approx(fitted * 1.25, rel=0.01)
    page.keyboard.press("-")
    assert view(page)["scale"] == pytest.approx(zoomed * 0.8, rel=0.01)
    page.keyboard.press("+")
    page.keyboard.press("+")
    page.keyboard.press("0")
    assert fills_frame(page)


def fills_frame(page) -> bool:
    """Every node inside the canvas, and the nodes spread over most of its width or height."""
    box, points = canvas_box(page), list(node_points(page).values())
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    spread = max((max(xs) - min(xs)) / box["width"], (max(ys) - min(ys)) / box["height"])
    return all_inside(page, margin=1) and spread > 0.6


def wheel_in(page, scale: float) -> None:
    """Turn the mouse wheel over the graph until it is zoomed to at least ``scale``."""
    for _ in range(40):
        page.mouse.wheel(0, -200)
        if view(page)["scale"] >= scale:
            return
    raise AssertionError(f"the wheel did not zoom to {scale}")


def _centre(page, selector):
    page.locator(selector).first.scroll_into_view_if_needed()
    box = page.locator(selector).first.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_a_click_a_few_pixels_off_an_edge_opens_its_evidence(offline_page, examples_html):
    page = offline_page
    open_view(page, examples_html)
    edge = edge_between(page, "Norway", "mediates", "talks", article=OSLO)
    x, y = edge_point(page, edge, 0.5, off_px=4)  # at the opening zoom, 4 px beside the line
    page.mouse.click(x, y)
    panel = page.locator("#panel")
    panel.locator(".evidence-item").first.wait_for(timeout=10_000)
    text = panel.inner_text()
    assert "Norway mediates talks" in text.replace("\n", " ")
    assert OSLO in text and "Kremlin" not in text  # the evidence of this edge only
    marks = panel.locator("mark").all_inner_texts()
    assert "Norway" in marks and "talks" in marks
    assert page.evaluate("window.graphbuild.network.getSelectedEdges()") == [edge]
    # Far from every edge and node, a click selects nothing.
    page.mouse.click(*edge_point(page, edge, 0.5, off_px=4))
    box = canvas_box(page)
    page.mouse.click(box["x"] + 3, box["y"] + box["height"] - 3)
    assert page.evaluate("window.graphbuild.network.getSelectedEdges()") == []


def _pick_option(page, selector, label_part):
    """Choose an option as a keyboard user does: focus the select with a click, then arrow keys."""
    page.mouse.click(*_centre(page, selector))
    page.keyboard.press("Escape")
    options = page.locator(f"{selector} option").all_inner_texts()
    index = next(i for i, text in enumerate(options) if label_part in text)
    current = page.evaluate(f"document.querySelector('{selector}').selectedIndex")
    for _ in range(index - current):
        page.keyboard.press("ArrowDown")
    page.wait_for_function(f"() => document.querySelector('{selector}').selectedIndex === {index}")


def test_article_filter_scopes_refits_and_reset_restores(offline_page, examples_html):
    page = offline_page
    open_view(page, examples_html)
    opening, everything = view(page), drawn(page)
    assert everything["nodeCount"] == len(everything["nodes"]) and everything["edgeCount"] == len(everything["edges"])
    _pick_option(page, "#article", OSLO)
    page.wait_for_function(f"() => window.graphbuild.nodeView.length < {len(everything['nodes'])}")
    state = drawn(page)
    article = page.evaluate("document.getElementById('article').value")
    details = page.evaluate("window.graphbuild.details")
    # Only that article's nodes and edges are drawn, and the counters count them.
    ends = set()
    for edge in state["edges"]:
        assert any(ev["article"] == article for ev in details["edges"][str(edge)]["evidence"])
        ends |= set(page.evaluate("id => { const e = window.graphbuild.edges.get(id); return [e.from, e.to]; }", edge))
    for node in state["nodes"]:  # mentioned in the article, or one end of a fact it states
        assert article in details["nodes"][str(node)]["articles"] or node in ends, details["nodes"][str(node)]["label"]
    labels = {details["nodes"][str(n)]["label"] for n in state["nodes"]}
    assert {"Norway", "talks", "Nicolás Maduro"} <= labels and "Vladimir Putin" not in labels
    assert (state["nodeCount"], state["edgeCount"]) == (len(state["nodes"]), len(state["edges"]))
    assert view(page)["scale"] > opening["scale"] * 1.2 and all_inside(page, margin=1)  # re-fitted
    edge = edge_between(page, "Norway", "mediates", "talks", article=OSLO)
    page.mouse.click(*edge_point(page, edge, 0.5, off_px=3))
    page.locator("#panel .evidence-item").first.wait_for(timeout=10_000)
    page.mouse.click(*_centre(page, "#reset"))
    assert view(page) == pytest.approx(opening)
    state = drawn(page)
    assert (state["nodeCount"], state["edgeCount"]) == (len(everything["nodes"]), len(everything["edges"]))
    assert page.evaluate("document.getElementById('article').value") == ""
    assert page.locator("#panel .evidence-item").count() == 0 and "Click a node" in page.locator("#panel").inner_text()


def test_date_filter_by_keyboard(offline_page, examples_html):
    page = offline_page
    open_view(page, examples_html)
    total = drawn(page)
    page.mouse.click(*_centre(page, "#date-from"))
    page.keyboard.press("Home")  # the month field, whichever part the click landed on
    page.keyboard.type("08012024")
    page.wait_for_function("() => document.getElementById('date-from').value === '2024-08-01'")
    page.wait_for_function(f"() => window.graphbuild.edgeView.length < {len(total['edges'])}")
    state = drawn(page)
    details = page.evaluate("window.graphbuild.details")
    assert 0 < len(state["edges"]) < len(total["edges"])
    for edge in state["edges"]:
        assert any((ev["date"] or ev["published"]) >= "2024-08-01" for ev in details["edges"][str(edge)]["evidence"])
    assert state["nodeCount"] == len(state["nodes"]) < len(total["nodes"])
    assert page.locator("#date-note").inner_text() == ""  # every example article has a date


def dated_and_undated(tmp_path):
    """Two articles, one from a .txt file with no date, each stating one fact."""
    from graphbuild.rdf.namespaces import GBID, PROV
    from graphbuild.rdf.terms import GB

    graph = rdflib.Graph()
    for n, (date, a, b) in enumerate([("2024-03-01", "Alpha", "Beta"), (None, "Gamma", "Delta")]):
        article, st, ev = GBID[f"article/a{n}"], GBID[f"statement/s{n}"], GBID[f"evidence/e{n}"]
        graph.add((article, RDF.type, SCHEMA.NewsArticle))
        graph.add((article, SCHEMA.headline, rdflib.Literal(f"Article {n}")))
        if date:
            graph.add((article, SCHEMA.datePublished, rdflib.Literal(date)))
        x, y = GBID[f"country/{a.lower()}"], GBID[f"country/{b.lower()}"]
        for node, label in ((x, a), (y, b)):
            graph.add((node, RDF.type, GB.Country))
            graph.add((node, RDFS.label, rdflib.Literal(label)))
            graph.add((node, GB.mentionedIn, article))
        graph.add((x, GB.supports, y))
        for p, o in ((RDF.type, RDF.Statement), (RDF.subject, x), (RDF.predicate, GB.supports), (RDF.object, y),
                     (GB.evidence, ev)):
            graph.add((st, p, o))
        graph.add((ev, GB.sentence, rdflib.Literal(f"{a} supports {b}.")))
        graph.add((ev, GB.confidence, rdflib.Literal(0.9)))
        graph.add((ev, PROV.wasDerivedFrom, article))
    return render_html(graph, tmp_path / "dates.html")


def test_a_date_filter_keeps_undated_articles_and_says_so(offline_page, tmp_path):
    page = offline_page
    open_view(page, dated_and_undated(tmp_path))
    page.mouse.click(*_centre(page, "#date-from"))
    page.keyboard.press("Home")
    page.keyboard.type("01012024")
    page.wait_for_function("() => document.getElementById('date-from').value === '2024-01-01'")
    page.wait_for_function("() => document.getElementById('date-note').textContent !== ''")
    labels = lambda: sorted(page.evaluate(  # noqa: E731
        "window.graphbuild.nodeView.get().map(n => window.graphbuild.details.nodes[n.id].label)"))
    assert labels() == ["Alpha", "Beta", "Delta", "Gamma"]
    assert page.locator("#date-note").inner_text() == "1 article without a date kept"
    page.mouse.click(*_centre(page, "#undated"))
    page.wait_for_function("() => window.graphbuild.nodeView.length === 2")
    assert labels() == ["Alpha", "Beta"] and drawn(page)["edgeCount"] == 1
    assert page.locator("#date-note").inner_text() == "1 article without a date hidden"


HOSTILE = ['<img src=x onerror="window.__xss=1">', "</script><script>window.__xss=2</script>",
           "\" onmouseover=\"window.__xss=3", "<svg onload=window.__xss=4>"]


def test_hostile_text_shows_as_text_and_runs_nothing(offline_page, tmp_path):
    graph = rdflib.Graph()
    ex = rdflib.Namespace("https://example.org/")
    for i, label in enumerate(HOSTILE):
        graph.add((ex[f"n{i}"], RDF.type, SCHEMA.Person))
        graph.add((ex[f"n{i}"], RDFS.label, rdflib.Literal(label)))
        graph.add((ex[f"n{i}"], ex.knows, ex[f"n{(i + 1) % len(HOSTILE)}"]))
        graph.add((ex[f"n{i}"], rdflib.namespace.SKOS.altLabel, rdflib.Literal(HOSTILE[i - 1])))
    graph.add((ex.knows, RDFS.label, rdflib.Literal("<b onclick=alert(1)>knows</b>")))
    path = render_html(graph, tmp_path / "hostile.html", title="<script>window.__xss=5</script>")
    page = offline_page
    open_view(page, path)
    page.mouse.click(*_centre(page, "#search"))
    page.keyboard.type("img src")
    page.locator("#matches button").first.wait_for()
    page.mouse.click(*_centre(page, "#matches button"))
    page.wait_for_function("() => document.querySelector('#panel .node-label') !== null")
    assert page.locator("#panel .node-label").inner_text() == HOSTILE[0]
    edge = page.evaluate("window.graphbuild.edgeView.getIds()[0]")
    page.mouse.click(*_centre(page, "#fit"))
    page.mouse.click(*edge_point(page, edge, 0.5, off_px=2))
    page.wait_for_function("() => document.querySelector('#panel .predicate') !== null")
    # The tooltip of a node whose aliases are hostile is text too.
    page.mouse.move(*node_points(page)["0"])
    page.locator("div.vis-tooltip").wait_for(state="visible", timeout=10_000)
    assert page.locator("div.vis-tooltip img, div.vis-tooltip svg").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == [] and page.errors == []
    assert page.title() == "<script>window.__xss=5</script>"
    assert page.locator("#panel img, #panel svg, #panel b").count() == 0
    assert "<b onclick=alert(1)>knows</b>" in page.locator("#panel").inner_text()


def test_big_graph_opens_with_hub_labels_and_more_labels_on_zoom(offline_page, tmp_path):
    graph = rdflib.Graph()
    ex = rdflib.Namespace("https://example.org/")
    for i in range(1500):
        graph.add((ex[f"n{i}"], RDFS.label, rdflib.Literal(f"node {i}")))
        graph.add((ex[f"n{i}"], ex.next, ex[f"n{(i * 7 + 1) % 1500}"]))
        if i % 50:
            graph.add((ex[f"n{i}"], ex.partOf, ex[f"n{i - i % 50}"]))  # 30 hubs
    path = render_html(graph, tmp_path / "big.html")
    page = offline_page
    open_view(page, path)
    assert drawn(page)["nodeCount"] == 1500 and all_inside(page)
    threshold = label_threshold(page)
    pixels = label_pixels(page)
    degree = page.evaluate("window.graphbuild.degree")
    hubs = sorted(degree, key=lambda n: -degree[n])[:20]
    assert pixels[hubs[0]] >= 12 and sum(pixels[n] >= 12 for n in hubs) >= 12
    shown_at_opening = sum(p >= threshold for p in pixels.values())
    assert 20 <= shown_at_opening < 300  # the hubs, not 1,500 overlapping labels
    box, opening = canvas_box(page), view(page)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wheel_in(page, opening["scale"] * 2)
    assert sum(p >= threshold for p in label_pixels(page).values()) > shown_at_opening
    assert page.errors == []


def test_counters_count_what_is_drawn_when_a_type_is_hidden(offline_page, examples_html):
    page = offline_page
    open_view(page, examples_html)
    total = drawn(page)
    page.mouse.click(*_centre(page, "#types input[data-name='Person']"))
    page.wait_for_function(f"() => window.graphbuild.nodeView.length < {len(total['nodes'])}")
    state = drawn(page)
    details = page.evaluate("window.graphbuild.details")
    assert all(details["nodes"][str(n)]["type"] != "Person" for n in state["nodes"])
    # Edges to a hidden person are neither drawn nor counted.
    assert (state["nodeCount"], state["edgeCount"]) == (len(state["nodes"]), len(state["edges"]))
    assert state["edgeCount"] < total["edgeCount"]


def test_the_pointer_shows_a_clickable_edge(offline_page, examples_html):
    page = offline_page
    open_view(page, examples_html)
    edge = edge_between(page, "Norway", "mediates", "talks", article=OSLO)
    page.mouse.move(*edge_point(page, edge, 0.5, off_px=4))
    page.wait_for_function("() => getComputedStyle(document.querySelector('#network canvas')).cursor === 'pointer'")
    box = canvas_box(page)
    page.mouse.move(box["x"] + 3, box["y"] + box["height"] - 3)
    page.wait_for_function("() => getComputedStyle(document.querySelector('#network canvas')).cursor === 'auto'")
