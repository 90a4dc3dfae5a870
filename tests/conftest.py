"""Shared fixtures. Extraction tests use the real English pipeline; it loads once per session."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA_ENV = "GRAPHBUILD_DATA"
SEED = "articles/russia-venezuela-2019-09-25.md"
# The design card check is kept beside the data folder, not inside it.
DESIGN_CARD = "../checks/design_card.py"
KREMLIN = EXAMPLES / "articles" / "2024-10-08-kremlin-visit.md"


def need_data(relpath: str) -> Path:
    """A file or folder under $GRAPHBUILD_DATA; the test is skipped, with the reason, when it is not there.

    With GRAPHBUILD_REQUIRE_DATA=1 (CI) a missing file fails the test instead."""
    root = os.environ.get(DATA_ENV)
    path = Path(root) / relpath if root else None
    if path is None or not path.exists():
        reason = f"needs ${DATA_ENV}/{relpath}: " + ("GRAPHBUILD_DATA is not set" if not root else "no such file")
        if os.environ.get("GRAPHBUILD_REQUIRE_DATA"):
            pytest.fail(reason + " (GRAPHBUILD_REQUIRE_DATA is set)")
        pytest.skip(reason)
    return path


@pytest.fixture()
def data():
    """``data("conll04/conll04_dev.json")``: the path, or a skip naming the variable and the file."""
    return need_data


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


@pytest.fixture(scope="module")
def story(nlp):
    """Extraction of a text with the dateline place and the address ingest read from a saved article."""
    from graphbuild.extract import extract_doc
    from graphbuild.ingest import make_article

    def run(text: str, dateline: str | None = None, url: str | None = None):
        article = make_article(text=text, origin="<test>", published="2023-05-02", dateline_place=dateline, url=url)
        return extract_doc(nlp(article.text), article)

    return run


@pytest.fixture(scope="session")
def seed_graph():
    """The article the project was specified from; it lives in the data folder, not in the repository."""
    import graphbuild

    return graphbuild.build(need_data(SEED))


@pytest.fixture(scope="session")
def examples_graph():
    import graphbuild

    return graphbuild.build(EXAMPLES)


@pytest.fixture(scope="session")
def seed_files(tmp_path_factory, seed_graph):
    out = tmp_path_factory.mktemp("seed")
    seed_graph.serialize(out / "seed.ttl")
    return out


@pytest.fixture(scope="session")
def example_files(tmp_path_factory, examples_graph):
    """examples/ built once and written as Turtle, TriG and the HTML view."""
    out = tmp_path_factory.mktemp("examples")
    examples_graph.serialize(out / "examples.ttl")
    examples_graph.serialize(out / "examples.trig")
    examples_graph.render(out / "examples.html")
    return out


ENTITY_CLASSES = {"Person", "Organization", "Place", "Country", "City", "Event", "Group"}


def entity_node_list(text: str) -> list[tuple[str, str]]:
    """(rdfs:label, class) of every entity node built from one article of this text, sorted: two nodes of one
    label stay two."""
    from rdflib import RDF, RDFS

    import graphbuild
    from graphbuild.ingest import make_article

    graph = graphbuild.build([make_article(text=text, origin="<test>", published="2022-07-20")]).graph
    return sorted((str(graph.value(node, RDFS.label)), str(cls).rsplit("#", 1)[-1])
                  for node, cls in graph.subject_objects(RDF.type) if str(cls).rsplit("#", 1)[-1] in ENTITY_CLASSES)


def entity_nodes(text: str) -> dict[str, str]:
    """rdfs:label -> class of every entity node built from one article of this text (the node tests' view)."""
    return dict(entity_node_list(text))


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command line, in a child process, as a user runs it."""
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, env=env, timeout=300)


CHROMIUM = Path(os.environ.get("GRAPHBUILD_CHROMIUM", "/usr/bin/chromium"))


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (no browser download)."""
    if not CHROMIUM.exists():
        if os.environ.get("GRAPHBUILD_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing and GRAPHBUILD_REQUIRE_BROWSER is set")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture()
def offline_page(browser):
    """A page whose every request off the local file is blocked and recorded, with console errors kept."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.requests, page.errors, page.dialogs = [], [], []
    page.on("request", lambda req: page.requests.append(req.url))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    page.on("pageerror", lambda err: page.errors.append(str(err)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    context.route(lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort())
    yield page
    context.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, limit: float = 60.0) -> None:
    """Until something answers at url (any HTTP status counts), or TimeoutError."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(url)


@pytest.fixture()
def oxigraph_server(tmp_path):
    """A real `oxigraph serve` on a free loopback port, from the `oxigraph` package; yields its base URL."""
    binary = os.path.join(os.path.dirname(sys.executable), "oxigraph")
    if not os.path.exists(binary):
        binary = "oxigraph"
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxi"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/query")
    yield base
    process.terminate()
    process.wait(timeout=10)


def hand_tagged(nlp, text: str, spans: list[tuple[str, str]]):
    """The Doc of text parsed by the model, with entities written by hand in place of its NER: (text, label)
    spans, first occurrence each. For tests of the components after the NER, whatever the tagger would read."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name not in {"ner", "graphbuild_news_names", "graphbuild_entity_fixes"}:
            doc = component(doc)
    ents = []
    for span_text, label in spans:
        start = text.index(span_text)
        ents.append(doc.char_span(start, start + len(span_text), label=label))
    doc.ents = ents
    return doc
