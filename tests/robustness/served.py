"""A real `graphbuild serve` in a child process on 127.0.0.1, for the endpoint's hostile tests."""
from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from conftest import free_port

ROOT = Path(__file__).resolve().parents[2]

# Two articles written for these tests: a few hundred triples, enough for a four-way join to run away.
ARTICLES = [
    "Norway mediated talks between Colombia and the ELN in Oslo on Monday. "
    "President Ivan Duque met with Jonas Gahr Store, and Colombia thanked Norway for its help.",
    "Russia supports Nicolas Maduro, Interfax reported. Vladimir Putin met with Maduro in Moscow, "
    "and the United States criticized Russia. Brazil warned Venezuela about the border.",
]




def request(port: int, method: str, path: str = "/sparql", body: bytes | None = None, headers=None,
            timeout: float = 60.0) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def ask(port: int, query: str, accept: str = "application/sparql-results+json", timeout: float = 60.0):
    return request(port, "POST", body=urllib.parse.urlencode({"query": query}).encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, timeout=timeout)


@contextlib.contextmanager
def serving(target, *options: str, log: Path):
    """The server's port and process; its stderr goes to ``log``; stopped with SIGTERM at the end."""
    port = free_port()
    with open(log, "wb") as err:
        process = subprocess.Popen([sys.executable, "-m", "graphbuild", "serve", str(target), "--port", str(port),
                                    *options], cwd=ROOT, stderr=err, env=dict(os.environ, NO_COLOR="1"))
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not start: {log.read_text(errors='replace')}") from None
                time.sleep(0.1)
        process.port = port
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def tree_cpu(pid: int) -> float:
    """CPU seconds of a process, of its live descendants, and of the children it has reaped."""
    import psutil

    root = psutil.Process(pid)
    total = sum(root.cpu_times()[:4])  # user, system, children_user, children_system
    for child in root.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += sum(child.cpu_times()[:2])
    return total
