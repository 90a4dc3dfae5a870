"""Faults on demand: a tiny or read-only tmpfs where this machine lets us mount one, else injected errors."""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run in a child process before the CLI: every fsync of a file under FULL_DIR fails as a full disk does.
INJECT_ENOSPC = """
import errno, os, sys
full = os.environ["FULL_DIR"]
real_fsync = os.fsync
def fsync(fd):
    if os.readlink(f"/proc/self/fd/{fd}").startswith(full):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return real_fsync(fd)
os.fsync = fsync
sys.argv = ["graphbuild", *sys.argv[1:]]
from graphbuild.cli.main import main
main()
"""


@contextlib.contextmanager
def tmpfs(path: Path, *options: str):
    """Mount a tmpfs at ``path`` with ``options`` (size=64k, ro); yields False where mounting is not allowed."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        yield False
        return
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(("mode=0777", *options)), "tmpfs", str(path)],
                          capture_output=True)
    if done.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def remount(path: Path, *options: str) -> None:
    subprocess.run(["mount", "-o", ",".join(("remount", *options)), str(path)], check=True, capture_output=True)


def cli_with_full_disk(full_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """The CLI in a child process where writing under ``full_dir`` fails with ENOSPC."""
    env = dict(os.environ, FULL_DIR=str(full_dir), NO_COLOR="1", COLUMNS="200")
    return subprocess.run([sys.executable, "-c", INJECT_ENOSPC, *args], capture_output=True, cwd=ROOT, env=env,
                          timeout=300)


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


def one_error_line(result: subprocess.CompletedProcess) -> str:
    """The single stderr line of a failed run (asserts there is exactly one and no traceback)."""
    lines = result.stderr.decode(errors="replace").strip().splitlines()
    assert result.returncode != 0, "the run should have failed"
    assert len(lines) == 1 and lines[0].startswith("error: ["), lines
    return lines[0]
