"""The Oxigraph store: idempotent builds, replaced articles, resolution across days, faults, a real kill."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
import rdflib
from conftest import EXAMPLES, KREMLIN, ROOT, run_cli

from graphbuild.errors import StoreError
from graphbuild.store import OxigraphStore


def _count(store_dir) -> tuple[int, int]:
    with OxigraphStore(store_dir, read_only=True) as store:
        return len(store), len(store.articles())


def test_build_into_store_is_idempotent(tmp_path):
    store = tmp_path / "store"
    assert run_cli("build", str(EXAMPLES), "--store", str(store)).returncode == 0
    first = _count(store)
    assert first[1] == 7  # four files and three JSON lines
    assert run_cli("build", str(EXAMPLES), "--store", str(store)).returncode == 0
    assert _count(store) == first
    extra = tmp_path / "extra.txt"
    extra.write_text("Kenya hosted talks between Ethiopia and Eritrea in Nairobi on Friday.\n")
    assert run_cli("build", str(extra), "--store", str(store)).returncode == 0
    triples, articles = _count(store)
    assert articles == 8 and triples > first[0]


def test_changed_article_replaces_its_graph_and_remove(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("---\nurl: https://example.org/a\ndate: 2024-01-01\n---\nPeru warned Chile on Monday.\n")
    store = tmp_path / "store"
    run_cli("build", str(article), "--store", str(store))
    article.write_text("---\nurl: https://example.org/a\ndate: 2024-01-01\n---\nPeru backed Chile on Monday.\n")
    run_cli("build", str(article), "--store", str(store))
    supports = run_cli("query", str(store), "ASK { ?a <https://w3id.org/graphbuild/ontology#supports> ?b }")
    warns = run_cli("query", str(store), "ASK { ?a <https://w3id.org/graphbuild/ontology#warns> ?b }")
    assert supports.stdout.decode().strip() == "true" and warns.stdout.decode().strip() == "false"
    assert run_cli("remove", str(store), "--article", "https://example.org/a").returncode == 0
    assert _count(store) == (0, 0)
    missing = run_cli("remove", str(store), "--article", "https://example.org/none")
    assert missing.returncode == 1 and "holds no article" in missing.stderr.decode()


def test_resolution_across_days(tmp_path):
    store = tmp_path / "store"
    day1, day2 = tmp_path / "day1.txt", tmp_path / "day2.txt"
    day1.write_text("Venezuelan President Nicolas Maduro met with Vladimir Putin in Moscow.")
    day2.write_text("Maduro warned Colombia on Friday.")
    run_cli("build", str(day1), "--store", str(store))
    run_cli("build", str(day2), "--store", str(store))
    result = run_cli("query", str(store), "--named", "entity", "--param", "name=Nicolas Maduro", "--format", "csv")
    rows = result.stdout.decode().splitlines()
    assert any("warns" in r and "Colombia" in r for r in rows), rows
    people = run_cli("query", str(store), "SELECT DISTINCT ?l WHERE { ?p a <https://w3id.org/graphbuild/ontology#Person> ;"
                     " <http://www.w3.org/2000/01/rdf-schema#label> ?l }", "--format", "tsv")
    assert [line for line in people.stdout.decode().splitlines() if "Maduro" in line] == ['"Nicolas Maduro"']


def test_directory_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="is not empty and is not a graphbuild store"):
        OxigraphStore(tmp_path, create=True)
    with pytest.raises(StoreError, match="is not a graphbuild store"):
        OxigraphStore(tmp_path)
    result = run_cli("query", str(tmp_path), "ASK {}")
    assert result.returncode == 1 and "not a graphbuild store" in result.stderr.decode()


def test_locked_store(tmp_path):
    store = tmp_path / "store"
    OxigraphStore(store, create=True).close()
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from graphbuild.store import OxigraphStore; "
                               f"s = OxigraphStore({str(store)!r}); print('open', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"open"
        result = run_cli("build", str(KREMLIN), "--store", str(store))
        assert result.returncode == 1
        assert "is locked by another process" in result.stderr.decode()
    finally:
        holder.kill()
        holder.wait()


def _corpus(folder, n: int):
    folder.mkdir()
    countries = ["Peru", "Chile", "Brazil", "Kenya", "Egypt", "Norway", "Japan", "India", "Qatar", "Mexico"]
    for i in range(n):
        a, b = countries[i % 10], countries[(i * 3 + 1) % 10]
        (folder / f"{i:03d}.md").write_text(
            f"---\nurl: https://example.org/{i}\ndate: 2024-02-{1 + i % 28:02d}\n---\n"
            f"{a} warned {b} on Monday. {b} backed talks with {a}. Officials from {a} met with {b} in Geneva.\n")


def test_kill_during_build_leaves_whole_articles(tmp_path):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 120)
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    # Small batches, so that the kill lands between two batch commits.
    assert run_cli("build", str(corpus), "--store", str(clean), "--batch-size", "10", "-j", "1").returncode == 0
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "-v", "build", str(corpus), "--store", str(killed),
                                "--batch-size", "10", "-j", "1"],
                               stderr=subprocess.PIPE, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    stored = 0
    for line in process.stderr:
        if line.startswith(b"stored "):
            stored += 1
            if stored == 3:
                process.send_signal(signal.SIGKILL)
                break
    process.wait()
    assert process.returncode == -signal.SIGKILL
    with OxigraphStore(clean, read_only=True) as reference, OxigraphStore(killed) as partial:
        total = len(reference.articles())
        present = partial.articles()
        assert 3 <= len(present) < total  # the kill landed while articles were being written
        for iri, _ in present:
            want = {tuple(q)[:3] for q in reference.store.quads_for_pattern(None, None, None, store_graph_name(iri))}
            have = {tuple(q)[:3] for q in partial.store.quads_for_pattern(None, None, None, store_graph_name(iri))}
            assert have == want, iri
    assert run_cli("build", str(corpus), "--store", str(killed), "--batch-size", "10", "-j", "1").returncode == 0
    assert _count(killed) == _count(clean)


def store_graph_name(iri: str):
    import pyoxigraph

    return pyoxigraph.NamedNode(iri)


def test_store_export_and_stats(tmp_path):
    store = tmp_path / "store"
    run_cli("build", str(KREMLIN), "--store", str(store))
    assert run_cli("export", str(store), "-o", str(tmp_path / "g.trig")).returncode == 0
    dataset = rdflib.Dataset()
    dataset.parse(tmp_path / "g.trig", format="trig")
    assert len([g for g in dataset.graphs() if len(g)]) == 1
    assert "articles   1" in run_cli("stats", str(store)).stdout.decode()


def test_bulk_load_matches_and_guards(tmp_path):
    import json

    bulk, normal = tmp_path / "bulk", tmp_path / "normal"
    assert run_cli("build", str(EXAMPLES), "--store", str(bulk), "--bulk").returncode == 0
    assert run_cli("build", str(EXAMPLES), "--store", str(normal)).returncode == 0
    assert _count(bulk) == _count(normal)
    again = run_cli("build", str(KREMLIN), "--store", str(bulk), "--bulk")
    assert again.returncode == 1 and "--bulk only loads an empty store" in again.stderr.decode()
    marker = bulk / "graphbuild-store.json"
    marker.write_text(json.dumps({**json.loads(marker.read_text()), "state": "loading"}))
    refused = run_cli("stats", str(bulk))
    assert refused.returncode == 1 and "bulk load that was interrupted" in refused.stderr.decode()


def test_benchmark_graphs_load_whole_and_every_form_of_a_query_answers_alike(tmp_path):
    # benchmarks/store_queries.py times each query in several forms and each engine at its best; that is
    # fair only while the writer's shape makes all forms equal, which this checks on both engines.
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import pyoxigraph as ox
    from store_queries import FORMS, write_nquads

    graph, nquads = rdflib.Graph(), tmp_path / "g.nq"
    write_nquads(nquads, 60, graph)
    with OxigraphStore(tmp_path / "store", create=True) as store:
        store.begin_bulk()
        store.store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.end_bulk()
        assert len(store) == len(graph) and len(store.articles()) == 60
        for name, forms in FORMS.items():
            first = sorted(tuple(row) for row in store.run(forms[0]).rows)
            assert first or len(forms) == 1, name  # one person of 2,000 may be in no article of 60
            for form in forms:
                assert sorted(tuple(row) for row in store.run(form).rows) == first, name
                assert sorted(tuple(row) for row in graph.query(form)) == first, name
