"""A kin tie named inside a noun phrase holds whatever the clause around it says ("his son X will start school",
"police did not question his wife Y"); one the clause itself states ("X is not his son") keeps the clause's
modality (extract/kin.py), on sentences and names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the court. "


@pytest.mark.parametrize("text, fact", [
    # A plan, a denial and a condition around the kin noun: the tie itself is told as a fact.
    ("Tomas Verel's five-year-old son Ivo will start school in Dunmore next year.",
     ("Ivo", "familyOf", "Tomas Verel")),
    ("Police did not question Tomas Verel's wife, Clara Dunmore.", ("Clara Dunmore", "familyOf", "Tomas Verel")),
    ("If Tomas Verel's brother Ivo Verel wins the vote, he will be the first.",
     ("Ivo Verel", "familyOf", "Tomas Verel")),
])
def test_kin_in_a_noun_phrase_holds(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


@pytest.mark.parametrize("text", [
    # The clause states the tie: its denial and its guess stay so. A tie read through a pronoun is as sure as its
    # clause.
    "Ivo Marr is not the son of Tomas Verel.",
    "Ivo Marr may be the son of Tomas Verel.",
    "Ivo Marr will not meet his brother, Tomas Marr.",
])
def test_kin_the_clause_states_keeps_its_modality(extract, text):
    found = facts(extract(LEAD + text), modality="asserted")
    assert not any(p == "familyOf" for _, p, _ in found), found
