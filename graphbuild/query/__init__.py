"""SPARQL on files, stores and endpoints, with one set of prefixes and one answer shape."""
from .rdflib_fixes import skip_unbound_in_distinct_aggregates

skip_unbound_in_distinct_aggregates()
