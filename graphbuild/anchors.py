"""The people and the classes of names built in earlier batches (and already in a store), offered to each
batch's resolution; and the label each entity key got first (KnownLabels), kept by later batches.

The resolver compares every known full name with every other (spelling variants), so handing it all of
them makes each batch cost grow with the corpus. Only names that can meet a mention of the batch go in:
a known full name whose surname is a word of a name in the batch, or looks like one (same first two
letters and a close length: the resolver's spelling test needs a shared first letter and 85% similarity).
Likewise only the classes of names the batch can look up go in (KnownTypes). Both are found through
indexes, so that a batch costs the same whatever the corpus holds.
"""
from __future__ import annotations

from collections import defaultdict

from .records import DocExtraction
from .resolve.gazetteer import fold
from .resolve.names import person_key

NAME_TYPES = {"Person", "Organization", "Place"}  # the types the resolver's person rules look at
LENGTH_SLACK = 3


class KnownPeople:
    def __init__(self, labels=()):
        # Surnames by their first two letters, then by length, then the full names that end in them.
        self._by_prefix: dict[str, dict[int, dict[str, set[str]]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(set)))
        for label in labels:
            self.add(label)

    def add(self, label: str) -> None:
        words = fold(label).split()
        if len(words) > 1:  # the resolver only uses full names
            self._by_prefix[words[-1][:2]][len(words[-1])][words[-1]].add(label)

    def for_batch(self, batch: list[DocExtraction]) -> list[str]:
        words = {w for ex in batch for m in ex.mentions if m.type in NAME_TYPES for w in fold(m.name).split()}
        found: set[str] = set()
        for word in words:
            lengths = self._by_prefix.get(word[:2])
            if not lengths:
                continue
            # A surname within LENGTH_SLACK letters of the word's length (the word itself among them).
            for length in range(len(word) - LENGTH_SLACK, len(word) + LENGTH_SLACK + 1):
                for labels in lengths.get(length, {}).values():
                    found |= labels
        return sorted(found)


class KnownTypes:
    """Labels built in earlier batches (or held by the store) and their class; a label keeps its first.

    The resolver reads a label's class under its folded form, and a person's also under its name key;
    it looks up only names its batch holds. ``for_batch`` hands it every label filed under one of those,
    in the order they came, so that what it reads is what it would read in the whole table."""

    def __init__(self):
        self.types: dict[str, str] = {}
        self._order: dict[str, int] = {}
        self._by_key: dict[str, list[str]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.types)

    def add(self, label: str, type_: str) -> None:
        if label in self.types:
            return
        self.types[label] = type_
        self._order[label] = len(self._order)
        keys = {fold(label)} | ({person_key(label).text} if type_ == "Person" else set())
        for key in keys:
            self._by_key[key].append(label)

    def for_batch(self, batch: list[DocExtraction], people: list[str]) -> dict[str, str]:
        """The labels the batch can look up: its mentions' names folded and as name keys, and the keys of
        the known people offered with it (names the resolver may move a mention to)."""
        keys = {k for ex in batch for m in ex.mentions for k in (fold(m.name), person_key(m.name).text)}
        keys.update(person_key(name).text for name in people)
        labels = {label for key in keys for label in self._by_key.get(key, ())}
        return {label: self.types[label] for label in sorted(labels, key=self._order.__getitem__)}


class KnownLabels:
    """The label each entity key got in the first batch that built it.

    Batches are resolved apart, so "Montreal" in one and "Montréal" in the next both mint city/ca/montreal
    with labels of their own; written as they come, the node would carry two rdfs:labels and which one a
    reader sees would vary from run to run. The first label stays; a later batch's becomes an alias."""

    def __init__(self):
        self.labels: dict[str, str] = {}

    def settle(self, entities):
        from dataclasses import replace

        out = []
        for entity in entities:
            first = self.labels.setdefault(entity.key, entity.label)
            if first != entity.label:
                entity = replace(entity, label=first, aliases=tuple(sorted((set(entity.aliases) | {entity.label})
                                                                          - {first})))
            out.append(entity)
        return tuple(out)
