"""Store commands: remove an article, serve a SPARQL endpoint, push to a triple store."""
from __future__ import annotations

import signal
from pathlib import Path

import typer

from ..errors import GraphbuildError
from .main import app, fail, load_target, say


@app.command("remove")
def remove_cli(
    store: Path = typer.Argument(..., help="A store directory."),
    article: str = typer.Option(..., "--article", help="The article's id (its URL or hash) or IRI."),
) -> None:
    """Remove one article's named graph from a store.

    Example: `graphbuild remove store/ --article https://example.org/news/1`
    """
    from ..store import OxigraphStore

    try:
        with OxigraphStore(store) as opened:
            iri = opened.remove_article(article)
    except GraphbuildError as err:
        fail(err)
    say(f"removed {iri}")


@app.command("serve")
def serve_cli(
    target: str = typer.Argument(..., help="A graph file or a store directory."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(7878, "--port", help="Port to listen on."),
    allow_update: bool = typer.Option(False, "--allow-update", help="Accept SPARQL UPDATE (refused with 403 otherwise)."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Let SERVICE and LOAD reach http(s) servers "
                                       "(refused with 400 otherwise; files never)."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a query may run; then it is stopped (503)."),
    max_rows: int = typer.Option(10_000, "--max-rows", help="Rows a SELECT returns at most."),
    workers: int = typer.Option(0, "--workers", help="Query worker processes (0: up to 4, one per CPU)."),
    backlog: int = typer.Option(64, "--queue", help="Queries that may wait for a worker; more get 503."),
    max_body: int = typer.Option(1 << 20, "--max-body", help="Bytes a POST body may hold; more get 413."),
) -> None:
    """Serve SPARQL 1.1 Protocol at http://HOST:PORT/sparql (GET and POST, JSON, XML, CSV, TSV, Turtle).

    Example: `graphbuild serve out/graph.ttl --port 7878`
    """
    from ..store.server import make_server

    for name, value, least in (("--timeout", timeout, 0.001), ("--max-rows", max_rows, 0), ("--workers", workers, 0),
                               ("--queue", backlog, 0), ("--max-body", max_body, 0)):
        if value < least:
            fail(GraphbuildError(f"{name} must be at least {least:g}, not {value:g}"))
    try:
        server = make_server(target, host=host, port=port, allow_update=allow_update, allow_service=allow_service,
                             timeout=timeout, max_rows=max_rows, workers=workers or None, backlog=backlog,
                             max_body=max_body)
    except OSError as err:
        fail(GraphbuildError(f"cannot listen on {host}:{port} ({err.strerror or err})"))
    except GraphbuildError as err:
        fail(err)
    def stop(*_):
        raise KeyboardInterrupt  # SIGTERM stops the workers and removes temporaries as Ctrl-C does

    signal.signal(signal.SIGTERM, stop)
    say(f"serving {target} at http://{host}:{server.server_address[1]}/sparql"
        f" ({'read-write' if allow_update else 'read-only'}); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command("push")
def push_cli(
    target: Path = typer.Argument(..., help="A graph file or a store directory."),
    to: str = typer.Option(..., "--to", help="A SPARQL 1.1 Graph Store Protocol endpoint URL."),
    default_graph: str = typer.Option("union", "--default-graph",
                                      help="union: also put every article's triples in the default graph, which "
                                           "queries without GRAPH read; none: leave the default graph alone."),
) -> None:
    """Send each article's named graph to a triple store (Oxigraph, Fuseki, GraphDB), replacing it there,
    and their union to its default graph.

    Example: `graphbuild push out/graph.trig --to http://127.0.0.1:7878/store`
    """
    from ..store.remote import push

    try:
        report = push(load_target(target).dataset, to, default_graph=default_graph)
    except GraphbuildError as err:
        fail(err)
    for iri, count in report.graphs:
        say(f"  {iri}  {count} triple(s)")
    union = (f", and {report.default_graph} triple(s) to the default graph" if report.default_graph is not None
             else ", default graph left alone" if default_graph == "none" else ", nothing to the default graph")
    say(f"pushed {len(report.graphs)} article graph(s) with {report.triples} triple(s){union}, to {to}")
