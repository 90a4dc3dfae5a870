"""CPU time of each stage of a `build --jobs 1` worker, and of the main process's start, for one or more
checkouts of graphbuild run on the same texts, interleaved, each against the first (the baseline).

Stages (process CPU, ``time.process_time``, which a shared machine's load inflates less than wall time): the
pipeline load, the tokenizer and each pipeline component over all texts (spaCy's model and our components),
extraction (``extract_doc``), and pickling the records in chunks as a worker sends them. The first pass
includes loading the gazetteer tables the components and rules read (once per process); the entity fixes
and extraction are then run again on the same docs, tables loaded, for their cost per article. The start
figures are the CPU of the main process of a build until it sends its first articles to the worker (which
starts the worker), and of what a spawned worker imports before spaCy. With --build, the CPU of the whole
`build -o x.nq --jobs 1` of the same articles, main process and worker together. Train articles only.

    GRAPHBUILD_DATA=... python benchmarks/worker_stages.py --articles 40 --repeats 3 /path/to/other/checkout .
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

STAGES = r"""
import json, pickle, sys, time
t0 = time.process_time()
from graphbuild.eval.data import newswire_files
from graphbuild.extract import extract_doc
from graphbuild.ingest import make_article
from graphbuild.nlp import build_pipeline
from graphbuild.parallel import CHUNK
files = newswire_files("train")[: int(sys.argv[1])]
articles = [make_article(text=f.read_text(encoding="utf-8"), origin=str(f)) for f in files]
out = {"words": sum(len(a.text.split()) for a in articles)}
t = time.process_time()
nlp = build_pipeline()
out["load"] = time.process_time() - t
t = time.process_time()
docs = [nlp.make_doc(a.text) for a in articles]
out["tokenizer"] = time.process_time() - t
unfixed = None
for name, proc in nlp.pipeline:
    if name == "graphbuild_entity_fixes":
        unfixed = [d.copy() for d in docs]
    t = time.process_time()
    docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    out[name] = time.process_time() - t
t = time.process_time()
records = [extract_doc(doc, article) for doc, article in zip(docs, articles)]
out["extract"] = time.process_time() - t
# Again, with every table the first pass loaded in memory: the cost per article of a long build.
if unfixed is not None:
    fixes = nlp.get_pipe("graphbuild_entity_fixes")
    t = time.process_time()
    [fixes(d) for d in unfixed]
    out["entity fixes, again"] = time.process_time() - t
t = time.process_time()
[extract_doc(doc, article) for doc, article in zip(docs, articles)]
out["extract, again"] = time.process_time() - t
t = time.process_time()
for i in range(0, len(records), CHUNK):
    pickle.dumps(records[i : i + CHUNK])
out["pickle"] = time.process_time() - t
print(json.dumps(out))
"""

# The main process of `graphbuild -q build DIR -o x.nq --jobs 1` (two or more cores, so parsing goes to a worker)
# up to its first chunk of articles sent to the worker, which starts the worker: its CPU then.
MAIN_START = r"""
import os, sys, time
from concurrent.futures import process

def submit(self, *args, **kwargs):
    print(time.process_time(), flush=True)
    os._exit(0)

process.ProcessPoolExecutor.submit = submit
from graphbuild.cli.main import main
sys.argv = ["graphbuild", "-q", "build", sys.argv[1], "-o", sys.argv[2], "--jobs", "1"]
main()
"""
# What a spawned worker imports before it imports spaCy: the console script's module (spawn runs it as
# __mp_main__) and the module of the worker's functions.
WORKER_START = r"""
import time
t = time.process_time()
import graphbuild.cli.main, graphbuild.parallel
print(time.process_time() - t)
"""

MODEL = ("tokenizer", "tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def train_texts(n: int) -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from graphbuild.eval.data import newswire_files

    return [f.read_text(encoding="utf-8") for f in newswire_files("train")[:n]]


def build_cpu(checkout: Path, folder: Path) -> float:
    """CPU (user and system) of a whole `graphbuild -q build FOLDER -o x.nq --jobs 1`, its worker included."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "graphbuild", "-q", "build", str(folder), "-o", str(folder.parent / "x.nq"),
                    "--jobs", "1"], env=env, check=True, cwd=checkout, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def run(checkout: Path, code: str, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True,
                          cwd=checkout)
    return done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts", nargs="+", type=Path, help="the first is the baseline")
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--build", action="store_true", help="also the CPU of a whole build of the same articles")
    args = parser.parse_args()
    checkouts = [c.resolve() for c in args.checkouts]
    scratch = tempfile.TemporaryDirectory(prefix="worker-stages-")
    folder = Path(scratch.name) / "articles"
    folder.mkdir()
    for i, text in enumerate(train_texts(8)):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    corpus = Path(scratch.name) / "corpus"
    corpus.mkdir()
    for i, text in enumerate(train_texts(args.articles)):
        (corpus / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    figures: dict[Path, list[dict]] = {c: [] for c in checkouts}
    for _ in range(args.repeats):
        for checkout in checkouts:  # interleaved, so a change in the machine's load hits every checkout alike
            row = json.loads(run(checkout, STAGES, str(args.articles)))
            row["main start"] = float(run(checkout, MAIN_START, str(folder), str(folder.parent / "x.nq")))
            row["worker start"] = float(run(checkout, WORKER_START))
            if args.build:
                row["whole build, CPU"] = build_cpu(checkout, corpus)
            figures[checkout].append(row)
    # The least of the repeats: the load of a shared machine only ever adds to a CPU time.
    medians = {c: {k: min(r[k] for r in rows) for k in rows[0]} for c, rows in figures.items()}
    for m in medians.values():
        m["model (spaCy's parts)"] = sum(m[k] for k in MODEL if k in m)
        m["ours, worker, first pass"] = sum(v for k, v in m.items()
                                            if k.startswith("graphbuild_") or k in ("extract", "pickle"))
    base = medians[checkouts[0]]
    model = base["model (spaCy's parts)"]
    keys = [k for k in base if k != "words"]
    print(f"{args.articles} train articles ({int(base['words'])} words), least CPU seconds of {args.repeats} "
          f"interleaved repeats; ratio to {checkouts[0]}")
    print(f"{'stage':24}" + "".join(f"{c.name[-18:]:>28}" for c in checkouts))
    for key in keys:
        cells = "".join(f"{medians[c][key]:12.3f} ({medians[c][key] / base[key] if base[key] else 0:5.2f}x) "
                        f"{medians[c][key] / model:5.1%}" for c in checkouts)
        print(f"{key:24}{cells}")
    print("(last column: share of the baseline's model CPU on the same texts)")


if __name__ == "__main__":
    main()
