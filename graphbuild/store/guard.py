"""One endpoint request, checked and answered inside a query worker: parse, refuse, run, format."""
from __future__ import annotations

from ..errors import GraphbuildError
from ..query.answer import format_answer

# Accept header media types -> our result formats.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/ld+json": "json", "application/rdf+xml": "xml"}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
         "tsv": "text/tab-separated-values", "turtle": "text/turtle"}
GRAPH_MEDIA = {"turtle": "text/turtle", "json": "application/ld+json", "xml": "application/rdf+xml"}
FORMS = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "AskQuery": "ASK", "DescribeQuery": "DESCRIBE"}
WRITER = 0  # status that sends an update on to the one process allowed to write


def negotiate(accept: str, form: str) -> str:
    table = GRAPH_TYPES if form in {"CONSTRUCT", "DESCRIBE"} else RESULT_TYPES
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in table:
            return table[media]
    return "turtle" if form in {"CONSTRUCT", "DESCRIBE"} else "json"


def parse(text: str) -> tuple[str, object]:
    """The form (SELECT ... or UPDATE) and rdflib's parse tree; QueryError with line and column."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import parser

    from ..query.parse import query_form

    try:
        tree = parser.parseQuery(text)
        return FORMS.get(tree[1].name, "SELECT"), tree
    except ParseException:
        try:
            return "UPDATE", parser.parseUpdate(text)
        except ParseException:
            query_form(text, origin="request")  # raises the error with the query's line and column
            raise


def remote_reads(tree) -> list[tuple[str, object]]:
    """Every SERVICE and LOAD in a parse tree, with the IRI (or variable) it would reach."""
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            found.append(("SERVICE", node.get("term")))
        elif name == "Load":
            found.append(("LOAD", node.get("iri")))
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)
    return found


def refusal(tree, allow_service: bool) -> str | None:
    """Why a query may not reach another server or a file from here, or None when it may."""
    from rdflib import URIRef

    for keyword, target in remote_reads(tree):
        if not allow_service:
            return f"{keyword} is refused: this endpoint does not call other servers (--allow-service)"
        if not (isinstance(target, URIRef) and str(target).lower().startswith(("http://", "https://"))):
            return f"{keyword} is refused for {str(target)!r}: only a full http(s) IRI is allowed"
    return None


def answer_request(store, request: dict) -> tuple:
    """(status, body, media type or None, truncated) for one request against an open OxigraphStore."""
    text = request["text"]
    try:
        form, tree = parse(text)
    except GraphbuildError as err:
        return 400, f"{err.message}\n", None, False
    except Exception as err:  # noqa: BLE001  rdflib's parser raises more than ParseException on odd input
        return 400, f"the query cannot be read: {' '.join(str(err).split())[:200]}\n", None, False
    if request.get("as_update") and form != "UPDATE":
        return 400, "the 'update' parameter holds a query; send it as 'query'\n", None, False
    if form == "UPDATE" and not request["allow_update"]:
        return 403, "updates are refused: this endpoint is read-only (--allow-update)\n", None, False
    reason = refusal(tree, request["allow_service"])
    if reason:
        return 400, reason + "\n", None, False
    if form == "UPDATE" and store.read_only:
        return WRITER, "", None, False
    fmt = negotiate(request.get("accept", ""), form)
    try:
        answer = store.run(text, limit=request["max_rows"], origin="request", allow_update=request["allow_update"])
    except GraphbuildError as err:
        return 400, f"{err.message}\n", None, False
    if form == "UPDATE":
        return 204, "", None, False
    media = GRAPH_MEDIA.get(fmt, "text/turtle") if answer.graph is not None else MEDIA[fmt]
    return 200, format_answer(answer, fmt), f"{media}; charset=utf-8", answer.truncated
