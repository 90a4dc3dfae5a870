"""Bare titles that name the country's own government: "Union minister X", "previous interior minister Y",
"Cabinet Secretary Z", "Attorney General W", "X, a senior government official," "Commerce Minister and V Party
leader U", cabinet portfolios such as revenue or unification, and a high commissioner (extract/bare.py,
extract/home.py, extract/titlekinds.py), on stories written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

ROLES = {"leaderOf", "memberOf", "spokespersonFor"}


@pytest.mark.parametrize("text, dateline, fact", [
    # "Union" keeps a minister national, not a state's.
    ("The talks would go on, Union minister Rohan Mehta said on Tuesday.", "New Delhi",
     ("Rohan Mehta", "memberOf", "India")),
    ("The bill passed after Union law minister Rohan Mehta urged the house to vote.", "New Delhi",
     ("Rohan Mehta", "memberOf", "India")),
    # A minister of an earlier cabinet is still the country's.
    ("The permit had been signed by the previous interior minister Dov Arieli.", "Jerusalem",
     ("Dov Arieli", "memberOf", "Israel")),
    # A cabinet secretary sits in the state's cabinet whatever his portfolio.
    ("The budget was read by Cabinet Secretary Otieno Wekesa on Thursday.", "Nairobi",
     ("Otieno Wekesa", "memberOf", "Kenya")),
    # Portfolios of a cabinet: revenue, unification, climate change.
    ("Revenue Minister Aroha Tane said the payment would reach every family.", "Wellington",
     ("Aroha Tane", "memberOf", "New Zealand")),
    ("Climate Change Minister Aroha Tane said the plan would cut emissions.", "Wellington",
     ("Aroha Tane", "memberOf", "New Zealand")),
    ("Social Development and Human Security Minister Malee Suk said the fund would grow.", "Bangkok",
     ("Malee Suk", "memberOf", "Thailand")),
    # The state's law officer, before the name or in apposition to it.
    ("Deputy Attorney General Rafiq Hossain told reporters the bail was refused.", "Dhaka",
     ("Rafiq Hossain", "memberOf", "Bangladesh")),
    ("In a statement on Friday the Attorney General, Mr Kojo Mensah, said the law was in force.", "Accra",
     ("Kojo Mensah", "memberOf", "Ghana")),
    # A government official in a story that names another country elsewhere, not in her sentence.
    ("Kenya's tea sold well in Pakistan last year. Kenyan growers want more buyers. Nairobi expects Kenya to grow. "
     "Akinyi Odero, a senior government official, said the new roads would help the farmers.", "Nairobi",
     ("Akinyi Odero", "memberOf", "Kenya")),
    # A minister's title joined to a party office: the minister is the country's, whatever the party title.
    ("Thai voters backed Commerce Minister and Green Front leader Somchai Wong on Friday.", "Bangkok",
     ("Somchai Wong", "memberOf", "Thailand")),
    ("Thai voters backed Deputy Prime Minister and GFP leader Somchai Wong on Friday.", "Bangkok",
     ("Somchai Wong", "memberOf", "Thailand")),
    ("South Africa's budget was read by finance minister and NEC member Sipho Ndlovu on Friday.", "Johannesburg",
     ("Sipho Ndlovu", "memberOf", "South Africa")),
    # Another country's people or things beside a member's title leave it the story country's.
    ("Peru's jails are full. Guards in Peru say they are too few. Interior Minister Rosa Quispe told reporters "
     "that most of the dead inmates were Chilean.", "Lima", ("Rosa Quispe", "memberOf", "Peru")),
    ("Egypt's exchange rose. The cabinet discussed the effects of the Russian-Ukrainian crisis, said Cabinet "
     "Spokesman Samir Adel.", "Cairo", ("Samir Adel", "spokespersonFor", "Egypt")),
])
def test_a_national_title_takes_the_story_country(story, text, dateline, fact):
    assert fact in facts(story(text, dateline))


@pytest.mark.parametrize("text, dateline, wrong", [
    # A bloc's commissioner: a name stands before "Union".
    ("European Union Trade Commissioner Ilse Brandt said the talks would resume.", "Berlin",
     ("Ilse Brandt", "Germany")),
    # A trade union's president or secretary holds no office of the state.
    ("Union President Otieno Wekesa said the strike would go on.", "Nairobi", ("Otieno Wekesa", "Kenya")),
    ("Students Union President Otieno Wekesa said the strike would go on.", "Nairobi", ("Otieno Wekesa", "Kenya")),
    ("Union secretary Otieno Wekesa said the strike would go on.", "Nairobi", ("Otieno Wekesa", "Kenya")),
    # A government official of another country, and a local government's official.
    ("Akinyi Odero, a senior Ugandan government official, said the border would reopen.", "Nairobi",
     ("Akinyi Odero", "Kenya")),
    ("Akinyi Odero, a county government official, said the roads would be repaired.", "Nairobi",
     ("Akinyi Odero", "Kenya")),
    # A state's attorney general, in a story that names the state's premier.
    ("Attorney-General Jack Brody gave evidence twice before the inquiry, Premier Tom Hale said.", "Perth",
     ("Jack Brody", "Australia")),
    # An attorney for a firm is no law officer of the state.
    ("Attorney Jane Wambui said the firm would appeal the ruling.", "Nairobi", ("Jane Wambui", "Kenya")),
    # A name, not a title, before "and": the party leader holds no office of the state.
    ("Thai voters backed Somchai Wong and Green Front leader Anan Chai on Friday.", "Bangkok",
     ("Anan Chai", "Thailand")),
    # Another country's officials beside the title: the title may be theirs.
    ("Egypt's exchange rose. Foreign Minister Samir Adel met his Ukrainian counterpart on Monday.", "Cairo",
     ("Samir Adel", "Egypt")),
    ("Egypt's exchange rose. Trade Minister Samir Adel and the Ukrainian delegation toured the port.", "Cairo",
     ("Samir Adel", "Egypt")),
    # A head of state beside another country's people is left to the rules for heads.
    ("Egypt's exchange rose. President Samir Adel said Ukrainian wheat would arrive next week.", "Cairo",
     ("Samir Adel", "Egypt")),
    # A sentence that names another country leaves the official's country open.
    ("Akinyi Odero, a senior government official, said Uganda would reopen the border.", "Nairobi",
     ("Akinyi Odero", "Kenya")),
])
def test_no_story_country_for_a_near_miss(story, text, dateline, wrong):
    found = facts(story(text, dateline))
    assert not any((s, o) == wrong and p in ROLES for s, p, o in found), found


def test_a_high_commissioner_is_an_envoy_of_the_state_that_sends_him(extract):
    found = facts(extract("Wanjiku Kamau, Kenya's high commissioner to Britain, said the visas would be issued."))
    assert ("Wanjiku Kamau", "memberOf", "Kenya") in found
    assert ("Wanjiku Kamau", "leaderOf", "Kenya") not in found
    assert ("Arun Das", "memberOf", "India") in facts(extract("Indian High Commissioner Arun Das met the minister."))
