"""Five analyst queries on rdflib in memory and on the Oxigraph store, same graph, same run.

Graphs of our own shape are made by the real triple writer from generated records (no NLP), at
each requested size, and written as N-Quads in the store's own layout (each triple in its article
graph and again in the default graph), a chunk of articles at a time; the store loads that file with
Oxigraph's bulk loader, so no size goes through rdflib or sits in memory whole. rdflib gets the same
triples in memory up to --rdflib-max (the process held 1.2 GiB at 0.9M triples).

Each query's time is the CPU time of the calling thread, best of --repeat: both engines evaluate a
query in that thread, and on a shared machine wall time mostly measures the neighbours (--wall
measures wall time instead).

    python benchmarks/store_queries.py [--triples 100000 1000000] [--repeat 3] [--rdflib-max 1000000]
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's graphbuild

from graphbuild.records import Article, DocExtraction, Evidence, Mention, Relation  # noqa: E402

PREDICATES = ["supports", "meetsWith", "warns", "visits", "criticizes", "mediates", "sanctions", "opposes"]
COUNTRIES = ["RU", "VE", "US", "CN", "NO", "BR", "IN", "FR", "DE", "TR", "IR", "UA"]
CHUNK = 2000  # articles resolved and written at a time, so that 10M triples never sit in memory
GB = "PREFIX gb: <https://w3id.org/graphbuild/ontology#> "
RDF = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
RU, VE = "<https://w3id.org/graphbuild/id/country/ru>", "<https://w3id.org/graphbuild/id/country/ve>"
OUTLET = "<https://w3id.org/graphbuild/id/organization/interfax>"
# Each query in every form we tried, the first as an analyst writes it. All forms give the same answers on
# our graphs (tests/test_store.py checks it on both engines), and each engine is timed at its best form: the
# forms that help one engine can cost the other thirty times more.
# - Sub-selects: Oxigraph joins two sub-selects by hashing one side, but joins triple patterns one looked-up row
#   at a time (~8 us an index lookup on disk); when most rows of a pattern take part, scanning it whole and
#   hashing is cheaper. rdflib joins sub-selects by nested loops, so it keeps the plain form.
# - ?mid is a subject, so never a literal, and the writer mints no blank nodes: FILTER (isIRI(?mid)) removes
#   nothing, yet on Oxigraph it made the plan 2.5 times slower.
# - Every rdf:Statement has exactly one rdf:subject, rdf:predicate and rdf:object (ontologies/shapes.ttl) and
#   only statements have them (rdfs:domain), so counting statements by predicate needs no other join.
FORMS = {
    "who met whom": [
        GB + RDFS + "SELECT DISTINCT ?a ?b WHERE { ?x gb:meetsWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }",
        GB + RDFS + "SELECT DISTINCT ?a ?b WHERE { { SELECT DISTINCT ?x ?y WHERE { ?x gb:meetsWith ?y } } "
        "{ SELECT ?x ?a WHERE { ?x rdfs:label ?a } } { SELECT ?y ?b WHERE { ?y rdfs:label ?b } } }",
    ],
    "one entity with evidence": [
        GB + RDF + "SELECT DISTINCT ?p ?o ?sentence WHERE { ?st rdf:subject "
        "<https://w3id.org/graphbuild/id/person/person-7> ; rdf:predicate ?p ; rdf:object ?o ; "
        "gb:evidence/gb:sentence ?sentence }",
    ],
    "facts one outlet asserted": [
        GB + RDF + f"SELECT DISTINCT ?s ?p ?o WHERE {{ ?ev gb:assertedBy {OUTLET} . "
        "?st gb:evidence ?ev ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }",
        GB + RDF + f"SELECT DISTINCT ?s ?p ?o WHERE {{ {{ SELECT ?st WHERE {{ ?ev gb:assertedBy {OUTLET} . "
        "?st gb:evidence ?ev } } { SELECT ?st ?s WHERE { ?st rdf:subject ?s } } "
        "{ SELECT ?st ?p WHERE { ?st rdf:predicate ?p } } { SELECT ?st ?o WHERE { ?st rdf:object ?o } } }",
        GB + RDF + f"SELECT DISTINCT ?s ?p ?o WHERE {{ {{ SELECT ?ev WHERE {{ ?ev gb:assertedBy {OUTLET} }} }} "
        "{ SELECT ?st ?ev WHERE { ?st gb:evidence ?ev } } { SELECT ?st ?s WHERE { ?st rdf:subject ?s } } "
        "{ SELECT ?st ?p WHERE { ?st rdf:predicate ?p } } { SELECT ?st ?o WHERE { ?st rdf:object ?o } } }",
    ],
    "path of length 2": [
        f"SELECT DISTINCT ?mid WHERE {{ {RU} ?p1 ?mid . ?mid ?p2 {VE} . FILTER (isIRI(?mid)) }}",
        f"SELECT DISTINCT ?mid WHERE {{ {RU} ?p1 ?mid . ?mid ?p2 {VE} . }}",
        f"SELECT DISTINCT ?mid WHERE {{ {{ SELECT DISTINCT ?mid WHERE {{ {RU} ?p1 ?mid }} }} "
        f"{{ SELECT DISTINCT ?mid WHERE {{ ?mid ?p2 {VE} }} }} }}",
    ],
    "count by relation": [
        RDF + "SELECT ?p (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; "
        "rdf:object ?o } GROUP BY ?p",
        RDF + "SELECT ?p (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st rdf:predicate ?p } GROUP BY ?p",
    ],
}
QUERIES = {name: forms[0] for name, forms in FORMS.items()}  # as first written


# Who a fact is attributed to (gb:assertedBy): (share of relations with a source, share of those whose source is
# the queried outlet). "real" is measured by benchmarks/source_shares.py on 150 newswire train articles: 7.4% of
# evidence links name a source, and the busiest source has 17.5% of those. "skewed" is the stress shape this script
# first used: the outlet is the source of 30% of all relations in every article.
SHAPES = {"real": (0.074, 0.175), "skewed": (0.3, 1.0)}


def _source(rng: random.Random, shape: str) -> int | None:
    sourced, outlet = SHAPES[shape]
    if rng.random() >= sourced:
        return None
    # The other sources are the article's own people and countries, as speakers are in real articles.
    return 0 if outlet == 1.0 or rng.random() < outlet else rng.randrange(1, 10)


def iter_corpus(articles: int, seed: int = 3, shape: str = "real"):
    rng = random.Random(seed)
    sources = random.Random(seed + 1)  # its own stream: the shapes differ in sources only, not in facts
    for a in range(articles):
        text = " ".join(f"Sentence {i} of article {a} says something." for i in range(12))
        article = Article(id=f"https://example.org/{a}", text=text, title=f"Article {a}", published="2024-01-15")
        mentions = [Mention(0, 0, 8, "Interfax", "Interfax", "Organization", "org:Interfax")]
        for i in range(1, 10):
            if rng.random() < 0.4:
                iso = rng.choice(COUNTRIES)
                mentions.append(Mention(i, i * 30, i * 30 + 6, iso, iso, "Country", f"country:{iso}"))
            else:
                name = f"Person {rng.randrange(2000)}"
                mentions.append(Mention(i, i * 30, i * 30 + 8, name, name, "Person"))
        relations = []
        for r in range(8):
            s, o = rng.sample(range(1, 10), 2)
            start = r * 40
            relations.append(Relation(s, rng.choice(PREDICATES), o, Evidence(
                article.id, text[start : start + 38], start, start + 38, (start, start + 5), (start + 10, start + 15),
                "graphbuild.rules.verb.active", 0.85, "asserted", _source(sources, shape), "2024-01-14")))
        yield DocExtraction(article, tuple(mentions), tuple(relations))


def make_corpus(articles: int, seed: int = 3, shape: str = "real") -> list[DocExtraction]:
    return list(iter_corpus(articles, seed, shape))


def article_triples(articles: int, shape: str = "real"):
    """(article IRI, its rdflib triples) from the real resolver and writer, ``CHUNK`` articles at a time."""
    from graphbuild.rdf.writer import article_graphs
    from graphbuild.resolve import resolve

    stream = iter_corpus(articles, shape=shape)
    while part := [ex for _, ex in zip(range(CHUNK), stream)]:
        yield from article_graphs(resolve(part))


def per_article(sample: int = 1000) -> float:
    """Triples an article adds to the union: fewer than its graph holds, since countries, outlets and known
    people are shared, so sizes are reached from a sample's union rather than from one article's graph."""
    union = set()
    for _, triples in article_triples(sample):
        union.update(triples)
    return len(union) / sample


def write_nquads(path: Path, articles: int, graph=None, shape: str = "real") -> None:
    """The articles as N-Quads in the store's layout; their union also into the rdflib ``graph``."""
    from graphbuild.rdf.quads import QuadMaker

    maker, default = QuadMaker(), ox.DefaultGraph()
    with open(path, "wb") as out:
        quads = []
        for name, triples in article_triples(articles, shape):
            node = maker.iri(str(name))
            for s, p, o in maker.triples(triples):
                quads += (ox.Quad(s, p, o, node), ox.Quad(s, p, o, default))
            if graph is not None:
                for triple in triples:
                    graph.add(triple)
            if len(quads) > 200_000:
                ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
                quads = []
        ox.serialize(quads, out, ox.RdfFormat.N_QUADS)


# Renamed in each copy: what belongs to one article (its IRI, statements, evidence, events, merges, concepts)
# and the people, so that a copy brings new facts as new articles do; countries and outlets are shared.
_PER_ARTICLE = re.compile(rb"(/id/(?:article|evidence|statement|merge|event|concept|person)/)|(https://example\.org/)")


def replicate(path: Path, copies: int) -> None:
    """Append ``copies - 1`` copies of the N-Quads file, each article's own IRIs renamed, so that the copies are
    new articles about new people and the same countries: the shape of a larger corpus, made in seconds rather than
    by writing every article again (10M triples through the writer take ~6 minutes)."""
    size = path.stat().st_size
    with open(path, "ab") as out:
        for k in range(1, copies):
            tag = b"c%d-" % k
            with open(path, "rb") as base:
                done = 0
                while done < size and (chunk := base.read(min(64 << 20, size - done))):
                    if done + len(chunk) < size:
                        chunk += base.readline()  # whole lines only
                    done += len(chunk)
                    out.write(_PER_ARTICLE.sub(lambda m: m.group(0) + tag, chunk))


def _rows(result) -> list:
    return sorted(tuple(str(term) for term in solution) for solution in result)


def rss_gib() -> float:
    with open("/proc/self/status") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return kib / 2**20


def timed(func, repeat: int = 3, clock=time.thread_time) -> float:
    """Best of ``repeat`` runs, in this process, so both engines are measured the same way."""
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        func()
        best = min(best, clock() - start)
    return best


def run_size(target: int, args, tmp: Path, clock) -> list[float]:
    import rdflib

    from graphbuild.store import OxigraphStore

    articles = int(target / per_article())
    graph = rdflib.Graph() if target <= args.rdflib_max else None
    copies = max(1, round(target / args.copies_over)) if target > args.copies_over else 1
    start = time.perf_counter()
    nquads = tmp / f"{target}.nq"
    write_nquads(nquads, articles // copies, graph, args.shape)
    replicate(nquads, copies)
    made = time.perf_counter() - start
    start = time.perf_counter()
    store = OxigraphStore(tmp / f"store-{target}", create=True)
    store.begin_bulk()
    store.store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    store.end_bulk()
    loaded = time.perf_counter() - start
    nquads.unlink()
    made_how = f"{articles // copies:,} written, {copies} copies" if copies > 1 else "written"
    print(f"\n{len(store):,} triples in {articles // copies * copies:,} articles ({made_how}): N-Quads made in {made:.0f} s "
          f"(rdflib graph {'filled too' if graph is not None else 'skipped'}); Oxigraph bulk load {loaded:.0f} s; "
          f"RSS {rss_gib():.1f} GiB")
    if rss_gib() > args.max_rss_gib:
        print(f"RSS over {args.max_rss_gib} GiB: stopping here")
        store.close()
        raise SystemExit(1)
    print(f"{'query, form':<30} {'rdflib s':>10} {'oxigraph s':>11}")
    ratios, first = [], []
    for name, forms in FORMS.items():
        answers = _rows(store.store.query(forms[0]))
        rd_times, ox_times = [], []
        for i, query in enumerate(forms):
            if i and _rows(store.store.query(query)) != answers:
                print(f"{name}: form {i} gives other answers than form 0")
            ox_times.append(timed(lambda: list(store.store.query(query)), args.repeat, clock))
            # rdflib joins sub-selects by nested loops (who met whom, 90k triples: 3.9 s against 0.12 s):
            # it is timed on the forms without them, which are its best.
            slow = query.count("SELECT") > 1 or graph is None
            rd_times.append(None if slow else timed(lambda: list(graph.query(query)), args.repeat, clock))
            rd = "-" if rd_times[-1] is None else f"{rd_times[-1]:.3f}"
            print(f"{name + f', form {i}':<30} {rd:>10} {ox_times[-1]:>11.3f}", flush=True)
        if graph is not None:
            best_rd = min(t for t in rd_times if t is not None)
            ratios.append(best_rd / max(min(ox_times), 1e-4))
            first.append(rd_times[0] / max(ox_times[0], 1e-4))
            print(f"{'  speed-up, best forms':<30} {ratios[-1]:>21.1f}x  (form 0 on both: {first[-1]:.1f}x)")
    if ratios:
        print(f"median speed-up of the store, each engine at its best form: {statistics.median(ratios):.1f}x "
              f"({statistics.median(first):.1f}x with the queries as first written)")
    store.close()
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query; the best counts")
    parser.add_argument("--rdflib-max", type=int, default=1_000_000, help="larger graphs are queried on Oxigraph only")
    parser.add_argument("--max-rss-gib", type=float, default=8.0, help="stop when this process grows past it")
    parser.add_argument("--copies-over", type=int, default=2_000_000,
                        help="larger sizes are copies of a graph this size, each article's IRIs renamed")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="real",
                        help="how facts are attributed to sources (see SHAPES); skewed: one outlet in every article")
    parser.add_argument("--wall", action="store_true", help="time wall clock instead of this thread's CPU time")
    args = parser.parse_args()
    clock = time.perf_counter if args.wall else time.thread_time
    print(f"times: {'wall clock' if args.wall else 'CPU time of the querying thread'}, best of {args.repeat}")
    with tempfile.TemporaryDirectory() as name:
        for target in args.triples:
            run_size(target, args, Path(name), clock)


if __name__ == "__main__":
    main()
