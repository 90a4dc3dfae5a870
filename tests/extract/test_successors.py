"""An office passed on: a predecessor or successor holds the one office the titles give the other person
(extract/successors.py), on sentences and names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the court. "


@pytest.mark.parametrize("text, fact", [
    ("Tomas Verel, the president of Togo, spoke while his predecessor, Ivo Marr, listened.",
     ("Ivo Marr", "leaderOf", "Togo")),
    ("Tomas Verel became Kestrel Holdings chairman in 2015, succeeding Ivo Marr.",
     ("Ivo Marr", "leaderOf", "Kestrel Holdings")),
    ("Paul Adjei, who replaced Ivo Marr as president of Togo in 2017, promised reforms.",
     ("Ivo Marr", "leaderOf", "Togo")),
])
def test_office_passed_on(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


@pytest.mark.parametrize("text", [
    # Another office than the title's, a successor not yet in office, and a denial.
    "Paul Adjei, the president of Togo, replaced Ivo Marr as goalkeeper of the Lome Stars.",
    "Paul Adjei, the president of Togo, said his chosen successor, Ivo Marr, would win.",
    "Paul Adjei, the president of Togo, did not replace Ivo Marr.",
])
def test_no_office_passed_on(extract, text):
    found = facts(extract(LEAD + text))
    assert ("Ivo Marr", "leaderOf", "Togo") not in found, found
