"""The prefixes every query may use undeclared, on every engine, and IRIs written short with them.

rdflib answers a query with the prefixes its graph has bound, Oxigraph and remote endpoints with none:
declaring them in the query text itself is the one way the same query reads the same everywhere.
"""
from __future__ import annotations

import re

from ..rdf.namespaces import PREFIXES

KNOWN = {name: str(ns) for name, ns in PREFIXES.items()}
DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*|):", re.IGNORECASE)


def declare_prefixes(text: str) -> str:
    """``text`` with a PREFIX declaration for each known prefix it does not declare itself.

    The declarations go on the query's first line, so line numbers in later error messages still match
    the text the user wrote; a prefix the query declares keeps the query's own IRI."""
    declared = {m.group(1) for m in DECLARED.finditer(blank_literals(text))}
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in KNOWN.items() if name not in declared]
    return " ".join(missing) + " " + text if missing else text


def blank_literals(text: str) -> str:
    """The text with comments, IRIs and strings replaced by spaces of the same length: keywords, prefixes
    and variables found in it are the query's own, at the same offsets."""
    pattern = r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*'
    return re.sub(pattern, lambda m: " " * len(m.group(0)), text)


def compact(iri: str) -> str:
    """``gb:supports`` for the ontology's IRI, and so for every known prefix; other IRIs as they are."""
    best = ""
    for name, base in KNOWN.items():
        if iri.startswith(base) and len(base) > len(best):
            best, prefix = base, name
    if best:
        local = iri[len(best):]
        # For people reading a table: gbid:person/olaf-scholz; anything odder stays a full IRI.
        if re.fullmatch(r"[\w./-]*", local) and not local.endswith("."):
            return f"{prefix}:{local}"
    return iri
