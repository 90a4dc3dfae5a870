"""What the rules remember of the document in hand: each rule of a document asks in turn, so one answer is kept for
the document read last, per thread (a Dask worker may extract several documents at once in its threads)."""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_read = threading.local()


def remembered(name: str, doc, key, compute: Callable[[], T]) -> T:
    """``compute()`` once for (``doc``, ``key``) while ``doc`` is this thread's last document under ``name``."""
    last = getattr(_read, name, None)
    if last is None or last[0] is not doc or last[1] != key:
        last = (doc, key, compute())
        setattr(_read, name, last)
    return last[2]
