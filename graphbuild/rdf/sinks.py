"""Where a streaming build's article graphs go, batch by batch: an rdflib Dataset for small in-memory
builds, or files (``FileSink``), written in time linear in the graph by Oxigraph's serialisers instead
of rdflib's (whose Turtle writer was superlinear)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox
import rdflib

from ..io import atomic_write
from .quads import OX_PREFIXES, QuadMaker

# Formats Oxigraph writes from the union of the article graphs, and those holding one graph per article.
TRIPLE_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML,
                  ".xml": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}
QUAD_FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}


class DatasetSink:
    """Article graphs into an rdflib Dataset in memory: the KnowledgeGraph of ``graphbuild.build``."""

    def __init__(self):
        from .namespaces import bind_prefixes

        self.dataset = rdflib.Dataset(default_union=True)
        bind_prefixes(self.dataset)

    def write(self, graphs: list[tuple[str, list]], maker: QuadMaker) -> None:
        for name, triples in graphs:
            graph = self.dataset.graph(rdflib.URIRef(name))
            for triple in triples:
                graph.add(triple)

    def close(self) -> None:
        self.written: list[Path] = []

    def abort(self) -> None:
        pass


class NQuadsSink:
    """Article graphs appended to an N-Quads file as they are built; renamed into place by ``close``."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Named as io.atomic_write names its temporaries, so that one a killed run left is found and removed.
        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}-", suffix=".tmp", dir=self.path.parent)
        self.tmp = Path(name)
        self.handle = os.fdopen(fd, "wb")

    def write(self, graphs: list[tuple[str, list]], maker: QuadMaker) -> None:
        quads = [q for name, triples in graphs for q in maker.quads(name, triples)]
        ox.serialize(quads, self.handle, ox.RdfFormat.N_QUADS)

    def finish(self) -> Path:
        """The written temporary, closed and synced, not yet in place."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.chmod(self.tmp, 0o666 & ~_umask())
        return self.tmp

    def close(self) -> None:
        os.replace(self.finish(), self.path)

    def abort(self) -> None:
        self.handle.close()
        self.tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class FileSink:
    """The files a streaming build writes: N-Quads appended as batches finish, and for the formats that
    hold the union of the article graphs, each batch's N-Triples sorted into a run file; the runs are
    merged (deduplicated, in linear passes, a line per run in memory) into one sorted N-Triples file
    that Oxigraph's writers turn into Turtle or RDF/XML with our prefixes. No store is involved because
    Oxigraph's store reads xsd:nonNegativeInteger back as xsd:integer."""

    def __init__(self, output: Path | None, html: Path | None, workdir: Path):
        self.output, self.html, self.workdir = output, html, Path(workdir)
        ext = output.suffix.lower() if output is not None else None
        self.quads = NQuadsSink(output if ext == ".nq" else self.workdir / "graph.nq") if ext in QUAD_FORMATS else None
        self.union = html is not None or (ext is not None and ext not in QUAD_FORMATS)
        self.runs: list[Path] = []

    def write(self, graphs: list[tuple[str, list]], maker: QuadMaker) -> None:
        if self.quads is not None:
            self.quads.write(graphs, maker)
        if self.union:
            triples = [ox.Triple(s, p, o) for _, t in graphs for s, p, o in maker.triples(t)]
            lines = sorted(set(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)))
            run = self.workdir / f"run-{len(self.runs):06d}.nt"
            run.write_bytes(b"".join(lines))
            self.runs.append(run)

    def close(self) -> None:
        """Write the final files, all renamed into place together; see ``written``."""
        self.written: list[Path] = []
        targets: dict = {}
        ready: dict = {}
        ext = self.output.suffix.lower() if self.output is not None else None
        if self.quads is not None:
            if ext == ".nq":
                # Renamed with the other outputs (the page), so a failure in any leaves the old .nq in place.
                ready[self.output] = self.quads.finish()
            else:
                self.quads.close()
                source = self.quads.path
                targets[self.output] = lambda tmp: ox.serialize(
                    ox.parse(path=str(source), format=ox.RdfFormat.N_QUADS), str(tmp), QUAD_FORMATS[ext],
                    prefixes=OX_PREFIXES)
        if self.union:
            union = merge_runs(self.runs, self.workdir)
            graph = None
            if ext in TRIPLE_FORMATS:
                fmt = TRIPLE_FORMATS[ext]
                if fmt == ox.RdfFormat.N_TRIPLES:
                    targets[self.output] = lambda tmp: Path(tmp).write_bytes(union.read_bytes())
                else:
                    targets[self.output] = lambda tmp: ox.serialize(
                        ox.parse(path=str(union), format=ox.RdfFormat.N_TRIPLES), str(tmp), fmt, prefixes=OX_PREFIXES)
            elif ext is not None and ext not in QUAD_FORMATS:
                from ..errors import ExportError
                from .formats import EXPORTERS

                if ext not in EXPORTERS:
                    raise ExportError(f"unknown output format {ext!r}; use one of " + ", ".join(sorted(EXPORTERS)),
                                      path=str(self.output))
                # JSON-LD with our context, GraphML, GEXF and CSV are written from an rdflib copy of the graph.
                graph = _rdflib(union)
                targets.update(EXPORTERS[ext](graph, self.output))
            if self.html is not None:
                from ..viz.html import html_document
                from .formats import union_graph

                document = html_document(union_graph(graph if graph is not None else _rdflib(union)))
                targets[self.html] = lambda tmp: Path(tmp).write_text(document, encoding="utf-8")
        # One rename step for every output: a failure in any leaves all earlier files as they were.
        atomic_write(targets, ready)
        self.written += list(ready) + list(targets)

    def abort(self) -> None:
        if self.quads is not None:
            self.quads.abort()


def _rdflib(path: Path) -> rdflib.Dataset:
    from .namespaces import bind_prefixes

    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(str(path), format="nt")
    bind_prefixes(dataset)
    return dataset


MERGE_WIDTH = 64  # run files open at once while merging


def merge_runs(runs: list[Path], workdir: Path) -> Path:
    """One sorted, deduplicated N-Triples file from sorted run files, merged ``MERGE_WIDTH`` at a time."""
    import heapq

    level = 0
    runs = list(runs)
    while len(runs) != 1:
        merged = []
        for start in range(0, max(len(runs), 1), MERGE_WIDTH):
            out = workdir / f"merge-{level}-{start:06d}.nt"
            handles = [open(run, "rb") for run in runs[start:start + MERGE_WIDTH]]
            try:
                with open(out, "wb") as sink:
                    last = None
                    for line in heapq.merge(*handles):
                        if line != last:
                            sink.write(line)
                            last = line
            finally:
                for handle in handles:
                    handle.close()
            merged.append(out)
        runs, level = merged, level + 1
    return runs[0]
