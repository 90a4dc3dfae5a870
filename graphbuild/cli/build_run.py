"""The build command's plumbing: where the graph goes, the progress bar, the final files."""
from __future__ import annotations

import tempfile
from contextlib import ExitStack
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


def run_build(sources: list[str], *, output: Path | None, html: Path | None, store: Path | None, jobs: int | None,
              batch_size: int, dask: str | None, force: bool, bulk: bool, bar: bool, options: dict, on_stored):
    """Stream the build into its targets; return the Summary and the paths written.

    The store takes each batch as it is done; files are streamed through ``FileSink`` and finished at the
    end, so memory stays bounded by a batch whatever the corpus size."""
    from ..parallel import default_jobs
    from ..rdf.sinks import FileSink
    from ..stream import count_articles, stream_build

    cores = default_jobs()
    jobs = jobs or cores
    with ExitStack() as stack:
        opened = None
        if store is not None:
            from ..store import OxigraphStore  # brings rdflib's SPARQL parser: not for a build into files

            opened = stack.enter_context(OxigraphStore(store, create=True))
        sinks = []
        if output is not None or html is not None:
            scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="graphbuild-"))
            sinks.append(FileSink(output, html, Path(scratch)))
        build = dict(sinks=sinks, store=opened, jobs=jobs, batch_size=batch_size, dask=dask, force=force,
                     bulk=bulk, on_stored=on_stored, apart=cores > 1, **options)
        total = count_articles(sources) if bar else None
        if bar and (total is None or total > 1):
            summary = _with_bar(stream_build, sources, total, build)
        else:
            summary = stream_build(sources, **build)
        written = [path for sink in sinks for path in sink.written]
        if store is not None:
            written.append(store)
    return summary, written


def _with_bar(stream_build, sources, total, build):
    from rich.console import Console

    columns = (TextColumn("building"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rates]}"),
               TimeRemainingColumn())
    # On stderr, which was checked to be a terminal; stdout may carry data.
    with Progress(*columns, transient=True, console=Console(stderr=True)) as progress:
        task = progress.add_task("build", total=total, rates="0.0 articles/s, 0 words/s")

        def update(summary) -> None:
            done = summary.built + len(summary.skipped)
            elapsed = progress.tasks[0].elapsed or 1e-9
            rates = f"{summary.built / elapsed:.1f} articles/s, {summary.words / elapsed:,.0f} words/s"
            progress.update(task, completed=done, total=max(total or 0, done) or None, rates=rates)

        return stream_build(sources, progress=update, **build)
