"""Facts a story tells across sentences: "the court" standing for the court named before (extract/descriptions.py),
and a lead's title held by the name of the next sentence (extract/lead.py). Stories written for the test."""
from __future__ import annotations

import pytest
from conftest import facts

ROLES = {"leaderOf", "memberOf"}


@pytest.mark.parametrize("text, fact", [
    # "the court" is the one court named in the sentences before.
    ("The High Court of Zambara heard the case on Monday. Lawyers for both sides argued for hours. "
     "The court ruled against Peter Malinga on Friday.", ("High Court of Zambara", "rulesAgainst", "Peter Malinga")),
    ("The Supreme Court heard the case on Monday. The court convicted Peter Malinga of fraud on Friday.",
     ("Supreme Court", "rulesAgainst", "Peter Malinga")),
])
def test_the_court_is_the_court_named_before(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    # Two courts named just before: either may have ruled.
    "The Supreme Court overturned a ruling of the High Court on Monday. The court convicted Peter Malinga of fraud.",
    # A ruling only promised is no ruling.
    "The Supreme Court heard the case on Monday. The court said it would not rule against Peter Malinga.",
])
def test_no_verdict_where_the_court_is_unclear_or_the_ruling_denied(extract, text):
    assert not any(p == "rulesAgainst" for _, p, _ in facts(extract(text)))


@pytest.mark.parametrize("text, fact", [
    # The holder named in the next sentence as the passive subject of taking office.
    ("Kenya's new foreign minister was named on Monday. Amina Wanjiru was appointed after a long search.",
     ("Amina Wanjiru", "memberOf", "Kenya")),
    # ... or with an age set off after the name.
    ("Kenya's new foreign minister was sworn in on Monday. Amina Wanjiru, 52, replaces a veteran diplomat.",
     ("Amina Wanjiru", "memberOf", "Kenya")),
])
def test_a_lead_title_held_by_the_next_name(story, text, fact):
    assert fact in facts(story(text))


@pytest.mark.parametrize("text, wrong", [
    # The lead names a second office: the next name may hold that one.
    ("Kenya's president on Monday fired the finance minister. Amina Wanjiru said she would appeal.",
     ("Amina Wanjiru", "Kenya")),
    # A passive subject an event befell is no office holder.
    ("Kenya's foreign minister visited the prison on Monday. Amina Wanjiru was released hours later.",
     ("Amina Wanjiru", "Kenya")),
])
def test_no_lead_title_for_a_name_that_may_be_anothers(story, text, wrong):
    found = facts(story(text))
    assert not any((s, o) == wrong and p in ROLES for s, p, o in found), found


@pytest.mark.parametrize("text, dateline, fact", [
    # "the government" alone is the story's country's.
    ("Opposition leader Jonas Berke accused the government of lying to voters about fuel prices.", "Nairobi",
     ("Jonas Berke", "accuses", "Kenya")),
    ("Teachers marched in the capital on Monday. Union head Mary Atieno thanked the government for the new schools.",
     "Nairobi", ("Mary Atieno", "praises", "Kenya")),
    # In a story of no one country, the one country whose government the text named before.
    ("The Kenyan government raised fuel taxes on Monday. Kenya's traders protested in Nairobi and Mombasa. "
     "Jonas Berke criticized the government for the tax.", None, ("Jonas Berke", "criticizes", "Kenya")),
])
def test_the_government_is_the_story_countrys(story, text, dateline, fact):
    assert fact in facts(story(text, dateline))


@pytest.mark.parametrize("text, dateline", [
    # Another country's government named before: "the government" may be that one.
    ("Kenya's traders protested in Mombasa. The US government offered aid on Monday. Jonas Berke accused the "
     "government of lying to voters.", "Nairobi"),
    # "the previous government" is no government of now.
    ("Jonas Berke accused the previous government of lying to voters.", "Nairobi"),
])
def test_no_country_for_a_government_that_may_be_another(story, text, dateline):
    found = facts(story(text, dateline))
    assert not any(s == "Jonas Berke" and o in {"Kenya", "United States", "US"} for s, _, o in found), found


PRESIDENTS = ("President Carlos Mendez met {other} John Harper in Mexico City on Monday. Mexico's traders cheered. "
              "Mexico's farmers cheered. The president thanked Canada for its help.")


def test_the_title_is_the_story_countrys_holder_when_the_other_is_anothers(story):
    # Two presidents, one written as another country's: "the president" is the story country's.
    assert ("Carlos Mendez", "praises", "Canada") in facts(story(PRESIDENTS.format(other="US President")))


def test_two_holders_of_no_stated_country_leave_the_title_unread(story):
    found = facts(story(PRESIDENTS.format(other="President")))
    assert not any(p == "praises" for _, p, _ in found), found


def test_the_premier_is_the_prime_minister_named_before(story):
    text = ("Prime Minister Omar Said opened a car plant in Cairo on Monday. Workers cheered. "
            "The premier thanked Germany for its help.")
    assert ("Omar Said", "praises", "Germany") in facts(story(text))


def test_the_premier_is_no_minister_of_another_office(story):
    text = ("Finance Minister Omar Said opened a car plant in Cairo on Monday. Workers cheered. "
            "The premier thanked Germany for its help.")
    assert ("Omar Said", "praises", "Germany") not in facts(story(text))
