"""The SPARQL in the documentation runs and answers on the graph of examples/, so the docs cannot rot."""
from __future__ import annotations

import re

import pytest
from conftest import ROOT

DOCS = [ROOT / "docs" / "model.md", ROOT / "README.md"]
BLOCKS = [(doc.name, i, block) for doc in DOCS
          for i, block in enumerate(re.findall(r"```sparql\n(.*?)```", doc.read_text(encoding="utf-8"), re.S))]


def test_docs_have_queries():
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("doc, index, text", BLOCKS, ids=[f"{d}-{i}" for d, i, _ in BLOCKS])
def test_documented_query_answers(examples_graph, doc, index, text):
    rows = list(examples_graph.query(text))
    assert rows, f"{doc} query {index} returned nothing"
