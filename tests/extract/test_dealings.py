"""Working together, buying into companies, marrying and court verdicts, on sentences written for the test."""
from __future__ import annotations

from conftest import facts


def test_collaborating_partnering_and_teaming_up_is_cooperation(extract):
    found = facts(extract("Kestrel Bank has teamed up with the aid group Oxfam to build a map. Lumen Foods has partnered "
                          "with the World Food Programme since 2019. The Peru Tourism Board and the Andes Coffee Institute "
                          "have collaborated since 2013."))
    assert {("Kestrel Bank", "cooperatesWith", "Oxfam"), ("Lumen Foods", "cooperatesWith", "World Food Programme"),
            ("Peru Tourism Board", "cooperatesWith", "Andes Coffee Institute")} <= found


def test_collaboration_denied_or_without_a_party_is_none(extract):
    found = facts(extract("Kestrel Bank did not collaborate with Oxfam. Students at Lima University collaborate "
                          "on the research."), modality="asserted")
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_a_stake_or_an_acquisition_is_an_investment(extract):
    found = facts(extract("The Tata Trusts hold a stake in Tata Sons. Andes Mining owns a 20 percent stake in "
                          "Pacific Copper. Nexperia bought Newport Wafer Fab for 63 million pounds. The acquisition of "
                          "Norte Logistics by Kestrel Bank was approved."))
    assert {("Tata Trusts", "investsIn", "Tata Sons"), ("Andes Mining", "investsIn", "Pacific Copper"),
            ("Nexperia", "investsIn", "Newport Wafer Fab"), ("Kestrel Bank", "investsIn", "Norte Logistics")} <= found


def test_buying_goods_is_no_investment(extract):
    found = facts(extract("China bought oil from Iran last year. Peru purchased two frigates from Spain."))
    assert not any(p == "investsIn" for _, p, _ in found)


def test_marriage_and_named_children_are_family(extract):
    found = facts(extract("Omar Fadi married Lena Park in 2003. Tom Hale is married to Ana Ruiz. "
                          "Carlos Vega had two sons, Pedro and Luis."))
    assert {("Omar Fadi", "familyOf", "Lena Park"), ("Tom Hale", "familyOf", "Ana Ruiz"),
            ("Pedro", "familyOf", "Carlos Vega"), ("Luis", "familyOf", "Carlos Vega")} <= found


def test_marrying_no_person_is_no_family(extract):
    found = facts(extract("Kestrel Bank married its retail arm to Lumen Foods in 2003."))
    assert not any(p == "familyOf" for _, p, _ in found)


def test_a_court_that_jails_bars_or_throws_out_an_appeal_rules_against_the_party(extract):
    found = facts(extract("Tom Hale was jailed by the Lima High Court for six years. The Supreme Court dismissed "
                          "Carlos Vega's appeal on Monday. The Constitutional Court banned the Peruvian Communist "
                          "Party in 2019."))
    assert {("Lima High Court", "rulesAgainst", "Tom Hale"), ("Supreme Court", "rulesAgainst", "Carlos Vega"),
            ("Constitutional Court", "rulesAgainst", "Peruvian Communist Party")} <= found


def test_the_same_verbs_from_no_court_or_an_acquittal_are_no_verdict(extract):
    found = facts(extract("The ministry suspended Andes Mining from the tender. Judge Ana Rojas acquitted Tom Hale. "
                          "The Supreme Court did not suspend Kestrel Bank."))
    assert not any(p == "rulesAgainst" for _, p, _ in found)


def test_taking_part_in_a_named_event_is_attending_it(extract):
    found = facts(extract("Omar Fadi's participation in the Lima Trade Forum was welcomed by the hosts."))
    assert ("Omar Fadi", "attends", "Lima Trade Forum") in found


def test_a_work_described_as_a_collaboration_or_a_painting_bought_names_no_party(extract):
    found = facts(extract("Fronted by the single Blue Sky, a collaboration with rapper Tom Hale, the album sold well. "
                          "The painting Red Dawn was bought by Caroline Astor."))
    assert not any(p in {"cooperatesWith", "investsIn"} for _, p, _ in found)


def test_what_is_wished_tried_or_judged_unlikely_has_not_happened(extract):
    found = facts(extract("China wants to cooperate with Peru on climate. Carlos Vega tried to flee to Dubai but "
                          "was stopped. New Chilean investments in Bolivia are unlikely."), modality="asserted")
    assert not any(p in {"cooperatesWith", "visits", "investsIn"} for _, p, _ in found)
