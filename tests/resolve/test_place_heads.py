"""A river, an ocean or a township written with and without its head word ("the Velka River", "the Velka") is one
place, as a region is with and without "Province". Names and sentences invented here."""
from __future__ import annotations

from conftest import entity_nodes


def test_a_river_and_its_bare_name_are_one_place():
    labels = entity_nodes(
        "Floodwater from the hills poured into the Velka River on Monday, the water board said.\n\n"
        "The water level of the Velka rose by two metres overnight, said Marek Dolny, an engineer.")
    assert labels.get("Velka River") == "Place"
    assert "Velka" not in labels


def test_a_township_and_its_bare_name_are_one_place():
    labels = entity_nodes(
        "Linbei Township recorded 41 degrees on Sunday, its hottest day in decades, the weather bureau said.\n\n"
        "In Linbei, farmers said the heat had ruined much of the crop.")
    assert labels.get("Linbei Township") == "Place"
    assert "Linbei" not in labels


def test_a_park_named_after_a_town_is_another_place():
    """A park, a museum or a dam is not the town it is named after: only the head words above join."""
    labels = entity_nodes(
        "Visitors crowded Torvik Park on Sunday, said Marek Dolny, who runs a cafe in Torvik.\n\n"
        "Torvik has grown fast since the new road opened, Dolny said.")
    assert "Torvik Park" in labels
    assert "Torvik" in labels
