"""Hand-written gold facts per article, against the typed edges graphbuild builds from it."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import RDFS, SKOS

from ..errors import InputError
from ..ontology import GB_NS
from ..resolve.gazetteer import fold
from .data import expand
from .metrics import Counts

SYMMETRIC = {"meetsWith", "negotiatesWith", "cooperatesWith"}


def load_gold(folder: str | Path) -> list[tuple[Path, Path, set]]:
    """(gold file, article path, facts) for each JSON file; a path is relative to the repository root or starts
    with $GRAPHBUILD_DATA/ for an article kept in the data folder."""
    folder = Path(folder)
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError("holds no gold .json files", path=str(folder))
    out = []
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            facts = {(fold(s), p, fold(o)) for s, p, o in data["facts"]}
            article = expand(data["article"])
        except (json.JSONDecodeError, KeyError, ValueError, TypeError) as err:
            raise InputError(f"is not a gold file of {{article, facts: [[s, p, o]]}} ({err})", path=str(file)) from None
        out.append((file, article, facts))
    return out


@lru_cache(maxsize=1)
def relation_properties() -> frozenset:
    """The typed relation properties: everything under gb:relatedTo in the ontology."""
    import rdflib

    from ..ontology import ontology_path

    onto = rdflib.Graph().parse(ontology_path("graphbuild.ttl"))
    return frozenset(onto.transitive_subjects(RDFS.subPropertyOf, URIRef(GB_NS + "relatedTo")))


def typed_edges(graph) -> dict[tuple, set]:
    """Each typed edge, with every (name, predicate, name) it can be read as through labels and aliases."""
    typed = relation_properties()
    edges = {}
    for s, p, o in graph:
        if p in typed and (s, RDFS.label, None) in graph and (o, RDFS.label, None) in graph:
            local = str(p)[len(GB_NS):]
            edges[(s, p, o)] = {(a, local, b) for a in _names(graph, s) for b in _names(graph, o)}
    return edges


def _matches(pair: tuple, facts: set) -> bool:
    s, p, o = pair
    return pair in facts or (p in SYMMETRIC and (o, p, s) in facts)


def score_article(graph, facts: set) -> tuple[Counts, list, list]:
    """Counts, the gold facts missed, and the edges that no gold fact accounts for."""
    edges = typed_edges(graph)
    readings = set().union(*edges.values()) if edges else set()
    hits = {f for f in facts if _matches(f, readings)}
    wrong = [e for e, pairs in edges.items() if not any(_matches(pair, facts) for pair in pairs)]
    counts = Counts(tp=len(hits), fp=len(wrong), fn=len(facts) - len(hits))
    label = lambda node: str(graph.value(node, RDFS.label))  # noqa: E731
    return counts, sorted(facts - hits), sorted((label(s), str(p)[len(GB_NS):], label(o)) for s, p, o in wrong)


def _names(graph, node) -> set:
    return {fold(str(n)) for prop in (RDFS.label, SKOS.altLabel) for n in graph.objects(node, prop)}
