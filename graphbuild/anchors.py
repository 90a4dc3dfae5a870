"""The people built in earlier batches (and already in a store), offered to each batch's resolution.

The resolver compares every known full name with every other (spelling variants), so handing it all of
them makes each batch cost grow with the corpus. Only names that can meet a mention of the batch go in:
a known full name whose surname is a word of a name in the batch, or looks like one (same first two
letters and a close length: the resolver's spelling test needs a shared first letter and 85% similarity).
"""
from __future__ import annotations

from collections import defaultdict

from .records import DocExtraction
from .resolve.gazetteer import fold

NAME_TYPES = {"Person", "Organization", "Place"}  # the types the resolver's person rules look at
LENGTH_SLACK = 3


class KnownPeople:
    def __init__(self, labels=()):
        self._by_prefix: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for label in labels:
            self.add(label)

    def add(self, label: str) -> None:
        words = fold(label).split()
        if len(words) > 1:  # the resolver only uses full names
            self._by_prefix[words[-1][:2]][words[-1]].add(label)

    def for_batch(self, batch: list[DocExtraction]) -> list[str]:
        words = {w for ex in batch for m in ex.mentions if m.type in NAME_TYPES for w in fold(m.name).split()}
        found: set[str] = set()
        for word in words:
            for surname, labels in self._by_prefix.get(word[:2], {}).items():
                if surname == word or abs(len(surname) - len(word)) <= LENGTH_SLACK:
                    found |= labels
        return sorted(found)
