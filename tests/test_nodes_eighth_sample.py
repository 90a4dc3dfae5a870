"""Nodes the eighth hand-judged node sample found wrong (tests/gold/newswire/judged), each a construction in
sentences written here, through the real pipeline, with the near miss that must stay."""
from __future__ import annotations

import pytest
from conftest import entity_nodes


@pytest.mark.parametrize("text, name", [
    ("The drum is held by the Kisumu Museum, whose curator Ann Otieno wrote the label.", "Kisumu Museum"),
    ("Loans from the Museum of East African History in Nairobi were returned, said curator Ann Otieno.",
     "Museum of East African History"),
])
def test_a_museum_is_a_body(text, name):
    assert entity_nodes(text).get(name) == "Organization"


@pytest.mark.parametrize("text, name", [
    ("Surgeons at the Kenya Program for Separating Conjoined Twins operated on twins in Nairobi.",
     "Kenya Program for Separating Conjoined Twins"),
    ("The Ghana Program for Youth Employment hired 500 people, said Kofi Mensah.", "Ghana Program for Youth Employment"),
    ("The Kenya Program for Clean Water drilled 40 wells, said Ann Otieno.", "Kenya Program for Clean Water"),
])
def test_a_programme_named_for_its_aim_is_no_node(text, name):
    assert name not in entity_nodes(text)


@pytest.mark.parametrize("text, name", [
    ("Winnie Otieno, the director of the Joint United Nations Programme for Children in Kenya, spoke in Nairobi.",
     "Joint United Nations Programme for Children"),
    ("Winnie Byanyima, the executive director of the Joint United Nations Programme on HIV/AIDS, spoke in Geneva.",
     "Joint United Nations Programme on HIV/AIDS"),
])
def test_a_united_nations_programme_is_still_a_body(text, name):
    assert entity_nodes(text).get(name) == "Organization"


def test_a_place_named_after_a_museum_stays_a_place():
    assert entity_nodes("A bomb exploded near Museum Hill in Nairobi, Kenya.").get("Museum Hill") == "Place"


def test_a_war_on_something_is_a_campaign_not_a_node():
    # Seen on the check articles when "fought X" became a war between parties: "fighting this War Against Gangs"
    # (the first node sample judged it a campaign, no entity of ours).
    nodes = entity_nodes("President Nayib Bukele is fighting the War Against Gangs, Ana Navarro said.")
    assert "War Against Gangs" not in nodes and nodes.get("Nayib Bukele") == "Person"


def test_a_law_named_act_is_no_node():
    # The seventh sample's "Payment Services Act", typed a body, and three more on the check articles.
    nodes = entity_nodes("Parliament amended the Government Organization Act on Monday, said Kim Jin-pyo.")
    assert "Government Organization Act" not in nodes and nodes.get("Kim Jin-pyo") == "Person"


def test_a_party_named_act_stays():
    assert entity_nodes("The ACT Party won seats in New Zealand.").get("ACT Party") == "Organization"
