"""A bounded pool of query worker processes: a request waits for a free worker, or gets 503 when the queue
is full; a worker whose query runs past the time limit is killed, which stops the query's work at once."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from ..errors import StoreError
from .guard import WRITER
from .worker import Deadline, receive, send

START_LIMIT = 60.0  # seconds a new worker may take to open the store


class Worker:
    def __init__(self, path: str, mode: str):
        # The worker imports this same graphbuild, wherever it was imported from here.
        home = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (home, os.environ.get("PYTHONPATH")) if p))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "graphbuild.store.worker", path, mode], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, close_fds=True, env=env)

    def ready(self, limit: float = START_LIMIT) -> None:
        """Wait for the worker to open the store; StoreError with the store's own message if it cannot."""
        try:
            status, detail = self._receive(time.monotonic() + limit)
        except (Deadline, EOFError, OSError):
            self.kill()
            raise StoreError("a query worker did not start") from None
        if status != "ready":
            self.kill()
            raise StoreError(detail.split("] ", 1)[-1] if detail.startswith("[E") else detail)

    def call(self, request: dict, deadline: float) -> tuple:
        send(self.process.stdin.fileno(), request)
        return self._receive(deadline)

    def _receive(self, deadline: float):
        return receive(self.process.stdout.fileno(), deadline)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait()  # reaped at once: its CPU stops and is accounted
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                pipe.close()
            except OSError:
                pass


class WorkerPool:
    """``size`` readers over the store (and one writer when updates are allowed); at most ``size + backlog``
    requests held at a time. A killed worker is replaced when the next request needs it, so nothing runs
    once the last query has been stopped."""

    def __init__(self, path: str, *, size: int = 4, backlog: int = 64, writer: bool = False):
        self.path, self.size = path, size
        self.admit = threading.BoundedSemaphore(size + backlog)
        self.readers: queue.Queue = queue.Queue()
        self.writers: queue.Queue = queue.Queue()
        self.live: set[Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        if writer:  # opened first: it holds the store's write lock, readers open read-only beside it
            self.writers.put(self._start("read-write"))
        started = [self._spawn("read-only") for _ in range(size)]
        try:
            for worker in started:
                worker.ready()
        except StoreError:
            self.close()
            raise
        for worker in started:
            self.readers.put(worker)

    def _spawn(self, mode: str) -> Worker:
        worker = Worker(self.path, mode)
        with self.lock:
            self.live.add(worker)
        return worker

    def _start(self, mode: str) -> Worker:
        worker = self._spawn(mode)
        worker.ready()
        return worker

    def _retire(self, worker: Worker) -> None:
        worker.kill()
        with self.lock:
            self.live.discard(worker)

    def run(self, request: dict, timeout: float) -> tuple:
        """(status, body, media, truncated); 503 when busy or past ``timeout`` seconds."""
        if not self.admit.acquire(blocking=False):
            return 503, "the server is busy: too many queries are waiting; try again later\n", None, False
        try:
            deadline = time.monotonic() + timeout
            result = self._run_on(self.readers, "read-only", request, deadline, timeout)
            if result[0] == WRITER:
                result = self._run_on(self.writers, "read-write", request, deadline, timeout)
            return result
        finally:
            self.admit.release()

    def _run_on(self, slots: queue.Queue, mode: str, request: dict, deadline: float, timeout: float) -> tuple:
        try:
            worker = slots.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return 503, f"no query worker was free within {timeout:g} s; try again later\n", None, False
        try:
            if worker is None or worker.process.poll() is not None:
                worker = self._start(mode)
                # The timeout bounds the query, not the start of a worker that replaces a stopped one: on a loaded
                # machine that start alone can take the whole timeout, and the first query after a runaway got 503.
                deadline = max(deadline, time.monotonic() + timeout)
            result = worker.call(request, deadline)
        except Deadline:
            self._retire(worker)
            slots.put(None)
            return 503, f"query timed out after {timeout:g} s and was stopped\n", None, False
        except (StoreError, EOFError, OSError) as err:
            if worker is not None:
                self._retire(worker)
            slots.put(None)
            return 500, f"the query worker failed: {getattr(err, 'message', err) or type(err).__name__}\n", None, False
        slots.put(worker)
        return result

    def close(self) -> None:
        self.closed = True
        with self.lock:
            workers = list(self.live)
            self.live.clear()
        for worker in workers:
            worker.kill()
