"""Kin whose "his" or "her" is the subject of a clause around the kin noun, where a second subject (the relative
itself) leaves the pronoun to no reference rule: "X stepped down after Y, his eldest son, took over"
(extract/kin.py), on sentences and names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the court. "


@pytest.mark.parametrize("text, fact", [
    ("Verel stepped down after Ivo, his eldest son, took over the family firm in 2004.", ("Ivo", "familyOf", "Verel")),
    ("One of them is Clara Dunmore, who points to the corner where her son, Ivo, was shot.",
     ("Ivo", "familyOf", "Clara Dunmore")),
])
def test_kin_of_the_clause_subject(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


@pytest.mark.parametrize("text", [
    # No kin noun; a nearer subject that names no one; a quotation's "his", someone the speaker knows.
    "Kofi Mensah said Ivo Marr, his lawyer, was late.",
    "Kofi Mensah rejected a claim by Ama Rios's aide that the former leader never agreed with the plans of "
    "his brother, Ivo Marr.",
    "Kofi Mensah said: \"Ivo Marr, his eldest son, was late.\"",
])
def test_no_kin_of_the_clause_subject(extract, text):
    found = facts(extract(LEAD + text))
    assert not any(p == "familyOf" and o in {"Kofi Mensah", "Verel"} for _, p, o in found), found
