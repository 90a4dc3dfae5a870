"""SHACL validation of a graph against ontologies/shapes.ttl, with the violations as plain records."""
from __future__ import annotations

from dataclasses import dataclass

import rdflib
from rdflib.namespace import SH

from ..ontology import ontology_path
from .network import local_name


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}"


def validate(graph: rdflib.Graph) -> list[Violation]:
    """Every violation of our shapes in ``graph``; an empty list means the graph conforms."""
    import pyshacl

    shapes = rdflib.Graph().parse(ontology_path("shapes.ttl"))
    ontology = rdflib.Graph().parse(ontology_path("graphbuild.ttl"))
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                    advanced=True, allow_warnings=True)
    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        out.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=local_name(path) if isinstance(path, rdflib.URIRef) else "",
            message=str(report.value(result, SH.resultMessage) or "violates " + local_name(report.value(result, SH.sourceShape))),
            severity=local_name(report.value(result, SH.resultSeverity)),
        ))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))
