"""Readings the screen drops or sets right (graphbuild/extract/screen.py), each beside a sentence of the same
construction that must keep its relation. Sentences written for the test, real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


def test_condolences_sent_to_a_person_deploy_nothing(extract):
    found = facts(extract("President Emmanuel Macron sent his condolences to Chancellor Olaf Scholz after the floods."))
    assert not any(p == "deploysTo" for _, p, _ in found)


def test_a_letter_sent_to_a_country_deploys_nothing(extract):
    found = facts(extract("The Kenyan government sent a letter to Tanzania on Monday."))
    assert ("Kenya", "deploysTo", "Tanzania") not in found


def test_troops_sent_to_a_country_are_deployed(extract):
    assert ("Nigeria", "deploysTo", "Mali") in facts(extract("Nigeria sent troops to Mali in 2013."))


def test_the_employer_is_the_subject_of_employ(extract):
    found = facts(extract("Siemens employed John Smith as an engineer in 1990."))
    assert ("John Smith", "worksFor", "Siemens") in found
    assert ("Siemens", "worksFor", "John Smith") not in found


def test_employed_by_keeps_its_direction(extract):
    assert ("John Smith", "worksFor", "Siemens") in facts(extract("John Smith was employed by Siemens."))


def test_a_renamed_place_is_not_inside_its_new_name(extract):
    found = facts(extract("The expedition reached Lake Albert, now Lake Mobutu, in 1864."))
    assert not any(p == "locatedIn" for _, p, _ in found)


def test_a_place_and_its_province_still_read(extract):
    found = facts(extract("The delegation stayed in Kelowna, British Columbia, for a week."))
    assert ("Kelowna", "locatedIn", "British Columbia") in found


def test_a_trigger_noun_inside_a_committee_name_states_nothing(extract):
    found = facts(extract("Last month the takeover went before the Joint Committee on Foreign Investment in the "
                          "Netherlands."))
    assert not any(p == "investsIn" for _, p, _ in found)


def test_a_named_pact_is_no_party_to_itself(extract):
    found = facts(extract("He later entered into the Tashkent Pact with Pakistani leader Ayub Khan (1966)."))
    assert not any(p == "agreesWith" for _, p, _ in found)
    assert ("Ayub Khan", "leaderOf", "Pakistan") in found


def test_an_agreement_noun_outside_a_name_still_reads(extract):
    assert ("Egypt", "agreesWith", "Israel") in facts(extract("Egypt signed an agreement with Israel in 1979."))


def test_a_commissioner_for_a_portfolio_is_a_member_of_the_body(extract):
    found = facts(extract("The UN High Commissioner for Refugees, Filippo Grandi, visited Kenya on Monday."))
    assert ("Filippo Grandi", "memberOf", "UN") in found
    assert ("Filippo Grandi", "leaderOf", "UN") not in found


def test_the_secretary_general_still_leads_the_body(extract):
    found = facts(extract("UN Secretary-General Antonio Guterres visited Kenya on Monday."))
    assert ("Antonio Guterres", "leaderOf", "UN") in found


def test_the_first_american_is_a_person_not_the_country(extract):
    found = facts(extract("The first American to visit Tibet was probably William Rockhill."))
    assert ("United States", "visits", "Tibet") not in found


def test_a_demonym_before_a_title_still_names_the_country(extract):
    found = facts(extract("American President Joe Biden visited Tibet."))
    assert ("Joe Biden", "leaderOf", "United States") in found


def test_whoever_silences_critics_is_not_one(extract):
    found = facts(extract("Congress passed the law to silence Maduro's critics."))
    assert not any(p == "criticizes" for _, p, _ in found)


def test_becoming_an_ally_still_reads(extract):
    assert ("Russia", "supports", "Maduro") in facts(extract("Russia became Maduro's closest ally."))


def test_his_wife_in_the_second_clause_is_the_first_subjects(extract):
    found = facts(extract("However, President Emmanuel Macron sent his condolences to Chancellor Olaf Scholz, and his "
                          "wife, Anna Lopez, did likewise for the mayor."))
    assert ("Anna Lopez", "familyOf", "Olaf Scholz") not in found


def test_his_wife_after_the_subjects_clause_is_kept(extract):
    found = facts(extract("President Emmanuel Macron flew to Berlin, and his wife, Anna Lopez, stayed in Paris."))
    assert ("Anna Lopez", "familyOf", "Emmanuel Macron") in found


def test_a_press_director_is_a_member_of_the_company(extract):
    found = facts(extract("Microsoft press director Juan Mora said the servers were down."))
    assert ("Juan Mora", "memberOf", "Microsoft") in found
    assert ("Juan Mora", "leaderOf", "Microsoft") not in found


def test_a_director_without_a_department_still_leads(extract):
    found = facts(extract("Microsoft director Juan Mora said the servers were down."))
    assert ("Juan Mora", "leaderOf", "Microsoft") in found


def test_a_name_and_its_abbreviation_make_no_self_loop():
    import graphbuild
    from graphbuild.eval.gold import relation_properties
    from graphbuild.ingest import make_article

    text = ("The first park built in Velmora, the Orvex Free Trade Zone (OFTZ), remains the only one of its kind. "
            "The OFTZ drew few firms.")
    graph = graphbuild.build([make_article(text=text, origin="<test>", published="2022-07-01")]).graph
    typed = relation_properties()
    assert not [(s, p) for s, p, o in graph if p in typed and s == o]


def test_a_region_named_after_a_country_alias_is_not_that_country(extract):
    # "America" alone is the United States; "South America" is the region, whole.
    found = facts(extract("Since 2019, Prime Minister Tomas Verel of Velmora has visited South America three times."))
    assert not any(o in {"United States", "US", "America"} for _, _, o in found), found
    assert ("Tomas Verel", "visits", "South America") in found


def test_a_whole_country_name_after_a_verb_still_reads(extract):
    found = facts(extract("Since 2015, Indian Prime Minister Narendra Modi has visited Brazil four times."))
    assert ("Narendra Modi", "visits", "Brazil") in found


def test_a_gift_by_which_a_denied_bribe_was_paid_is_denied(extract):
    ex = extract("Meanwhile, Tan Ah Kow has denied bribing Lim Bee Leng by giving him $1,000 to speed up the payment.")
    assert ("Tan Ah Kow", "providesAidTo", "Lim Bee Leng") not in facts(ex, modality="asserted")


def test_help_given_by_a_gift_is_asserted(extract):
    ex = extract("Tan Ah Kow helped Lim Bee Leng by giving him $1,000.")
    assert ("Tan Ah Kow", "providesAidTo", "Lim Bee Leng") in facts(ex, modality="asserted")


def test_a_director_of_a_department_at_a_university_is_a_member(extract):
    found = facts(extract("Jane Wanjiru, the Director of Exams at Moi University, attended."))
    assert ("Jane Wanjiru", "memberOf", "Moi University") in found
    assert ("Jane Wanjiru", "leaderOf", "Moi University") not in found


def test_a_head_of_research_is_a_member(extract):
    found = facts(extract("Jane Wanjiru is Head of Research at Moi University."))
    assert ("Jane Wanjiru", "leaderOf", "Moi University") not in found


def test_the_director_of_the_university_leads_it(extract):
    found = facts(extract("Jane Wanjiru, Director of the National Defence University, attended."))
    assert ("Jane Wanjiru", "leaderOf", "National Defence University") in found


def test_a_country_with_an_article_after_a_city_is_an_apposition_to_the_phrase(extract):
    found = facts(extract("The plan was backed by the then ally of Islamabad, the US, in 2001."))
    assert not any(p == "locatedIn" for _, p, _ in found)


@pytest.mark.parametrize("text, person, country", [
    ("Lazada Malaysia CEO Alan Chan said the company would expand its delivery network next year.",
     "Alan Chan", "Malaysia"),
    ("Samsung Electronics Vietnam CEO Choi Joo Ho met the minister on Monday.", "Choi Joo Ho", "Vietnam"),
    ("\"We did not expect it,\" said Ben Carter, US managing director of Zentra, a retail platform.",
     "Ben Carter", "United States"),
])
def test_a_firms_chief_in_a_country_is_no_head_of_it(extract, text, person, country):
    # A branch's chief executive written with its country runs the firm's business there, not the country.
    found = facts(extract(text))
    assert (person, "leaderOf", country) not in found
    assert (person, "memberOf", country) not in found


def test_hong_kongs_chief_executive_still_leads_it(extract):
    # Hong Kong's Chief Executive heads its government: a title of state there, not a firm's.
    found = facts(extract("Hong Kong Chief Executive John Lee said the city would reopen its border."))
    assert ("John Lee", "leaderOf", "Hong Kong") in found
