"""What the README's first command builds from examples/: the design card's three facts, one node per
person, outlets as organisations, capital-for-government in the ledger, and evidence that slices back."""
from __future__ import annotations

import re

from conftest import KREMLIN, run_cli
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from graphbuild.rdf.namespaces import GBID, OA, SCHEMA
from graphbuild.rdf.terms import GB


def _labels(graph, node) -> list[str]:
    return [str(x) for p in (RDFS.label, SKOS.altLabel) for x in graph.objects(node, p)]


def _holds(graph, subject: str, predicate: str, obj: str, symmetric: bool = False) -> bool:
    """The design card's reading: some edge whose subject label, property name and object label match."""
    s_rx, p_rx, o_rx = (re.compile(x, re.I) for x in (subject, predicate, obj))
    for s, p, o in graph:
        if p in (RDF.type, RDFS.label, SKOS.altLabel) or not p_rx.search(re.split(r"[#/]", str(p))[-1]):
            continue
        s_ok, o_ok = any(s_rx.search(x) for x in _labels(graph, s)), any(o_rx.search(x) for x in _labels(graph, o))
        back = symmetric and any(o_rx.search(x) for x in _labels(graph, s)) and any(
            s_rx.search(x) for x in _labels(graph, o))
        if (s_ok and o_ok) or back:
            return True
    return False


def test_design_card_facts_on_the_examples(examples_graph):
    graph = examples_graph.graph
    assert _holds(graph, r"^(Russia|Moscow|Kremlin)", r"support|back", r"Maduro")
    assert _holds(graph, r"Putin", r"meet|met", r"Maduro", symmetric=True)
    assert _holds(graph, r"Norway", r"mediat", r"talk|negotiation|dialogue")


def test_readme_first_command_shows_the_design_card(tmp_path):
    out = tmp_path / "graph.ttl"
    result = run_cli("build", "examples/", "-o", str(out), "--html", str(tmp_path / "graph.html"))
    assert result.returncode == 0, result.stderr.decode()
    import rdflib

    graph = rdflib.Graph().parse(out)
    assert _holds(graph, r"^Russia$", r"supports", r"Maduro")
    assert _holds(graph, r"Putin", r"meetsWith", r"Maduro", symmetric=True)
    assert _holds(graph, r"^Norway$", r"mediates", r"talks")


def _people(graph) -> set[str]:
    return {str(graph.value(n, RDFS.label)) for n in graph.subjects(RDF.type, GB.Person)}


def test_one_person_node_each_across_articles(examples_graph):
    # Maduro is written "Nicolás Maduro", "Nicolas Maduro" and "Maduro" across the examples.
    people = _people(examples_graph.graph)
    for surname in ("Maduro", "Putin", "Guaid", "Erdogan"):
        assert len([p for p in people if surname in p]) == 1, (surname, people)


def test_outlets_are_organisations_and_pronouns_are_not_nodes(examples_graph):
    graph = examples_graph.graph
    orgs = {str(graph.value(n, RDFS.label)) for n in graph.subjects(RDF.type, GB.Organization)}
    assert "Reuters" in orgs
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert not labels & {"he", "He", "him", "it", "they", "She", "she"}


def test_capital_standing_for_the_state_is_in_the_ledger_not_an_alias(examples_graph):
    graph = examples_graph.graph
    russia = GBID["country/ru"]
    assert "Moscow" not in {str(a) for a in graph.objects(russia, SKOS.altLabel)}
    records = {(str(graph.value(r, GB.surfaceForm)), str(graph.value(r, GB.mergeRule)))
               for r in graph.objects(russia, GB.merge)}
    # "Moscow has also lent Caracas money" in the Kremlin example; "Russian President" for the demonym.
    assert ("Moscow", "metonymy") in records and ("Russian", "demonym") in records
    assert (GBID["city/ru/moscow"], RDF.type, GB.City) in graph


def test_every_edge_has_evidence_that_slices_back(examples_graph):
    from graphbuild.eval.gold import relation_properties

    graph = examples_graph.graph
    texts = {a.id: a.text for a in examples_graph.articles}
    typed = set(relation_properties())
    edges = [(s, p, o) for s, p, o in graph if p in typed]
    assert len(edges) >= 30
    for s, p, o in edges:
        statements = [st for st in graph.subjects(RDF.subject, s)
                      if (st, RDF.predicate, p) in graph and (st, RDF.object, o) in graph]
        evidence = [ev for st in statements for ev in graph.objects(st, GB.evidence)]
        assert evidence, (s, p, o)
        for ev in evidence:
            assert graph.value(ev, GB.extractor) and 0 < float(graph.value(ev, GB.confidence)) <= 1
            article = str(graph.value(graph.value(ev, PROV.wasDerivedFrom), SCHEMA.identifier))
            sel = next(x for x in graph.objects(ev, OA.hasSelector) if (x, RDF.type, OA.TextPositionSelector) in graph)
            start, end = int(graph.value(sel, OA.start)), int(graph.value(sel, OA.end))
            assert article in texts and texts[article][start:end] == str(graph.value(ev, GB.sentence))


def test_kremlin_visit_is_dated_from_the_article(examples_graph):
    graph = examples_graph.graph
    visits = [v for v in graph.subjects(RDF.type, GB.Visit) if (v, GB.agent, GBID["person/nicolas-maduro"]) in graph]
    assert len(visits) == 1
    assert graph.value(visits[0], GB.eventPlace) == GBID["country/ru"]
    # "on Monday" in an article dated Tuesday, 8 October 2024.
    assert str(graph.value(visits[0], GB.happenedOn)) == "2024-10-07"
    assert KREMLIN.exists()
