"""Words per second of each stage against the bare spaCy pipeline, on the same texts in the same run.

Texts: the example articles, the seed article and CoNLL04 train sentences grouped into documents of
about 400 words. Stages, each including the ones before it: bare spaCy (the model alone), + our two
news components, + the trained CoNLL04 relation classifier, + relation extraction, + resolution and the
RDF writer (the whole build).

    python benchmarks/pipeline_speed.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    from graphbuild.eval.data import data_dir
    from graphbuild.ingest import iter_articles

    SHARED = data_dir()

    out = [a.text for a in iter_articles([ROOT / "examples", SHARED / "articles"])]
    sentences = [" ".join(s["tokens"]) for s in json.loads((SHARED / "conll04" / "conll04_train.json").read_text())]
    doc: list[str] = []
    for sentence in sentences:
        doc.append(sentence)
        if sum(len(s.split()) for s in doc) > 400:
            out.append(" ".join(doc))
            doc = []
    return out


def best(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from graphbuild.extract import extract_doc
    from graphbuild.ingest import make_article
    from graphbuild.nlp import build_pipeline, load_model
    from graphbuild.rdf.writer import write_dataset
    from graphbuild.resolve import resolve

    corpus = texts()
    articles = [make_article(text=t, origin=f"<{i}>") for i, t in enumerate(corpus)]
    words = sum(len(t.split()) for t in corpus)
    bare, components, news = load_model(), build_pipeline(relations=False), build_pipeline()

    def extract_all():
        return [extract_doc(doc, a) for doc, a in zip(news.pipe(corpus, batch_size=16), articles)]

    stages = {
        "bare spaCy": lambda: list(bare.pipe(corpus, batch_size=16)),
        "+ news components": lambda: list(components.pipe(corpus, batch_size=16)),
        "+ relation classifier": lambda: list(news.pipe(corpus, batch_size=16)),
        "+ relation extraction": extract_all,
        "+ resolution and RDF": lambda: write_dataset(resolve(extract_all())),
    }
    print(f"{len(corpus)} documents, {words:,} words; best of {args.repeat}")
    print(f"{'stage':<24} {'seconds':>8} {'words/s':>9} {'vs bare':>8}")
    baseline = None
    for name, func in stages.items():
        seconds = best(func, args.repeat)
        baseline = baseline or seconds
        print(f"{name:<24} {seconds:>8.2f} {words / seconds:>9,.0f} {baseline / seconds:>7.2f}x")


if __name__ == "__main__":
    main()
