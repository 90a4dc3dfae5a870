"""Five analyst queries on rdflib in memory and on the Oxigraph store, same graph, same run.

Graphs of our own shape are made by the real triple writer from generated records (no NLP), at
each requested size. Prints load times, each query's time on both engines, and the ratio.

    python benchmarks/store_queries.py [--triples 100000 1000000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time

from graphbuild.rdf.writer import write_dataset
from graphbuild.records import Article, DocExtraction, Evidence, Mention, Relation
from graphbuild.resolve import resolve

PREDICATES = ["supports", "meetsWith", "warns", "visits", "criticizes", "mediates", "sanctions", "opposes"]
COUNTRIES = ["RU", "VE", "US", "CN", "NO", "BR", "IN", "FR", "DE", "TR", "IR", "UA"]
QUERIES = {
    "who met whom": """PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?a ?b WHERE { ?x gb:meetsWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }""",
    "one entity with evidence": """PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT DISTINCT ?p ?o ?sentence WHERE { ?st rdf:subject <https://w3id.org/graphbuild/id/person/person-7> ;
        rdf:predicate ?p ; rdf:object ?o ; gb:evidence/gb:sentence ?sentence }""",
    "facts one outlet asserted": """PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT DISTINCT ?s ?p ?o WHERE { ?ev gb:assertedBy <https://w3id.org/graphbuild/id/organization/interfax> .
        ?st gb:evidence ?ev ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }""",
    "path of length 2": """SELECT DISTINCT ?mid WHERE { <https://w3id.org/graphbuild/id/country/ru> ?p1 ?mid .
        ?mid ?p2 <https://w3id.org/graphbuild/id/country/ve> . FILTER (isIRI(?mid)) }""",
    "count by relation": """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?p (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } GROUP BY ?p""",
}


def make_corpus(articles: int, seed: int = 3) -> list[DocExtraction]:
    rng = random.Random(seed)
    out = []
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
                "graphbuild.rules.verb.active", 0.85, "asserted", 0 if rng.random() < 0.3 else None, "2024-01-14")))
        out.append(DocExtraction(article, tuple(mentions), tuple(relations)))
    return out


def timed(func, repeat: int = 3) -> float:
    """Best of ``repeat`` runs, in this process, so both engines are measured the same way."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query; the best counts")
    args = parser.parse_args()
    from graphbuild.rdf.formats import union_graph
    from graphbuild.store import OxigraphStore
    from graphbuild.store.oxigraph import BATCH

    for target in args.triples:
        sample = write_dataset(resolve(make_corpus(20)))
        per_article = sum(len(g) for g in sample.graphs()) / 20
        corpus = make_corpus(int(target / per_article))
        start = time.perf_counter()
        dataset = write_dataset(resolve(corpus))
        made = time.perf_counter() - start
        start = time.perf_counter()
        graph = union_graph(dataset)
        rdflib_load = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            bulk = OxigraphStore(tmp + "/bulk", create=True)
            bulk.bulk_load(dataset)
            bulk_load = time.perf_counter() - start
            bulk.close()
            start = time.perf_counter()
            store = OxigraphStore(tmp + "/store", create=True)
            store.put_dataset(dataset)
            oxigraph_load = time.perf_counter() - start
            print(f"\n{len(graph):,} triples in {len(corpus):,} articles (records written in {made:.1f} s)")
            print(f"load: rdflib in memory {rdflib_load:.1f} s, Oxigraph on disk {oxigraph_load:.1f} s "
                  f"(a transaction per {BATCH} articles), {bulk_load:.1f} s (--bulk)")
            print(f"{'query':<26} {'rdflib s':>10} {'oxigraph s':>11} {'speed-up':>9}")
            ratios = []
            for name, text in QUERIES.items():
                ox_s = timed(lambda: list(store.store.query(text)), args.repeat)
                rd_s = timed(lambda: list(graph.query(text)), args.repeat)
                ratio = rd_s / max(ox_s, 1e-4)
                ratios.append(ratio)
                print(f"{name:<26} {rd_s:>10.3f} {ox_s:>11.3f} {ratio:>8.1f}x", flush=True)
            print(f"median speed-up of the store: {statistics.median(ratios):.1f}x")
            store.close()


if __name__ == "__main__":
    main()
