"""Write graphbuild/rdf/terms.py from ontologies/graphbuild.ttl: ``python -m graphbuild.rdf.gen_terms``.

tests/rdf/test_terms.py fails when the two drift apart.
"""
from __future__ import annotations

from pathlib import Path

import rdflib

from ..ontology import GB_NS, ontology_path

HEADER = '''"""The graphbuild vocabulary as Python names. Generated from ontologies/graphbuild.ttl by
``python -m graphbuild.rdf.gen_terms``; do not edit by hand."""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class GB(DefinedNamespace):
    _NS = Namespace("{ns}")
    _fail = True  # a term missing from the ontology is an error, not a new IRI

'''


def render() -> str:
    graph = rdflib.Graph().parse(ontology_path("graphbuild.ttl"))
    names = sorted({str(s)[len(GB_NS):] for s in graph.subjects() if str(s).startswith(GB_NS)})
    lines = [f"    {name}: URIRef" for name in names]
    return HEADER.format(ns=GB_NS) + "\n".join(lines) + "\n"


def main() -> None:
    Path(__file__).with_name("terms.py").write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
