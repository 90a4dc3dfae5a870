"""Heads of bodies in the forms news writes them: an office given by a passive appointment or taken over, a past
"was chairman of", "chairs the board", the leader of the opposition or of an unnamed delegation or committee,
rectors and conveners, "the country's president" and "X, the president," in a one-country story, who governs a
country, and a place that chairs a bloc (extract/listed.py, titled.py, lexicon.py, titlewords.py, bodies.py,
branches.py, national.py, screen.py), on sentences and names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the hall. "


@pytest.mark.parametrize("text, fact", [
    ("Martin Oduya was appointed chairman of the Kenya Ports Authority.",
     ("Martin Oduya", "leaderOf", "Kenya Ports Authority")),
    ("Martin Oduya took over as chairman of the Kenya Ports Authority.",
     ("Martin Oduya", "leaderOf", "Kenya Ports Authority")),
    ("Martin Oduya, who chairs the Harbor Workers Union, rejected the budget.",
     ("Martin Oduya", "leaderOf", "Harbor Workers Union")),
    ("Martin Oduya was chief executive of Delmont Mining until 2019.",
     ("Martin Oduya", "leaderOf", "Delmont Mining")),
    ("Martin Oduya, the leader of the opposition, rejected the budget.",
     ("Martin Oduya", "leaderOf", "opposition")),
    ("The head of the delegation, Martin Oduya, said the talks went well.",
     ("Martin Oduya", "leaderOf", "delegation")),
    ("Martin Oduya, chairman of the committee, said the talks went well.",
     ("Martin Oduya", "leaderOf", "committee")),
    ("Martin Oduya, rector of Brightwater University, said the talks went well.",
     ("Martin Oduya", "leaderOf", "Brightwater University")),
    ("Martin Oduya, convener of the Harbor Workers Union, said the talks went well.",
     ("Martin Oduya", "leaderOf", "Harbor Workers Union")),
])
def test_head_of_a_body(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


@pytest.mark.parametrize("text", [
    # A denied appointment, one still to come, a condition, a denied past office: no office held.
    "Martin Oduya was not appointed chairman of the Kenya Ports Authority.",
    "Martin Oduya will be appointed chairman of the Kenya Ports Authority.",
    "If Martin Oduya was chairman of the Kenya Ports Authority, he would resign.",
    "Martin Oduya, who was not chairman of the Kenya Ports Authority, spoke.",
    # A member is no head.
    "Martin Oduya was appointed a member of the Kenya Ports Authority.",
])
def test_no_head_without_the_office(extract, text):
    found = facts(extract(LEAD + text), modality="asserted")
    assert ("Martin Oduya", "leaderOf", "Kenya Ports Authority") not in found, found


@pytest.mark.parametrize("text", [
    # A member or a deputy of an unnamed body heads nothing; a named committee is the body, not the noun.
    "Martin Oduya, a member of the committee, said the talks went well.",
    "Committee member Martin Oduya said the talks went well.",
    "Martin Oduya, the deputy head of the delegation, said the talks went well.",
    "The Budget Committee met on Monday. Martin Oduya, chairman of the committee, said the talks went well.",
])
def test_no_head_of_an_unnamed_body(extract, text):
    found = facts(extract(LEAD + text))
    assert not any(p == "leaderOf" and o in {"committee", "delegation"} for _, p, o in found), found


@pytest.mark.parametrize("text, fact", [
    ("Protests spread across Malawi on Monday. Martin Oduya, the country's president, called for calm.",
     ("Martin Oduya", "leaderOf", "Malawi")),
    ("Protests spread across Malawi on Monday. The country's finance minister, Martin Oduya, called for calm.",
     ("Martin Oduya", "memberOf", "Malawi")),
])
def test_the_countrys_title(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    "Protests spread across Malawi on Monday. Martin Oduya, the president, called for calm.",
    "Protests spread across Malawi on Monday. The president, Martin Oduya, called for calm.",
])
def test_a_bare_head_in_apposition_in_a_one_country_story(extract, text):
    assert ("Martin Oduya", "leaderOf", "Malawi") in facts(extract(text))


@pytest.mark.parametrize("text", [
    "Protests spread across Malawi and Zambia on Monday. Martin Oduya, the president, called for calm.",
    "Protests spread across Malawi on Monday. Martin Oduya, the president of the club, called for calm.",
])
def test_no_country_for_a_head_of_another_body_or_story(extract, text):
    found = facts(extract(text))
    assert not any(p == "leaderOf" and o in {"Malawi", "Zambia"} for _, p, o in found), found


def test_no_country_where_two_are_named(extract):
    # "the country" after two countries could be either.
    found = facts(extract("Protests spread across Malawi and Zambia on Monday. The country's president, "
                          "Martin Oduya, called for calm."))
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_ruler_of_a_country(extract):
    found = facts(extract("Protesters gathered in Lisbon. Martin Oduya, who has governed Portugal since 2010, "
                          "called for calm."), modality="asserted")
    assert ("Martin Oduya", "leaderOf", "Portugal") in found, found


@pytest.mark.parametrize("text", [
    # A party that governs is no head of the country, and laws govern nothing as its head.
    "Protesters gathered in Lisbon. The Social Party governs Portugal.",
    "Protesters gathered in Lisbon. The laws that govern Portugal were changed.",
])
def test_no_ruler_without_a_person_ruling(extract, text):
    found = facts(extract(text))
    assert not any(p == "leaderOf" and o == "Portugal" for _, p, o in found), found


@pytest.mark.parametrize("text", [
    "When Portugal chaired the Andean Fisheries Council in 2011, prices fell.",
    "Portugal leads the Andean Fisheries Council this year.",
])
def test_a_country_chairing_a_bloc_leads_nothing(extract, text):
    # A country holds a bloc's rotating chair as a member; a person chairing it still leads it.
    found = facts(extract(LEAD + text))
    assert not any(p == "leaderOf" for _, p, _ in found), found
    found = facts(extract(LEAD + text.replace("Portugal", "Martin Oduya")))
    assert ("Martin Oduya", "leaderOf", "Andean Fisheries Council") in found, found


def test_a_chaired_summit_is_attended_not_led(extract):
    found = facts(extract(LEAD + "Martin Oduya chaired the Nairobi Climate Summit on Monday."))
    assert ("Martin Oduya", "attends", "Nairobi Climate Summit") in found, found
    assert ("Martin Oduya", "leaderOf", "Nairobi Climate Summit") not in found, found
