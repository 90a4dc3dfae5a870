"""Atomic file writes: a reader sees the old file or the whole new one, never half of one."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def atomic_write(targets: dict[Path, Callable[[Path], None]]) -> None:
    """Write each target through a temporary file beside it, then rename them all into place.

    ``targets`` maps a final path to a function that writes a given temporary path. If any writer
    fails, every temporary file is removed and no final path is touched."""
    temps: dict[Path, Path] = {}
    try:
        for final, write in targets.items():
            final.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
            os.close(fd)
            temps[final] = Path(name)
            write(temps[final])
            os.chmod(temps[final], 0o666 & ~_umask())  # mkstemp makes 0600 files; give the usual mode
            with open(temps[final], "rb+") as handle:
                os.fsync(handle.fileno())
    except BaseException:
        for temp in temps.values():
            temp.unlink(missing_ok=True)
        raise
    for final, temp in temps.items():
        os.replace(temp, final)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
