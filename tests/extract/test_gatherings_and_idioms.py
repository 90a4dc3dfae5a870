"""Two misreadings a judged sample of real articles showed, in sentences written for the test and read by the
real pipeline: a body named as whose gathering is held in a city, and a verb of killing in an idiom of fame."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # The body's seat itself is still read.
    ("The Kadi Court in Nairobi ruled on Friday that the marriage was valid.", ("Kadi Court", "basedIn", "Nairobi")),
    # Shooting someone is still a killing.
    ("Rebel commander Joseph Kony shot Samuel Otto in Gulu in 2004.", ("Joseph Kony", "killed", "Samuel Otto")),
])
def test_still_read(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text, absent", [
    # The gathering is in the city, not the body whose gathering it is.
    ("Delegates met at the annual conference of the Pacific Trade Council in Suva on Monday.",
     ("Pacific Trade Council", "basedIn", "Suva")),
    ("Kenya took part in the summit of the Coastal Youth Network in Mombasa, Kenya.",
     ("Coastal Youth Network", "basedIn", "Mombasa")),
    # Shot to fame: no one was shot.
    ("Grace Ocholla was shot to fame by her novel River Nights.", ("River Nights", "killed", "Grace Ocholla")),
])
def test_not_read(extract, text, absent):
    found = facts(extract(text))
    assert absent not in found, found
