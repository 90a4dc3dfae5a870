"""Entity nodes: one test per kind of wrong node fixed from tests/gold/newswire/judged/nodes5.json, on sentences
written here, each with the near miss that must stay as it is."""
from __future__ import annotations

from conftest import entity_nodes

import pytest


def test_given_names_in_brackets_are_the_persons():
    nodes = entity_nodes("President (Abdelmadjid) Tebboune said on Monday that the vote would go ahead. Tebboune "
                         "added that turnout was high.")
    assert nodes.get("Abdelmadjid Tebboune") == "Person" and not [n for n in nodes if ")" in n]
    assert "Tebboune" not in nodes
    nodes = entity_nodes("Historians praised (Mohd Ali) Rahimtoola. Quaid-e-Azam Mohd Ali Rahimtoola led the league.")
    assert [n for n, c in nodes.items() if c == "Person"] == ["Mohd Ali Rahimtoola"]


@pytest.mark.parametrize("text, kept", [
    # An outlet's name before the brackets: its bracket is its own, the name after is someone else.
    ("KIBERA DAILY (Sauti) Emilio Lopez reported the story on Monday.", "Emilio Lopez"),
    # A title in brackets, an abbreviation in brackets: no given name.
    ("The Bank of Ghana (BoG) Governor Ernest Addison raised rates.", "Ernest Addison"),
])
def test_brackets_that_hold_no_given_name_join_nothing(text, kept):
    nodes = entity_nodes(text)
    assert nodes.get(kept) == "Person" and not [n for n in nodes if "(" in n and nodes[n] == "Person"]


def test_kinds_of_zone_and_political_camps_are_no_entities():
    nodes = entity_nodes("Investors in Special Economic Zones and EEZs paid less tax, said the Right and the Left "
                         "of the Knesset. Spending on 5G networks rose to HK$40 a head.")
    assert not {"Special Economic Zones", "EEZs", "Right", "Left", "G", "HK$40"} & set(nodes)
    # A named zone is a place.
    assert "Tema Free Zones Enclave" in entity_nodes("Firms moved to the Tema Free Zones Enclave near Accra last year.")


def test_a_countrys_formal_and_short_names_are_the_country():
    nodes = entity_nodes("Trade with the Slovak Republic and Korea grew. The Islamic Emirate of Afghanistan "
                         "closed schools.")
    assert {n: c for n, c in nodes.items()} == {"Slovakia": "Country", "South Korea": "Country",
                                               "Afghanistan": "Country"}


def test_a_company_and_a_mountain_range_get_their_classes():
    nodes = entity_nodes("Sinovac Biotech shipped vaccines to the Andes. State Grid Corp of China bought the utility.")
    assert nodes.get("Sinovac Biotech") == "Organization" and nodes.get("Andes") == "Place"
    assert nodes.get("State Grid Corp of China") == "Organization"


def test_a_unit_is_not_its_parents_full_name():
    nodes = entity_nodes("The IRGC Ground Force shelled positions in Iraq. The IRGC said the strikes would go on.")
    assert {"IRGC Ground Force", "IRGC"} <= set(nodes)
    # A body's own longer name still takes its short first word.
    nodes = entity_nodes("Baffinland Iron Mines said the mine would close. Baffinland blamed the weather.")
    assert "Baffinland" not in nodes


def test_a_region_cut_from_a_longer_one_does_not_take_its_abbreviation():
    nodes = entity_nodes("Exports from Middle East and North Africa (MENA) states fell. MENA economies grew.")
    assert nodes.get("MENA") == "Place"
    nodes = entity_nodes("The Economic Community of West African States (ECOWAS) met. ECOWAS leaders agreed.")
    assert "ECOWAS" not in nodes


def test_a_sentences_first_verb_is_no_word_of_a_name():
    nodes = entity_nodes("Reiterating Kenya Airways' commitment, the minister spoke on Monday.")
    assert "Kenya Airways" in nodes and not [n for n in nodes if n.startswith("Reiterating")]


def test_a_name_run_on_to_its_abbreviation_keeps_its_seat_abroad(extract):
    from conftest import facts

    found = facts(extract("The Kenyan Chamber of Commerce in Japan (KCCJ) hosted the fair in Tokyo."))
    assert not [f for f in found if f[1] == "basedIn" and f[2] == "Kenya"]
    found = facts(extract("The Thai Chamber of Commerce hosted the seminar on Monday."))
    assert ("Thai Chamber of Commerce", "basedIn", "Thailand") in found


def test_an_honorific_between_a_title_and_the_name_keeps_the_title(extract):
    from conftest import facts

    found = facts(extract("He signed the pact with Congress leader Lokmanya Ravi Shankar Patil in 1920."))
    assert ("Ravi Shankar Patil", "leaderOf", "Congress") in found
