"""Checking a query before any engine sees it: one syntax error message, with line and column, for all."""
from __future__ import annotations

from ..errors import QueryError

FORMS = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "AskQuery": "ASK", "DescribeQuery": "DESCRIBE"}


def query_form(text: str, *, origin: str = "query") -> str:
    """SELECT, CONSTRUCT, ASK or DESCRIBE for a query, UPDATE for an update; QueryError if neither parses."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import parser

    try:
        parsed = parser.parseQuery(text)
        return FORMS.get(parsed[1].name, "SELECT")
    except ParseException as query_err:
        try:
            parser.parseUpdate(text)
            return "UPDATE"
        except ParseException:
            pass
        raise QueryError(f"SPARQL syntax error at line {query_err.lineno}, column {query_err.col}: "
                         f"{' '.join(str(query_err.msg).split())}", path=origin) from None
