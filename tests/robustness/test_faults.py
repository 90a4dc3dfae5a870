"""Faults during writes: SIGKILL, a full disk, a read-only folder. One clean line, nothing half-written,
nothing already stored lost."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import rdflib
from conftest import ROOT, run_cli
from faults import cli_with_full_disk, one_error_line, remount, temporaries, tmpfs
from served import ARTICLES

pytestmark = pytest.mark.hostile

SLOW_WRITE = """
import sys, time, pathlib
from graphbuild.io import atomic_write
out, flag = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def slow(tmp):
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write("@prefix ex: <http://example.org/> .\\nex:half")
        handle.flush()
        flag.touch()
        time.sleep(120)
atomic_write({out: slow})
"""


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """one.ttl (the first article) and two.ttl (both), and the two articles as text files."""
    import graphbuild

    folder = tmp_path_factory.mktemp("faults")
    graphbuild.build(ARTICLES[:1]).serialize(folder / "one.ttl")
    graphbuild.build(ARTICLES).serialize(folder / "two.ttl")
    for i, text in enumerate(ARTICLES):
        (folder / f"article{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _triples(path) -> set:
    return set(rdflib.Graph().parse(path, format="turtle" if str(path).endswith(".ttl") else "nt"))


def test_sigkill_during_a_write_keeps_the_old_file_and_the_next_run_cleans_up(graphs, tmp_path):
    out = tmp_path / "out.ttl"
    assert run_cli("export", str(graphs / "one.ttl"), "-o", str(out)).returncode == 0
    old = out.read_bytes()
    flag = tmp_path / "writing"
    child = subprocess.Popen([sys.executable, "-c", SLOW_WRITE, str(out), str(flag)], cwd=ROOT)
    deadline = time.monotonic() + 60
    while not flag.exists() and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    assert flag.exists(), "the writer never started writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert out.read_bytes() == old
    assert [name.startswith(f".out.ttl.{child.pid}-") for name in temporaries(tmp_path)] == [True]
    done = run_cli("export", str(graphs / "two.ttl"), "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert temporaries(tmp_path) == []
    assert _triples(out) == _triples(graphs / "two.ttl")


def test_sigkill_at_any_moment_leaves_the_old_or_the_whole_new_file(graphs, tmp_path):
    out = tmp_path / "out.nt"
    assert run_cli("export", str(graphs / "one.ttl"), "-o", str(out)).returncode == 0
    old, new = _triples(graphs / "one.ttl"), _triples(graphs / "two.ttl")
    for delay in (0.4, 0.8, 1.2, 1.6, 2.0, 2.5, 3.0):
        child = subprocess.Popen([sys.executable, "-m", "graphbuild", "export", str(graphs / "two.ttl"), "-o", str(out)],
                                 cwd=ROOT, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.kill()
        child.wait()
        assert _triples(out) in (old, new), f"half a file after a kill at {delay} s"
    assert run_cli("export", str(graphs / "two.ttl"), "-o", str(out)).returncode == 0
    assert temporaries(tmp_path) == [] and _triples(out) == new


def test_an_html_path_that_cannot_be_written_fails_before_anything_is_written(graphs, tmp_path):
    out = tmp_path / "out.ttl"
    out.write_bytes((graphs / "one.ttl").read_bytes())
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    result = run_cli("build", str(graphs / "article1.txt"), "-o", str(out), "--html", str(blocker / "view.html"))
    assert "view.html" in one_error_line(result)
    assert out.read_bytes() == (graphs / "one.ttl").read_bytes() and temporaries(tmp_path) == []


def test_a_full_disk_under_the_html_view_leaves_the_graph_file_untouched(graphs, tmp_path):
    out, tiny = tmp_path / "out.ttl", tmp_path / "tiny"
    out.write_bytes((graphs / "one.ttl").read_bytes())
    args = ("build", str(graphs / "article1.txt"), "-o", str(out), "--html", str(tiny / "view.html"))
    with tmpfs(tiny, "size=64k") as mounted:  # room for an empty file, not for the page
        result = run_cli(*args) if mounted else cli_with_full_disk(tiny, *args)
        line = one_error_line(result)
        assert "view.html" in line and "the disk is full" in line
        assert temporaries(tiny) == []
    assert out.read_bytes() == (graphs / "one.ttl").read_bytes() and temporaries(tmp_path) == []


def test_a_full_disk_under_the_html_view_leaves_the_streamed_nquads_file_untouched(graphs, tmp_path):
    # N-Quads are streamed as articles finish; they are renamed into place with the page, not before it.
    out, tiny = tmp_path / "out.nq", tmp_path / "tiny"
    out.write_text("<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n", encoding="utf-8")
    before = out.read_bytes()
    args = ("build", str(graphs / "article1.txt"), "-o", str(out), "--html", str(tiny / "view.html"))
    with tmpfs(tiny, "size=64k") as mounted:
        result = run_cli(*args) if mounted else cli_with_full_disk(tiny, *args)
        line = one_error_line(result)
        assert "view.html" in line and "the disk is full" in line
        assert temporaries(tiny) == []
    assert out.read_bytes() == before and temporaries(tmp_path) == []


def _articles_in(store) -> list:
    from graphbuild.store import OxigraphStore

    with OxigraphStore(store, read_only=True) as opened:
        return [identifier for _, identifier in opened.articles()]


def test_a_full_disk_during_a_build_into_a_store_loses_nothing_stored(graphs, tmp_path):
    disk = tmp_path / "disk"
    with tmpfs(disk, "size=16m") as mounted:
        if not mounted:
            pytest.skip("mounting a small tmpfs needs root here; the file case covers the injected ENOSPC")
        store = disk / "store"
        first = run_cli("build", str(graphs / "article0.txt"), "--store", str(store))
        assert first.returncode == 0, first.stderr.decode()
        before = _articles_in(store)
        with open(disk / "filler", "wb", buffering=0) as filler:  # take every free byte, unbuffered
            try:
                while True:
                    filler.write(b"\0" * 65536)
                    filler.flush()
            except OSError:
                pass
        line = one_error_line(run_cli("build", str(graphs / "article1.txt"), "--store", str(store)))
        assert str(store) in line and ("disk is full" in line or "No space left" in line)
        (disk / "filler").unlink()
        assert _articles_in(store) == before  # the committed article is all there, the new one wholly out
        again = run_cli("build", str(graphs / "article1.txt"), "--store", str(store))
        assert again.returncode == 0, again.stderr.decode()
        assert len(_articles_in(store)) == 2


def test_a_read_only_folder_gets_one_line_and_keeps_the_store(graphs, tmp_path):
    folder = tmp_path / "ro"
    with tmpfs(folder, "size=16m") as mounted:
        if not mounted and os.geteuid() == 0:
            pytest.skip("root ignores file modes and mount is not allowed: no read-only folder can be made")
        store = folder / "store"
        built = run_cli("build", str(graphs / "article0.txt"), "--store", str(store), "-o", str(folder / "out.ttl"))
        assert built.returncode == 0, built.stderr.decode()
        old, before = (folder / "out.ttl").read_bytes(), _articles_in(store)
        if mounted:
            remount(folder, "ro")
        else:
            for path in (folder, store):
                path.chmod(0o555)
        try:
            line = one_error_line(run_cli("build", str(graphs / "article1.txt"), "-o", str(folder / "out.ttl")))
            assert "out.ttl" in line and ("read-only" in line or "permission denied" in line)
            line = one_error_line(run_cli("build", str(graphs / "article1.txt"), "--store", str(store)))
            assert str(store) in line
            assert (folder / "out.ttl").read_bytes() == old and _articles_in(store) == before
        finally:
            if mounted:
                remount(folder, "rw")
            else:
                for path in (folder, store):
                    path.chmod(0o755)
