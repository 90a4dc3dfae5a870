"""Refusals, denials, plans and hedges: which facts become edges. Real pipeline, sentences written for the test."""
from __future__ import annotations

import pytest
from conftest import facts


def _moods(ex, predicate):
    return {r.evidence.modality for r in ex.relations if r.predicate == predicate}


@pytest.mark.parametrize("text, predicate", [
    ("Austria refused to back the embargo.", "supports"),
    ("Syria denied that it had sent fighters to Libya.", "deploysTo"),
    ("Norway declined to mediate the talks.", "mediates"),
    ("Iran failed to attend the summit.", "attends"),
    ("Turkey dismissed claims that it had attacked Greece.", "attacks"),
    ("Peru left the summit without meeting Gabriel Boric.", "meetsWith"),
    ("There was no meeting between Chile and Bolivia.", "meetsWith"),
])
def test_refused_denied_and_failed_facts_are_negated(extract, text, predicate):
    assert _moods(extract(text), predicate) == {"negated"}


@pytest.mark.parametrize("text, predicate", [
    ("The Security Council is expected to sanction Eritrea.", "sanctions"),
    ("Egypt plans to visit Sudan next week.", "visits"),
    ("Kenya will host Emmanuel Macron next month.", "meetsWith"),
    ("Jordan vowed to support Iraq.", "supports"),
    ("Amina Yusuf flew to Cairo to attend the summit.", "attends"),
])
def test_planned_and_expected_facts_are_future(extract, text, predicate):
    assert _moods(extract(text), predicate) == {"future"}


@pytest.mark.parametrize("text, predicate", [
    ("Turkey could send troops to Libya, Interfax reported.", "deploysTo"),
    ("Analysts said Chile might sanction Bolivia over the dispute.", "sanctions"),
    ("Without a deal, Ethiopia would attack Eritrea.", "attacks"),
])
def test_could_might_and_would_are_only_supposed(extract, text, predicate):
    # What could or would happen is not a fact of the text: no edge, unlike a hedge such as "reportedly".
    assert _moods(extract(text), predicate) == {"conditional"}


def test_would_in_reported_speech_is_a_plan(extract):
    ex = extract("Officials in Lima said Dina Boluarte would meet Luiz Inacio Lula da Silva on Friday.")
    assert _moods(ex, "meetsWith") == {"future"}


def test_may_stays_a_hedge(extract):
    assert _moods(extract("Sudan may have sent troops to Chad."), "deploysTo") == {"hedged"}


@pytest.mark.parametrize("text, predicate", [
    ("Kenya invited Somalia to attend the conference.", "attends"),
    ("The African Union urged Rwanda to condemn Burundi.", "condemns"),
    ("Brazil asked Argentina to back the proposal.", "supports"),
])
def test_a_request_to_act_is_not_the_act(extract, text, predicate):
    assert _moods(extract(text), predicate) == {"future"}


def test_plain_past_is_asserted(extract):
    assert ("Brazil", "criticizes", "Paraguay") in facts(extract("Brazil criticized Paraguay on Tuesday."),
                                                         modality="asserted")


def test_future_is_a_modality_of_the_shapes_and_records():
    from graphbuild.ontology import ontology_path
    from graphbuild.records import ASSERTING, MODALITIES

    assert "future" in MODALITIES and "future" not in ASSERTING
    assert '"future"' in ontology_path("shapes.ttl").read_text(encoding="utf-8")


def test_only_asserted_and_hedged_evidence_makes_the_edge():
    import graphbuild
    from graphbuild.ontology import GB_NS
    from rdflib import URIRef
    from rdflib.namespace import RDFS

    graph = graphbuild.build(["Austria refused to back Serbia. The Security Council is expected to sanction Eritrea. "
                              "Ghana backed Togo."]).graph
    supported = {str(graph.value(o, RDFS.label)) for _, _, o in graph.triples((None, URIRef(GB_NS + "supports"), None))}
    assert supported == {"Togo"}
    assert not list(graph.triples((None, URIRef(GB_NS + "sanctions"), None)))


def test_the_gerund_after_accused_of_is_not_the_accuser_s_act(extract):
    found = facts(extract("Maria Lopez, who accused Pedro Diaz of sending troops to Honduras, spoke on Monday."))
    assert not any(s == "Maria Lopez" and p == "deploysTo" for s, p, _ in found)


def test_a_possible_act_and_a_probable_one_are_not_asserted(extract):
    assert _moods(extract("The army feared a possible Russian attack on Odesa."), "attacks") == {"conditional"}
    ex = extract("Without new money, Ghana would probably cooperate with Nigeria.")
    assert _moods(ex, "cooperatesWith") == {"conditional"}


def test_a_paragraph_break_ends_the_sentence_before_it(extract):
    # "X." closes the paragraph; without the break the parser reads on into the next one.
    ex = extract("Chile said it would post the figures on X.\n\nPeru criticized Bolivia on Monday.")
    assert ("Peru", "criticizes", "Bolivia") in facts(ex, modality="asserted")
    assert len({r.evidence.sentence for r in ex.relations if r.predicate == "criticizes"}) == 1
    assert all("\n" not in r.evidence.sentence for r in ex.relations)


@pytest.mark.parametrize("text, fact", [
    ("Officials said the Ethiopian embassy in Kuwait would issue visas next month.",
     ("Ethiopian embassy", "basedIn", "Kuwait")),
    ("Talks will be held in Kelowna, British Columbia, next week.", ("Kelowna", "locatedIn", "British Columbia")),
])
def test_a_place_written_in_the_noun_phrase_stands_whatever_the_clause_plans(extract, text, fact):
    # "would issue", "will be held": the plan is the clause's; the embassy's seat and the town's province are not.
    assert fact in facts(extract(text), modality="asserted")


def test_the_clauses_plan_itself_stays_a_plan(extract):
    ex = extract("The Ethiopian embassy in Kuwait will meet Kenyan officials next week.")
    assert _moods(ex, "meetsWith") == {"future"} and _moods(ex, "basedIn") == {"asserted"}
