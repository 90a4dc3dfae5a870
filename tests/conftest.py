"""Shared fixtures. Extraction tests use the real English pipeline; it loads once per session."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "data" / "articles" / "russia-venezuela-2019-09-25.md"
DESIGN_CARD = SHARED / "checks" / "design_card.py"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from graphbuild.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extraction of a text written in a test: returns the DocExtraction."""
    from graphbuild.extract import extract_doc
    from graphbuild.ingest import make_article

    def run(text: str, published: str | None = "2019-09-25"):
        article = make_article(text=text, origin="<test>", published=published)
        return extract_doc(nlp(article.text), article)

    return run


def facts(extraction, *, modality: str | None = None) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) for every relation of an extraction."""
    names = {m.id: m.name for m in extraction.mentions}
    return {(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations
            if modality is None or r.evidence.modality == modality}


@pytest.fixture(scope="session")
def seed_graph():
    import graphbuild

    return graphbuild.build(SEED)


@pytest.fixture(scope="session")
def examples_graph():
    import graphbuild

    return graphbuild.build(EXAMPLES)


@pytest.fixture(scope="session")
def seed_files(tmp_path_factory, seed_graph):
    out = tmp_path_factory.mktemp("seed")
    seed_graph.serialize(out / "seed.ttl")
    seed_graph.render(out / "seed.html")
    return out


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command line, in a child process, as a user runs it."""
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, env=env, timeout=300)
