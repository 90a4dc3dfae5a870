"""A build in batches: articles are read, parsed, extracted, resolved and written ``batch_size`` at a time.

Only one batch of records and graphs is held at once. Names of people built in earlier batches (and
already in the store) anchor the next batch's resolution, as a store anchors one day's build on the
last. With a store, each batch's article graphs commit in one transaction and a build log records
each article's content hash, so a rerun skips what is done and a killed build resumes where it stopped."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import NoArticlesError
from .ingest import Skipped, iter_articles, make_article
from .parallel import extract_stream
from .records import ASSERTING, Article, DocExtraction

BATCH_SIZE = 256  # articles resolved together: whole days of news for most feeds, a few MB of records


@dataclass
class Summary:
    built: int = 0
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: set = field(default_factory=set)
    edges: set = field(default_factory=set)
    seconds: float = 0.0
    articles: list[Article] | None = None  # kept only when asked (small in-memory builds)

    @property
    def unchanged(self) -> int:
        return sum(1 for s in self.skipped if s.reason == ALREADY_BUILT)


ALREADY_BUILT = "already built (unchanged since the last build into this store)"


# Classes a name keeps once stored (see resolve: known_types).
KEPT_TYPES = ("Person", "Organization", "Group", "City", "Place", "Event")

def _looks_like_text(item: str) -> bool:
    import os

    # A string is text, not a path, when it has a line break, is long, or has spaces and names no file.
    return "\n" in item or len(item) > 400 or (" " in item and not os.path.exists(item))


def read_sources(sources: Iterable, *, skipped: list[Skipped], stdin_format: str = "text") -> Iterator[Article]:
    """Articles in input order, each id once (the first wins); bad files in folders land in ``skipped``."""
    seen: set[str] = set()

    def items():
        paths = []
        for index, item in enumerate(sources):
            if isinstance(item, Article):
                yield item
            elif isinstance(item, str) and _looks_like_text(item):
                yield make_article(text=item, origin=f"<text {index}>")
            else:
                paths.append(item)
        yield from iter_articles(paths, skipped=skipped, stdin_format=stdin_format)

    for article in items():
        if article.id in seen:
            continue
        seen.add(article.id)
        yield article


def stream_build(sources: Iterable, *, sinks: list, model: str, fixes: bool = True,
                 resolver: str = "graphbuild.rules.v1", stdin_format: str = "text", batch_size: int = BATCH_SIZE,
                 jobs: int = 1, dask: str | None = None, store=None, bulk: bool = False, force: bool = False,
                 progress: Callable[[Summary], None] | None = None, on_stored: Callable[[str], None] | None = None,
                 keep_articles: bool = False, nlp=None, extract=None, apart: bool = False) -> Summary:
    """Build ``sources`` batch by batch into ``sinks`` and ``store``; the Summary says what was done.

    ``extract`` replaces parsing (an iterator of Articles to one of DocExtractions), for benchmarks
    of the stages after it. ``apart``: parse in a worker process even at one job (see parallel.py)."""
    from .anchors import KnownLabels, KnownPeople, KnownTypes
    from .rdf.quads import QuadMaker
    from .rdf.terms import GB

    start = time.perf_counter()
    summary = Summary(articles=[] if keep_articles else None)
    log = None
    if store is not None and not bulk:
        # Imported only for a store: the store package brings rdflib's SPARQL parser, a build into a file needs
        # none of it, and what this process imports before parsing starts adds to the wall clock.
        from .store.buildlog import BuildLog, content_hash

        log = BuildLog(store.path)
    in_store = {iri for iri, _ in store.articles()} if log is not None else set()
    known = KnownPeople(store.labels_of_type(str(GB.Person)) if store is not None else ())
    # Every name the store holds keeps its class; the first class listed wins a label held by two.
    known_types = KnownTypes()
    for type_ in KEPT_TYPES if store is not None else ():
        for label in store.labels_of_type(str(GB[type_])):
            known_types.add(label, type_)
    # The people, classes and labels earlier batches built, handed to each later one.
    anchors = (known, known_types, KnownLabels())
    maker = QuadMaker()
    options = (model, fixes, resolver)
    digests: dict[str, str] = {}

    def todo() -> Iterator[Article]:
        from .rdf.writer import article_iri

        for article in read_sources(sources, skipped=summary.skipped, stdin_format=stdin_format):
            if log is not None:
                digest = content_hash(article, *options)
                if not force and log.is_done(article.id, digest) and str(article_iri(article)) in in_store:
                    summary.skipped.append(Skipped(article.origin or article.id, ALREADY_BUILT))
                    if progress:
                        progress(summary)
                    continue
                digests[article.id] = digest
            yield article

    if bulk and store is not None:
        store.begin_bulk()
    if extract is None and (jobs > 1 or apart or dask):
        # Parsing happens in other processes: this one would wait idle, then load the tables resolution
        # reads once the last article is parsed. Loading them meanwhile takes that time off the end.
        threading.Thread(target=_warm_quietly, name="graphbuild-warm", daemon=True).start()
    batch: list[DocExtraction] = []
    try:
        extractions = extract(todo()) if extract else extract_stream(todo(), model=model, fixes=fixes, jobs=jobs,
                                                                     dask=dask, nlp=nlp, apart=apart)
        for extraction in extractions:
            batch.append(extraction)
            summary.built += 1
            summary.words += len(extraction.article.text.split())
            if progress:
                progress(summary)
            if len(batch) >= batch_size:
                _write_batch(batch, resolver, anchors, sinks, store, bulk, log, digests, maker, summary, on_stored)
                batch = []
        if batch:
            _write_batch(batch, resolver, anchors, sinks, store, bulk, log, digests, maker, summary, on_stored)
        if bulk and store is not None:
            store.end_bulk()
    except BaseException:
        for sink in sinks:
            sink.abort()
        raise
    finally:
        if log is not None:
            log.close()
    if not summary.built and not summary.unchanged:
        for sink in sinks:
            sink.abort()
        reasons = "; ".join(f"{s.origin}: {s.reason}" for s in summary.skipped)
        raise NoArticlesError("no readable article in the input" + (
            f" ({len(summary.skipped)} file(s) skipped: {reasons})" if summary.skipped else ""))
    for sink in sinks:
        sink.close()
    summary.seconds = time.perf_counter() - start
    return summary


def warm_tables() -> None:
    """Load the tables that resolving and writing the first batch would load: GeoNames' countries and cities,
    the other gazetteers, the concept lexicon. Each is built once per process (they are cached)."""
    from .extract import lexicon  # noqa: F401  (concept keys read its nouns)
    from .rdf import writer  # noqa: F401
    from .resolve import gazetteer, kinds, resolver  # noqa: F401

    for table in (gazetteer.countries, gazetteer.country_names, gazetteer.demonyms, gazetteer.capitals,
                  gazetteer.organisation_names, gazetteer.wikidata_ids, kinds.cities, gazetteer.city_geonameids):
        table()


def _warm_quietly() -> None:
    try:
        warm_tables()
    except Exception:  # noqa: BLE001  (a table that cannot load fails the build where resolution reads it)
        pass


def _write_batch(batch, resolver, anchors, sinks, store, bulk, log, digests, maker, summary, on_stored) -> None:
    from .rdf.writer import article_graphs
    from .resolve import RESOLVERS

    known, known_types, labels = anchors
    people = known.for_batch(batch)
    corpus = RESOLVERS[resolver](batch, known_people=people, known_types=known_types.for_batch(batch, people))
    # A key an earlier batch minted keeps that batch's label (anchors.KnownLabels).
    corpus = replace(corpus, entities=labels.settle(corpus.entities))
    graphs = [(str(name), triples) for name, triples in article_graphs(corpus)]
    for sink in sinks:
        sink.write(graphs, maker)
    if store is not None:
        ox_graphs = {name: maker.triples(triples) for name, triples in graphs}
        if bulk:
            store.bulk_triples(ox_graphs)
            for name in ox_graphs:
                if on_stored:
                    on_stored(name)
        else:
            store.put_triples(ox_graphs, on_graph=on_stored)
            store.flush()
        if log is not None:
            log.record([(ex.article.id, digests[ex.article.id]) for ex in batch])
    # Counts for the summary, and the people whose names anchor the next batch.
    for entity in corpus.entities:
        summary.entities.add(entity.key)
        if entity.type == "Person":
            known.add(entity.label)
        if entity.type in KEPT_TYPES:
            known_types.add(entity.label, entity.type)
    for ex in batch:
        for rel in ex.relations:
            if rel.evidence.modality in ASSERTING:
                summary.edges.add((corpus.key_of(ex.article.id, rel.subject), rel.predicate,
                                   corpus.key_of(ex.article.id, rel.object)))
        if summary.articles is not None:
            summary.articles.append(ex.article)
        digests.pop(ex.article.id, None)


def count_articles(sources: Iterable) -> int | None:
    """A quick estimate of how many articles ``sources`` hold, for the progress bar: a file is one article,
    a .jsonl file one a non-empty line. None for stdin."""
    import glob

    from .ingest.readers import EXTENSIONS

    total = 0
    for item in sources:
        if isinstance(item, Article) or (isinstance(item, str) and _looks_like_text(item)):
            total += 1
            continue
        if str(item) == "-":
            return None
        text = str(item)
        paths = [Path(p) for p in sorted(glob.glob(text, recursive=True))] if any(c in text for c in "*?[") else [Path(text)]
        for path in paths:
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS) \
                if path.is_dir() else [path]
            for file in files:
                if file.suffix.lower() == ".jsonl":
                    try:
                        with open(file, "rb") as handle:
                            total += sum(1 for line in handle if line.strip())
                    except OSError:
                        pass
                else:
                    total += 1
    return total
