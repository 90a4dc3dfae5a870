"""Membership in forms the title rules missed: a deputy's rank before the body's name, a party's politician or
candidate, staff nouns of a hospital or an agency, a state's official with a rank before the nationality, an envoy
posted to a body, a congressman, a negotiator, names listed with one party or one plural title, and the head of a
state's organ; on sentences and names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A rank before the body's name makes the title a deputy's.
    ("The Liberal Party is split. Deputy Liberal leader Pia Lundqvist said the vote would fail.",
     ("Pia Lundqvist", "memberOf", "Liberal Party")),
    ("The Liberal Party is split. Some MPs spurned Trade Minister and deputy Liberal leader Pia Lundqvist.",
     ("Pia Lundqvist", "memberOf", "Liberal Party")),
    # A party's politician is one of its members.
    ("Dara Quellin, a Socialist Party politician in the north, said the vote was fair.",
     ("Dara Quellin", "memberOf", "Socialist Party")),
    ("Socialist Party politician Dara Quellin said the vote was fair.", ("Dara Quellin", "memberOf", "Socialist Party")),
    # Staff of the body after the title.
    ("Dara Quellin, a former Asia specialist at the Harwick Agency, said the talks would fail.",
     ("Dara Quellin", "worksFor", "Harwick Agency")),
    ("Dara Quellin, a field worker with the Harwick Trust, said the site was old.",
     ("Dara Quellin", "worksFor", "Harwick Trust")),
    ("Harwick Hospital doctors Dara Quellin and Ivo Marchetti said the ward was full.",
     ("Ivo Marchetti", "worksFor", "Harwick Hospital")),
    # A party's candidate, with the office sought between: "mayoral candidate".
    ("Unity Party mayoral candidate Dara Quellin opened the school.", ("Dara Quellin", "memberOf", "Unity Party")),
    # A state's official, with a rank before the nationality.
    ("Dara Quellin, a senior Chilean official, said the plan was sound.", ("Dara Quellin", "memberOf", "Chile")),
    ("A senior Chilean official, Dara Quellin, said the plan was sound.", ("Dara Quellin", "memberOf", "Chile")),
    # An envoy posted to a body is a member of the country that sends him.
    ("Tomas Verelli, Chile's UN ambassador, said the plan was sound.", ("Tomas Verelli", "memberOf", "Chile")),
    ("Chilean UN envoy Tomas Verelli said the plan was sound.", ("Tomas Verelli", "memberOf", "Chile")),
    # A seat in a legislature, and a state's negotiator.
    ("Tomas Verelli, a Chilean congressman, said the plan was sound.", ("Tomas Verelli", "memberOf", "Chile")),
    ("Tomas Verelli, a parliamentarian from Chile, said the plan was sound.", ("Tomas Verelli", "memberOf", "Chile")),
    ("Chile's chief negotiator Tomas Verelli said the plan was sound.", ("Tomas Verelli", "memberOf", "Chile")),
    # Names listed before one party: each is its member.
    ("Six lawmakers, including Dara Quellin and Ivo Marchetti from the ruling Socialist Party, asked questions.",
     ("Dara Quellin", "memberOf", "Socialist Party")),
    ("Dara Quellin, Ivo Marchetti and Lena Toshko of the Green Party voted against the bill.",
     ("Ivo Marchetti", "memberOf", "Green Party")),
    ("Dara Quellin of the opposition Green Party voted against the bill.", ("Dara Quellin", "memberOf", "Green Party")),
])
def test_members_in_more_forms(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text, fact", [
    # A plural title before the list's first name holds for the later names.
    ("Socialist Party lawmakers Dara Quellin, Ivo Marchetti and Lena Toshko voted against the bill.",
     ("Lena Toshko", "memberOf", "Socialist Party")),
    # A plural title after the list holds for each name.
    ("Dara Quellin and Ivo Marchetti, both Socialist Party lawmakers, voted against the bill.",
     ("Dara Quellin", "memberOf", "Socialist Party")),
    ("Dara Quellin and Ivo Marchetti, two analysts at Harwick Bank, said the bill was bad.",
     ("Ivo Marchetti", "worksFor", "Harwick Bank")),
    ("Dara Quellin, Ivo Marchetti and Lena Toshko, all members of the Harbour Council, voted against the bill.",
     ("Ivo Marchetti", "memberOf", "Harbour Council")),
    # A list in apposition to a plural title.
    ("Chile's foreign and finance ministers, Tomas Verelli and Ana Ruizek, met in Lima.",
     ("Ana Ruizek", "memberOf", "Chile")),
    ("The Harbour Council's members, Tomas Verelli and Ana Ruizek, voted against the bill.",
     ("Tomas Verelli", "memberOf", "Harbour Council")),
])
def test_a_plural_title_holds_for_each_listed_name(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text, fact", [
    # The head of the party, with no rank before its name, still leads it.
    ("The Liberal Party is split. Liberal leader Pia Lundqvist said the vote would fail.",
     ("Pia Lundqvist", "leaderOf", "Liberal Party")),
])
def test_a_head_without_a_rank_still_leads(extract, text, fact):
    got = facts(extract(text))
    assert fact in got
    assert (fact[0], "memberOf", fact[2]) not in got


@pytest.mark.parametrize("text, fact", [
    ("The Liberal Party is split. Deputy Liberal leader Pia Lundqvist said the vote would fail.",
     ("Pia Lundqvist", "leaderOf", "Liberal Party")),
    # A country's politician or doctor holds no post of the state.
    ("Chile held a vote. Dara Quellin, a veteran Chilean politician, said the vote was fair.",
     ("Dara Quellin", "memberOf", "Chile")),
    ("Chile held a vote. Dara Quellin, a Chilean doctor, said the ward was full.",
     ("Dara Quellin", "worksFor", "Chile")),
    # Names after a clause that opens with a plural title are the clause's subject, not its apposition.
    ("After meeting Chile's ministers, Tomas Verelli and Ana Ruizek said the talks went well.",
     ("Tomas Verelli", "memberOf", "Chile")),
    # The body an envoy is posted to is not his.
    ("Tomas Verelli, Chile's UN ambassador, said the plan was sound.", ("Tomas Verelli", "memberOf", "UN")),
    # A party written after the name of someone met is that person's alone.
    ("Dara Quellin met Ivo Marchetti of the Green Party on Monday.", ("Dara Quellin", "memberOf", "Green Party")),
    # A country after the first name is that name's alone; a clause after the list gives no title.
    ("Presidents Dara Quellin of Chile and Ivo Marchetti met in Lima.", ("Ivo Marchetti", "leaderOf", "Chile")),
    ("Dara Quellin and Ivo Marchetti, both of whom criticised the Harbour Council, voted against the bill.",
     ("Ivo Marchetti", "memberOf", "Harbour Council")),
])
def test_near_misses_give_no_membership(extract, text, fact):
    assert fact not in facts(extract(text))


@pytest.mark.parametrize("text, member, head", [
    # Who heads a state's organ named by the state is a member of the state; who heads its government leads it.
    ("Tomas Verelli, who heads Chile's foreign ministry, welcomed the guests.",
     ("Tomas Verelli", "memberOf", "Chile"), False),
    ("Tomas Verelli heads the Chilean government.", ("Tomas Verelli", "leaderOf", "Chile"), True),
])
def test_the_head_of_a_states_organ_is_a_member_of_the_state(extract, text, member, head):
    got = facts(extract(text))
    assert member in got
    assert ((member[0], "leaderOf", member[2]) in got) == head


LISTED_GUESTS = ("The President of the Harwick Labour Congress, Tomas Verelli; former Senator and activist, Ana Ruizek, "
                 "and the Country Director of Aidwell Group, Ivo Marchetti, led the march.")


def test_a_title_past_another_name_is_that_names(extract):
    got = facts(extract(LISTED_GUESTS))
    assert ("Ivo Marchetti", "leaderOf", "Aidwell Group") in got
    assert not any(s in {"Tomas Verelli", "Ana Ruizek"} and o == "Aidwell Group" for s, _, o in got)


def test_a_title_before_the_comma_passes_over_the_honorific(extract):
    got = facts(extract("The Minister of Trade, Mrs Ana Ruizek, the Chairperson of the Harwick Welfare Committee, "
                        "Mr Tomas Verelli, were present."))
    assert ("Tomas Verelli", "leaderOf", "Harwick Welfare Committee") in got


def test_an_apposition_past_another_name_is_not_the_titles(extract):
    got = facts(extract("The President of the Chile Farmers Congress, Tomas Verelli; former Senator Ana Ruizek, and "
                        "the Director of Aidwell Peru, Lena Toshko, are leading the protest."))
    assert ("Tomas Verelli", "leaderOf", "Chile Farmers Congress") in got
    assert ("Ana Ruizek", "leaderOf", "Chile Farmers Congress") not in got
