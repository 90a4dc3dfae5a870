"""Affiliations in the forms news writes them (extract/affiliation.py, roles.py, home.py, mentions.py): a person
"from" a body, a body's student, a founder, a party leader whose party the sentence names, a crown prince of the
story's kingdom, a title chain with its post's place inside, and a firm's name the recogniser took for a place;
on sentences written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # An agency's people are its members, a firm's work for it.
    ("Dr Lena Park from the Centre for Disease Control said cases were rising.",
     ("Lena Park", "memberOf", "Centre for Disease Control")),
    ("Jo Brandt from Harwick Holdings said the rally would fade.",
     ("Jo Brandt", "worksFor", "Harwick Holdings")),
    # The parser hangs the "from" on the quote's verb; the words still read "X from Y said".
    ("“Cases are rising fast, but not as fast as they did in the spring,” Dr Lena Park from the Centre for "
     "Disease Control (CDC) said.", ("Lena Park", "memberOf", "Centre for Disease Control")),
    ("Ruth Okello, a senior fellow at the Lowy Institute, said the deal was weak.",
     ("Ruth Okello", "worksFor", "Lowy Institute")),
    ("Ruth Okello, a partner at law firm Baker Holt, said the deal was weak.",
     ("Ruth Okello", "worksFor", "Baker Holt")),
    ("Kenya University student Amos Otieno ended his strike on Monday.",
     ("Amos Otieno", "memberOf", "Kenya University")),
    # "Harwick Capital" is read as a place; its last word makes it a firm.
    ("Mark Dunlop, a senior analyst at Harwick Capital, said prices would fall.",
     ("Mark Dunlop", "worksFor", "Harwick Capital")),
    ("Tom Rell, the founder of Brightwave Systems, was arrested on Friday.",
     ("Tom Rell", "leaderOf", "Brightwave Systems")),
    ("Ana Ruiz quit the Green Front after a row with then party leader Sam Okafor last year.",
     ("Sam Okafor", "leaderOf", "Green Front")),
    ("U.S. Special Envoy to the Middle East Ambassador John Carver arrived in Nairobi.",
     ("John Carver", "memberOf", "U.S.")),
    # "London-based" before a name the recogniser took for a place makes it a body.
    ("Ruth Kamau, chief data officer at Nairobi-based Tembo Mineral Intelligence, said supply was short.",
     ("Ruth Kamau", "worksFor", "Tembo Mineral Intelligence")),
    # The parser makes the title an apposition of the body written before it.
    ("Speaking at the forum on Friday, International Federation of Farmers vice president for Asia, Grace Wanjiru, "
     "highlighted the plan.", ("Grace Wanjiru", "memberOf", "International Federation of Farmers")),
    # A chief of staff serves a person, read on the words where the parser hangs the "to" on the name.
    ("Tom Rell, chief of staff to President William Ruto, said the road was ready.",
     ("Tom Rell", "worksFor", "William Ruto")),
    ("William Ruto's chief of staff Tom Rell said the road was ready.", ("Tom Rell", "worksFor", "William Ruto")),
    # A unit's head or a country post: a member of the body.
    ("Ruth Okello, director of programmes at the Red Cross, said aid was short.",
     ("Ruth Okello", "memberOf", "Red Cross")),
    ("Ruth Okello, the Red Cross country director, said aid was short.", ("Ruth Okello", "memberOf", "Red Cross")),
    # A naval rank between the office and the name holds no office of its own.
    ("Calling it a great day, Harbour Port Authority Chairman Rear Admiral Tom Rell said exports would grow.",
     ("Tom Rell", "leaderOf", "Harbour Port Authority")),
    # A firm's head in one country: a member of the firm.
    ("Meanwhile, Lazada Kenya CEO Ruth Okello said that payments were critical.",
     ("Ruth Okello", "memberOf", "Lazada")),
    ("The deal was signed by Skyline Airlines Chief Commercial Officer Tom Rell.",
     ("Tom Rell", "worksFor", "Skyline Airlines")),
    # A party's short name in brackets after the name.
    ("Committee member Ruth Okello (ANC) wanted to know why the report was late.", ("Ruth Okello", "memberOf", "ANC")),
])
def test_affiliation_forms(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    # One of several founders heads nothing alone.
    "Tom Rell, co-founder of Brightwave Systems, was arrested on Friday.",
    "The firm was set up by one of its founders, Tom Rell, in Brightwave Systems' old offices.",
    # A letter from a body to a person makes her no member of it.
    "The court sent a letter to Lena Park from the Centre for Disease Control.",
    # A bank is no party for a party leader to lead.
    "The World Bank praised the reforms, and party leader Sam Okafor said the plan would work.",
    # A spouse or companion is no staff.
    "Ruth Okello and her partner Tom Rell moved to Nairobi last year.",
])
def test_no_affiliation(extract, text):
    found = facts(extract(text))
    assert not any(p in {"leaderOf", "memberOf", "worksFor"} for _, p, _ in found), found


@pytest.mark.parametrize("text, dateline, fact", [
    # The story's kingdom, past a republic named as the place of the deal.
    ("The king met his ministers. Crown Prince Faisal bin Nasser said the kingdom would invest 5 billion dollars in "
     "Egypt.", "Riyadh", ("Faisal bin Nasser", "memberOf", "Saudi Arabia")),
    # The one kingdom the sentence names, in a story from a republic.
    ("Jordan will build a new port, Crown Prince Hamzeh told reporters in Cairo on Monday.", "Cairo",
     ("Hamzeh", "memberOf", "Jordan")),
])
def test_a_crown_prince_is_of_the_kingdom(story, text, dateline, fact):
    assert fact in facts(story(text, dateline))


@pytest.mark.parametrize("text, wrong", [
    ("Tom Rell, chief of staff to President William Ruto, said the road was ready.",
     ("Tom Rell", "leaderOf", "William Ruto")),
    ("Ruth Okello, the Red Cross country director, said aid was short.", ("Ruth Okello", "leaderOf", "Red Cross")),
])
def test_no_head_of_the_body(extract, text, wrong):
    assert wrong not in facts(extract(text))


def test_no_kingdom_for_an_heir_beside_two_kingdoms(story):
    found = facts(story("Jordan and Morocco signed the deal, Crown Prince Hamzeh told reporters.", "Cairo"))
    assert not any(s == "Hamzeh" and p == "memberOf" for s, p, _ in found), found


def test_each_listed_name_keeps_its_own_bracketed_party(extract):
    found = facts(extract("Committee members Ruth Okello (EFF) and Tom Rell (DA) asked about the audit."))
    assert ("Tom Rell", "memberOf", "DA") in found and ("Tom Rell", "memberOf", "EFF") not in found, found
    found = facts(extract("Committee members Ruth Okello (EFF) and Tom Rell asked about the audit."))
    assert ("Tom Rell", "memberOf", "EFF") not in found, found


def test_a_bodys_own_short_name_is_no_party(extract):
    found = facts(extract("The licence came from the State Tobacco Monopoly Administration (STMA), the regulator."))
    assert not any(p == "memberOf" for _, p, _ in found), found
