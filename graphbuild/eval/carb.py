"""The CaRB open-IE score, implemented from the definition in Bhardwaj et al. (EMNLP 2019).

Tuples are binarised (every argument after the first joins the second). A predicted tuple and a gold
tuple match only when their relations and their first arguments share a token; their match then has a
precision (matched tokens over predicted tokens, summed over the slots) and a recall (matched over gold
tokens). Within a sentence, precision pairs predictions and gold tuples one to one, greedily by
precision; recall takes, for each gold tuple, the best recall any prediction reaches. Corpus precision and
recall sum these over sentences and divide by the number of predicted and of gold tuples. The reported F1
is the best over confidence thresholds, and AUC is the area under the precision-recall curve they trace.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Tuple:
    relation: str
    arg1: str
    arg2: str = ""
    confidence: float = 1.0


def tokens(text: str) -> Counter:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def binarise(relation: str, args: list[str], confidence: float = 1.0) -> Tuple:
    return Tuple(relation.strip(), args[0].strip() if args else "", " ".join(a.strip() for a in args[1:]).strip(),
                 confidence)


def match(gold: Tuple, pred: Tuple) -> tuple[float, float] | None:
    """(precision, recall) of one prediction against one gold tuple, or None when they do not match."""
    matched = pred_total = gold_total = 0
    for slot, required in (("relation", True), ("arg1", True), ("arg2", False)):
        g, p = tokens(getattr(gold, slot)), tokens(getattr(pred, slot))
        common = sum((g & p).values())
        if required and common == 0:
            return None
        matched += common
        pred_total += sum(p.values())
        gold_total += sum(g.values())
    return (matched / pred_total if pred_total else 0.0, matched / gold_total if gold_total else 0.0)


def sentence_scores(golds: list[Tuple], preds: list[Tuple]) -> tuple[float, float]:
    """Summed precision over the predictions and summed recall over the gold tuples of one sentence."""
    scores = {(i, j): match(g, p) for i, g in enumerate(golds) for j, p in enumerate(preds)}
    recall = sum(max((s[1] for (i2, _), s in scores.items() if i2 == i and s), default=0.0) for i in range(len(golds)))
    used_gold, used_pred, precision = set(), set(), 0.0
    for (i, j), s in sorted(((k, v) for k, v in scores.items() if v), key=lambda kv: (-kv[1][0], kv[0])):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            precision += s[0]
    return precision, recall


def score(gold: dict[str, list[Tuple]], predicted: dict[str, list[Tuple]]) -> dict:
    """F1 at the best threshold, AUC, and the precision and recall at that threshold (all x100)."""
    n_gold = sum(len(v) for v in gold.values())
    thresholds = sorted({p.confidence for preds in predicted.values() for p in preds}, reverse=True)
    curve = []
    for threshold in thresholds:
        kept = {s: [p for p in preds if p.confidence >= threshold] for s, preds in predicted.items()}
        n_pred = sum(len(v) for v in kept.values())
        p_sum = r_sum = 0.0
        for sentence, golds in gold.items():
            ps, rs = sentence_scores(golds, kept.get(sentence, []))
            p_sum += ps
            r_sum += rs
        precision = p_sum / n_pred if n_pred else 0.0
        recall = r_sum / n_gold if n_gold else 0.0
        curve.append((threshold, precision, recall))
    best = max(curve, key=lambda c: _f1(c[1], c[2]), default=(0.0, 0.0, 0.0))
    # The curve in threshold order (recall never falls as the threshold drops), as sklearn's auc reads it.
    points = [(r, p) for _, p, r in curve]
    auc = sum((r2 - r1) * (p1 + p2) / 2 for (r1, p1), (r2, p2) in zip(points, points[1:]))
    return {"f1": round(100 * _f1(best[1], best[2]), 2), "auc": round(100 * auc, 2),
            "precision": round(100 * best[1], 2), "recall": round(100 * best[2], 2),
            "threshold": best[0], "gold_tuples": n_gold,
            "predicted_tuples": sum(len(v) for v in predicted.values())}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: str | Path) -> dict[str, list[Tuple]]:
    """CaRB gold TSV: sentence, relation, arg1, arg2, ..."""
    out: dict[str, list[Tuple]] = defaultdict(list)
    for number, line in enumerate(_lines(path), start=1):
        cells = line.split("\t")
        if len(cells) < 3:
            raise InputError(f"line {number} has fewer than 3 tab-separated cells", path=str(path))
        out[cells[0].strip()].append(binarise(cells[1], cells[2:]))
    return dict(out)


def read_predictions(path: str | Path) -> dict[str, list[Tuple]]:
    """Our TSV: sentence, confidence, relation, arg1, arg2, ..."""
    out: dict[str, list[Tuple]] = defaultdict(list)
    for number, line in enumerate(_lines(path), start=1):
        cells = line.split("\t")
        try:
            confidence = float(cells[1])
        except (IndexError, ValueError):
            raise InputError(f"line {number}: the second cell must be a confidence", path=str(path)) from None
        out[cells[0].strip()].append(binarise(cells[2] if len(cells) > 2 else "", cells[3:], confidence))
    return dict(out)


def _lines(path: str | Path) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot be read ({err})", path=str(path)) from None
    return [line for line in text.splitlines() if line.strip()]
