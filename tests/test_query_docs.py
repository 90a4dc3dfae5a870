"""The query command lines in docs/view.md run on the example articles' graph and find something."""
from __future__ import annotations

import re
import shlex

import pytest
from conftest import ROOT, run_cli

LINES = [line.split("#")[0].strip() for block in re.findall(r"```\n(.*?)```", (ROOT / "docs" / "view.md").read_text(), re.S)
         for line in block.splitlines() if line.startswith("graphbuild query out/graph.ttl")]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory, examples_graph):
    path = tmp_path_factory.mktemp("docs") / "graph.ttl"
    examples_graph.serialize(path)
    return path


def test_docs_have_query_lines():
    assert len(LINES) >= 2


@pytest.mark.parametrize("line", LINES)
def test_documented_command_answers(graph_file, line):
    args = shlex.split(line)[2:]
    args[0] = str(graph_file)
    result = run_cli("query", *args)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "(0 rows)" not in out and len(out.splitlines()) >= 3
