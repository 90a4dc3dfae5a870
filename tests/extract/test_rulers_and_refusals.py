"""A ruler's country read off "ruled" and "reigned over", and acts named by a noun that a verb turns down
("refused talks with", "ruled out a meeting with", "called off"): sentences written for the test, read with the
real pipeline, each with the near miss that must keep (or give no) edge."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    ("Emperor Tewodros II ruled Ethiopia until 1868.", ("Tewodros II", "leaderOf", "Ethiopia")),
    ("Daniel arap Moi ruled Kenya with an iron fist for 24 years.", ("Daniel arap Moi", "leaderOf", "Kenya")),
    ("Queen Ranavalona reigned over Madagascar for three decades.", ("Ranavalona", "leaderOf", "Madagascar")),
])
def test_a_person_who_ruled_a_country_led_it(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, wrong", [
    # A court's finding, a party's rule, a ruling-out: no person leads the country named.
    ("The High Court ruled Kenya Power liable for the blackout.", ("High Court", "leaderOf", "Kenya Power")),
    ("Judge Amos Kiprono ruled Uganda in breach of the treaty on Monday.", ("Amos Kiprono", "leaderOf", "Uganda")),
    ("Judge Amos Kiprono ruled Uganda liable for the damage on Monday.", ("Amos Kiprono", "leaderOf", "Uganda")),
    ("The Jubilee Party has ruled Kenya since 2013, said Ana Mushi.", ("Jubilee Party", "leaderOf", "Kenya")),
    ("President William Ruto ruled out Uganda as a venue for the talks.", ("William Ruto", "leaderOf", "Uganda")),
])
def test_a_ruling_that_is_no_rule_leads_nothing(extract, text, wrong):
    assert wrong not in facts(extract(text))


def test_a_court_still_rules_against_a_party(extract):
    assert ("High Court", "rulesAgainst", "Kenya Power") in facts(extract("The High Court ruled against Kenya Power."))


@pytest.mark.parametrize("text", [
    "President William Ruto ruled out talks with Raila Odinga on Monday.",
    "President William Ruto refused talks with Raila Odinga on Monday.",
    "President William Ruto called off the meeting with Raila Odinga on Monday.",
    "President William Ruto boycotted the talks with Raila Odinga on Monday.",
    "President William Ruto postponed talks with Raila Odinga until May.",
    "The meeting between President William Ruto and Raila Odinga was cancelled on Monday.",
])
def test_an_act_turned_down_is_no_fact(extract, text):
    found = facts(extract(text), modality="asserted")
    assert not [f for f in found if f[1] in {"negotiatesWith", "meetsWith"}], found


@pytest.mark.parametrize("text, fact", [
    ("President William Ruto held talks with Raila Odinga on Monday.", ("William Ruto", "negotiatesWith", "Raila Odinga")),
    # Talks suspended or halted were held before; a deal cancelled was made.
    ("Kenya suspended talks with Uganda on Monday.", ("Kenya", "negotiatesWith", "Uganda")),
    ("Kenya halted talks with Uganda after three rounds.", ("Kenya", "negotiatesWith", "Uganda")),
    ("Kenya cancelled its trade agreement with Uganda on Monday.", ("Kenya", "agreesWith", "Uganda")),
    ("The meeting between President William Ruto and Raila Odinga was held in Nairobi on Monday.",
     ("William Ruto", "meetsWith", "Raila Odinga")),
    # A meeting that sets the scene is no object of the verb after it.
    ("In a meeting with Raila Odinga, President William Ruto proposed a referendum.",
     ("William Ruto", "meetsWith", "Raila Odinga")),
])
def test_an_act_held_still_stands(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")
