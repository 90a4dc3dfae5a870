"""Edges the seventh hand-judged edge sample found wrong (tests/gold/newswire/judged), each a construction in
sentences written here, through the real pipeline, with the near miss that must keep its edge."""
from __future__ import annotations

import graphbuild
import pytest
from conftest import entity_node_list

from tests.test_names_glued import edges


def _edges(text: str) -> set[tuple[str, str, str]]:
    return edges(graphbuild.build([text]).graph)


def test_washington_dc_is_one_city_not_a_city_inside_a_district():
    text = "Washington, D.C., is home to many Peruvians, said Ana Ruiz. Officials in D.C. agreed."
    assert not {e for e in _edges(text) if e[1] == "locatedIn"}
    nodes = entity_node_list(text)
    assert ("Washington", "City") in nodes and not [n for n, _ in nodes if n == "D.C."], nodes


def test_a_code_in_brackets_holds_no_conjunct_place():
    found = _edges("Copa Airlines opened flights between Miami (MIA) and San José (SJO) on Friday.")
    assert not {e for e in found if e[1] == "locatedIn"}, found


def test_a_region_in_brackets_holds_no_conjunct_place():
    found = _edges("Officials met in Arusha (northern Tanzania) and Kigali on Monday.")
    assert ("Kigali", "locatedIn", "Tanzania") not in found, found


def test_a_larger_place_after_a_list_still_holds_every_town_of_it():
    found = _edges("Talks were held in Nairobi and Kisumu, Kenya, on Monday.")
    assert {("Nairobi", "locatedIn", "Kenya"), ("Kisumu", "locatedIn", "Kenya")} <= found


def test_each_town_keeps_its_own_country_in_brackets():
    found = _edges("Flights to Nairobi (Kenya) and Kampala (Uganda) resumed on Monday.")
    assert {("Nairobi", "locatedIn", "Kenya"), ("Kampala", "locatedIn", "Uganda")} <= found, found


@pytest.mark.parametrize("title", ["publishing director", "programme director", "editorial director"])
def test_a_director_of_one_function_is_a_member_not_the_head(title):
    found = _edges(f"Mary Atieno, the {title} of Nation Media Group, said the paper would appeal.")
    assert ("Mary Atieno", "memberOf", "Nation Media Group") in found
    assert ("Mary Atieno", "leaderOf", "Nation Media Group") not in found


def test_a_bare_director_still_heads_the_body():
    assert ("Jane Wanjiru", "leaderOf", "Oxfam") in _edges("Jane Wanjiru, the director of Oxfam, said aid had run out.")


def test_an_attack_in_words_on_a_person_is_criticism():
    found = _edges("Senator Ochieng attacked Governor Mutua in the Senate, claiming that the budget was illegal.")
    assert ("Ochieng", "criticizes", "Mutua") in found and ("Ochieng", "attacks", "Mutua") not in found


@pytest.mark.parametrize("text", [
    "Peter Kamau attacked Governor Alfred Mutua with a machete, claiming he had stolen land.",
    "Peter Kamau stabbed and attacked Chief Justice Martha Koome in Nairobi, saying she was corrupt.",
])
def test_an_armed_attack_with_a_claim_stays_an_attack(text):
    found = _edges(text)
    assert [e for e in found if e[1] == "attacks"] and not [e for e in found if e[1] == "criticizes"], found


def test_a_leaders_attack_on_a_country_with_a_claim_stays_an_attack():
    found = _edges("President Putin attacked Ukraine in February, claiming that Kyiv threatened Russia.")
    assert ("Vladimir Putin", "attacks", "Ukraine") in found or ("Putin", "attacks", "Ukraine") in found, found


@pytest.mark.parametrize("text", ["The IMO 2023, hosted by Japan, was held in Chiba in July.",
                                  "Egypt hosted COP27 in Sharm el-Sheikh last year."])
def test_a_numbered_edition_hosted_is_no_guest(text):
    assert not {e for e in _edges(text) if e[1] == "meetsWith"}


def test_a_guest_hosted_is_still_met():
    assert ("Vladimir Putin", "meetsWith", "Xi Jinping") in _edges(
        "Russian President Vladimir Putin hosted Xi Jinping in Moscow on Monday.")


def test_a_thing_given_by_someone_is_no_aid_to_the_holder():
    found = _edges("The drum is held by the National Museum of Kenya, given by John Kamau in 1962.")
    assert not {e for e in found if e[1] == "providesAidTo"}, found


def test_an_award_given_to_a_country_is_no_aid():
    found = _edges("The award was given to Kenya by FIFA on Monday.")
    assert not {e for e in found if e[1] == "providesAidTo"}, found


def test_a_tour_given_by_a_body_is_no_aid():
    found = _edges("Prime Minister Ruto visited Lima. While off duty he was given a guided tour of Lima by the "
                   "Peruvian-British Society.")
    assert not {e for e in found if e[1] == "providesAidTo"}, found


@pytest.mark.parametrize("text, fact", [
    ("Aid was given to Somalia by Japan last month.", ("Japan", "providesAidTo", "Somalia")),
    ("The vaccines, donated to Kenya by Japan, arrived on Monday.", ("Japan", "providesAidTo", "Kenya")),
    ("Weapons were supplied to Ukraine by Germany in May.", ("Germany", "providesAidTo", "Ukraine")),
    # The passive's subject receives what the verb's object names.
    ("Kenya was given a $1 billion loan by China last year.", ("China", "providesAidTo", "Kenya")),
])
def test_aid_given_in_the_passive_goes_to_whom_it_is_given(text, fact):
    assert fact in _edges(text)


@pytest.mark.parametrize("text, fact", [
    # Any passive of a thing sent or given "to" someone: the thing is no object ("France deploysTo troops" before).
    ("Troops were sent to Mali by France in 2013.", ("France", "deploysTo", "Mali")),
    ("Peacekeepers were deployed to Somalia by Kenya in 2011.", ("Kenya", "deploysTo", "Somalia")),
])
def test_troops_sent_in_the_passive_go_where_the_to_says(text, fact):
    found = _edges(text)
    assert fact in found and not [e for e in found if e[2].lower() in {"troops", "peacekeepers"}], found


def test_a_letter_sent_in_the_passive_deploys_nothing():
    found = _edges("A letter was sent to Uganda by Kenya on Monday.")
    assert not [e for e in found if e[1] == "deploysTo"], found

