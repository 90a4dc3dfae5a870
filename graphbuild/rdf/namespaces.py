"""Every prefix graphbuild writes, bound in one function."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from ..ontology import GB_NS, ID_NS, REL_NS

SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
GBID = Namespace(ID_NS)
GBREL = Namespace(REL_NS)

PREFIXES = {
    "gb": Namespace(GB_NS), "gbid": GBID, "gbrel": GBREL, "schema": SCHEMA, "oa": OA, "prov": PROV,
    "skos": SKOS, "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
}


def bind_prefixes(graph) -> None:
    # rdflib pre-binds schema: to https://schema.org/; we write http://schema.org/ as schema.org's own context does.
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
