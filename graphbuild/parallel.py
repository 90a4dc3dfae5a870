"""Where articles are parsed and extracted: in this process, in a pool of processes, or on a Dask cluster.

Every route yields one DocExtraction per article, in input order, with a bounded number of articles in
flight: workers load the pipeline once and send back plain records, never spaCy objects."""
from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice

from .errors import ConfigError
from .records import Article, DocExtraction

CHUNK = 8  # articles a worker takes at a time: enough to batch spaCy, small enough to keep order cheap
AHEAD = 4  # chunks queued per worker, so workers keep parsing while the client resolves and writes
PARENT_CHECK = 1.0  # seconds between a worker's looks at whether its parent is still there

_worker_nlp = None
log = logging.getLogger(__name__)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_stream(articles: Iterable[Article], *, model: str, fixes: bool, jobs: int = 1,
                   dask: str | None = None, nlp=None, apart: bool = False) -> Iterator[DocExtraction]:
    """Extractions of ``articles`` in order. ``dask`` is ``"local"`` or a scheduler address.

    ``apart``: parse in a worker process even for one job, so that resolving and writing in this process
    overlap with parsing instead of adding to it (worth it with a second core)."""
    if dask:
        yield from _dask_stream(articles, model=model, fixes=fixes, address=dask, workers=jobs)
    elif jobs > 1 or apart:
        yield from _pool_stream(articles, model=model, fixes=fixes, jobs=jobs)
    else:
        from .extract import extract_articles
        from .nlp import build_pipeline

        yield from extract_articles(articles, nlp if nlp is not None else build_pipeline(model, fixes))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    items = iter(articles)
    while chunk := list(islice(items, size)):
        yield chunk


def ordered(submit: Callable[[list[Article]], object], articles: Iterable[Article], window: int) -> Iterator:
    """Submit chunks, at most ``window`` outstanding, and yield each chunk's results in input order."""
    queue: deque = deque()
    for chunk in _chunks(articles, CHUNK):
        queue.append(submit(chunk))
        if len(queue) >= window:
            yield from queue.popleft().result()
    while queue:
        yield from queue.popleft().result()


# -- a pool of local processes
def _init_worker(model: str, fixes: bool, parent: int) -> None:
    global _worker_nlp
    from .nlp import build_pipeline

    threading.Thread(target=_leave_with, args=(parent,), name="graphbuild-parent", daemon=True).start()

    _worker_nlp = build_pipeline(model, fixes)


def _leave_with(parent: int) -> None:
    """End this worker once its parent is gone. A parent killed outright (SIGKILL, the OOM killer) cannot shut
    its pool down, and each worker holds its task queue's write end too, so it would wait on it for ever."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK)
    os._exit(1)


def extract_chunk(articles: list[Article]) -> list[DocExtraction]:
    from .extract import extract_articles

    return list(extract_articles(articles, _worker_nlp))


def _pool_stream(articles, *, model, fixes, jobs) -> Iterator[DocExtraction]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: the parent holds threads (the progress bar, RocksDB) that a fork would copy mid-flight.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                               initargs=(model, fixes, os.getpid()))
    items = iter(articles)
    handed: list[list[Article]] = []  # chunks given to the pool before it sent anything back
    started = False

    def submit(chunk):
        if not started:
            handed.append(chunk)
        return pool.submit(extract_chunk, chunk)

    try:
        for extraction in ordered(submit, items, jobs * AHEAD):
            if not started:
                started = True
                handed.clear()  # from here a broken pool fails the build: nothing to parse again
            yield extraction
    except (BrokenPipeError, BrokenProcessPool) as error:
        pool.shutdown(wait=True)
        if started:
            raise
        # Said, not printed: the build goes on, one core slower, and whoever runs it may want to know why.
        log.warning("the pool of %d parsing processes failed as it started (%s); parsing in this process", jobs, error)
        # A worker that dies as it starts (seen on a loaded machine: the spawn's pipe broke) costs the build no
        # article: nothing has been sent back yet, so every article is parsed in this process instead.
        yield from extract_stream(chain(chain.from_iterable(handed), items), model=model, fixes=fixes)
        return
    except BaseException:
        pool.shutdown(wait=True)
        raise
    # Every chunk is back: the workers wind down (freeing their models takes a while) as the caller goes on
    # to resolve and write the last batch, rather than before it.
    pool.shutdown(wait=False)


# -- Dask
def _dask_stream(articles, *, model, fixes, address, workers) -> Iterator[DocExtraction]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--dask needs the dask extra: pip install 'graphbuild[dask]'") from None
    from .dask_plugin import PipelinePlugin, extract_on_worker

    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
        address = cluster.scheduler_address
    try:
        try:
            client = Client(address, timeout="20s")
        except (OSError, TimeoutError) as err:
            raise ConfigError(f"cannot reach the Dask scheduler at {address}: {' '.join(str(err).split())[:200]}") \
                from None
        with client:
            client.register_plugin(PipelinePlugin(model, fixes))
            width = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
            yield from ordered(lambda chunk: client.submit(extract_on_worker, chunk, pure=False), articles,
                               width * AHEAD)
    finally:
        if cluster is not None:
            cluster.close()
