"""Titles the parse splits from their name, a minister's portfolio written before the name in apposition
(extract/roles.py, national.py), and a member of a body's organ (bodies.py); on sentences written for the test,
with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A hyphened name splits the parse: title and name both hang on the verb, and the title still holds.
    ("Green Future Party chair MK Dana Levi-Roth also backed the striking teachers on Sunday.",
     ("Dana Levi-Roth", "leaderOf", "Green Future Party")),
    # "the Minister of Finance, X" in a story of one country: that country's minister.
    ("Namibia signed the deal. The Minister of Finance, Anna Shilongo, presented the budget.",
     ("Anna Shilongo", "memberOf", "Namibia")),
    ("Peru will host the games, said the Minister of Tourism, Rosa Campos, who expects bookings to rise.",
     ("Rosa Campos", "memberOf", "Peru")),
    # "Cabinet Spokesman X" in a story of one country speaks for that country.
    ("Egypt hosted the talks. Cabinet Spokesman Omar Nabil said the plan would work.",
     ("Omar Nabil", "spokespersonFor", "Egypt")),
    # A member of a body's board or bureau is one of the body.
    ("Harwick Holdings board member Ana Ruiz said the sale would go ahead.",
     ("Ana Ruiz", "memberOf", "Harwick Holdings")),
    ("The Kenya Rugby Union board member Ana Ruiz said the match would go ahead.",
     ("Ana Ruiz", "memberOf", "Kenya Rugby Union")),
])
def test_split_and_apposed_titles(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    # Two countries named: the minister's is unsure.
    "Chile hosted the talks. Peru sent a team. The Minister of Finance, Anna Shilongo, presented the budget.",
    # The country written in the title is another rule's, and the visitor's country is not the story's.
    "Chile hosted the talks. The Minister of Foreign Affairs of Peru, Rosa Campos, attended.",
    # A body written before "government spokesman" is the one he speaks for.
    "Chile hosted the talks. Hamas government spokesman Omar Nabil said the plan would work.",
])
def test_no_national_minister(extract, text):
    found = facts(extract(text))
    assert not any(p in {"memberOf", "spokespersonFor"} and o == "Chile" for _, p, o in found), found


def test_no_body_for_an_unnamed_board(extract):
    # "the school board": no body is named.
    found = facts(extract("The school board member Ana Ruiz said the vote was delayed."))
    assert not any(p == "memberOf" for _, p, _ in found), found
