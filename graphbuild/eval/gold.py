"""Hand-written gold facts per article, against the typed edges graphbuild builds from it."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..errors import ConfigError, InputError
from ..ontology import GB_NS
from ..resolve.gazetteer import fold
from .data import ENV, expand
from .metrics import Counts


def load_gold(folder: str | Path) -> list[tuple[Path, Path, set]]:
    """(gold file, article path, facts) for each JSON file directly in ``folder`` (not its subfolders).

    An article path is relative to the working directory, or starts with $GRAPHBUILD_DATA/."""
    folder = Path(folder)
    files = sorted(p for p in folder.glob("*.json") if p.is_file())
    if not files:
        raise InputError("holds no gold .json files", path=str(folder))
    out = []
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            facts = {(fold(s), p, fold(o)) for s, p, o in data["facts"]}
            named = str(data["article"])
        except (json.JSONDecodeError, KeyError, ValueError, TypeError) as err:
            raise InputError(f"is not a gold file of {{article, facts: [[s, p, o]]}} ({err})", path=str(file)) from None
        try:
            article = expand(named)
        except ConfigError as err:
            where = f" ({err.path})" if err.path else ""
            raise ConfigError(err.message + where, path=str(file)) from None
        if not article.exists():
            hint = f" (${ENV} is {os.environ[ENV]})" if named.startswith("$" + ENV) else ""
            raise InputError(f"names article {named}, which does not exist{hint}", path=str(file))
        out.append((file, article, facts))
    return out


# Properties that only group others: an edge is never read as one of them.
GROUPS = {"relatedTo", "politicalRelation", "roleRelation", "conll04Relation", "openRelation"}


@lru_cache(maxsize=1)
def _ontology():
    import rdflib

    from ..ontology import ontology_path

    return rdflib.Graph().parse(ontology_path("graphbuild.ttl"))


@lru_cache(maxsize=1)
def relation_properties() -> frozenset:
    """The typed relation properties: everything under gb:relatedTo in the ontology."""
    return frozenset(_ontology().transitive_subjects(RDFS.subPropertyOf, URIRef(GB_NS + "relatedTo")))


@lru_cache(maxsize=1)
def symmetric() -> frozenset:
    """Local names of the symmetric properties: their gold facts match in either direction."""
    return frozenset(str(p)[len(GB_NS):] for p in _ontology().subjects(RDF.type, OWL.SymmetricProperty)
                     if str(p).startswith(GB_NS))


@lru_cache(maxsize=None)
def readings(prop: URIRef) -> frozenset:
    """A property's local name and its typed parents': a headOfStateOf edge also counts as leaderOf."""
    names = {str(p)[len(GB_NS):] for p in _ontology().transitive_objects(prop, RDFS.subPropertyOf)
             if str(p).startswith(GB_NS)}
    return frozenset(names - GROUPS)


def typed_edges(graph) -> dict[tuple, set]:
    """Each typed edge, with every (name, predicate, name) it can be read as through labels, aliases and parents."""
    typed = relation_properties()
    edges = {}
    for s, p, o in graph:
        if p in typed and (s, RDFS.label, None) in graph and (o, RDFS.label, None) in graph:
            edges[(s, p, o)] = {(a, local, b) for a in _names(graph, s) for b in _names(graph, o)
                                for local in readings(p)}
    return edges


def _matches(pair: tuple, facts: set) -> bool:
    s, p, o = pair
    return pair in facts or (p in symmetric() and (o, p, s) in facts)


def score_article(graph, facts: set) -> tuple[Counts, list, list]:
    """Counts, the gold facts missed, and the edges that no gold fact accounts for."""
    counts, missed, wrong, _ = score_by_type(graph, facts)
    return counts, missed, wrong


def score_by_type(graph, facts: set) -> tuple[Counts, list, list, dict[str, Counts]]:
    """As score_article, plus counts per relation type: a gold fact's type, or an unmatched edge's own."""
    edges = typed_edges(graph)
    readings_ = set().union(*edges.values()) if edges else set()
    hits = {f for f in facts if _matches(f, readings_)}
    wrong = [e for e, pairs in edges.items() if not any(_matches(pair, facts) for pair in pairs)]
    counts = Counts(tp=len(hits), fp=len(wrong), fn=len(facts) - len(hits))
    per: dict[str, Counts] = {}
    for fact in facts:
        row = per.setdefault(fact[1], Counts())
        if fact in hits:
            row.tp += 1
        else:
            row.fn += 1
    for _, p, _ in wrong:
        per.setdefault(str(p)[len(GB_NS):], Counts()).fp += 1
    label = lambda node: str(graph.value(node, RDFS.label))  # noqa: E731
    return (counts, sorted(facts - hits), sorted((label(s), str(p)[len(GB_NS):], label(o)) for s, p, o in wrong),
            per)


def _names(graph, node) -> set:
    return {fold(str(n)) for prop in (RDFS.label, SKOS.altLabel) for n in graph.objects(node, prop)}
