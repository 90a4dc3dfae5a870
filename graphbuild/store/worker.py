"""A query worker: one process that opens a store, runs one request at a time and answers over a pipe.

The endpoint runs every query in such a process, so that a query past its time is stopped by killing the
process (no engine here can cancel a running query), each process has its own SPARQL parser (rdflib's is
not safe across threads) and Oxigraph's results never cross threads. Messages are length-prefixed pickles
between our own two processes.

Run as ``python -m graphbuild.store.worker STORE_DIR read-only|read-write``.
"""
from __future__ import annotations

import os
import pickle
import select
import struct
import sys
import threading
import time

HEADER = struct.Struct("!I")


def send(fd: int, message) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


class Deadline(Exception):
    """A message did not arrive before its deadline."""


def receive(fd: int, deadline: float | None = None):
    """The next message, or EOFError when the other side has gone (Deadline when past ``deadline``)."""
    size = HEADER.unpack(_read_exactly(fd, HEADER.size, deadline))[0]
    return pickle.loads(_read_exactly(fd, size, deadline))


def _read_exactly(fd: int, size: int, deadline: float | None = None) -> bytes:
    chunks, left = [], size
    while left:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise Deadline
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _signature(path: str) -> tuple:
    """What changes on disk when another process commits to the store (RocksDB appends to its log)."""
    try:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path)))
    except OSError:
        return ()


class Runner:
    """The store, reopened read-only whenever another process has committed to it since the last query."""

    def __init__(self, path: str, read_only: bool):
        self.path, self.read_only = path, read_only
        self.store, self.seen = None, None
        self.refresh()

    def refresh(self) -> None:
        from .oxigraph import OxigraphStore

        if self.store is not None and not self.read_only:
            return  # the writer holds the store; what it commits it sees
        now = _signature(self.path)
        if self.store is None or now != self.seen:
            if self.store is not None:
                self.store.close()
            self.store, self.seen = OxigraphStore(self.path, read_only=self.read_only), now

    def answer(self, request: dict) -> tuple:
        """(status, body, media type, truncated) for one request; never raises."""
        from .guard import answer_request

        try:
            self.refresh()
            return answer_request(self.store, request)
        except OSError:
            # A compaction by the writer can remove a file under a read-only view: open afresh, once.
            self.store = None
            try:
                self.refresh()
                return answer_request(self.store, request)
            except Exception as err:  # noqa: BLE001  one line to the client, never a traceback
                return 500, f"the store could not be read: {' '.join(str(err).split())[:200]}\n", None, False
        except Exception as err:  # noqa: BLE001
            return 500, f"internal error: {type(err).__name__}: {' '.join(str(err).split())[:200]}\n", None, False


def _orphan_watch(parent: int) -> None:
    # A runaway query never reads the pipe again: leave when the server that started us is gone.
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def main(argv: list[str]) -> int:
    path, mode = argv[0], argv[1]
    inbox, outbox = 0, os.dup(1)
    os.dup2(2, 1)  # a stray print must not corrupt the pipe
    threading.Thread(target=_orphan_watch, args=(os.getppid(),), daemon=True).start()
    try:
        runner = Runner(path, read_only=mode == "read-only")
    except Exception as err:  # noqa: BLE001  the server reports it as the store's own error
        send(outbox, ("failed", str(err)))
        return 1
    send(outbox, ("ready", os.getpid()))
    while True:
        try:
            request = receive(inbox)
        except EOFError:
            return 0
        send(outbox, runner.answer(request))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
