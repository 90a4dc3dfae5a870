"""Running SPARQL against a graph and writing the answer as a table, CSV, TSV, JSON or Turtle."""
from __future__ import annotations

import csv
import io
import json

import rdflib
from rdflib.query import Result

from ..errors import QueryError

FORMATS = ("table", "csv", "tsv", "json", "turtle")


def run_query(graph: rdflib.Graph, text: str, *, bindings: dict | None = None, origin: str = "query") -> Result:
    from pyparsing import ParseException

    try:
        return graph.query(text, initBindings=bindings or {})
    except ParseException as err:
        raise QueryError(f"SPARQL syntax error at line {err.lineno}, column {err.col}: "
                         f"{' '.join(str(err.msg).split())}", path=origin) from None
    except Exception as err:  # evaluation errors come as many types
        raise QueryError(f"query failed: {' '.join(str(err).split())[:300]}", path=origin) from None


def _cell(value) -> str:
    if value is None:
        return ""
    return str(value)


def format_result(result: Result, fmt: str = "table") -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        graph = result.graph
        if fmt == "json":
            return graph.serialize(format="json-ld")
        if fmt in {"csv", "tsv"}:
            rows = [[str(s), str(p), str(o)] for s, p, o in sorted(graph)]
            return _delimited(["subject", "predicate", "object"], rows, "," if fmt == "csv" else "\t")
        return graph.serialize(format="turtle")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[v]) for v in result.vars] for row in result]
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if fmt in {"csv", "tsv"}:
        return _delimited(names, rows, "," if fmt == "csv" else "\t")
    if fmt == "turtle":
        raise QueryError("Turtle output is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv or json")
    return _table(names, rows)


def _delimited(names, rows, delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        # TSV cells cannot hold tabs or newlines; CSV quotes them instead.
        writer.writerow([" ".join(c.split()) for c in row] if delimiter == "\t" else row)
    return buffer.getvalue()


def _table(names, rows, width: int = 60) -> str:
    cut = [[c if len(c) <= width else c[: width - 1] + "…" for c in (" ".join(cell.split()) for cell in row)]
           for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cut]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cut]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
