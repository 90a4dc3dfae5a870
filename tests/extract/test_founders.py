"""A person who founded a body heads it, as its "founder" title says (lexicon.FOUNDING_VERBS), on sentences and
names written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Reporters waited outside the court. "


@pytest.mark.parametrize("text", [
    "Tomas Verel founded the Kestrel Party in 1998.",
    "Tomas Verel, who founded the Kestrel Party, died on Monday.",
    "The Kestrel Party was founded by Tomas Verel in 1998.",
])
def test_founder_heads_the_body(extract, text):
    found = facts(extract(LEAD + text), modality="asserted")
    assert ("Tomas Verel", "leaderOf", "Kestrel Party") in found, found


@pytest.mark.parametrize("text", [
    # A denial, the other verb "find", and a body founded by a body.
    "Tomas Verel did not found the Kestrel Party.",
    "Police found Tomas Verel near the offices of the Kestrel Party.",
    "The Kestrel Party founded the Kestrel Youth League in 2001.",
])
def test_no_founder(extract, text):
    found = facts(extract(LEAD + text), modality="asserted")
    assert not any(p == "leaderOf" for _, p, _ in found), found
