"""A minister of a state's or a province's government is no member of the country's: the title names the state
("State Health Minister", "the state's finance minister", "of Kerala"), or the story is a state's (it names a
chief minister, or a premier where the country's head of government is no premier). National ministers, and
"State Minister" (a junior national rank), are still read."""
from __future__ import annotations

import pytest
from conftest import facts

INDIA = ("India will spend more on rural clinics, India's government said on Monday. India has too few clinics, "
         "and India will train more nurses. ")


@pytest.mark.parametrize("text, absent", [
    (INDIA + "State Health Minister Anita Rao said the district would get two clinics.",
     ("Anita Rao", "memberOf", "India")),
    (INDIA + "Anita Rao, the state health minister, said the district would get two clinics.",
     ("Anita Rao", "memberOf", "India")),
    (INDIA + "Health Minister Anita Rao of Kerala said the district would get two clinics.",
     ("Anita Rao", "memberOf", "India")),
    (INDIA + "Chief Minister Ravi Menon opened the first clinic. Labour Minister Anita Rao said more would follow.",
     ("Anita Rao", "memberOf", "India")),
    ("Canada will spend more on rural clinics, Canada's government said. Canada has too few clinics, and Canada "
     "will train more nurses. Premier Tom Hale opened the first one. Health Minister Jane Moss said more would "
     "follow.", ("Jane Moss", "memberOf", "Canada")),
])
def test_a_state_s_minister_is_no_member_of_the_country(extract, text, absent):
    found = facts(extract(text))
    assert absent not in found, found


@pytest.mark.parametrize("text, fact", [
    (INDIA + "Finance Minister Anita Rao said the budget would pay for them.", ("Anita Rao", "memberOf", "India")),
    (INDIA + "State Minister Anita Rao said the budget would pay for them.", ("Anita Rao", "memberOf", "India")),
    ("Australia will spend more on rural clinics, Australia's government said. Australia has too few clinics, and "
     "Australia will train more nurses. Health Minister Jane Moss said more would follow.",
     ("Jane Moss", "memberOf", "Australia")),
    # Another country's premier says nothing of a state.
    ("Canada will spend more on rural clinics, Canada's government said. Canada has too few clinics, and Canada "
     "will train more nurses. Chinese Premier Li Qiang praised the plan. Health Minister Jane Moss said more "
     "would follow.",
     ("Jane Moss", "memberOf", "Canada")),
])
def test_a_national_minister_is_still_the_country_s(extract, text, fact):
    found = facts(extract(text))
    assert fact in found, found


def test_a_state_s_minister_in_a_story_from_its_state(story):
    # The story's country comes from its dateline; the chief minister is named in another sentence.
    text = ("The district will get a new hospital, officials said. Chief Minister Ravi Menon approved the plan on "
            "Monday. \"Work will start soon,\" Health Minister Anita Rao said.")
    found = facts(story(text, dateline="Bengaluru"))
    assert ("Anita Rao", "memberOf", "India") not in found, found


@pytest.mark.parametrize("text, fact", [
    ("Punjab Chief Minister Ravi Menon opened the clinic on Monday.", ("Ravi Menon", "leaderOf", "Punjab")),
    ("Kerala Finance Minister Anita Rao said the budget would pay for it.", ("Anita Rao", "memberOf", "Kerala")),
])
def test_a_state_named_before_the_title_holds_the_office(extract, text, fact):
    found = facts(extract(text))
    assert fact in found, found


def test_a_state_s_name_cut_at_and_holds_no_office(extract):
    # "Andaman and Nicobar" read as two places: the last part is not the state the chief minister led.
    found = facts(extract("Police filed a case against the party president and former Andaman and Nicobar chief "
                          "minister Omar Khan on Monday."))
    assert not [f for f in found if f[0] == "Omar Khan" and f[2] in {"Nicobar", "Andaman"}], found
    # "and" between a person and a place joins two people, not two parts of a name.
    found = facts(extract("Governor Tom Hale and Cape Town mayor Peter van Wyk said the plan was sound."))
    assert ("Peter van Wyk", "leaderOf", "Cape Town") in found, found
