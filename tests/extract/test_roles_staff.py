"""Staff written in apposition beyond the plain "X, a Y at Z": "from" and "with" bodies, a title joined to the
apposition, teachers and instructors, and "who" read only as a person (extract/roles.py, arguments.py), on
sentences written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    ("Maria Okafor, a public policy analyst from Brightwater University, said the plan was weak.",
     ("Maria Okafor", "worksFor", "Brightwater University")),
    ("Sam Ortega, a former instructor at the Chilean Naval Academy, said the radar was old.",
     ("Sam Ortega", "worksFor", "Chilean Naval Academy")),
    ("Tom Hale, author of the report and a professor of law at the University of Leeds, said it was late.",
     ("Tom Hale", "worksFor", "University of Leeds")),
])
def test_staff_of_a_body_in_apposition(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    # A student works for no one, and a lawmaker from a state is no staff of it.
    "Tom Hale, a student from Brightwater University, said the plan was weak.",
    "Tom Hale, a lawmaker from Texas, said the bill was bad.",
])
def test_no_staff_without_a_staff_title(extract, text):
    assert not any(p == "worksFor" for _, p, _ in facts(extract(text)))


def test_who_names_a_person_not_a_body(extract):
    found = facts(extract("The study was written with the Nordland Centre for Asian Studies, who now heads the "
                          "National Audit Bureau."))
    assert not any(p == "leaderOf" for _, p, _ in found), found
    assert ("Lin Wei", "leaderOf", "National Audit Bureau") in facts(extract(
        "Lin Wei, who now heads the National Audit Bureau, spoke."))


@pytest.mark.parametrize("text", [
    "Maria Okafor, the executive secretary of the Southern Trade Community, said the plan was weak.",
    "Executive Secretary of the Southern Trade Community Maria Okafor opened the summit.",
])
def test_an_executive_secretary_heads_the_body(extract, text):
    assert ("Maria Okafor", "leaderOf", "Southern Trade Community") in facts(extract(text))


def test_a_secretary_of_a_portfolio_leads_nothing(extract):
    found = facts(extract("Tom Hale, Secretary of the Treasury, said rates would rise."))
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_joined_head_title_leads_only_its_own_body(extract):
    found = facts(extract("Vanishing, according to Mara Quill, a history professor at the University of Bristol "
                          "and director of the Centre for Oral Records."))
    assert ("Mara Quill", "worksFor", "University of Bristol") in found
    assert ("Mara Quill", "leaderOf", "University of Bristol") not in found, found


def test_kin_whose_possessive_the_parser_read_as_is(extract):
    # The parser reads this "’s" as a verb ("is") with the name as its subject.
    found = facts(extract("He resigned in May.\n\nMahinda’s younger brother, President Sunil Perera, escaped to the "
                          "Maldives on Wednesday."))
    assert ("Sunil Perera", "familyOf", "Mahinda") in found, found


def test_no_kin_from_a_pronoun_before_is(extract):
    found = facts(extract("He’s the younger brother, Sunil Perera said on Monday."))
    assert not any(p == "familyOf" for _, p, _ in found), found


@pytest.mark.parametrize("text, fact", [
    ("Tom Hale, who once served as the American consul in Lyon, landed in Nairobi.",
     ("Tom Hale", "memberOf", "United States")),
    ("Ana Ruiz, who was appointed as Kenya's ambassador to Chile, met the minister.",
     ("Ana Ruiz", "memberOf", "Kenya")),
])
def test_an_office_held_in_a_relative_clause(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    "Ana Ruiz, who hopes to serve as Kenya's ambassador to Chile, met the minister.",
    "Ana Ruiz, who would serve as Kenya's ambassador to Chile, met the minister.",
])
def test_no_office_hoped_for_in_a_relative_clause(extract, text):
    assert not any(s == "Ana Ruiz" and p == "memberOf" for s, p, _ in facts(extract(text)))


@pytest.mark.parametrize("text, fact", [
    ("Ruiz, 45, told Judge Mary Stone in United States District Court last week.",
     ("Mary Stone", "memberOf", "United States District Court")),
    ("Professor Mary Stone at Leeds University said the test failed.", ("Mary Stone", "worksFor", "Leeds University")),
])
def test_a_body_written_after_a_titled_name(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    "Foreign Minister Mary Stone at the World Economic Forum said the test failed.",
    "Ambassador Mary Stone at the United Nations said the test failed.",
])
def test_an_official_at_a_forum_or_posting_is_no_member_of_it(extract, text):
    assert not any(s == "Mary Stone" and o != "United States" for s, _, o in facts(extract(text)))


@pytest.mark.parametrize("text, fact", [
    ("Police Constable Mary Wanjiru of the Kenya Police Service was shot.",
     ("Mary Wanjiru", "memberOf", "Kenya Police Service")),
    ("Kenyan army colonel John Otieno said troops would stay.", ("John Otieno", "memberOf", "Kenya")),
])
def test_police_and_army_ranks_are_members(extract, text, fact):
    assert fact in facts(extract(text))


def test_a_rank_leads_nothing(extract):
    found = facts(extract("Colonel John Otieno of the Kenya Defence Forces said troops would stay."))
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_an_acronym_of_a_common_noun_is_no_body(extract):
    found = facts(extract("Governor Tomas Verel’s former aide-de-camp (ADC) Colonel Peter Wanjala was named the new "
                          "police chief."))
    assert not any(o == "ADC" for _, _, o in found), found


@pytest.mark.parametrize("text, fact", [
    ("Akio Toda, founder and chairman of Zenith Holdings, said sales would rise.",
     ("Akio Toda", "leaderOf", "Zenith Holdings")),
    ("Akio Toda, a senior executive at Zenith Holdings, said sales would rise.",
     ("Akio Toda", "worksFor", "Zenith Holdings")),
    ("Zenith Holdings executive Akio Toda said sales would rise.", ("Akio Toda", "worksFor", "Zenith Holdings")),
])
def test_company_heads_and_executives(extract, text, fact):
    assert fact in facts(extract(text))


def test_kin_of_a_head_holds_no_office(extract):
    found = facts(extract("Akio Toda, the son and heir of the chairman of Zenith Holdings, said sales would rise."))
    assert not any(s == "Akio Toda" and p in {"leaderOf", "worksFor", "memberOf"} for s, p, _ in found), found
