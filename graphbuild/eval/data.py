"""Where external evaluation data lives, and the fixed split of the newswire development corpus.

Nothing here ships data: the folder is named by the GRAPHBUILD_DATA environment variable and laid out as
articles/, conll04/, carb/ and newswire/ (see the README's Accuracy section)."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import ConfigError

ENV = "GRAPHBUILD_DATA"
SPLITS = ("train", "dev", "test")


def data_dir() -> Path:
    """The data folder named by GRAPHBUILD_DATA; a ConfigError when it is unset or missing."""
    value = os.environ.get(ENV)
    if not value:
        raise ConfigError(f"{ENV} is not set: point it at the folder holding articles/, conll04/, carb/, newswire/")
    path = Path(value).expanduser()
    if not path.is_dir():
        raise ConfigError(f"{ENV} names no folder", path=str(path))
    return path


def expand(path: str | Path) -> Path:
    """A path that may start with $GRAPHBUILD_DATA/ (gold files name data articles so)."""
    text = str(path)
    prefix = "$" + ENV
    if text.startswith(prefix):
        return data_dir() / text[len(prefix):].lstrip("/")
    return Path(text)


def newswire_split(name: str) -> str:
    """train, dev or test for a newswire file, decided once by a hash of its name (70 / 20 / 10).

    The name up to its first dot is hashed, so that an article (x.txt) and its gold (x.txt.tsv) fall together."""
    stem = Path(name).name.split(".")[0]
    bucket = int(hashlib.sha256(stem.encode("utf-8")).hexdigest(), 16) % 10
    return "train" if bucket < 7 else "dev" if bucket < 9 else "test"


def newswire_files(split: str, folder: str = "articles", root: Path | None = None) -> list[Path]:
    """The sorted files of one part of the newswire corpus (folder: articles or annotated)."""
    if split not in SPLITS:
        raise ConfigError(f"unknown split {split!r}: choose one of {', '.join(SPLITS)}")
    base = (root or data_dir()) / "newswire" / folder
    return sorted(p for p in base.iterdir() if p.is_file() and newswire_split(p.name) == split)
