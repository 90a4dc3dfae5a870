"""Kin written "the widow of X, Y": the parser hangs the relative's name on the kin's (extract/nominal.py), on
sentences and names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the court. "


@pytest.mark.parametrize("text, fact", [
    ("The widow of Hugo Marr, Clara Marr, spoke to reporters.", ("Clara Marr", "familyOf", "Hugo Marr")),
    ("The police arrested the daughter of Hugo Marr, Lisa Marr, on Monday.", ("Lisa Marr", "familyOf", "Hugo Marr")),
])
def test_relative_named_after_the_kin(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


@pytest.mark.parametrize("text", [
    # A tie that no longer holds, and a lawyer, who is no kin.
    "The former wife of Hugo Marr, Clara Marr, spoke to reporters.",
    "The lawyer of Hugo Marr, Clara Marr, spoke to reporters.",
])
def test_no_kin_after_the_name(extract, text):
    found = facts(extract(LEAD + text))
    assert not any(p == "familyOf" for _, p, _ in found), found
