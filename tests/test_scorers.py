"""The scorers on small hand-made cases whose answers are worked out by hand."""
from __future__ import annotations

import pytest

from graphbuild.eval.carb import Tuple, binarise, match, score, sentence_scores
from graphbuild.eval.metrics import Counts


def test_counts():
    counts = Counts()
    counts.add({1, 2, 3}, {2, 3, 4, 5})
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 2)
    assert counts.precision == pytest.approx(200 / 3) and counts.recall == 50.0
    assert counts.f1 == pytest.approx(2 * (200 / 3) * 50 / (200 / 3 + 50))
    assert Counts().f1 == 0.0


def test_exact_match():
    gold = Tuple("met with", "Maduro", "Putin")
    assert match(gold, Tuple("met with", "Maduro", "Putin")) == (1.0, 1.0)


def test_partial_match():
    gold = Tuple("met with", "President Maduro", "Putin in Moscow")
    pred = Tuple("met", "Maduro", "Putin")
    # matched tokens: met, maduro, putin = 3; predicted tokens 3; gold tokens 2 + 2 + 3 = 7
    assert match(gold, pred) == (1.0, pytest.approx(3 / 7))


def test_no_match_without_shared_relation_or_first_argument():
    gold = Tuple("met with", "Maduro", "Putin")
    assert match(gold, Tuple("visited", "Maduro", "Putin")) is None
    assert match(gold, Tuple("met with", "Guaido", "Putin")) is None


def test_binarise_joins_later_arguments():
    assert binarise("met", ["Maduro", "Putin", "on Wednesday"]) == Tuple("met", "Maduro", "Putin on Wednesday")


def test_one_to_one_precision_and_best_recall():
    golds = [Tuple("met", "A", "B")]
    preds = [Tuple("met", "A", "B"), Tuple("met", "A", "B C")]
    precision, recall = sentence_scores(golds, preds)
    # Only one prediction can take the single gold tuple for precision; recall takes the best.
    assert precision == 1.0 and recall == 1.0


def test_threshold_curve_picks_the_best_f1():
    gold = {"s": [Tuple("met", "A", "B"), Tuple("saw", "C", "D")]}
    predicted = {"s": [Tuple("met", "A", "B", 0.9), Tuple("ate", "X", "Y", 0.5), Tuple("saw", "C", "D", 0.1)]}
    result = score(gold, predicted)
    # threshold 0.9: P 1, R 0.5 (F1 .667); 0.5: P .5, R .5 (.5); 0.1: P 2/3, R 1 (F1 .8)
    assert result["f1"] == 80.0 and result["threshold"] == 0.1
    assert result["precision"] == pytest.approx(66.67) and result["recall"] == 100.0
    # AUC along the curve in threshold order: (0.5,1) (0.5,0.5) (1,2/3): 0 + 0.5 * (0.5 + 2/3) / 2
    assert result["auc"] == pytest.approx(100 * 0.5 * (0.5 + 2 / 3) / 2, abs=0.01)


def test_sentence_without_predictions_costs_recall():
    gold = {"a": [Tuple("met", "A", "B")], "b": [Tuple("saw", "C", "D")]}
    result = score(gold, {"a": [Tuple("met", "A", "B", 0.5)]})
    assert result["precision"] == 100.0 and result["recall"] == 50.0


def test_conll04_strict_needs_types_and_spans():
    from graphbuild.eval.conll04 import gold

    sentence = {"tokens": ["John", "Smith", "works", "for", "Acme", "."],
                "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 4, "end": 5}],
                "relations": [{"type": "Work_For", "head": 0, "tail": 1}]}
    entities, relations = gold(sentence)
    assert entities == {(0, 2, "Peop"), (4, 5, "Org")}
    assert relations == {("Work_For", (0, 2), "Peop", (4, 5), "Org")}
    wrong_type = {("Work_For", (0, 2), "Peop", (4, 5), "Loc")}
    strict = Counts()
    strict.add(wrong_type, relations)
    assert strict.tp == 0
