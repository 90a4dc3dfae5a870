"""Search by keyboard and mouse, and the evidence panel's text and layout, in a real headless Chromium."""
from __future__ import annotations

import pytest
import rdflib
from browser_state import edge_point, open_view
from rdflib.namespace import RDF, RDFS

from graphbuild.rdf.namespaces import GBID, PROV, SCHEMA
from graphbuild.rdf.terms import GB
from graphbuild.viz.evidence import tidy_evidence, trim_sentence
from graphbuild.viz.html import render_html


@pytest.fixture(scope="module")
def examples_html(tmp_path_factory, examples_graph):
    return examples_graph.render(tmp_path_factory.mktemp("search") / "examples.html")


def search(page, text):
    box = page.locator("#search").bounding_box()
    page.mouse.click(box["x"] + 20, box["y"] + box["height"] / 2)
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(text)
    page.wait_for_function("() => document.getElementById('search-note').textContent !== ''")
    return page.locator("#matches button").all_inner_texts(), page.locator("#search-note").inner_text()


@pytest.mark.parametrize("typed, expected, how", [
    ("vlad", "Vladimir Putin", "prefix"),
    ("ladimir pu", "Vladimir Putin", "substring"),
    ("PUTIN", "Vladimir Putin", "case"),
    ("nicolas mad", "Nicolás Maduro", "accent in the label"),
    ("guaidó", "Juan Guaidó", "accent typed"),
    ("GUAIDO", "Juan Guaidó", "accent left out"),
    ("ukrainian", "Ukraine", "alias only"),
])
def test_search_finds_by_prefix_substring_and_alias(offline_page, examples_html, typed, expected, how):
    page = offline_page
    open_view(page, examples_html)
    found, note = search(page, typed)
    assert found and found[0].startswith(expected), (how, found)
    assert note == ("1 match" if len(found) == 1 else f"{len(found)} matches")
    if how == "alias only":
        assert "as \u201cUkrainian\u201d" in found[0]


def test_search_lists_candidates_picks_by_click_or_enter_and_says_no_match(offline_page, examples_html):
    page = offline_page
    open_view(page, examples_html)
    found, note = search(page, "an")  # in many names
    assert note == "18 matches, the first 12 listed" and len(found) == 12  # 18 labels or aliases hold "an"
    assert all("an" in text.lower() for text in found)
    target = page.locator("#matches button").nth(2)
    label = target.evaluate("b => b.firstChild.textContent")
    box = target.bounding_box()
    page.mouse.click(box["x"] + 10, box["y"] + box["height"] / 2)
    page.wait_for_function("() => document.querySelector('#panel .node-label') !== null")
    assert page.locator("#panel .node-label").inner_text() == label
    assert page.evaluate("window.graphbuild.network.getSelectedNodes().length") == 1
    search(page, "erdo")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#panel .node-label').textContent === 'Recep Tayyip Erdogan'")
    found, note = search(page, "zzqx")
    assert found == [] and note == "no match for \u201czzqx\u201d"


LONG = "https://example.org/a/very/long/namespace/that/goes/on/" + "and-on-" * 20 + "relation"


def awkward_graph(tmp_path):
    """One fact with a sentence the splitter left with a stray quote and blanks, under a long predicate IRI."""
    graph = rdflib.Graph()
    a, b, article = GBID["country/norway"], GBID["concept/talks"], GBID["article/x"]
    st, ev = GBID["statement/s"], GBID["evidence/e"]
    sentence = ' \u201d  Norway mediates talks in Oslo.  "\n'
    for node, label in ((a, "Norway"), (b, "talks")):
        graph.add((node, RDF.type, GB.Country))
        graph.add((node, RDFS.label, rdflib.Literal(label)))
    graph.add((article, RDF.type, SCHEMA.NewsArticle))
    predicate = rdflib.URIRef(LONG)
    graph.add((a, predicate, b))
    for p, o in ((RDF.type, RDF.Statement), (RDF.subject, a), (RDF.predicate, predicate), (RDF.object, b),
                 (GB.evidence, ev)):
        graph.add((st, p, o))
    graph.add((ev, GB.sentence, rdflib.Literal(sentence)))
    graph.add((ev, GB.confidence, rdflib.Literal(0.8)))
    graph.add((ev, PROV.wasDerivedFrom, article))
    start = 0
    for name, word in (("sentence", None), ("subject", "Norway"), ("object", "talks")):
        selector = rdflib.URIRef(f"{ev}#{name}")
        begin = 0 if word is None else sentence.index(word)
        end = len(sentence) if word is None else begin + len(word)
        graph.add((selector, rdflib.URIRef("http://www.w3.org/ns/oa#start"), rdflib.Literal(start + begin)))
        graph.add((selector, rdflib.URIRef("http://www.w3.org/ns/oa#end"), rdflib.Literal(start + end)))
    return render_html(graph, tmp_path / "awkward.html")


def test_trim_sentence_drops_only_stray_quotes_and_blanks():
    assert trim_sentence(' \u201d  Norway mediates talks.  "\n') == ("Norway mediates talks.", 4)
    assert trim_sentence("\u201cWe back him,\u201d Putin said.") == ("\u201cWe back him,\u201d Putin said.", 0)
    assert trim_sentence('He said "yes."') == ('He said "yes."', 0)
    assert trim_sentence('" Russia backs Maduro.') == ("Russia backs Maduro.", 2)
    assert trim_sentence('"Fine" he said."') == ('"Fine" he said.', 0)
    rows = tidy_evidence([{"sentence": '  "Norway mediates.', "subject": [3, 9], "object": None}])
    assert rows[0]["sentence"] == "Norway mediates." and rows[0]["subject"] == [0, 6]


def test_panel_shows_trimmed_sentence_and_wraps_a_long_iri(offline_page, tmp_path):
    page = offline_page
    open_view(page, awkward_graph(tmp_path))
    edge = page.evaluate("window.graphbuild.edgeView.getIds()[0]")
    page.mouse.click(*edge_point(page, edge, 0.5, off_px=3))
    page.locator("#panel .evidence-item").wait_for(timeout=10_000)
    assert page.locator("#panel blockquote").inner_text() == "Norway mediates talks in Oslo."
    assert page.locator("#panel mark").all_inner_texts() == ["Norway", "talks"]
    assert page.locator("#panel .predicate").inner_text().replace("\n", "") == LONG
    widths = page.evaluate("""() => { const p = document.getElementById('panel'), i = p.querySelector('.predicate');
        return {panel: p.clientWidth, scroll: p.scrollWidth, iri: i.getBoundingClientRect().width,
                lines: Math.round(i.getBoundingClientRect().height / parseFloat(getComputedStyle(i).lineHeight))}; }""")
    assert widths["scroll"] <= widths["panel"] and widths["iri"] <= widths["panel"]
    assert widths["lines"] >= 3  # wrapped, not cut
