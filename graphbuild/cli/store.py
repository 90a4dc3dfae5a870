"""Store commands: remove an article, serve a SPARQL endpoint, push to a triple store."""
from __future__ import annotations

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
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a query may run."),
    max_rows: int = typer.Option(10_000, "--max-rows", help="Rows a SELECT returns at most."),
) -> None:
    """Serve SPARQL 1.1 Protocol at http://HOST:PORT/sparql (GET and POST, JSON, XML, CSV, TSV, Turtle).

    Example: `graphbuild serve out/graph.ttl --port 7878`
    """
    from ..store import OxigraphStore, is_store
    from ..store.server import make_server

    try:
        path = Path(target)
        if path.is_dir() and is_store(path):
            engine = OxigraphStore(path, read_only=not allow_update)
        else:
            engine = OxigraphStore.in_memory(load_target(path).dataset)
        server = make_server(engine, host=host, port=port, allow_update=allow_update, timeout=timeout,
                             max_rows=max_rows)
    except OSError as err:
        fail(GraphbuildError(f"cannot listen on {host}:{port} ({err.strerror or err})"))
    except GraphbuildError as err:
        fail(err)
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
