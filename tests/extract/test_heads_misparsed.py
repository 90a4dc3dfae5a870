"""Heads of bodies where the parse takes the phrase apart: "The chairman of X, Y said" with the apposition's
closing comma dropped, "head of drone firm X" with the body's describing noun read as the object, and a name
hyphened to a word before a title ("Kremlin-backed leader X"), which names no body he leads (extract/titled.py,
bodies.py, screen.py), on sentences and names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the hall. "


@pytest.mark.parametrize("text, fact", [
    ("The president of the Harbor Electoral Tribunal (HET), Marta Quillen remarked on the count.",
     ("Marta Quillen", "leaderOf", "Harbor Electoral Tribunal")),
    ("The chairman of the Brightwater Rowing Federation, Tomas Verel said the season would start in May.",
     ("Tomas Verel", "leaderOf", "Brightwater Rowing Federation")),
    ("Meanwhile, the chairman of the Brightwater Rowing Federation, Tomas Verel said the season was over.",
     ("Tomas Verel", "leaderOf", "Brightwater Rowing Federation")),
    # After the quote the verb reports.
    ('"We will race again," the chairman of the Brightwater Rowing Federation, Tomas Verel said on Monday.',
     ("Tomas Verel", "leaderOf", "Brightwater Rowing Federation")),
])
def test_title_before_the_name_without_closing_comma(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


@pytest.mark.parametrize("text", [
    # The title's phrase is an object of "meeting" or "to": the name is the clause's own subject.
    "After meeting the chairman of the Brightwater Rowing Federation, Tomas Verel said the season would start.",
    "According to the chairman of the Brightwater Rowing Federation, Tomas Verel won the race.",
])
def test_title_as_an_object_gives_the_next_subject_no_office(extract, text):
    found = facts(extract(LEAD + text))
    assert ("Tomas Verel", "leaderOf", "Brightwater Rowing Federation") not in found, found


@pytest.mark.parametrize("text, fact", [
    ("Tomas Verel, head of drone firm Harwick Robotics, said so.", ("Tomas Verel", "leaderOf", "Harwick Robotics")),
    ("Tomas Verel, director of market data and advisory firm Kapronel, said the market was calm.",
     ("Tomas Verel", "leaderOf", "Kapronel")),
    ("Tomas Verel, chairman of shipping company Harwick Lines, said so.", ("Tomas Verel", "leaderOf", "Harwick Lines")),
])
def test_head_of_a_described_firm(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


def test_a_described_firms_customer_or_unit_head_is_no_head(extract):
    found = facts(extract(LEAD + "Tomas Verel, a customer of shipping company Harwick Lines, said so."))
    assert ("Tomas Verel", "leaderOf", "Harwick Lines") not in found, found
    # The head of a unit of the firm is one of its members.
    found = facts(extract(LEAD + "Tomas Verel, head of research at shipping company Harwick Lines, said so."))
    assert ("Tomas Verel", "leaderOf", "Harwick Lines") not in found, found


@pytest.mark.parametrize("text, body", [
    ("The Kremlin-backed leader Tomas Verel rejected the plan.", "Kremlin"),
    ("Havana-born leader Tomas Verel rejected the plan.", "Havana"),
])
def test_a_hyphened_name_before_a_title_is_not_led(extract, text, body):
    found = facts(extract(LEAD + text))
    assert ("Tomas Verel", "leaderOf", body) not in found, found


def test_a_body_right_before_its_title_is_still_led(extract):
    found = facts(extract(LEAD + "Brightwater Rowing Federation chairman Tomas Verel rejected the plan."))
    assert ("Tomas Verel", "leaderOf", "Brightwater Rowing Federation") in found, found


def test_a_hyphened_lower_case_part_of_a_name_still_holds(extract):
    # "Al Jama-ah": the word after the hyphen is the party's own, not a participle.
    found = facts(extract(LEAD + "Al Jama-ah councillor, Tomas Verel said: it was fine."))
    assert any(s == "Tomas Verel" and p == "memberOf" and o.startswith("Al Jama") for s, p, o in found), found


@pytest.mark.parametrize("text, fact", [
    ("The Chairman of the Board of Directors of the Kestrel Boxing Federation, Tomas Verel, thanked the players.",
     ("Tomas Verel", "leaderOf", "Kestrel Boxing Federation")),
    ("Tomas Verel, chairman of the Board of Executive Directors of the Harbor Transport Authority, spoke first.",
     ("Tomas Verel", "leaderOf", "Harbor Transport Authority")),
])
def test_the_boards_chair_leads_the_body(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


def test_a_boards_member_is_no_head(extract):
    found = facts(extract(LEAD + "Tomas Verel, a member of the Board of Directors of the Kestrel Boxing Federation, "
                                 "thanked the players."))
    assert ("Tomas Verel", "leaderOf", "Kestrel Boxing Federation") not in found, found
    assert ("Tomas Verel", "memberOf", "Kestrel Boxing Federation") in found, found
