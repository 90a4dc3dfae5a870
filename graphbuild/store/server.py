"""A SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql over a store, read-only by default.

Queries run in a bounded pool of worker processes (``pool.py``): this process only reads requests and
writes answers, so a runaway query is stopped by killing its worker and a malformed request never
touches an engine. A graph file is served from a temporary store made at start."""
from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import StoreError
from .guard import GRAPH_TYPES, MEDIA, RESULT_TYPES, negotiate  # noqa: F401  (the endpoint's media types)
from .pool import WorkerPool

FORM = "application/x-www-form-urlencoded"
BODY_TYPES = {"application/sparql-query", "application/sparql-update", FORM}


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def served_store(target: str | Path) -> tuple[str, str | None]:
    """The store directory to serve and a temporary folder to remove afterwards (None for a store)."""
    import pyoxigraph as ox

    from . import OxigraphStore, is_store
    from .terms import to_oxigraph

    target = Path(target)
    if target.is_dir():
        if not is_store(target):
            raise StoreError("is a directory but not a graphbuild store", path=str(target))
        return str(target), None
    from ..graph import KnowledgeGraph

    dataset = KnowledgeGraph.load(target).dataset
    folder = tempfile.mkdtemp(prefix="graphbuild-serve-")
    try:
        with OxigraphStore(Path(folder) / "store", create=True) as store:
            store.put_dataset(dataset)
            # Triples outside any named graph (a Turtle file) go straight into the default graph.
            store.store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())
                               for s, p, o in dataset.default_graph)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return str(Path(folder) / "store"), folder


BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 43\r\n"
        b"Connection: close\r\n\r\ntoo many open connections; try again later\n")


REFUSE_DRAIN = 0.25  # seconds a refused client is given to finish sending, so that it can read the 503


def _refuse(request) -> None:
    """Answer 503 and close without a reset: the request the client is still sending is read and dropped first.
    Closing over unread bytes makes the kernel reset the connection, and a client still sending its body then
    gets a broken pipe instead of the answer."""
    try:
        request.sendall(BUSY)
        request.shutdown(socket.SHUT_WR)
        request.settimeout(REFUSE_DRAIN)
        read, deadline = 0, time.monotonic() + REFUSE_DRAIN
        while read < 1 << 16 and time.monotonic() < deadline:
            chunk = request.recv(4096)
            if not chunk:
                break
            read += len(chunk)
    except OSError:
        pass
    finally:
        request.close()


class Endpoint(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 resets clients that connect in a burst while we are busy
    temporary: str | None = None
    pool: WorkerPool | None = None
    connections: threading.BoundedSemaphore | None = None

    def process_request(self, request, client_address) -> None:
        # One thread per open connection, and a bounded number of them: a flood gets 503, not a thread each.
        if not self.connections.acquire(blocking=False):
            _refuse(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()

    def handle_error(self, request, client_address) -> None:  # the library never prints
        pass

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()
        if self.temporary:
            shutil.rmtree(self.temporary, ignore_errors=True)


def make_server(target: str | Path, *, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
                allow_service: bool = False, timeout: float = 30.0, max_rows: int = 10_000,
                workers: int | None = None, backlog: int = 64, max_body: int = 1 << 20) -> Endpoint:
    """An endpoint over a store directory or a graph file, not yet serving; ``server_close()`` ends it."""
    path, temporary = served_store(target)
    try:
        pool = WorkerPool(path, size=workers or default_workers(), backlog=backlog, writer=allow_update)
    except BaseException:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        raise

    idle_limit = max(30.0, timeout)

    class Handler(BaseHTTPRequestHandler):
        server_version = "graphbuild"
        timeout = idle_limit  # a client that stops sending does not hold its thread forever

        def log_message(self, *args) -> None:  # the library never prints
            pass

        def _send(self, status: int, body: str, media: str | None = None, extra=None) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", media or "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _body(self) -> bytes:
            if self.headers.get("Transfer-Encoding"):
                raise Refused(411, "send the body with a Content-Length, not chunked\n")
            raw = self.headers.get("Content-Length")
            if raw is None:
                raise Refused(411, "a POST needs a Content-Length header\n")
            if not raw.strip().isdigit():
                raise Refused(400, f"Content-Length is not a number: {raw[:40]!r}\n")
            length = int(raw)
            if length > max_body:
                self.close_connection = True  # the unread body must not be taken for a next request
                raise Refused(413, f"the body has {length} bytes; this endpoint takes at most {max_body}\n")
            body = self.rfile.read(length)
            if len(body) < length:
                raise Refused(400, "the body is shorter than its Content-Length\n")
            return body

        def _params(self) -> tuple[str | None, str | None]:
            url = urllib.parse.urlsplit(self.path)
            if url.path.rstrip("/") != "/sparql":
                raise Refused(404, "not found: the endpoint is /sparql\n")
            fields = _form(url.query, "the URL's query string")
            if self.command == "POST":
                media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if media not in BODY_TYPES:
                    raise Refused(415, f"unsupported Content-Type {media or '(none)'!r}; send "
                                       + ", ".join(sorted(BODY_TYPES)) + "\n")
                try:
                    body = self._body().decode("utf-8")
                except UnicodeDecodeError as err:
                    raise Refused(400, f"the body is not UTF-8 (byte {err.start})\n") from None
                if media == "application/sparql-query":
                    return body, None
                if media == "application/sparql-update":
                    return None, body
                for key, values in _form(body, "the form body").items():
                    fields.setdefault(key, []).extend(values)
            for key in ("query", "update"):
                if len(fields.get(key, [])) > 1:
                    raise Refused(400, f"more than one '{key}' parameter\n")
            query, update = (fields.get("query") or [None])[0], (fields.get("update") or [None])[0]
            if query is None and update is None:
                raise Refused(400, "missing 'query' or 'update' parameter\n")
            if query is not None and update is not None:
                raise Refused(400, "give 'query' or 'update', not both\n")
            return query, update

        def _handle(self) -> None:
            try:
                query, update = self._params()
            except Refused as refused:
                return self._send(refused.status, refused.message)
            if update is not None and not allow_update:
                return self._send(403, "updates are refused: this endpoint is read-only (--allow-update)\n")
            request = {"text": query if query is not None else update, "as_update": update is not None,
                       "accept": self.headers.get("Accept", ""), "max_rows": max_rows,
                       "allow_update": allow_update, "allow_service": allow_service}
            status, body, media, truncated = pool.run(request, timeout)
            self._send(status, body, media, {"X-Graphbuild-Truncated": "true"} if truncated else None)

        def _guarded(self) -> None:
            try:
                self._handle()
            except (ConnectionError, TimeoutError, OSError):
                self.close_connection = True  # the client went away; nothing to answer

        do_GET = do_POST = _guarded

    try:
        server = Endpoint((host, port), Handler)
    except BaseException:
        pool.close()
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        raise
    server.pool, server.temporary = pool, temporary
    server.connections = threading.BoundedSemaphore(max(256, 2 * (pool.size + backlog)))
    return server


def _form(text: str, where: str) -> dict[str, list[str]]:
    if not text:
        return {}
    try:
        return urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=True, errors="strict",
                                     max_num_fields=100)
    except UnicodeDecodeError:
        raise Refused(400, f"{where} has a percent-escape that is not UTF-8\n") from None
    except ValueError as err:
        raise Refused(400, f"{where} is not a well-formed form: {' '.join(str(err).split())[:120]}\n") from None
