"""Which articles a store build has finished: id and content hash, appended once an article's graph commits.

A line is written only after the transaction holding the article's graph has committed, so a line always
means "in the store"; a kill between the commit and the line only costs rebuilding that article. A torn
last line (a kill mid-write) is ignored."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..records import Article

LOG = "build-log.jsonl"


def content_hash(article: Article, *options: object) -> str:
    """What decides an article's graph: its text and metadata, and the build options that change it."""
    parts = (article.id, article.text, article.title, article.published, article.url, article.source, *options)
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


class BuildLog:
    def __init__(self, store_path: Path):
        self.path = Path(store_path) / LOG
        self.done: dict[str, str] = {}
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    article_id, digest = json.loads(line)
                except ValueError:
                    continue
                self.done[article_id] = digest
        self._handle = None

    def is_done(self, article_id: str, digest: str) -> bool:
        return self.done.get(article_id) == digest

    def record(self, entries: list[tuple[str, str]]) -> None:
        if not entries:
            return
        if self._handle is None:
            self._handle = open(self.path, "a", encoding="utf-8")
        self._handle.write("".join(json.dumps([i, d], ensure_ascii=False) + "\n" for i, d in entries))
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self.done.update(entries)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
