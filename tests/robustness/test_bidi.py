"""Bidi controls in labels and sentences cannot turn text around in the HTML view (real Chromium, offline)."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import RDFS

from graphbuild.viz.html import render_html

pytestmark = [pytest.mark.hostile, pytest.mark.browser]

CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Read left to right, the words between the controls would show as "for instance".
SENTENCE = "Norway mediated talks between Colombia and the ELN \u202eecnatsni rof\u202c in Oslo on Monday."


@pytest.fixture(scope="module")
def page_path(tmp_path_factory):
    import graphbuild

    graph = graphbuild.build([SENTENCE]).graph
    norway = next(s for s, o in graph.subject_objects(RDFS.label) if str(o) == "Norway")
    graph.set((norway, RDFS.label, rdflib.Literal("Nor\u202eway\u2066 x")))
    return render_html(graph, tmp_path_factory.mktemp("bidi") / "bidi.html")


def _panel_text(page) -> str:
    return page.evaluate("document.getElementById('panel').textContent")


def test_bidi_controls_show_as_code_points_and_highlights_stay_on_the_names(offline_page, page_path):
    page = offline_page
    page.goto(page_path.as_uri())
    page.wait_for_function("() => window.graphbuildReady === true", timeout=60_000)
    edge = page.evaluate("""() => { const d = window.graphbuild.details.edges;
        return Object.keys(d).find(k => d[k].label === 'mediates'); }""")
    assert edge is not None, "the rules should find that Norway mediated the talks"
    page.evaluate(f"window.graphbuild.showEdge({edge})")
    text = _panel_text(page)
    assert not any(c in text for c in CONTROLS)
    assert "[U+202E]ecnatsni rof[U+202C]" in text and "Nor[U+202E]way[U+2066] x" in text
    # The offsets of the two mentions still pick out the names around the controls.
    assert page.evaluate("document.querySelector('#panel mark.subject').textContent") == "Norway"
    assert page.evaluate("document.querySelector('#panel mark.object').textContent") == "talks"
    assert page.evaluate("getComputedStyle(document.querySelector('#panel strong')).unicodeBidi") == "isolate"
    node = page.evaluate("""() => { const d = window.graphbuild.details.nodes;
        return Object.keys(d).find(k => d[k].label.startsWith('Nor')); }""")
    page.evaluate(f"window.graphbuild.showNode({node})")
    assert "Nor[U+202E]way[U+2066] x" in _panel_text(page) and not any(c in _panel_text(page) for c in CONTROLS)
    assert page.evaluate(f"window.graphbuild.nodes.get({node}).label") == "Nor[U+202E]way[U+2066] x"
    assert page.errors == []
