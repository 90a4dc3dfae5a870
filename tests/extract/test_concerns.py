"""Stances by a voiced concern over an actor's act, by taking up arms against someone, by a reported verdict
that the act was unlawful or flawed, by a demand to answer for an act ("urged X to apologise"), and none against
whom an act is done to ("protested X's arrest"). Sentences written for the test, read with the real pipeline; each
rule has its traps: a denial, worry that censures no act, a verdict denied, a briefing asked for."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A concern over an actor's act criticizes the actor.
    ("Maria Lopez expressed concern over the Kenya Football Federation's handling of the complaints.",
     ("Maria Lopez", "criticizes", "Kenya Football Federation")),
    ("Ruto expressed concern about Uganda's decision to close the border.", ("Ruto", "criticizes", "Uganda")),
    # Regret and dismay voiced over an act are concerns too.
    ("Norway expressed dismay at Sweden's decision to close the border.", ("Norway", "criticizes", "Sweden")),
    ("Norway expressed regret over Sweden's move.", ("Norway", "criticizes", "Sweden")),
    # Taking up arms against someone opposes them.
    ("Pedro Salas took up arms against President Juan Ortega in 1829.", ("Pedro Salas", "opposes", "Juan Ortega")),
    # A reported verdict that an act was unlawful or flawed criticizes its doer.
    ("Ruto said the ruling by the High Court was unlawful.", ("Ruto", "criticizes", "High Court")),
    ("Ruto said the Ugandan government's decision was flawed.", ("Ruto", "criticizes", "Uganda")),
])
def test_stance_stated(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, wrong", [
    # A concern denied is no criticism on record.
    ("Ruto did not express concern about Uganda's decision to close the border.", ("Ruto", "criticizes", "Uganda")),
    # Worry over a party's welfare censures no act of theirs.
    ("Ruto expressed concern over Uganda's security.", ("Ruto", "criticizes", "Uganda")),
    ("Norway expressed regret over the death of Sweden's king.", ("Norway", "criticizes", "Sweden")),
    ("Norway did not express regret over Sweden's move.", ("Norway", "criticizes", "Sweden")),
    # A verdict denied.
    ("Ruto said the ruling by the High Court was not unlawful.", ("Ruto", "criticizes", "High Court")),
    # Arms taken up with no one named against.
    ("Pedro Salas took up arms in 1829 beside President Juan Ortega.", ("Pedro Salas", "opposes", "Juan Ortega")),
])
def test_no_asserted_stance(extract, text, wrong):
    assert wrong not in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, wrong", [
    # An act done to its possessor: a stance on it is no stance against the possessor.
    ("William Ruto protested Raila Odinga's arrest.", ("William Ruto", "opposes", "Raila Odinga")),
    ("William Ruto condemned Raila Odinga's detention by the police.", ("William Ruto", "condemns", "Raila Odinga")),
    ("William Ruto opposed Raila Odinga's removal.", ("William Ruto", "opposes", "Raila Odinga")),
])
def test_a_stance_on_an_act_suffered_is_not_against_the_sufferer(extract, text, wrong):
    assert wrong not in facts(extract(text))


def test_a_stance_on_an_act_done_still_reaches_its_doer(extract):
    assert ("William Ruto", "condemns", "Raila Odinga") in facts(extract("William Ruto condemned Raila Odinga's decision."))
    # A call for someone's removal opposes them, by its own rule.
    assert ("William Ruto", "opposes", "Raila Odinga") in facts(extract("William Ruto called for Raila Odinga's removal."))


@pytest.mark.parametrize("text, fact", [
    # A demand that another answer for what they did criticizes them.
    ("Senator Ana Ruiz urged Minister Tom Bell to apologise.", ("Ana Ruiz", "criticizes", "Tom Bell")),
    ("Senator Ana Ruiz asked Minister Tom Bell to account for the missing funds.",
     ("Ana Ruiz", "criticizes", "Tom Bell")),
    # The speaker's participle, hung by the parser on what is said.
    ("Legislator Ana Ruiz said the study was copied, urging Professor Tom Bell to explain his conduct.",
     ("Ana Ruiz", "criticizes", "Tom Bell")),
])
def test_a_demand_to_answer_criticizes(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    # A briefing asked for, an apology advised against, a demand not made.
    "Senator Ana Ruiz asked Minister Tom Bell to explain the new budget.",
    "Senator Ana Ruiz urged Minister Tom Bell not to apologise.",
    "Senator Ana Ruiz did not ask Minister Tom Bell to apologise.",
])
def test_no_demand_to_answer(extract, text):
    assert ("Ana Ruiz", "criticizes", "Tom Bell") not in facts(extract(text), modality="asserted")


def test_a_name_right_before_an_act_names_its_owner(extract):
    assert ("Algeria", "condemns", "European Union") in facts(extract("Algeria condemned the European Union decision."))
    assert ("Ana Ruiz", "criticizes", "Kenya") in facts(extract("Mayor Ana Ruiz criticized the Kenya decision to "
                                                                "close the border."))
    # A name before other words of the plan names what the plan is about, not whose it is.
    assert ("Ana Ruiz", "opposes", "Kenya") not in facts(extract("Mayor Ana Ruiz opposed the Kenya pipeline "
                                                                 "expansion plan."))
