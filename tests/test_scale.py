"""Corpus-scale builds: streamed outputs equal the in-memory graph, processes and Dask change nothing,
a killed store build resumes to the same store, long articles are parsed in pieces."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES, run_cli

from graphbuild.nlp import DEFAULT_MODEL


def _quads(path) -> list[str]:
    return sorted(str(q) for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def _triples(path) -> set[str]:
    return {str(t.triple) for t in ox.parse(path=str(path))}


@pytest.fixture(scope="module")
def reference(nlp, tmp_path_factory):
    """The examples built the way the library did before streaming: every extraction in one list,
    resolved at once, written through rdflib's Dataset and its N-Quads serialiser."""
    from graphbuild.extract import extract_articles
    from graphbuild.rdf.writer import write_dataset
    from graphbuild.resolve import RESOLVERS

    from graphbuild.stream import read_sources

    articles = list(read_sources([EXAMPLES], skipped=[]))
    dataset = write_dataset(RESOLVERS["graphbuild.rules.v1"](list(extract_articles(articles, nlp))))
    path = tmp_path_factory.mktemp("reference") / "graph.nq"
    dataset.serialize(destination=str(path), format="nquads", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def streamed(tmp_path_factory):
    out = tmp_path_factory.mktemp("streamed")
    result = run_cli("build", str(EXAMPLES), "-o", str(out / "graph.nq"), "-j", "1")
    assert result.returncode == 0, result.stderr.decode()
    return out / "graph.nq"


def test_streamed_nquads_equal_the_in_memory_graph(reference, streamed):
    assert len(_quads(reference)) > 1000
    assert _quads(streamed) == _quads(reference)


def test_turtle_and_ntriples_hold_the_union(reference, tmp_path):
    union = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in ox.parse(path=str(reference),
                                                                                format=ox.RdfFormat.N_QUADS)}
    for ext in ("ttl", "nt"):
        result = run_cli("build", str(EXAMPLES), "-o", str(tmp_path / f"g.{ext}"), "-j", "1", "--batch-size", "2")
        assert result.returncode == 0, result.stderr.decode()
    # Small batches exercise the merge of several sorted runs into one deduplicated union.
    assert _triples(tmp_path / "g.ttl") == _triples(tmp_path / "g.nt")
    one_batch = tmp_path / "one.ttl"
    assert run_cli("build", str(EXAMPLES), "-o", str(one_batch), "-j", "1").returncode == 0
    assert _triples(one_batch) == union
    text = one_batch.read_text(encoding="utf-8")
    assert "@prefix gb: <https://w3id.org/graphbuild/ontology#>" in text and "gb:Country" in text


def test_two_processes_give_the_same_graph(streamed, tmp_path):
    result = run_cli("build", str(EXAMPLES), "-o", str(tmp_path / "j2.nq"), "-j", "2", "--batch-size", "3")
    assert result.returncode == 0, result.stderr.decode()
    one = tmp_path / "j1.nq"
    assert run_cli("build", str(EXAMPLES), "-o", str(one), "-j", "1", "--batch-size", "3").returncode == 0
    assert _quads(tmp_path / "j2.nq") == _quads(one)


def test_dask_local_cluster_gives_the_same_graph(streamed, tmp_path):
    pytest.importorskip("distributed")
    result = run_cli("build", str(EXAMPLES), "-o", str(tmp_path / "dask.nq"), "--dask", "local", "-j", "2")
    assert result.returncode == 0, result.stderr.decode()
    assert _quads(tmp_path / "dask.nq") == _quads(streamed)


def _corpus(folder, n: int) -> None:
    folder.mkdir()
    people = ["Ana Ruiz", "Omar Haddad", "Lena Berg", "Kofi Mensah", "Mei Chen", "Ravi Nair"]
    countries = ["Peru", "Chile", "Brazil", "Kenya", "Egypt", "Norway", "Japan", "India", "Qatar", "Mexico"]
    for i in range(n):
        a, b, p = countries[i % 10], countries[(i * 3 + 1) % 10], people[i % 6]
        (folder / f"{i:03d}.md").write_text(
            f"---\nurl: https://example.org/{i}\ndate: 2024-02-{1 + i % 28:02d}\n---\n"
            f"{a} warned {b} on Monday. {p} met with officials from {b} in Geneva. "
            f"{p.split()[1]} said {a} backed the talks.\n")


def _store_quads(path) -> list[str]:
    from graphbuild.store import OxigraphStore

    with OxigraphStore(path, read_only=True) as store:
        return sorted(str(q) for q in store.store.quads_for_pattern(None, None, None, None))


def test_killed_store_build_resumes_to_a_clean_build(tmp_path):
    corpus, clean, killed = tmp_path / "corpus", tmp_path / "clean", tmp_path / "killed"
    _corpus(corpus, 40)
    options = ["--batch-size", "5", "-j", "1"]
    assert run_cli("build", str(corpus), "--store", str(clean), *options).returncode == 0
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "-v", "build", str(corpus), "--store", str(killed),
                                *options], stderr=subprocess.PIPE, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    stored = 0
    for line in process.stderr:
        stored += line.startswith(b"stored ")
        if stored == 6:  # the second batch has committed, so the first is in the build log
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL
    resumed = run_cli("build", str(corpus), "--store", str(killed), *options)
    assert resumed.returncode == 0, resumed.stderr.decode()
    message = resumed.stderr.decode()
    done = int(message.split(" skipped (")[1].split(" already built")[0])
    assert 5 <= done < 40 and f"built {40 - done} article(s)" in message
    assert _store_quads(killed) == _store_quads(clean)
    # Nothing left to do the second time; a changed article is rebuilt; --force rebuilds everything.
    again = run_cli("build", str(corpus), "--store", str(killed), *options).stderr.decode()
    assert "built 0 article(s), 40 skipped (40 already built)" in again
    (corpus / "007.md").write_text("---\nurl: https://example.org/7\ndate: 2024-02-08\n---\nPeru backed Chile.\n")
    changed = run_cli("build", str(corpus), "--store", str(killed), *options).stderr.decode()
    assert "built 1 article(s), 39 skipped (39 already built)" in changed
    forced = run_cli("build", str(corpus), "--store", str(killed), "--force", *options).stderr.decode()
    assert "built 40 article(s), 0 skipped" in forced


def _children(pid: int) -> set[int]:
    """Live processes whose parent is ``pid``, read from /proc."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, ppid = stat.read_text().rsplit(")", 1)[1].split()[:2]
        except (OSError, IndexError, ValueError):
            continue
        if int(ppid) == pid and state != "Z":
            out.add(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from Linux's /proc")
def test_workers_of_a_killed_build_leave(tmp_path):
    # A build killed outright cannot shut its pool down; its workers must not stay behind holding a model each.
    corpus = tmp_path / "corpus"
    _corpus(corpus, 60)
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "-v", "build", str(corpus), "--store",
                                str(tmp_path / "store"), "--batch-size", "5", "-j", "2"], stderr=subprocess.PIPE)
    workers: set[int] = set()
    for line in process.stderr:
        workers |= _children(process.pid)
        if line.startswith(b"stored "):  # the workers have parsed a batch: both are up
            break
    workers |= _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert len(workers) >= 2  # the two workers (and multiprocessing's resource tracker)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert not [w for w in workers if _alive(w)]


def test_long_article_is_parsed_in_pieces(nlp):
    from graphbuild.extract import extract_articles
    from graphbuild.extract.chunks import split_points
    from graphbuild.ingest import make_article

    people = ["Ana Ruiz", "Omar Haddad", "Lena Berg", "Kofi Mensah"]
    countries = ["Peru", "Chile", "Brazil", "Kenya", "Egypt", "Norway"]
    paragraphs = [f"{people[i % 4]} met with {people[(i + 1) % 4]} in Lima on Monday. "
                  f"{countries[i % 6]} warned {countries[(i + 2) % 6]} about the border."
                  for i in range(60)]
    article = make_article(text="\n\n".join(paragraphs), origin="<long>", published="2024-03-01")
    whole = next(extract_articles([article], nlp))
    limit = nlp.max_length
    nlp.max_length = 1000  # spaCy's 1,000,000 characters would take minutes to parse in a test
    try:
        pieces = split_points(article.text, nlp.max_length)
        assert len(pieces) > 4 and all(end - start <= 1000 for start, end in pieces)
        assert all(article.text[end - 2:end] == "\n\n" for _, end in pieces[:-1])  # cut at paragraph breaks
        chunked = next(extract_articles([article], nlp))
    finally:
        nlp.max_length = limit
    assert chunked.article == article
    for rel in chunked.relations:
        ev = rel.evidence
        assert article.text[ev.sent_start:ev.sent_end] == ev.sentence
    by_id = {m.id: m for m in chunked.mentions}
    assert len(by_id) == len(chunked.mentions)
    assert all(article.text[m.start:m.end] == m.text for m in chunked.mentions)

    def facts(ex):
        names = {m.id: m.name for m in ex.mentions}
        return sorted((names[r.subject], r.predicate, names[r.object], r.evidence.sent_start) for r in ex.relations)

    assert len(facts(chunked)) >= 60 and facts(chunked) == facts(whole)


def test_split_points_without_paragraphs():
    from graphbuild.extract.chunks import split_points

    text = " ".join(f"Sentence number {i} ends here." for i in range(400))
    pieces = split_points(text, 1000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(text[end - 2:end] == ". " for _, end in pieces[:-1])  # cut after a sentence
    unbroken = "x" * 2500
    assert split_points(unbroken, 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_known_people_offered_to_a_batch_are_those_it_can_meet():
    from graphbuild.anchors import KnownPeople
    from graphbuild.records import Article, DocExtraction, Mention

    known = KnownPeople(["Nicolas Maduro", "Volodymyr Zelensky", "Xi Jinping", "Madonna"])
    known.add("Ana Ruiz")

    def batch(*names):
        mentions = tuple(Mention(i, 0, 1, n, n, "Person") for i, n in enumerate(names))
        return [DocExtraction(Article(id="a", text="x"), mentions)]

    assert known.for_batch(batch("Maduro")) == ["Nicolas Maduro"]  # a surname alone
    assert known.for_batch(batch("Zelenskiy", "Ruiz")) == ["Ana Ruiz", "Volodymyr Zelensky"]  # a spelling variant
    assert known.for_batch(batch("Jinping")) == ["Xi Jinping"]
    assert known.for_batch(batch("Kofi Mensah")) == []  # nobody it could join; one-word names are never offered


def test_progress_bar_on_a_terminal_only(tmp_path):
    import pty

    main, child = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "build", str(EXAMPLES), "-o", str(tmp_path / "g.nq"),
                                "-j", "1"], stderr=child, stdout=subprocess.DEVNULL,
                               env=dict(os.environ, COLUMNS="160", TERM="xterm-256color"))
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not data:
            break
        chunks.append(data)
    assert process.wait() == 0
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "articles/s" in shown and "words/s" in shown
    assert "built 7 article(s), 0 skipped: " in shown and " edges, " in shown
    quiet = run_cli("build", str(EXAMPLES), "-o", str(tmp_path / "g2.nq"), "-j", "1")
    assert "articles/s" not in quiet.stderr.decode() and "built 7 article(s)" in quiet.stderr.decode()


def test_known_types_offered_to_a_batch_read_as_the_whole_table():
    """What the resolver reads for a batch's names (by folded label, and by name key for people) is the same
    from the labels offered as from every label known, and labels the batch cannot look up stay out."""
    from graphbuild.anchors import KnownTypes
    from graphbuild.records import Article, DocExtraction, Mention
    from graphbuild.resolve.gazetteer import fold
    from graphbuild.resolve.names import person_key

    known = KnownTypes()
    for label, type_ in [("Hamas", "Organization"), ("HAMAS", "Group"), ("Nicolás Maduro", "Person"),
                         ("Mr. Nicolas Maduro", "Organization"), ("Nicolas Maduro", "Person"), ("Hamas", "Place"),
                         ("Kofi Mensah", "Person"), ("Lagos", "City")]:
        known.add(label, type_)
    assert len(known) == 7 and known.types["Hamas"] == "Organization"  # a label keeps its first class

    def table(types):  # as the resolver reads its known_types
        out = {fold(label): type_ for label, type_ in types.items()}
        out.update({person_key(label).text: "Person" for label, type_ in types.items() if type_ == "Person"})
        return out

    names = ["hamas", "Maduro", "President Nicolas Maduro"]
    batch = [DocExtraction(Article(id="a", text="x"), tuple(Mention(i, 0, 1, n, n, "Person")
                                                            for i, n in enumerate(names)))]
    offered = known.for_batch(batch, ["Nicolas Maduro"])
    assert "Kofi Mensah" not in offered and "Lagos" not in offered
    whole, part = table(known.types), table(offered)
    keys = {k for n in names + ["Nicolas Maduro"] for k in (fold(n), person_key(n).text)}
    assert {k: whole.get(k) for k in keys} == {k: part.get(k) for k in keys}
    assert part["hamas"] == "Group" and part["nicolas maduro"] == "Person"


def test_the_main_process_leaves_spacy_to_its_workers():
    # With --jobs the parent only reads, resolves and writes: importing spaCy there would add most of a second of
    # start-up to every parallel build before the first worker is even spawned.
    code = "import sys, graphbuild.cli.main, graphbuild.stream; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"



def test_what_the_rules_remember_of_a_document_is_kept_per_thread(nlp, monkeypatch):
    # A Dask worker with several threads extracts several documents at once. The rules remember what they read of
    # the document in hand (its country names); a thread that reads another document must not take that memory
    # from one still at work, or the first would be answered with the second's names.
    import threading

    from graphbuild.extract import story

    reads = []
    real = story._named_countries
    monkeypatch.setattr(story, "_named_countries", lambda doc: reads.append(doc.text) or real(doc))
    kenya, peru = nlp("Kenya and Uganda met in Nairobi."), nlp("Peru accused Chile of spying.")
    first = story.named_countries(kenya)
    other = threading.Thread(target=story.named_countries, args=(peru,))
    other.start()
    other.join()
    assert story.named_countries(kenya) == first
    assert reads == [kenya.text, peru.text]  # this thread's document was not read again


def test_a_pool_whose_workers_cannot_start_parses_every_article_here(monkeypatch, caplog):
    # The pool stands in for a machine where the spawned worker dies as it starts (the spawn's pipe breaks): the
    # articles already handed to it and those after are parsed in this process, in order, none lost.
    import concurrent.futures

    from graphbuild import parallel
    from graphbuild.records import Article

    class Unstartable:
        def __init__(self, *args, **kwargs):
            pass

        def submit(self, fn, chunk):
            raise BrokenPipeError(32, "Broken pipe")

        def shutdown(self, wait=True):
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Unstartable)
    articles = [Article(id=f"urn:test:{i}", text=f"Minister Tomas Verel{i} visited Lima on day {i}.")
                for i in range(parallel.CHUNK * 2 + 3)]
    with caplog.at_level("WARNING", logger="graphbuild.parallel"):
        out = list(parallel.extract_stream(articles, model=DEFAULT_MODEL, fixes=True, jobs=2))
    assert [x.article.id for x in out] == [a.id for a in articles]
    # The slower route is told, once, with its cause.
    told = [r.getMessage() for r in caplog.records if r.name == "graphbuild.parallel"]
    assert len(told) == 1 and "Broken pipe" in told[0] and "parsing in this process" in told[0]


def test_a_pool_that_breaks_after_its_first_results_fails_the_build(monkeypatch):
    # Once some articles came back, a broken pool is an error, not a quiet second parse of the rest.
    import concurrent.futures

    from graphbuild import parallel
    from graphbuild.records import Article

    class Done:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

    class BreaksLater:
        def __init__(self, *args, **kwargs):
            self.calls = 0

        def submit(self, fn, chunk):
            self.calls += 1
            if self.calls > parallel.AHEAD + 1:  # the window is full and the first chunks have come back
                raise BrokenPipeError(32, "Broken pipe")
            return Done([f"done {a.id}" for a in chunk])

        def shutdown(self, wait=True):
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", BreaksLater)
    articles = [Article(id=f"urn:test:{i}", text="Text.") for i in range(parallel.CHUNK * 8)]
    with pytest.raises(BrokenPipeError):
        list(parallel.extract_stream(articles, model=DEFAULT_MODEL, fixes=True, jobs=1, apart=True))
