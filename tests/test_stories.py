"""Five wire stories written for evaluation (tests/stories/): hand-written facts scored through graphbuild.eval,
and the negative facts they set as traps (refused, denied, planned, expected, supposed) never become edges."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT

from graphbuild.build import build
from graphbuild.eval.gold import _matches, load_gold, score_article, typed_edges
from graphbuild.eval.metrics import Counts
from graphbuild.resolve.gazetteer import fold

STORIES = ROOT / "tests" / "stories"


@pytest.fixture(scope="module")
def built():
    """(gold file name, graph, facts, traps) for each story, each built once."""
    out = []
    for file, article, facts in load_gold(STORIES):
        traps = {(fold(s), p, fold(o)) for s, p, o in json.loads(file.read_text(encoding="utf-8"))["traps"]}
        out.append((file.name, build(article).graph, facts, traps))
    return out


def test_five_stories_with_facts_people_and_traps():
    for file in sorted(STORIES.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        text = (ROOT / data["article"]).read_text(encoding="utf-8")
        assert data["facts"] and data["traps"] and data["people"], file.name
        assert 250 <= len(text.split()) <= 460, file.name
        # Every written form of every person is in the story; no trap is also a fact.
        for forms in data["people"]:
            assert all(form in text for form in forms), (file.name, forms)
        assert not {tuple(t) for t in data["traps"]} & {tuple(f) for f in data["facts"]}, file.name
    assert len(list(STORIES.glob("*.json"))) == 5


def test_no_trap_is_an_asserted_edge(built):
    asserted = []
    for name, graph, _, traps in built:
        for pairs in typed_edges(graph).values():
            asserted += [(name, trap) for trap in traps if _matches(trap, pairs)]
    assert not asserted


def _total(built) -> Counts:
    total = Counts()
    for _, graph, facts, _ in built:
        counts, _, _ = score_article(graph, facts)
        total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
    return total


def test_precision(built):
    assert _total(built).precision >= 85.0


def test_recall(built):
    assert _total(built).recall >= 75.0
