"""A query's answer in one shape whatever engine produced it, and its serialisations."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

import rdflib
from rdflib import BNode, Literal, URIRef

from ..errors import QueryError

FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle")


@dataclass
class Answer:
    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # rdflib terms or None
    boolean: bool | None = None
    graph: rdflib.Graph | None = None
    truncated: bool = False

    @classmethod
    def from_rdflib(cls, result, *, limit: int | None = None) -> Answer:
        if result.type == "ASK":
            return cls("ASK", boolean=bool(result.askAnswer))
        if result.type in {"CONSTRUCT", "DESCRIBE"}:
            return cls(result.type, graph=result.graph)
        names = [str(v) for v in result.vars]
        rows = []
        for row in result:
            if limit is not None and len(rows) >= limit:
                return cls("SELECT", names, rows, truncated=True)
            rows.append([row[v] for v in result.vars])
        return cls("SELECT", names, rows)


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attr = f" xml:lang={quoteattr(term.language)}" if term.language else (
        f" datatype={quoteattr(str(term.datatype))}" if term.datatype else "")
    return f"<literal{attr}>{escape(str(term))}</literal>"


def format_answer(answer: Answer, fmt: str = "table") -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(FORMATS)}")
    if answer.form == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": answer.boolean})
        if fmt == "xml":
            return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                    f"<boolean>{str(answer.boolean).lower()}</boolean></sparql>")
        return str(answer.boolean).lower()
    if answer.graph is not None:
        if fmt == "json":
            return answer.graph.serialize(format="json-ld")
        if fmt == "xml":
            return answer.graph.serialize(format="xml")
        if fmt in {"csv", "tsv"}:
            rows = [[str(s), str(p), str(o)] for s, p, o in sorted(answer.graph)]
            return _delimited(["subject", "predicate", "object"], rows, "," if fmt == "csv" else "\t")
        return answer.graph.serialize(format="turtle")
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(answer.variables, row) if t is not None} for row in answer.rows]
        return json.dumps({"head": {"vars": answer.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in answer.variables)
        results = "".join(
            "<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                 for v, t in zip(answer.variables, row) if t is not None) + "</result>"
            for row in answer.rows)
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head>{head}</head><results>{results}</results></sparql>")
    if fmt == "turtle":
        raise QueryError("Turtle output is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv or json")
    cells = [["" if t is None else str(t) for t in row] for row in answer.rows]
    if fmt in {"csv", "tsv"}:
        return _delimited(answer.variables, cells, "," if fmt == "csv" else "\t")
    return _table(answer.variables, cells, answer.truncated)


def _delimited(names, rows, delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        # TSV cells cannot hold tabs or newlines; CSV quotes them instead.
        writer.writerow([" ".join(c.split()) for c in row] if delimiter == "\t" else row)
    return buffer.getvalue()


def _table(names, rows, truncated: bool = False, width: int = 60) -> str:
    cut = [[c if len(c) <= width else c[: width - 1] + "…" for c in (" ".join(cell.split()) for cell in row)]
           for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cut]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cut]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', cut at the row limit' if truncated else ''})")
    return "\n".join(lines)


# Characters an IRI written <...> in SPARQL cannot hold: one of them would end the IRI and start new syntax.
NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')


def literal_param(value: str):
    """A --param value as an RDF term: <iri> or an IRI-looking string is an IRI, anything else a plain literal.

    A value can only ever become one term: an <iri> with characters IRIs cannot hold is refused, an
    http(s) string with them stays a literal, and literals are written escaped."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        if NOT_IN_IRI.search(value[1:-1]):
            raise QueryError(f"--param value {value[:80]!r} is not a valid IRI")
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://")) and not NOT_IN_IRI.search(value):
        return URIRef(value)
    return Literal(value)
