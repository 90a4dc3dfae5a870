"""Where rdflib's SPARQL departs from the standard and from Oxigraph, corrected once on import."""
from __future__ import annotations


def skip_unbound_in_distinct_aggregates() -> None:
    """rdflib raises NotBoundError on GROUP_CONCAT(DISTINCT ?x) (and any DISTINCT aggregate) when ?x is
    unbound in a row, where SPARQL 1.1 (and Oxigraph) leave such a row out of the aggregate."""
    from rdflib.plugins.sparql import aggregates
    from rdflib.plugins.sparql.sparql import NotBoundError

    original = aggregates.Accumulator.use_row
    if getattr(original, "skips_unbound", False):
        return

    def use_row(self, row):
        try:
            return original(self, row)
        except NotBoundError:
            return False

    use_row.skips_unbound = True
    aggregates.Accumulator.use_row = use_row

