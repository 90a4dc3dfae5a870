"""Membership told by a verb or a candidacy (extract/joined.py): seated on a body, put out of it, joining or leaving
a party, a party's candidate, a body's possessive, a seat in a body's unnamed unit; and membership in other news
forms (roles.py, titlewords.py, mentions.py, descriptions.py): a chamber after the party, a police rank, a word of
leaning before a party's name, "the federation" named before. On sentences written for the test, with the real
pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    ("Governor Mark Tellan appointed Rita Osman to the Economic Advisory Council last week.",
     ("Rita Osman", "memberOf", "Economic Advisory Council")),
    ("Omar Fell was elected to the National Assembly in May.", ("Omar Fell", "memberOf", "National Assembly")),
    ("Mia Lund was appointed to the board of Hexa Holdings in June.", ("Mia Lund", "memberOf", "Hexa Holdings")),
    # Put out of a party, or leaving it: he was one of its members.
    ("Peter Kallow was expelled from the Liberal Party in 2019.", ("Peter Kallow", "memberOf", "Liberal Party")),
    ("Tom Brisk resigned from the Conservative Party on Monday.", ("Tom Brisk", "memberOf", "Conservative Party")),
    ("Ian Low left the Unity Party in 2001 after a row over taxes.", ("Ian Low", "memberOf", "Unity Party")),
    ("Dana Ross joined the Labour Party in 1990.", ("Dana Ross", "memberOf", "Labour Party")),
    # A firm one joins is one's employer.
    ("Lee Wong joined Brightline Capital in 2012.", ("Lee Wong", "worksFor", "Brightline Capital")),
    # A party's candidate is one of its members.
    ("Carl Dyer, who is the Labour Party's Springfield mayoral candidate, spoke on Monday.",
     ("Carl Dyer", "memberOf", "Labour Party")),
    ("Sam Hoyle, the Green Party candidate, said the plan was wrong.", ("Sam Hoyle", "memberOf", "Green Party")),
])
def test_membership_told_by_a_verb(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    # Wanted or threatened, not done.
    "Jon Pike wants to join the Unity Party.",
    "Jon Pike could be expelled from the Unity Party.",
    "Jon Pike did not resign from the Unity Party.",
    # Leaving a body other than a party is as often leaving its building.
    "Jon Pike left the Harwick Trade Centre at noon.",
])
def test_no_membership_without_the_fact(extract, text):
    found = facts(extract(text))
    assert not any(p in {"leaderOf", "memberOf", "worksFor"} for _, p, _ in found), found


@pytest.mark.parametrize("text, fact", [
    # The chamber hung on the party by the parser is the member's too.
    ("Only the Unity Party (UP) declined, said Sam Okoro, a member of the UP in the House of Representatives.",
     ("Sam Okoro", "memberOf", "House of Representatives")),
    # A rank of the police.
    ("Jana Holt, a detective with the Metro Police, was arrested.", ("Jana Holt", "memberOf", "Metro Police")),
    # A word of leaning before a party's name is no part of the name.
    ("Tom Vale was expelled last year from the ruling Communist Party.", ("Tom Vale", "memberOf", "Communist Party")),
    ("The Islamist Prosperous Union Party won, said Sam Okoro, a member of the Islamist Prosperous Union Party.",
     ("Sam Okoro", "memberOf", "Prosperous Union Party")),
    # A body's person written with its possessive: a member, or a firm's employee.
    ("The Unity Party's Sam Okoro said the bill failed.", ("Sam Okoro", "memberOf", "Unity Party")),
    ("Brightline Holdings' Tom Reyes said the deal was off.", ("Tom Reyes", "worksFor", "Brightline Holdings")),
    # A seat in a unit that has no name of its own: one of the body's members.
    ("Omar Said, head of the Unity Party's youth wing, spoke on Monday.", ("Omar Said", "memberOf", "Unity Party")),
    ("The Unity Party met on Monday. Omar Said, a member of the party's central committee, spoke.",
     ("Omar Said", "memberOf", "Unity Party")),
    # "the federation": the body named before with that word in its name.
    ("The Westland Farmers Federation protested on Monday. “It is logical,” said Sam Okoro, president of the "
     "federation, in an interview.", ("Sam Okoro", "leaderOf", "Westland Farmers Federation")),
])
def test_membership_in_news_forms(extract, text, fact):
    assert fact in facts(extract(text))


def test_a_leaning_word_stays_in_a_name_of_one_word_after_it(extract):
    found = facts(extract("Sam Okoro, a member of the Populist Party, said so."))
    assert ("Sam Okoro", "memberOf", "Populist Party") in found, found


@pytest.mark.parametrize("text", [
    # A work or a project named after the possessive, and a paper whose people may work for it or write for it.
    "The Westland Band's Proof sold well.",
    "The tribe sued over Harwick Minerals' Kudz Valley mining project.",
    "In an interview with CNTV's Jo Marsh, the chief said so.",
])
def test_no_member_by_a_possessive_alone(extract, text):
    found = facts(extract(text))
    assert not any(p in {"memberOf", "worksFor"} for _, p, _ in found), found
