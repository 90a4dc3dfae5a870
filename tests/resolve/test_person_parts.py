"""One person, one node, where an article shortens a name to a part of it: the first of two family names
("Villalta" of "Ernesto Villalta Brenes", after "Villalta Brenes"), and a Hebrew family name that starts with
"Ben-" written alone. Names and sentences invented here."""
from __future__ import annotations

from conftest import entity_nodes


def test_the_first_of_two_family_names_alone_is_the_full_name():
    labels = entity_nodes(
        "The port authority named the engineer Ernesto Villalta Brenes as its new director on Monday.\n\n"
        "Villalta Brenes takes over a board that has lost three members this year.\n\n"
        "Before the appointment, Villalta ran the dredging works at the northern harbour.")
    assert labels.get("Ernesto Villalta Brenes") == "Person"
    assert "Villalta" not in labels and "Villalta Brenes" not in labels


def test_a_family_name_shared_by_two_people_joins_neither():
    """Two people with the family name Villalta: the bare "Villalta" may be either, and joins neither."""
    labels = entity_nodes(
        "The port authority named the engineer Ernesto Villalta Brenes as its new director on Monday.\n\n"
        "His cousin Marta Villalta Ochoa chairs the harbour pilots' union.\n\n"
        "Villalta Brenes starts in May. Before the appointment, Villalta ran the dredging works.")
    assert labels.get("Ernesto Villalta Brenes") == "Person"
    assert labels.get("Marta Villalta Ochoa") == "Person"
    assert "Villalta" in labels


def test_a_ben_family_name_alone_is_the_full_name_before_it():
    labels = entity_nodes(
        "Lawmaker Yoram Ben-Dror tabled a bill on water prices in the committee on Tuesday.\n\n"
        "Farmers' groups welcomed Ben-Dror’s proposal, which would cut the tariff by a fifth.")
    assert labels.get("Yoram Ben-Dror") == "Person"
    assert "Ben-Dror" not in labels


def test_a_ben_name_written_before_the_full_name_is_someone_else():
    """ "Ben Dror" named first, with no full name before him, is read as his own given name and surname."""
    labels = entity_nodes(
        "Ben Dror, a student from Haifa, asked the first question at the meeting on Tuesday.\n\n"
        "Lawmaker Yoram Ben-Dror answered him at length.")
    assert labels.get("Ben Dror") == "Person"
    assert labels.get("Yoram Ben-Dror") == "Person"
