"""Roles in a unit named with its body and read as one name (extract/units.py roles_in_units, bodies.py,
titled.py): the title is the unit's and its holder a member of the body; on sentences written for the test, with
the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, wanted", [
    ("Kim Sato, a member of the Unity Party's Central Committee, said so.",
     {("Kim Sato", "memberOf", "Central Committee"), ("Kim Sato", "memberOf", "Unity Party")}),
    # A plural's bare apostrophe, and a country's chamber as the body.
    ("The mayor welcomed Karim Dale, chair of the House of Representatives' Budget Committee.",
     {("Karim Dale", "leaderOf", "Budget Committee"), ("Karim Dale", "memberOf", "House of Representatives")}),
    # The title written before the name.
    ("Director of the Harwick Trade Bureau's Fraud Division Ali Hadi said the plan would work.",
     {("Ali Hadi", "leaderOf", "Fraud Division"), ("Ali Hadi", "memberOf", "Harwick Trade Bureau")}),
])
def test_role_in_a_unit_of_a_body(extract, text, wanted):
    found = facts(extract(text))
    assert wanted <= found, found
    # The name read as one stands for neither body.
    assert not any("'" in o or "’" in o for s, p, o in found if p in {"leaderOf", "memberOf"}), found


def test_a_plural_apostrophe_in_one_name_stays_one_body(extract):
    found = facts(extract("Ruth Bell, president of the National Teachers' Federation, spoke on Monday."))
    assert ("Ruth Bell", "leaderOf", "National Teachers' Federation") in found, found
