"""Facts that hold both ways, written as two edges: "X's dispute with Y", "X and Y are rivals"."""
from __future__ import annotations

from itertools import combinations


def both_ways(rules, pairs, predicate: str, anchor, rule: str, keep=None) -> list:
    """Two edges for each (first, second) pair of arguments, unless one party is the other or ``keep`` says no."""
    out = []
    for first, second in pairs:
        if first.mention == second.mention or rules._one_party(first, second, predicate):
            continue
        if keep is None or keep(first, second):
            out += [rules.make(first, predicate, second, anchor, rule),
                    rules.make(second, predicate, first, anchor, rule)]
    return out


def opposed(rules, firsts, seconds, anchor, rule: str, keep=None) -> list:
    """Each of ``firsts`` and each of ``seconds`` oppose each other: the two sides of a quarrel."""
    return both_ways(rules, [(a, b) for a in firsts for b in seconds], "opposes", anchor, rule, keep)


def among(rules, sides, predicate: str, anchor, rule: str) -> list:
    """Every two of ``sides`` stand in ``predicate`` to each other: "X, Y and Z are allies"."""
    return both_ways(rules, combinations(sides, 2), predicate, anchor, rule)
