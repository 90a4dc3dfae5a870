"""How often one person becomes several nodes, read against gold lists of the ways an article writes each person."""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..ontology import GB_NS
from ..resolve.gazetteer import fold

PERSON = URIRef(GB_NS + "Person")


def load_people(file: str | Path) -> list[list[str]]:
    """The gold file's "people": one list of written forms per person (empty when the file has none)."""
    data = json.loads(Path(file).read_text(encoding="utf-8"))
    return [list(forms) for forms in data.get("people", []) if forms]


def person_names(graph) -> dict:
    """Each Person node with its folded label and aliases."""
    return {node: {fold(str(n)) for p in (RDFS.label, SKOS.altLabel) for n in graph.objects(node, p)} - {""}
            for node in set(graph.subjects(RDF.type, PERSON))}


def split_people(graph, people: list[list[str]]) -> dict:
    """For each gold person, the Person nodes carrying any of its forms: none (missed), one, or several (split);
    and the people who share a node with another gold person (merged: two people made one)."""
    nodes = person_names(graph)
    found = split = 0
    splits, owners = [], {}
    for forms in people:
        wanted = {fold(f) for f in forms} - {""}
        hit_nodes = [n for n, names in nodes.items() if names & wanted]
        hits = sorted(str(graph.value(n, RDFS.label)) for n in hit_nodes)
        found += bool(hits)
        if len(hits) > 1:
            split += 1
            splits.append((forms[0], hits))
        for node in hit_nodes:
            owners.setdefault(node, []).append(forms[0])
    # A form two gold people share ("Abbas" for two Abbases) is no merge: only the full names count.
    merged = sorted({name for node, names in owners.items() if len(names) > 1 for name in names
                     if fold(name) in nodes[node]})
    return {"people": len(people), "found": found, "split": split, "splits": splits, "merged": merged}
