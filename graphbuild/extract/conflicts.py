"""Roles that contradict a title the text gives by name: the reading that bound them chose the wrong person."""
from __future__ import annotations

from ..resolve.leaders import name_key


def drop_contradicted(found: list, table) -> list:
    """A description's role ("the Kenyan president") is dropped when the person it was bound to holds a title
    of another country by name: coreference chose the wrong person."""
    named = {}
    for f in found:
        if f.rule.startswith("role") and f.rule != "role.description" and table.get(f.object.mention).type == "Country":
            named.setdefault(table.get(f.subject.mention).name, set()).add(table.get(f.object.mention).name)
    return [f for f in found if f.rule != "role.description" or not (
        named.get(table.get(f.subject.mention).name, set()) - {table.get(f.object.mention).name})]


def drop_namesakes(found: list, table) -> list:
    """A known leader's country is dropped when the text gives the same person (by family name) a title of
    another country: the table's holder is a namesake."""
    def surname(f):
        return name_key(table.get(f.subject.mention).name).split()[-1:]

    given = {}
    for f in found:
        # A description's country ("the Mexican president") is bound by a guess, and yields to the table.
        if (f.rule.startswith("role") and not f.rule.startswith("role.known-leader") and f.rule != "role.description"
                and table.get(f.object.mention).type == "Country"):
            given.setdefault(tuple(surname(f)), set()).add(table.get(f.object.mention).link)
    return [f for f in found if not f.rule.startswith("role.known-leader")
            or not given.get(tuple(surname(f)), set()) - {table.get(f.object.mention).link}]
