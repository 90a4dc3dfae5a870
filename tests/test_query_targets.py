"""One query, three targets: a graph file (rdflib), a store directory (Oxigraph) and a `graphbuild serve`
endpoint answer alike, through the real command line."""
from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from conftest import free_port, run_cli, wait_for
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graphbuild.rdf.namespaces import GBID, PROV, SCHEMA
from graphbuild.rdf.terms import GB

ARTICLE = GBID["article/a1"]






def _meeting(graph, subject, other, sentence, n):
    graph.add((subject, GB.meetsWith, other))
    st, ev = GBID[f"statement/s{n}"], GBID[f"evidence/e{n}"]
    graph.add((st, RDF.type, RDF.Statement))
    graph.add((st, RDF.subject, subject))
    graph.add((st, RDF.predicate, GB.meetsWith))
    graph.add((st, RDF.object, other))
    graph.add((st, GB.evidence, ev))
    graph.add((ev, RDF.type, GB.Evidence))
    graph.add((ev, GB.sentence, rdflib.Literal(sentence)))
    graph.add((ev, GB.modality, rdflib.Literal("asserted")))
    graph.add((ev, GB.confidence, rdflib.Literal(0.9, datatype=XSD.decimal)))
    graph.add((ev, PROV.wasDerivedFrom, ARTICLE))


def small_dataset() -> rdflib.Dataset:
    """People whose names test the matching: an accented label, an alias unlike the label, a quote."""
    dataset = rdflib.Dataset()
    graph = dataset.graph(ARTICLE)
    people = {"olaf-scholz": ("Olaf Scholz", []), "jose-mujica": ("José Mujica", ["Pepe"]),
              "emmanuel-macron": ("Emmanuel Macron", []), "lula": ('Luiz "Lula" da Silva', ["Lula"])}
    for key, (label, aliases) in people.items():
        node = GBID[f"person/{key}"]
        graph.add((node, RDF.type, GB.Person))
        graph.add((node, RDFS.label, rdflib.Literal(label)))
        graph.add((node, GB.mentionedIn, ARTICLE))
        for alias in aliases:
            graph.add((node, SKOS.altLabel, rdflib.Literal(alias)))
    graph.add((ARTICLE, RDF.type, SCHEMA.NewsArticle))
    graph.add((ARTICLE, SCHEMA.identifier, rdflib.Literal("a1")))
    person = lambda key: GBID[f"person/{key}"]  # noqa: E731
    _meeting(graph, person("olaf-scholz"), person("emmanuel-macron"), "Scholz met Macron in Paris.", 1)
    _meeting(graph, person("jose-mujica"), person("lula"), 'Mujica met "Lula"\tin Brasília.', 2)
    return dataset


@pytest.fixture(scope="module")
def targets(tmp_path_factory):
    """{"file": path, "store": directory, "endpoint": URL} holding the same graph."""
    from graphbuild.store import OxigraphStore

    folder = tmp_path_factory.mktemp("targets")
    dataset = small_dataset()
    trig = folder / "small.trig"
    dataset.serialize(str(trig), format="trig")
    with OxigraphStore(folder / "store", create=True) as store:
        store.put_dataset(dataset)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "serve", str(trig), "--port", str(port)],
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_for(url)
        yield {"file": str(trig), "store": str(folder / "store"), "endpoint": url}
    finally:
        process.terminate()
        process.wait(timeout=10)


def query(target: str, *args: str) -> tuple[int, str, str]:
    result = run_cli("query", target, *args)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


# Every prefix the README promises, used and never declared.
UNDECLARED = """SELECT ?label ?alias ?id WHERE {
  ?x a gb:Person ; rdfs:label ?label ; gb:mentionedIn ?a .
  ?a a schema:NewsArticle ; schema:identifier ?id .
  ?st a rdf:Statement ; rdf:subject ?x ; gb:evidence/prov:wasDerivedFrom ?a .
  OPTIONAL { ?x skos:altLabel ?alias }
  FILTER NOT EXISTS { ?x owl:sameAs ?other }
} ORDER BY ?label ?alias"""


def test_undeclared_prefixes_work_on_a_file_a_store_and_an_endpoint(targets):
    answers = {}
    for kind, target in targets.items():
        code, out, err = query(target, UNDECLARED, "--format", "csv")
        assert code == 0, (kind, err)
        answers[kind] = out
    assert answers["file"] == answers["store"] == answers["endpoint"]
    # The two subjects of a statement, with and without their alias.
    assert answers["file"].splitlines() == ["label,alias,id", "José Mujica,Pepe,a1", "Olaf Scholz,,a1"]


def test_the_endpoint_itself_declares_them_for_any_client(targets):
    url = targets["endpoint"] + "?query=" + urllib.parse.quote("ASK { ?x a gb:Person ; skos:altLabel ?a }")
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})) as r:
        assert b'"boolean": true' in r.read().replace(b'"boolean":true', b'"boolean": true')


def test_a_query_that_declares_its_own_prefix_keeps_it(targets):
    text = "PREFIX gb: <https://example.org/not-ours#> ASK { ?x a gb:Person }"
    for target in targets.values():
        assert query(target, text)[1].strip() == "false"


def test_group_concat_distinct_over_an_unbound_optional(targets):
    text = """SELECT ?label (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases) WHERE {
      ?x a gb:Person ; rdfs:label ?label . OPTIONAL { ?x skos:altLabel ?alias } } GROUP BY ?label ORDER BY ?label"""
    answers = {kind: query(target, text, "--format", "csv") for kind, target in targets.items()}
    assert {code for code, _, _ in answers.values()} == {0}, answers
    assert len({out for _, out, _ in answers.values()}) == 1
    assert answers["file"][1].splitlines() == ["label,aliases", "Emmanuel Macron,", "José Mujica,Pepe",
                                               '"Luiz ""Lula"" da Silva",Lula', "Olaf Scholz,"]


@pytest.mark.parametrize("given, who", [("scholz", "Olaf Scholz"), ("SCHÖLZ", "Olaf Scholz"),
                                         ("jose", "José Mujica"), ("MÚJICA", "José Mujica"),
                                         ("pepe", "José Mujica"), ("olaf scholz", "Olaf Scholz")])
def test_name_parameters_match_part_of_a_label_or_an_alias(targets, given, who):
    for kind, target in targets.items():
        code, out, err = query(target, "--named", "who-met-whom", "--param", f"person={given}", "--format", "csv")
        assert code == 0, (kind, err)
        rows = out.splitlines()[1:]
        assert rows and all(row.startswith(who + ",") for row in rows), (kind, given, rows)


def test_entity_by_part_of_a_name(targets):
    code, out, _ = query(targets["store"], "--named", "entity", "--param", "name=macron", "--format", "csv")
    assert code == 0
    assert out.splitlines()[1].startswith("Olaf Scholz,meetsWith,Emmanuel Macron,asserted,")


def test_a_parameter_the_query_does_not_have_is_an_error_that_lists_its_parameters(targets):
    code, out, err = query(targets["file"], "--named", "who-met-whom", "--param", "name=Scholz")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        "error: [E601] named query who-met-whom: the query has no parameter 'name'; its parameters: person"]
    code, _, err = query(targets["file"], "SELECT ?a ?b WHERE { ?a ?p ?b }", "--param", "c=1")
    assert code == 1 and "its parameters: a, b, p" in err
    code, _, err = query(targets["file"], "--named", "entity")
    assert code == 1 and "needs --param name=VALUE" in err


def test_tsv_is_the_sparql_results_tsv_format(targets):
    text = "SELECT ?who ?sentence WHERE { ?st rdf:subject ?who ; gb:evidence/gb:sentence ?sentence } ORDER BY ?who"
    for target in targets.values():
        code, out, _ = query(target, text, "--format", "tsv")
        assert code == 0
        assert out.split("\n") == [
            "?who\t?sentence",
            # The tab and the quotes inside the sentence are escaped as in Turtle; IRIs in angle brackets.
            '<https://w3id.org/graphbuild/id/person/jose-mujica>\t"Mujica met \\"Lula\\"\\tin Brasília."',
            '<https://w3id.org/graphbuild/id/person/olaf-scholz>\t"Scholz met Macron in Paris."',
            "",
        ]


def test_table_compacts_iris_and_cuts_at_width_unless_full(targets):
    text = "SELECT ?p ?sentence WHERE { ?st rdf:predicate ?p ; gb:evidence/gb:sentence ?sentence } ORDER BY ?sentence"
    code, out, _ = query(targets["store"], text, "--width", "12")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["p", "sentence"]
    assert lines[2].split() == ["gb:meetsWith", "Mujica", "met…"]
    code, out, _ = query(targets["store"], text, "--full")
    assert 'Mujica met "Lula" in Brasília.' in out  # the tab shows as a space; nothing cut
    assert "https://w3id.org" not in out


def test_construct_writes_turtle_with_our_prefixes(targets):
    text = "CONSTRUCT { ?a gb:meetsWith ?b . ?a a gb:Person } WHERE { ?a gb:meetsWith ?b . ?a a gb:Person }"
    for target in targets.values():
        code, out, _ = query(target, text, "--format", "turtle")
        assert code == 0
        assert "@prefix gb: <https://w3id.org/graphbuild/ontology#> ." in out and "ns1:" not in out
        graph = rdflib.Graph().parse(data=out, format="turtle")
        assert len(graph) == 4 and (GBID["person/olaf-scholz"], GB.meetsWith, GBID["person/emmanuel-macron"]) in graph


def test_an_undeclared_unknown_prefix_is_one_line_naming_it(targets):
    for kind, target in targets.items():
        code, out, err = query(target, "SELECT ?x WHERE { ?x foo:bar ?y }")
        lines = err.strip().splitlines()
        assert code == 1 and out == "" and len(lines) == 1, (kind, err)
        assert "the prefix 'foo:' is not declared; add PREFIX foo: <...>" in lines[0], kind
    # Colons inside IRIs, strings and blank node labels are not prefixes.
    text = 'SELECT ?x WHERE { ?x a gb:Person . FILTER(?x != <urn:a:b>) BIND("c:d" AS ?z) OPTIONAL { ?x gb:no _:e } }'
    assert query(targets["store"], text)[0] == 0
