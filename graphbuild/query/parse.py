"""Checking a query before any engine sees it: one syntax error message, with line and column, for all."""
from __future__ import annotations

import re

from ..errors import QueryError
from .prefixes import DECLARED, KNOWN, blank_literals, declare_prefixes

FORMS = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "AskQuery": "ASK", "DescribeQuery": "DESCRIBE"}
_VARIABLE = re.compile(r"[?$]([A-Za-z_0-9][\w]*)")
_PARAMETERS = re.compile(r"^\s*#.*?\bParameters?:\s*(.*)$", re.IGNORECASE | re.MULTILINE)


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
    """The text every engine runs: the known prefixes declared (see prefixes.py) and variables fixed with
    a VALUES block first inside the outermost WHERE group, a form every SPARQL 1.1 engine reads (rdflib's
    initBindings and Oxigraph's substitutions each have limits)."""
    if bindings:
        names = " ".join(f"?{name}" for name in bindings)
        terms = " ".join(sparql_term(term) for term in bindings.values())
        text = _constant_patterns(text, bindings)
        blank = blank_literals(text)
        match = re.search(r"\bWHERE\b", blank, re.IGNORECASE)
        brace = blank.find("{", match.start() if match else 0)
        text = f"{text[: brace + 1]} VALUES ({names}) {{ ({terms}) }} {text[brace + 1 :]}"
    return declare_prefixes(text)


def _constant_patterns(text: str, bindings: dict) -> str:
    """A bound pattern written into REGEX itself: Oxigraph compiles a pattern that comes from a variable once
    per row (0.3 s against 3 ms for one name over 100k labels), a constant one once. The VALUES block still
    binds the variable for BOUND() and any other use."""
    for name, term in bindings.items():
        pattern = re.compile(r"(\bREGEX\s*\([^,()]*(?:\([^()]*\))?[^,()]*,\s*)[?$]" + re.escape(name) + r"\b",
                             re.IGNORECASE)
        text = pattern.sub(lambda m: m.group(1) + sparql_term(term), text)
    return text


def query_variables(text: str) -> list[str]:
    """The variables a query names, in order of first appearance."""
    seen: dict[str, None] = {}
    for match in _VARIABLE.finditer(blank_literals(text)):
        seen.setdefault(match.group(1), None)
    return list(seen)


def query_parameters(text: str) -> dict[str, str]:
    """Parameter name -> its description: those a "# Parameters: name (part of a name or alias; required),
    ..." comment declares, or else every variable of the query, undescribed."""
    match = _PARAMETERS.search(text)
    if not match:
        return {name: "" for name in query_variables(text)}
    out: dict[str, str] = {}
    if match.group(1).strip(" .").lower() == "none":
        return out
    for part in re.split(r",(?![^()]*\))", match.group(1).rstrip(". ")):
        found = re.match(r"\s*([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?", part)
        if found:
            out[found.group(1)] = found.group(2) or ""
    return out


def is_name_parameter(description: str) -> bool:
    """A parameter matched against labels and aliases (see match.py) rather than fixed to its value."""
    return "name or alias" in description


def check_parameters(text: str, bindings: dict, *, origin: str = "query") -> None:
    """A QueryError naming the query's parameters when --param names one it does not have or a
    required one is missing."""
    params = query_parameters(text)
    listed = ", ".join(params) or "none"
    unknown = [name for name in bindings if name not in params]
    if unknown:
        raise QueryError(f"the query has no parameter {unknown[0]!r}; its parameters: {listed}", path=origin)
    missing = [name for name, about in params.items() if "required" in about and name not in bindings]
    if missing:
        raise QueryError(f"the query needs --param {missing[0]}=VALUE; its parameters: {listed}", path=origin)


_PREFIXED = re.compile(r"(?<![\w:/?$.-])([A-Za-z][\w.-]*)?:(?=[\w%])")


def check_prefixes(text: str, *, origin: str = "query") -> None:
    """A QueryError naming a prefix the query uses without declaring it, where Oxigraph would answer with
    its parser's message and rdflib with a KeyError. Known prefixes (prefixes.py) need no declaration."""
    blank = blank_literals(text)
    declared = {m.group(1) for m in DECLARED.finditer(blank)} | set(KNOWN)
    for match in _PREFIXED.finditer(blank):
        name = match.group(1) or ""
        if name not in declared:
            raise QueryError(f"the prefix {name + ':'!r} is not declared; add PREFIX {name}: <...> or use one of "
                             + ", ".join(f"{k}:" for k in KNOWN), path=origin)


def checked_form(text: str, *, origin: str, allow_update: bool) -> str:
    """The query's form, refusing an update where updates are not allowed."""
    from ..errors import StoreError

    form = query_form(text, origin=origin)
    check_prefixes(text, origin=origin)
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
