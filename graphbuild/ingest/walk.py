"""The walk over paths, directories, globs and stdin, with the checks every input file gets."""
from __future__ import annotations

import errno
import glob
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import GraphbuildError, InputError, NoArticlesError
from ..records import Article
from .readers import EXTENSIONS, READERS, Skipped, clean_text


# A file that starts with one of these is not text, whatever its name says.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "an empty ZIP archive"), (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"RIFF", "a RIFF media file"),
)
# UTF-32 is tested before UTF-16: its little-endian mark starts with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without a byte-order mark), or UTF-16/32 with one. Binary files and
    other encodings are refused with the reason."""
    for bom, codec in _BOMS:
        if data.startswith(bom) and not _utf8_after(data, len(bom)):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(f"is not valid {codec.upper()} (it starts with a {codec.upper()} byte-order mark; "
                                 f"bad bytes at offset {err.start})", path=origin) from None
            return _checked(text.lstrip("\ufeff"), origin)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"is a binary file ({what}), not text", path=origin)
    if not data.strip():
        raise InputError("file is empty", path=origin)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"is a binary file, not text (NUL byte at offset {nul})", path=origin)
    try:
        return _checked(data.decode("utf-8-sig"), origin)
    except UnicodeDecodeError as err:
        raise InputError(
            f"is not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); save it as UTF-8",
            path=origin,
        ) from None


def _utf8_after(data: bytes, start: int) -> bool:
    # Text in UTF-16 or UTF-32 has NUL bytes or is not UTF-8; bytes after a stray mark that read as UTF-8
    # are a damaged UTF-8 file, not UTF-16.
    rest = data[start:]
    if b"\x00" in rest:
        return False
    try:
        rest.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _checked(text: str, origin: str) -> str:
    if not text.strip():
        raise InputError("file is empty", path=origin)
    if "\x00" in text:
        raise InputError(f"is a binary file, not text (NUL character at offset {text.index(chr(0))})", path=origin)
    return clean_text(text)


def reader_for(path: Path, default: str = "text") -> str:
    return EXTENSIONS.get(path.suffix.lower(), default)


_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.I)


def read_file(path: Path, fmt: str | None = None, *, skipped: list[Skipped] | None = None) -> list[Article]:
    """The articles of one file. A bad record inside it (a JSON line) is added to ``skipped`` when a list
    is given, else raised; a file with no good record raises either way."""
    origin = str(path)
    _check_path(path, origin)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot be read ({err.strerror})", path=origin) from None
    raw = decode(data, origin)
    fmt = fmt or reader_for(path)
    if fmt == "text" and _HTML_START.match(raw):
        fmt = "html"  # a web page saved under a .txt name
    return collect(READERS[fmt](raw, origin), skipped)


def collect(items: Iterable[Article | Skipped], skipped: list[Skipped] | None) -> list[Article]:
    articles, bad = [], []
    for item in items:
        if isinstance(item, Skipped):
            if skipped is None:
                raise InputError(item.reason, path=item.origin)
            bad.append(item)
        else:
            articles.append(item)
    if bad and not articles:
        more = f" (and {len(bad) - 1} more bad record(s); none could be read)" if len(bad) > 1 else ""
        raise InputError(bad[0].reason + more, path=bad[0].origin)
    if skipped is not None:
        skipped.extend(bad)
    return articles


def _check_path(path: Path, origin: str) -> None:
    """Refuse what is not a regular file, with what it is instead."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError("is a symbolic link loop (the link points back to itself)", path=origin) from None
        if path.is_symlink():
            raise InputError(f"is a broken symbolic link (to {os.readlink(path)})", path=origin) from None
        raise InputError(f"cannot be read ({err.strerror})", path=origin) from None
    if not stat.S_ISREG(mode):
        raise InputError("is not a regular file (a device, pipe or socket)", path=origin)


def _expand(item: str) -> list[Path]:
    path = Path(item)
    if any(ch in item for ch in "*?[") and not path.exists() and not path.is_symlink():
        matches = sorted(glob.glob(item, recursive=True))
        if not matches:
            raise InputError("no file matches this pattern", path=item)
        return [Path(m) for m in matches]
    if not path.exists():
        if path.is_symlink():
            _check_path(path, item)  # says whether it is a loop or a broken link
        raise InputError("no such file or directory", path=item)
    return [path]


def _directory(path: Path, skipped: list[Skipped] | None) -> Iterator[Path]:
    """Files under ``path`` with a known extension, sorted; links that lead nowhere are reported."""
    for entry in sorted(path.rglob("*")):
        if entry.suffix.lower() not in EXTENSIONS:
            continue
        if entry.is_symlink() and not entry.exists():
            try:
                _check_path(entry, str(entry))
            except InputError as err:
                if skipped is None:
                    raise
                skipped.append(Skipped(str(entry), err.message))
            continue
        if entry.is_file():
            yield entry


def iter_articles(sources: Iterable[str | Path], *, stdin_format: str = "text",
                  skipped: list[Skipped] | None = None) -> Iterator[Article]:
    """Yield articles from every source in order. Inside a directory, a bad file is recorded in
    ``skipped`` and the walk goes on; a bad file named on its own raises."""
    for source in sources:
        item = str(source)
        if item == "-":
            raw = decode(sys.stdin.buffer.read(), "<stdin>")
            yield from collect(READERS[stdin_format](raw, "<stdin>"), skipped)
            continue
        for path in _expand(item):
            if not path.is_dir():
                yield from read_file(path, skipped=skipped)
                continue
            found = 0
            for file in _directory(path, skipped):
                try:
                    articles = read_file(file, skipped=skipped)
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
