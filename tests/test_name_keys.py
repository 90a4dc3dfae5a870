"""Keys and IRIs of names in any script: never empty, distinct for distinct names, the same every run."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.namespace import RDF

import graphbuild
from graphbuild.rdf.iri import mint
from graphbuild.rdf.namespaces import GBID
from graphbuild.rdf.terms import GB
from graphbuild.records import Article, DocExtraction, Mention
from graphbuild.resolve import resolve
from graphbuild.resolve.keys import slug
from graphbuild.resolve.names import person_key

# Base letters only (no combining marks), so two strings that differ are two names a reader tells apart.
SCRIPTS = {
    "arabic": st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
    "cjk": st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    "cyrillic": st.characters(min_codepoint=0x0430, max_codepoint=0x044F),
    "latin": st.characters(min_codepoint=0x61, max_codepoint=0x7A),
}


def names(script: str):
    word = st.text(SCRIPTS[script], min_size=1, max_size=8)
    return st.lists(word, min_size=1, max_size=4).map(" ".join)


@st.composite
def two_names(draw):
    script = draw(st.sampled_from(sorted(SCRIPTS)))
    return script, draw(names(script)), draw(names(script))


@settings(max_examples=300, deadline=None)
@given(two_names())
def test_distinct_names_get_distinct_non_empty_keys_and_iris(drawn):
    script, a, b = drawn
    assert slug(a) and slug(b) and person_key(a).text
    if a != b:
        assert slug(a) != slug(b)
        assert mint("entity", f"person/{slug(a)}") != mint("entity", f"person/{slug(b)}")
        # Latin names fold titles and transliterations on purpose ("Dr", "Mohamed"); other scripts keep all.
        if script != "latin":
            assert person_key(a).text != person_key(b).text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_any_text_has_a_stable_non_empty_key(text):
    assert slug(text) and slug(text) == slug(text)
    assert slug(text) == slug(str(text))
    assert " " not in slug(text)


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=12))
def test_no_single_mention_ends_a_resolution(name):
    article = Article("a", name)
    mentions = (Mention(0, 0, len(name), name, name, "Person"), Mention(1, 0, len(name), name, name, "Organization"))
    corpus = resolve([DocExtraction(article, mentions)])
    assert all(e.key and not e.key.endswith("/") for e in corpus.entities)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(st.characters(categories=["P", "S", "Zs"]), min_size=1, max_size=6), min_size=2, max_size=2,
                unique=True))
def test_names_without_letters_never_share_a_node(pair):
    text = " | ".join(pair)
    mentions = tuple(Mention(i, 0, len(n), n, n, "Person") for i, n in enumerate(pair))
    corpus = resolve([DocExtraction(Article("a", text), mentions)])
    keys = {corpus.key_of("a", i) for i in range(2)}
    assert len(keys) == 2, (pair, keys)


def test_names_in_other_scripts_are_kept_apart_end_to_end(tmp_path):
    people = ["Владимир Путин", "Владимир Потанин", "محمد بن سلمان", "تميم بن حمد", "习近平", "普京"]
    text = " / ".join(people)
    mentions = tuple(Mention(i, text.index(n), text.index(n) + len(n), n, n, "Person") for i, n in enumerate(people))
    corpus = resolve([DocExtraction(Article("a", text), mentions)])
    keys = {e.label: e.key for e in corpus.entities}
    assert len(set(keys.values())) == len(people), keys
    assert keys["Владимир Путин"] == "person/владимир-путин"
    # The graph of an English text naming them in their own scripts builds and writes in every format.
    text = ("The envoy Владимир Путин met Mr. 习近平 in Beijing. Later the minister محمد بن سلمان spoke "
            "with President Xi Jinping.")
    graph = graphbuild.build([text])
    written = graph.serialize(tmp_path / "g.ttl") + graph.serialize(tmp_path / "g.nt") + \
        graph.serialize(tmp_path / "g.jsonld") + graph.serialize(tmp_path / "g.graphml") + \
        graph.serialize(tmp_path / "g.rdf")
    assert all(p.stat().st_size > 0 for p in written)
    again = Graph().parse(tmp_path / "g.nt", format="nt")
    assert set(again.subjects(RDF.type, GB.Person)) == set(graph.graph.subjects(RDF.type, GB.Person))
    assert len(again) == len(graph.graph)
    assert str(GBID["person/владимир-путин"]) in {str(p) for p in again.subjects(RDF.type, GB.Person)}


def test_keys_are_the_same_in_a_fresh_interpreter():
    import json
    import subprocess
    import sys

    from conftest import ROOT

    sample = ["Владимир Путин", "محمد بن سلمان", "习近平", "Nicolás Maduro", "—", "Sheikh Tamim bin Hamad Al Thani"]
    code = ("import json, sys; from graphbuild.resolve.keys import slug; from graphbuild.resolve.names import "
            "person_key; print(json.dumps([[slug(n), person_key(n).text] for n in json.loads(sys.argv[1])]))")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(sample)], cwd=ROOT, capture_output=True, check=True,
                         env={"PYTHONHASHSEED": "123", "PATH": ""})
    assert json.loads(out.stdout) == [[slug(n), person_key(n).text] for n in sample]


def test_a_name_in_cyrillic_goes_into_the_store_and_back(tmp_path):
    from graphbuild.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store", create=True)
    try:
        graphbuild.build(["The envoy Владимир Путин met Xi Jinping in Beijing."], store=store)
        rows = store.run("SELECT ?p WHERE { ?p a <https://w3id.org/graphbuild/ontology#Person> }").rows
    finally:
        store.close()
    assert str(GBID["person/владимир-путин"]) in {str(row[0]) for row in rows}, rows
