"""A club or company named after its town, written later by the rest of its name alone ("the Hawks" of "the
Dover Hawks"), is one node; a body's common noun ("Police") is left apart, as it may be any force of the story.
Names and sentences invented here."""
from __future__ import annotations

from conftest import entity_nodes


def test_a_team_named_after_its_town_and_its_short_name_are_one_node():
    labels = entity_nodes(
        "The Dover Hawks signed two new forwards before the derby in Dover, said coach Ray Fenwick.\n\n"
        "The Hawks have won five games in a row, Fenwick said.")
    assert labels.get("Dover Hawks") == "Organization"
    assert "Hawks" not in labels


def test_a_common_noun_is_not_joined_to_a_town_body():
    labels = entity_nodes(
        "The Dover Police arrested two men on Monday night in Dover, said Ray Fenwick, a lawyer.\n\n"
        "The men were later handed to the Police of the state, Fenwick said.")
    assert labels.get("Dover Police") == "Organization"
    assert labels.get("Police") == "Organization"
