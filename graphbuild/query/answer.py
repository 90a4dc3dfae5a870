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
            rows.append([_canonical(row[v]) for v in result.vars])
        return cls("SELECT", names, rows)


DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def _canonical(term):
    """An xsd:decimal in its canonical form ("0.45" for "0.450"), as Oxigraph and so stores and
    endpoints write it: a file and a store then print the same answer."""
    if isinstance(term, Literal) and str(term.datatype) == DECIMAL:
        from decimal import Decimal, InvalidOperation

        try:
            text = format(Decimal(str(term)), "f")
        except InvalidOperation:
            return term
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        text = "0" if text in {"-0", ""} else text
        return Literal(text, datatype=term.datatype)
    return term


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


def format_answer(answer: Answer, fmt: str = "table", *, width: int | None = 60) -> str:
    """The answer as text; ``width`` cuts table cells (None: never)."""
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
        graph = _with_our_prefixes(answer.graph)
        if fmt == "json":
            return graph.serialize(format="json-ld")
        if fmt == "xml":
            return graph.serialize(format="xml")
        if fmt == "csv":
            return _csv(["subject", "predicate", "object"], [[str(t) for t in triple] for triple in sorted(graph)])
        if fmt == "tsv":
            return _tsv(["subject", "predicate", "object"], sorted(graph))
        return graph.serialize(format="turtle")
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
    if fmt == "tsv":
        return _tsv(answer.variables, answer.rows)
    if fmt == "csv":
        return _csv(answer.variables, [["" if t is None else str(t) for t in row] for row in answer.rows])
    from .prefixes import compact

    cells = [["" if t is None else compact(str(t)) if isinstance(t, URIRef) else str(t) for t in row]
             for row in answer.rows]
    return _table(answer.variables, cells, answer.truncated, width)


def _with_our_prefixes(graph: rdflib.Graph) -> rdflib.Graph:
    """The graph with gb:, schema:, prov: ... bound, so Turtle reads gb:supports, not ns1:supports."""
    from ..rdf.namespaces import bind_prefixes

    out = rdflib.Graph()
    bind_prefixes(out)
    for triple in graph:
        out.add(triple)
    return out


def _csv(names, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    writer.writerows(rows)
    return buffer.getvalue()


def tsv_term(term) -> str:
    """A term as SPARQL 1.1 TSV writes it: Turtle syntax, <iri>, "literal"@lang or ^^<datatype>, _:b."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = (str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def _tsv(names, rows) -> str:
    """SPARQL 1.1 Query Results TSV: ?-prefixed header, one row a line, unbound cells empty."""
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join(tsv_term(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def _table(names, rows, truncated: bool = False, width: int | None = 60) -> str:
    flat = [[" ".join(cell.split()) for cell in row] for row in rows]
    cut = flat if width is None else [[c if len(c) <= width else c[: max(width - 1, 1)].rstrip() + "…" for c in row]
                                      for row in flat]
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
