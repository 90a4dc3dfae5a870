"""A trained relation classifier for the five CoNLL04 relation types, as a spaCy component.

Each pair of entities whose types allow a CoNLL04 relation is a candidate; the entity types decide which
relation it can be (a person and an organisation can only stand in Work_For), so the model only says
yes or no. Features are hashed strings read off the parse: the dependency path between the two
entities (with and without its words), the words between them, and the words beside them, each joined
with the type pair. Weights are a logistic regression trained by ``graphbuild train conll04`` and
shipped in ``graphbuild/models/conll04``.
"""
from __future__ import annotations

import json
import zlib
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

DIM = 2**18
# The relation each ordered pair of CoNLL04 entity types can stand in.
TYPE_PAIRS = {("Peop", "Org"): "Work_For", ("Peop", "Peop"): "Kill", ("Org", "Loc"): "OrgBased_In",
              ("Peop", "Loc"): "Live_In", ("Loc", "Loc"): "Located_In"}
SPACY_TYPES = {"PERSON": "Peop", "ORG": "Org", "GPE": "Loc", "LOC": "Loc", "FAC": "Loc",
               "Peop": "Peop", "Org": "Org", "Loc": "Loc"}
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "conll04"

if not Doc.has_extension("conll04_relations"):
    # (head start char, head end char, tail start char, tail end char, relation type, probability)
    Doc.set_extension("conll04_relations", default=())


def candidates(doc: Doc):
    """Ordered pairs of entities in one sentence whose types allow a relation, and that relation."""
    by_sentence: dict[int, list] = {}
    for ent in doc.ents:
        kind = SPACY_TYPES.get(ent.label_)
        if kind:
            by_sentence.setdefault(ent.sent.start, []).append((ent, kind))
    for ents in by_sentence.values():
        for head, head_type in ents:
            for tail, tail_type in ents:
                if head.start != tail.start and (head_type, tail_type) in TYPE_PAIRS:
                    yield head, tail, TYPE_PAIRS[(head_type, tail_type)]


def _path(a, b) -> list:
    """Tokens from a up to the lowest common ancestor and down to b, with the direction of each step."""
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    ids_b = {t.i for t in up_b}
    common = next((t for t in up_a if t.i in ids_b), None)
    if common is None:
        return []
    left = [(t, "^") for t in up_a[: [t.i for t in up_a].index(common.i)]]
    right = [(t, "v") for t in reversed(up_b[: [t.i for t in up_b].index(common.i)])]
    return left + [(common, "=")] + right


def features(head: Span, tail: Span, relation: str) -> list[str]:
    doc = head.doc
    path = _path(head.root, tail.root)
    inner = path[1:-1]
    out = ["bias", f"dist={min(abs(tail.start - head.end), 10)}", f"order={head.start < tail.start}"]
    out.append("upath=" + " ".join(f"{t.dep_}{d}" for t, d in path))
    out.append("lpath=" + " ".join(f"{t.dep_}{d}{t.lemma_.lower()}" for t, d in inner))
    out.append(f"plen={min(len(path), 8)}")
    out += [f"pw={t.lemma_.lower()}" for t, _ in inner]
    out += [f"pd={t.dep_}{d}" for t, d in inner]
    lo, hi = (head.end, tail.start) if head.start < tail.start else (tail.end, head.start)
    between = doc[lo:hi]
    out += [f"bw={t.lemma_.lower()}" for t in between][:12]
    out.append(f"nbetween={min(len(between), 12)}")
    if len(between):
        out += [f"bfirst={between[0].lower_}", f"blast={between[-1].lower_}"]
    if head.start > 0:
        out.append(f"before={doc[head.start - 1].lower_}")
    if tail.end < len(doc):
        out.append(f"after={doc[tail.end].lower_}")
    out.append(f"hroot={head.root.dep_}")
    out.append(f"troot={tail.root.dep_}")

    return [f"{relation}|{f}" for f in out]


def hashed(feats: list[str]) -> np.ndarray:
    return np.array(sorted({zlib.crc32(f.encode("utf-8")) % DIM for f in feats}), dtype=np.int64)


class RelationModel:
    def __init__(self, weights: np.ndarray, threshold: float = 0.5):
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls, folder: Path = MODEL_DIR) -> RelationModel:
        data = np.load(folder / "relations.npz")
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        weights = np.zeros(DIM, dtype=np.float32)
        weights[data["index"]] = data["value"]
        return cls(weights, float(meta["threshold"]))

    def save(self, folder: Path, meta: dict) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        index = np.flatnonzero(np.abs(self.weights) > 1e-6)
        np.savez_compressed(folder / "relations.npz", index=index.astype(np.int32),
                            value=self.weights[index].astype(np.float32))
        (folder / "meta.json").write_text(json.dumps({**meta, "threshold": self.threshold}, indent=2, sort_keys=True) + "\n")

    def probability(self, index: np.ndarray) -> float:
        return float(1.0 / (1.0 + np.exp(-self.weights[index].sum())))

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for head, tail, relation in candidates(doc):
            p = self.probability(hashed(features(head, tail, relation)))
            if p >= self.threshold:
                found.append((head.start_char, head.end_char, tail.start_char, tail.end_char, relation, round(p, 4)))
        doc._.conll04_relations = tuple(found)
        return doc


@Language.factory("graphbuild_conll04_relations", assigns=["doc._.conll04_relations"],
                  requires=["doc.ents", "token.dep"], default_config={"threshold": None})
def make_conll04_relations(nlp: Language, name: str, threshold: float | None):
    """``threshold`` None keeps the one chosen on CoNLL04 dev."""
    model = RelationModel.load()
    if threshold is not None:
        model.threshold = threshold
    return model
