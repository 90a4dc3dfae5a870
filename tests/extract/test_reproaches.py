"""Reproach and rivalry beside the plain verbs: a failure stated of another, an act called into question, a
grievance's target hung from its author, and rivals named together. Sentences and names written for the test;
each construction has a near miss that must give no edge."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, wanted", [
    ("Senator Tamsin Okello said Governor Brandt Ilunga had failed to pay the nurses.",
     [("Tamsin Okello", "criticizes", "Brandt Ilunga")]),
    ("Senator Tamsin Okello questioned Governor Brandt Ilunga's decision.",
     [("Tamsin Okello", "criticizes", "Brandt Ilunga")]),
    ("Allegations by Senator Tamsin Okello against Governor Brandt Ilunga surfaced on Monday.",
     [("Tamsin Okello", "accuses", "Brandt Ilunga")]),
    ("Kenya and Uganda have long been rivals.", [("Kenya", "opposes", "Uganda"), ("Uganda", "opposes", "Kenya")]),
])
def test_reads_the_reproach(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    # A failure guessed at, denied, or one's own blames no other.
    ("Senator Tamsin Okello said Governor Brandt Ilunga may have failed to pay the nurses.", "criticizes"),
    ("Senator Tamsin Okello said Governor Brandt Ilunga had not failed to pay the nurses.", "criticizes"),
    ("Senator Tamsin Okello said she had failed to reach Governor Brandt Ilunga.", "criticizes"),
    # Questioning a person, or a person's kin, is an interview.
    ("Police questioned Governor Brandt Ilunga's driver.", "criticizes"),
    ("Police questioned Governor Brandt Ilunga on Monday.", "criticizes"),
    # One rival alone has its other side elsewhere.
    ("Kenya is a rival.", "opposes"),
])
def test_near_miss_gives_no_reproach(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == predicate], got


@pytest.mark.parametrize("text, wanted", [
    # A verdict in what one explains; words spoken against a named party.
    ("Okello explained that the Finance Ministry's decision was technically unsound.",
     ("Okello", "criticizes", "Finance Ministry")),
    ("Senator Tamsin Okello spoke out against Governor Brandt Ilunga in March.",
     ("Tamsin Okello", "criticizes", "Brandt Ilunga")),
    ("Senator Tamsin Okello said the Finance Ministry's response was unprofessional.",
     ("Tamsin Okello", "criticizes", "Finance Ministry")),
])
def test_reads_the_censure(extract, text, wanted):
    assert wanted in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    # A speech against a bill may be a turn in a debate; a delay has no owner to censure.
    "Senator Tamsin Okello spoke against the bill in the debate.",
    "Senator Tamsin Okello said the delay was disappointing.",
])
def test_no_criticism_without_a_party(extract, text):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == "criticizes"], got


@pytest.mark.parametrize("text, wanted", [
    # Two sides named together in a quarrel, or blaming each other: at odds both ways.
    ("Kenya and Uganda are locked in a dispute over the island.",
     [("Kenya", "opposes", "Uganda"), ("Uganda", "opposes", "Kenya")]),
    ("Kenya has been at loggerheads with Uganda.", [("Kenya", "opposes", "Uganda"), ("Uganda", "opposes", "Kenya")]),
    ("Kenya and Uganda have traded accusations over the island.",
     [("Kenya", "accuses", "Uganda"), ("Uganda", "accuses", "Kenya")]),
    ("Kenya and Uganda blamed each other for the clash.",
     [("Kenya", "accuses", "Uganda"), ("Uganda", "accuses", "Kenya")]),
    ("Kenya vetoed Uganda's resolution.", [("Kenya", "opposes", "Uganda")]),
])
def test_reads_the_quarrel(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    # A match is no quarrel; talks are no dispute; a veto not cast opposes nothing.
    ("Kenya and Uganda were locked in a battle for the trophy.", "opposes"),
    ("Kenya and Uganda are locked in talks over the island.", "opposes"),
    ("Kenya did not veto Uganda's resolution.", "opposes"),
    ("Kenya and Uganda denied blaming each other.", "accuses"),
])
def test_near_miss_gives_no_quarrel(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == predicate], got


def test_harm_said_done_by_a_named_group_accuses_it(extract):
    got = facts(extract("Senator Tamsin Okello said most of the attacks were carried out by the Kivu Liberation "
                        "Front."), modality="asserted")
    assert ("Tamsin Okello", "accuses", "Kivu Liberation Front") in got, got


@pytest.mark.parametrize("text", [
    # A guess, or work that is no harm, accuses no one.
    "Senator Tamsin Okello said the attacks may have been carried out by the Kivu Liberation Front.",
    "Senator Tamsin Okello said the survey was carried out by the Kivu Liberation Front.",
])
def test_no_accusation_without_a_stated_harm(extract, text):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == "accuses"], got
