"""Constructions of wire copy: arrivals and signatures that state a relation, and a portfolio's chief, who is a
member of the body, not its head. Real pipeline, sentences written for the test."""
from __future__ import annotations

from conftest import facts


def test_arriving_in_a_place_is_visiting_it(extract):
    found = facts(extract("Kenyan President William Ruto arrived in Tokyo on Monday for a four-day visit."),
                  modality="asserted")
    assert ("William Ruto", "visits", "Tokyo") in found


def test_signing_with_someone_is_agreeing_with_them(extract):
    found = facts(extract("Ghanaian Finance Minister Ken Ofori-Atta signed the loan in Accra with Kristalina "
                          "Georgieva on Friday."), modality="asserted")
    assert ("Ken Ofori-Atta", "agreesWith", "Kristalina Georgieva") in found


def test_a_planned_signature_is_not_an_agreement(extract):
    found = facts(extract("Peru is expected to sign a trade pact with Chile next week."), modality="asserted")
    assert not [f for f in found if f[1] == "agreesWith"]


def test_a_portfolio_chief_is_a_member_and_a_body_chief_its_leader(extract):
    found = facts(extract("African Union trade chief Albert Muchanga met Kenyan officials, and Interpol chief "
                          "Valdecy Urquiza met them too."), modality="asserted")
    assert ("Albert Muchanga", "memberOf", "African Union") in found
    assert ("Albert Muchanga", "leaderOf", "African Union") not in found
    assert ("Valdecy Urquiza", "leaderOf", "Interpol") in found


def test_an_honorific_between_title_and_name_keeps_the_title(extract):
    found = facts(extract("Bahrain's King Sheikh Hamad bin Isa Al Khalifa received Omani Foreign Minister "
                          "Dr. Badr Albusaidi on Sunday."), modality="asserted")
    assert ("Hamad bin Isa Al Khalifa", "leaderOf", "Bahrain") in found
    assert ("Badr Albusaidi", "memberOf", "Oman") in found


def test_a_head_of_government_who_is_also_a_minister_leads(extract):
    found = facts(extract("Libyan Prime Minister and Defence Minister Abdul Hamid Dbeibah met Turkish Deputy "
                          "Prime Minister and Finance Minister Cevdet Yilmaz."), modality="asserted")
    assert ("Abdul Hamid Dbeibah", "leaderOf", "Libya") in found
    assert ("Cevdet Yilmaz", "memberOf", "Turkey") in found


def test_a_company_s_country_from_a_possessive_or_a_description(extract):
    found = facts(extract("South Korea's Hanwha Aerospace Company bought a stake in Safran Group, the French "
                          "group. Egypt's Foreign Ministry welcomed it."), modality="asserted")
    assert ("Hanwha Aerospace Company", "basedIn", "South Korea") in found
    assert ("Safran Group", "basedIn", "France") in found
    # A ministry is a country's own body, not a company based there.
    assert not [f for f in found if f[0] == "Foreign Ministry" and f[1] == "basedIn"]


def test_a_company_s_country_from_the_noun_written_before_its_name(extract):
    found = facts(extract("Siemens signed a deal with Vietnamese state utility Electricity of Vietnam (EVN) on "
                          "Monday."))
    assert ("Electricity of Vietnam", "basedIn", "Vietnam") in found


def test_a_visit_to_a_body_s_headquarters_visits_the_body(extract):
    found = facts(extract("Kenyan Foreign Minister Ruth Wanjiku arrived in Addis Ababa on Monday. She paid a visit "
                          "to the headquarters of the African Union on Tuesday."), modality="asserted")
    assert ("Ruth Wanjiku", "visits", "African Union") in found


def test_representatives_or_a_delegation_act_for_their_body_and_one_representative_does_not(extract):
    found = facts(extract("Kenyan President Paul Otieno attended the summit, as did representatives of the East "
                          "African Community. A delegation of Uganda met Otieno on Monday. A representative of the "
                          "World Bank met him too."), modality="asserted")
    assert ("East African Community", "attends", "summit") in found
    assert ("Uganda", "meetsWith", "Otieno") in found
    assert not [f for f in found if f[0] == "World Bank"]


def test_an_investment_in_a_plant_in_a_country_is_one_in_the_country(extract):
    found = facts(extract("Toyota, which invested 500 million dollars in a battery plant in Poland last year, plans "
                          "to hire 900 workers."), modality="asserted")
    assert ("Toyota", "investsIn", "Poland") in found
