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


def bind_values(text: str, bindings: dict | None) -> str:
    """Fix variables to values with a VALUES block first inside the outermost WHERE group, a form every
    SPARQL 1.1 engine reads (rdflib's initBindings and Oxigraph's substitutions each have limits)."""
    if not bindings:
        return text
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(sparql_term(term) for term in bindings.values())
    index = text.upper().find("WHERE")
    brace = text.find("{", index if index >= 0 else 0)
    return f"{text[: brace + 1]} VALUES ({names}) {{ ({terms}) }} {text[brace + 1 :]}"


def checked_form(text: str, *, origin: str, allow_update: bool) -> str:
    """The query's form, refusing an update where updates are not allowed."""
    from ..errors import StoreError

    form = query_form(text, origin=origin)
    if form == "UPDATE" and not allow_update:
        raise StoreError("SPARQL UPDATE is refused on this target", path=origin)
    return form


# SPARQL's string escapes; other control characters go as \uXXXX so that no engine rewrites them.
ESCAPES = {"\t": "\\t", "\b": "\\b", "\n": "\\n", "\r": "\\r", "\f": "\\f", '"': '\\"', "\\": "\\\\"}


def sparql_term(term) -> str:
    """A term as SPARQL text that reads back as exactly that one term, whatever its characters."""
    from rdflib import Literal

    if not isinstance(term, Literal):
        return term.n3()
    body = "".join(ESCAPES.get(c) or (f"\\u{ord(c):04X}" if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F else c)
                   for c in str(term))
    if term.language:
        return f'"{body}"@{term.language}'
    if term.datatype:
        return f'"{body}"^^<{term.datatype}>'
    return f'"{body}"'
