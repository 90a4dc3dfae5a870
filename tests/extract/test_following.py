"""A meeting or trip told after "following", which the parser reads as a verb taking the noun as its object: the
clause's subject made it, as after "after" (clauses.noun_holder), on sentences and names written for the test,
with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the court. "


@pytest.mark.parametrize("text, fact", [
    ("Not a good plan, Tomas Verel said following the meeting with Ivo Marr.",
     ("Tomas Verel", "meetsWith", "Ivo Marr")),
    ("Tomas Verel spoke to reporters following talks with Ivo Marr.", ("Tomas Verel", "negotiatesWith", "Ivo Marr")),
])
def test_following_the_meeting(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


def test_following_a_meeting_of_a_body(extract):
    # A body's meeting names no one met.
    found = facts(extract(LEAD + "Tomas Verel was arrested following a meeting of the Kestrel Party."))
    assert not any(p in {"meetsWith", "negotiatesWith"} for _, p, _ in found), found
