"""Words per second of the default pipeline with the newswire NER against the same pipeline with the stock
NER, on the example articles, in the same run (the two NERs share one architecture, so the ratio should
be about 1).

    python benchmarks/news_ner_speed.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(nlp, corpus) -> float:
    start = time.perf_counter()
    list(nlp.pipe(corpus, batch_size=16))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from graphbuild.ingest import iter_articles
    from graphbuild.nlp import build_pipeline

    corpus = [a.text for a in iter_articles([ROOT / "examples"])] * 12
    words = sum(len(t.split()) for t in corpus)
    stock, ours = build_pipeline(news_ner=False), build_pipeline()
    print(f"{len(corpus)} documents, {words:,} words; best of {args.repeat}, order alternating")
    seconds = {"stock NER": [], "newswire NER": []}
    pipelines = [("stock NER", stock), ("newswire NER", ours)]
    for n in range(args.repeat):
        # Alternate which runs first: the second of a pair ran measurably slower here, whichever it was.
        for name, nlp in pipelines[::1 if n % 2 else -1]:
            seconds[name].append(timed(nlp, corpus))
    baseline = min(seconds["stock NER"])
    for name, runs in seconds.items():
        print(f"{name:<14} {min(runs):>7.2f} s {words / min(runs):>9,.0f} words/s {baseline / min(runs):>6.2f}x")


if __name__ == "__main__":
    main()
