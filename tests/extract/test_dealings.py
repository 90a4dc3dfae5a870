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


def test_a_delegation_leader_goes_and_meets_where_the_delegation_does(extract):
    found = facts(extract("Tom Hale led a delegation to Brazil in March. A delegation headed by Carlos Vega met "
                          "President Ana Rojas."))
    assert {("Tom Hale", "visits", "Brazil"), ("Carlos Vega", "meetsWith", "Ana Rojas")} <= found


def test_a_delegation_of_a_country_names_no_trip(extract):
    found = facts(extract("Tom Hale led a delegation of Peru in the talks."))
    assert not any(p == "visits" for _, p, _ in found)


def test_a_telephone_conversation_is_a_meeting_a_plain_one_with_reporters_none(extract):
    found = facts(extract("Ana Rojas spoke by phone with Tom Hale on Monday. Carlos Vega spoke with reporters "
                          "by phone."))
    assert ("Ana Rojas", "meetsWith", "Tom Hale") in found
    assert not any(s == "Carlos Vega" and p == "meetsWith" for s, p, _ in found)


def test_a_phone_call_received_or_made_is_a_meeting(extract):
    found = facts(extract("Ana Rojas received a telephone call from Tom Hale on Monday. Carlos Vega made a "
                          "congratulatory phone call to Luis Ortega, the newly elected party chair."),
                  modality="asserted")
    assert {("Ana Rojas", "meetsWith", "Tom Hale"), ("Carlos Vega", "meetsWith", "Luis Ortega")} <= found, found


def test_a_call_that_is_an_appeal_denied_or_planned_is_no_meeting(extract):
    found = facts(extract("Ana Rojas received a call from Tom Hale for higher wages. Carlos Vega did not receive a "
                          "phone call from Luis Ortega. Maria Soto is expected to make a phone call to Pablo Ruiz."),
                  modality="asserted")
    assert not any(p == "meetsWith" for _, p, _ in found), found


def test_a_sum_invested_in_a_company_and_a_blacklisting(extract):
    found = facts(extract("Kestrel Bank invested $1 billion in Lumen Foods. The United States blacklisted "
                          "Andes Mining last year."))
    assert {("Kestrel Bank", "investsIn", "Lumen Foods"), ("United States", "sanctions", "Andes Mining")} <= found


def test_a_place_that_opens_the_sentence_is_where_not_what_one_invests_in(extract):
    found = facts(extract("In Cusco, the Andes Development Fund invested 50 million soles in Lumen Foods."))
    assert ("Andes Development Fund", "investsIn", "Cusco") not in found


def test_a_share_of_a_company_owned_or_bought_is_an_investment(extract):
    found = facts(extract("The coup was led by the Vega Trust, which owned 66% of Lumen Foods. Kestrel Bank bought "
                          "20 percent of Norte Logistics in 2019."))
    assert {("Vega Trust", "investsIn", "Lumen Foods"), ("Kestrel Bank", "investsIn", "Norte Logistics")} <= found


def test_a_share_of_votes_or_a_denied_holding_is_no_investment(extract):
    found = facts(extract("Kestrel Bank holds 5% of the votes in Peru. Lumen Foods did not own 20 percent of "
                          "Norte Logistics."), modality="asserted")
    assert not any(p == "investsIn" for _, p, _ in found)


def test_relatives_named_after_including_or_whose(extract):
    found = facts(extract("Carlos Vega's brothers, including Pedro Vega and Luis Vega, hold posts. Ana Ruiz, whose "
                          "son Tomas Ruiz is a minister, spoke on Monday."))
    assert {("Pedro Vega", "familyOf", "Carlos Vega"), ("Luis Vega", "familyOf", "Carlos Vega"),
            ("Tomas Ruiz", "familyOf", "Ana Ruiz")} <= found


def test_people_included_in_no_kin_noun_are_no_family(extract):
    found = facts(extract("Carlos Vega met students, including Ana Ruiz, whose school is in Lima."))
    assert not any(p == "familyOf" for _, p, _ in found)
