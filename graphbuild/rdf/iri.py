"""The one place IRIs are minted. Same input, same IRI: no counters, no randomness."""
from __future__ import annotations

import hashlib

from rdflib import URIRef

from ..ontology import ID_NS, REL_NS


def digest(*parts: object) -> str:
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def mint(kind: str, *parts: object) -> URIRef:
    """``mint("entity", "person/nicolas-maduro")`` or ``mint("evidence", article, offsets...)``.

    Entities keep their readable key; every other kind is named by a digest of its parts."""
    if kind == "entity":
        return URIRef(f"{ID_NS}{parts[0]}")
    if kind == "open-relation":
        return URIRef(f"{REL_NS}{parts[0]}")
    return URIRef(f"{ID_NS}{kind}/{digest(*parts)}")
