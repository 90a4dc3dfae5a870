"""A SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql over any engine, read-only by default."""
from __future__ import annotations

import concurrent.futures
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ..errors import GraphbuildError, StoreError
from ..query.answer import format_answer
from ..query.parse import query_form

# Accept header media types -> our result formats.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/ld+json": "json", "application/rdf+xml": "xml"}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
         "tsv": "text/tab-separated-values", "turtle": "text/turtle"}
GRAPH_MEDIA = {"turtle": "text/turtle", "json": "application/ld+json", "xml": "application/rdf+xml"}


def negotiate(accept: str, form: str) -> str:
    table = GRAPH_TYPES if form in {"CONSTRUCT", "DESCRIBE"} else RESULT_TYPES
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in table:
            return table[media]
    return "turtle" if form in {"CONSTRUCT", "DESCRIBE"} else "json"


def make_server(engine, *, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
                timeout: float = 30.0, max_rows: int = 10_000) -> ThreadingHTTPServer:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)

    class Handler(BaseHTTPRequestHandler):
        server_version = "graphbuild"

        def log_message(self, *args) -> None:  # the library never prints
            pass

        def _send(self, status: int, body: str, media: str = "text/plain; charset=utf-8", extra=None) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(data)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def _params(self) -> tuple[str | None, str | None]:
            url = urllib.parse.urlsplit(self.path)
            if url.path.rstrip("/") != "/sparql":
                return None, None
            fields = urllib.parse.parse_qs(url.query)
            if self.command == "POST":
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if media == "application/sparql-query":
                    return body, None
                if media == "application/sparql-update":
                    return None, body
                fields.update(urllib.parse.parse_qs(body))
            return (fields.get("query") or [None])[0], (fields.get("update") or [None])[0]

        def _handle(self) -> None:
            query, update = self._params()
            if query is None and update is None:
                if urllib.parse.urlsplit(self.path).path.rstrip("/") != "/sparql":
                    return self._send(404, "not found: the endpoint is /sparql\n")
                return self._send(400, "missing 'query' or 'update' parameter\n")
            text = query if query is not None else update
            try:
                form = query_form(text, origin="request")
            except GraphbuildError as err:
                return self._send(400, f"{err.message}\n")
            if (form == "UPDATE" or update is not None) and not allow_update:
                return self._send(403, "updates are refused: this endpoint is read-only (--allow-update)\n")
            fmt = negotiate(self.headers.get("Accept", ""), form)
            future = pool.submit(engine.run, text, limit=max_rows, origin="request", allow_update=allow_update)
            try:
                answer = future.result(timeout=timeout)
            except concurrent.futures.TimeoutError:
                return self._send(503, f"query timed out after {timeout:g} s\n")
            except (GraphbuildError, StoreError) as err:
                return self._send(400, f"{getattr(err, 'message', err)}\n")
            if form == "UPDATE":
                return self._send(204, "")
            media = (GRAPH_MEDIA.get(fmt, "text/turtle") if answer.graph is not None else MEDIA[fmt])
            extra = {"X-Graphbuild-Truncated": "true"} if answer.truncated else None
            self._send(200, format_answer(answer, fmt), f"{media}; charset=utf-8", extra)

        do_GET = do_POST = _handle

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server
