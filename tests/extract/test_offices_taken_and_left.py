"""An office written with the verb that takes or leaves it: "X stepped down as chairman of Y", "X resigned as",
"X took office as", "X succeeded Z as" (extract/listed.py). An office left was held, and the gold keeps it; a
denied, refused or future move gives nothing. Sentences and names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the hall. "


@pytest.mark.parametrize("text, fact", [
    ("Tomas Verel resigned as chairman of the Kestrel Boxing Federation on Friday.",
     ("Tomas Verel", "leaderOf", "Kestrel Boxing Federation")),
    ("Tomas Verel stepped down as chief executive of Delmont Mining.", ("Tomas Verel", "leaderOf", "Delmont Mining")),
    ("Tomas Verel took office as governor of the Central Bank of Lorvania.",
     ("Tomas Verel", "leaderOf", "Central Bank of Lorvania")),
    ("Tomas Verel succeeded Marta Quillen as chairman of Delmont Mining in 2019.",
     ("Tomas Verel", "leaderOf", "Delmont Mining")),
    ("Tomas Verel, who succeeded Marta Quillen as chairman of Delmont Mining, spoke.",
     ("Tomas Verel", "leaderOf", "Delmont Mining")),
    ("Tomas Verel replaced Marta Quillen as head of the Harbor Workers Union.",
     ("Tomas Verel", "leaderOf", "Harbor Workers Union")),
])
def test_an_office_taken_or_left(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found


@pytest.mark.parametrize("text, person", [
    # Future, refused and denied moves; the predecessor named by a passive does not take the office.
    ("Tomas Verel will step down as chief executive of Delmont Mining.", "Tomas Verel"),
    ("Tomas Verel refused to resign as chief executive of Delmont Mining.", "Tomas Verel"),
    ("Tomas Verel did not resign as chief executive of Delmont Mining.", "Tomas Verel"),
    ("Marta Quillen was succeeded by Tomas Verel as chief executive of Delmont Mining.", "Marta Quillen"),
    ("Tomas Verel succeeded Marta Quillen as chief executive of Delmont Mining.", "Marta Quillen"),
])
def test_no_office_from_a_move_not_made(extract, text, person):
    found = facts(extract(LEAD + text))
    assert (person, "leaderOf", "Delmont Mining") not in found, found
