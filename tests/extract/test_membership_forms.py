"""Membership and employment in more of the forms news writes them: a person "of" a body, a seat held "on" a body,
a state's post in apposition ("X, a government spokesman"), "the party" standing for a party whose name lacks the
word, an adviser "to" a body, and a body's activist; on sentences and names written for the test, with the real
pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A person "of" a body, written where "from" would be.
    ("Tomas Verlin of the Green Alliance said turnout was high.", ("Tomas Verlin", "memberOf", "Green Alliance")),
    ("Tomas Verlin of Veltro Holdings said sales fell.", ("Tomas Verlin", "worksFor", "Veltro Holdings")),
    ("\u201cTurnout was high,\u201d said Tomas Verlin of the Green Alliance.",
     ("Tomas Verlin", "memberOf", "Green Alliance")),
    # A seat held on a body, or on its board.
    ("Lisa Hamner, who sits on the board of Veltro Motors, said sales fell.",
     ("Lisa Hamner", "memberOf", "Veltro Motors")),
    ("Lisa Hamner served on the Tariff Commission for ten years.", ("Lisa Hamner", "memberOf", "Tariff Commission")),
    ("Lisa Hamner sat on the Harbour Trust board until last year.", ("Lisa Hamner", "memberOf", "Harbour Trust")),
    # "the party" for a party named without the word.
    ("The Green Alliance held a rally on Monday. Tomas Verlin, the party's spokesman, said turnout was high.",
     ("Tomas Verlin", "spokespersonFor", "Green Alliance")),
    # A body's noun qualifying a title, with no word of its own before it: the body of that kind named before.
    ("The Farmers Union held a strike. Union official Lisa Hamner said pay was low.",
     ("Lisa Hamner", "memberOf", "Farmers Union")),
    ("Veltro Motors cut jobs. Lisa Hamner, a company spokeswoman, said the cuts were needed.",
     ("Lisa Hamner", "spokespersonFor", "Veltro Motors")),
    # "the ministry's" after a ministry was named.
    ("The Ministry of Fisheries set new quotas. The ministry's deputy director, Lisa Hamner, said stocks were low.",
     ("Lisa Hamner", "memberOf", "Ministry of Fisheries")),
    # Staff "to" a body.
    ("Efua Mensah, a special adviser to the Harbour Trust, said the port was unsafe.",
     ("Efua Mensah", "worksFor", "Harbour Trust")),
    # A body's activist is one of its people.
    ("Green Alliance activist Efua Mensah said turnout was high.", ("Efua Mensah", "memberOf", "Green Alliance")),
    ("Efua Mensah, an activist with the Green Alliance, said turnout was high.",
     ("Efua Mensah", "memberOf", "Green Alliance")),
])
def test_membership_forms(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text, fact", [
    ("Norway raised fuel taxes on Monday. Arne Tollefsen, a government spokesman, said the rise was needed.",
     ("Arne Tollefsen", "spokespersonFor", "Norway")),
    ("Norway raised fuel taxes on Monday. A senior government official, Arne Tollefsen, said the rise was needed.",
     ("Arne Tollefsen", "memberOf", "Norway")),
])
def test_a_government_post_in_apposition_is_the_story_countrys(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    "Ghana raised taxes. Efua Mensah, a member of parliament, said the rise was wrong.",
    "Ghana raised taxes. Efua Mensah, a member of Ghana's parliament, said the rise was wrong.",
    "Ghana raised taxes. Member of Parliament Efua Mensah said the rise was wrong.",
    "Ghana raised taxes, said Ghanaian member of parliament Efua Mensah.",
])
def test_a_member_of_parliament_is_the_countrys(extract, text):
    assert ("Efua Mensah", "memberOf", "Ghana") in facts(extract(text))


@pytest.mark.parametrize("text", [
    # A state's post "from" the country, or "in" its government.
    "Efua Mensah, a lawmaker from Ghana, said the bill was unfair.",
    "Efua Mensah, a senior official in the Ghanaian government, said the bill was fair.",
    # "the country's" in a story of one country.
    "Ghana passed the bill. The country's foreign minister, Efua Mensah, said it was fair.",
])
def test_a_state_post_told_by_a_phrase(extract, text):
    assert ("Efua Mensah", "memberOf", "Ghana") in facts(extract(text))


@pytest.mark.parametrize("text", [
    # Only there; one who is no state's; a story of two countries.
    "Efua Mensah, an official in Ghana, said the bill was fair.",
    "Efua Mensah, a student from Ghana, said the bill was fair.",
    "Ghana and Togo passed the bill. The country's foreign minister, Efua Mensah, said it was fair.",
])
def test_no_state_post_without_the_phrase(extract, text):
    found = facts(extract(text))
    assert not any(s == "Efua Mensah" and p == "memberOf" for s, p, _ in found), found


def test_a_bare_party_noun_binds_no_party_among_two(extract):
    found = facts(extract("The Green Party and the Red Party held rallies. Party spokesman Tomas Verlin said "
                          "turnout was high."))
    assert not any(s == "Tomas Verlin" and p == "spokespersonFor" for s, p, _ in found), found


@pytest.mark.parametrize("text", [
    # Not a seat held: one refused, one to come, a meal served.
    "Lisa Hamner declined to serve on the Tariff Commission.",
    "Lisa Hamner will serve on the Tariff Commission.",
    "The meal was served on the Harbour Trust lawn.",
    # A name that does not say what the body is: a member, an employee or an owner.
    "Tomas Verlin of Redwood News said turnout was high.",
    # One titled elsewhere in the story is left to the title.
    "Chairman Tomas Verlin spoke first. Later, Tomas Verlin of the Farmers Union said pay fell.",
    # Arrested "of" a body is no word of the person's own.
    "Police arrested Tomas Verlin of the Green Alliance on Monday.",
    # Offered a post is not holding it.
    "Efua Mensah, who was offered a job as an adviser to Veltro Motors, said no.",
])
def test_no_membership_without_the_fact(extract, text):
    found = facts(extract(text))
    assert not any(p in {"memberOf", "worksFor", "spokespersonFor"} for _, p, _ in found), found


@pytest.mark.parametrize("text", [
    # A local government's post is no country's; nor one in a story of two countries.
    "Norway raised fuel taxes on Monday. Arne Tollefsen, a local government official, said the rise was wrong.",
    "Norway and Sweden raised fuel taxes on Monday. Arne Tollefsen, a government spokesman, said the rise was needed.",
    # A country's activist holds no post of its state.
    "Norway raised fuel taxes on Monday. Norwegian activist Arne Tollefsen said the rise was wrong.",
    # Two countries: whose parliament is unsaid; a seat hoped for is not held.
    "Norway and Sweden raised fuel taxes. Arne Tollefsen, a member of parliament, said the rise was wrong.",
    "Norway and Sweden raised fuel taxes. Member of Parliament Arne Tollefsen said the rise was wrong.",
    "Norway raised fuel taxes. Arne Tollefsen, who hopes to become a member of parliament, said the rise was wrong.",
])
def test_no_country_post(extract, text):
    found = facts(extract(text))
    assert not any(s == "Arne Tollefsen" and p in {"memberOf", "spokespersonFor"} for s, p, _ in found), found
