"""The walk over paths, directories, globs and stdin, with the checks every input file gets."""
from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import GraphbuildError, InputError, NoArticlesError
from ..records import Article
from .readers import EXTENSIONS, READERS


@dataclass(frozen=True)
class Skipped:
    origin: str
    reason: str


def decode(data: bytes, origin: str) -> str:
    """Bytes to text, refusing binary files and text that is not UTF-8."""
    if not data.strip():
        raise InputError("file is empty", path=origin)
    if b"\x00" in data[:8192]:
        raise InputError("is a binary file, not text", path=origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"is not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); save it as UTF-8",
            path=origin,
        ) from None


def reader_for(path: Path, default: str = "text") -> str:
    return EXTENSIONS.get(path.suffix.lower(), default)


def read_file(path: Path, fmt: str | None = None) -> list[Article]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot be read ({err.strerror})", path=origin) from None
    raw = decode(data, origin)
    return list(READERS[fmt or reader_for(path)](raw, origin))


def _expand(item: str) -> list[Path]:
    if any(ch in item for ch in "*?[") and not Path(item).exists():
        matches = sorted(glob.glob(item, recursive=True))
        if not matches:
            raise InputError("no file matches this pattern", path=item)
        return [Path(m) for m in matches]
    path = Path(item)
    if not path.exists():
        raise InputError("no such file or directory", path=item)
    return [path]


def iter_articles(sources: Iterable[str | Path], *, stdin_format: str = "text",
                  skipped: list[Skipped] | None = None) -> Iterator[Article]:
    """Yield articles from every source in order. Inside a directory, a bad file is recorded in
    ``skipped`` and the walk goes on; a bad file named on its own raises."""
    for source in sources:
        item = str(source)
        if item == "-":
            raw = decode(sys.stdin.buffer.read(), "<stdin>")
            yield from READERS[stdin_format](raw, "<stdin>")
            continue
        for path in _expand(item):
            if not path.is_dir():
                yield from read_file(path)
                continue
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS)
            found = 0
            for file in files:
                try:
                    articles = read_file(file)
                except GraphbuildError as err:
                    if skipped is None:
                        raise
                    skipped.append(Skipped(str(file), err.message))
                    continue
                found += len(articles)
                yield from articles
            if not found:
                raise NoArticlesError(
                    "directory holds no readable article (looked for " + ", ".join(sorted(EXTENSIONS)) + ")",
                    path=item,
                )
