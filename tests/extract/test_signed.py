"""Titles set off by commas as a signature or a list of participants writes them (extract/signed.py); on sentences
written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    ("Jane Doe, Director, Westland Centre for Policy, said the plan was sound.",
     ("Jane Doe", "leaderOf", "Westland Centre for Policy")),
    # A constituency read as a name is passed over; "Ranking Member" sits on the committee.
    ("Kofi Mensah, MP, Akim North and Ranking Member, Finance Committee, said the bank erred.",
     ("Kofi Mensah", "memberOf", "Finance Committee")),
    ("Jane Doe, Senior Researcher, Westland Institute, wrote the report.",
     ("Jane Doe", "worksFor", "Westland Institute")),
])
def test_title_and_body_between_commas(extract, text, fact):
    assert fact in facts(extract(text))


def test_the_next_titled_name_takes_its_own_body(extract):
    found = facts(extract("The talks were attended by Jane Doe, Director, and Tom Reyes, Chairman, Westland "
                          "Farmers Union."))
    assert ("Tom Reyes", "leaderOf", "Westland Farmers Union") in found, found
    assert not any(s == "Jane Doe" and p in {"leaderOf", "memberOf", "worksFor"} for s, p, o in found), found
