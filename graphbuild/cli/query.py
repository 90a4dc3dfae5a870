"""graphbuild query: SPARQL against a graph file, a store directory or an endpoint."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import GraphbuildError, QueryError
from .main import app, fail


def read_query(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"cannot read the query file ({getattr(err, 'strerror', None) or err})", path=str(path)) from None


def parse_params(params: list[str], text: str = "", *, origin: str = "query") -> dict:
    """--param NAME=VALUE items as bindings, checked against the query's parameters; a name parameter
    of a named query becomes the pattern that matches part of a label or alias (query/match.py)."""
    from ..query.answer import literal_param
    from ..query.match import name_pattern
    from ..query.parse import check_parameters, is_name_parameter, query_parameters

    out = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip().isidentifier():
            raise QueryError(f"--param takes NAME=VALUE, not {item!r}")
        out[name.strip()] = value
    check_parameters(text, out, origin=origin)
    described = query_parameters(text)
    return {name: name_pattern(value) if is_name_parameter(described.get(name, "")) else literal_param(value)
            for name, value in out.items()}


@app.command("query")
def query_cli(
    target: Optional[str] = typer.Argument(None, help="A graph file, a store directory, or an http(s) SPARQL endpoint."),
    query: Optional[str] = typer.Argument(None, help="SPARQL text (or use -f or --named)."),
    file: Optional[Path] = typer.Option(None, "-f", "--file", help="Read the query from a .rq file."),
    named: Optional[str] = typer.Option(None, "--named", help="Run a query shipped with graphbuild (see --list)."),
    params: list[str] = typer.Option([], "--param", help='Bind a variable: --param person="Vladimir Putin".'),
    fmt: str = typer.Option("table", "--format", help="table, csv, tsv, json, xml, or turtle (CONSTRUCT)."),
    width: int = typer.Option(60, "--width", min=1, help="Cut table cells at N characters."),
    full: bool = typer.Option(False, "--full", help="Never cut table cells."),
    list_named: bool = typer.Option(False, "--list", help="List the named queries and exit."),
) -> None:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query.

    Example: `graphbuild query out/graph.ttl --named who-met-whom --param person="Vladimir Putin"`
    """
    from ..query.answer import format_answer
    from ..query.engines import open_engine
    from ..query.named import describe, named_query, named_queries

    if list_named:
        for name, text in named_queries().items():
            typer.echo(f"{name:<20} {describe(text)}")
        return
    try:
        given = [x for x in (query, file, named) if x is not None]
        if target is None or len(given) != 1:
            raise QueryError("give a target and exactly one query: text, -f FILE.rq, or --named NAME")
        text = query if query is not None else read_query(file) if file is not None else named_query(named)
        origin = str(file) if file else f"named query {named}" if named else "query"
        bindings = parse_params(params, text, origin=origin)
        engine = open_engine(target)
        try:
            answer = engine.run(text, bindings=bindings, origin=origin)
        finally:
            engine.close()
        typer.echo(format_answer(answer, fmt, width=None if full else width).rstrip("\n"))
    except GraphbuildError as err:
        fail(err)
