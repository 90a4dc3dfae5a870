"""Atomic file writes: a reader sees the old file or the whole new one, never half of one."""
from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import ExportError

class WriteError(ExportError, OSError):
    """A file that cannot be written: our coded error, and still an OSError for callers that catch those."""


# Our temporaries: ".NAME.PID-RANDOM.tmp" beside NAME, so that a later run can tell a dead writer's.
TEMP = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[a-z0-9_]+\.tmp")


def atomic_write(targets: dict[Path, Callable[[Path], None]], ready: dict[Path, Path] | None = None) -> None:
    """Write each target through a temporary file beside it, then rename them all into place.

    ``targets`` maps a final path to a function that writes a given temporary path. If any writer
    fails, every temporary file is removed and no final path is touched. An OSError (a read-only
    folder, a full disk) becomes an ExportError naming the file. Temporaries that a killed run left
    beside a target are removed first. ``ready`` maps final paths to temporaries already written beside
    them (a file streamed as it was built): they are renamed in the same step, or discarded with the rest."""
    temps: dict[Path, Path] = dict(ready or {})
    final = None
    try:
        for final, write in targets.items():
            final.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(final)
            fd, name = tempfile.mkstemp(prefix=f".{final.name}.{os.getpid()}-", suffix=".tmp", dir=final.parent)
            os.close(fd)
            temps[final] = Path(name)
            write(temps[final])
            os.chmod(temps[final], 0o666 & ~_umask())  # mkstemp makes 0600 files; give the usual mode
            with open(temps[final], "rb+") as handle:
                os.fsync(handle.fileno())
        for final, temp in temps.items():
            os.replace(temp, final)
    except OSError as err:
        _discard(temps)
        raise WriteError(f"cannot be written: {_reason(err)}; nothing was changed",
                          path=str(final)) from None
    except BaseException:
        _discard(temps)
        raise


def writable_folder(path: Path) -> None:
    """ExportError now if a file cannot be made beside ``path``, before any work is spent on it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent)
        os.close(fd)
        os.unlink(name)
    except OSError as err:
        raise WriteError(f"cannot be written: {_reason(err)}", path=str(path)) from None
    if path.is_dir():
        raise ExportError("is a folder; give a file name", path=str(path))


def remove_stale_temporaries(final: Path) -> list[Path]:
    """Remove temporaries of ``final`` whose writing process is gone (killed during a write)."""
    removed = []
    try:
        entries = list(os.scandir(final.parent))
    except OSError:
        return removed
    for entry in entries:
        match = TEMP.fullmatch(entry.name)
        if match and match["name"] == final.name and not _alive(int(match["pid"])):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _discard(temps: dict[Path, Path]) -> None:
    for temp in temps.values():
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass


def _reason(err: OSError) -> str:
    if err.errno == errno.ENOSPC:
        return "the disk is full"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if err.errno == errno.EROFS:
        return "the file system is read-only"
    return err.strerror or str(err)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
