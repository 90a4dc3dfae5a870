"""A body owned by another is part of it: sentences and names written for the test, read by the real pipeline,
with look-alikes that state nothing (a denial, a plan, an owner that is no body, a list of owners)."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # An owner's noun in apposition, or a copula's complement.
    ("Investors including Halvard Industries, owner of the Daily Torch, sold shares.",
     ("Daily Torch", "partOf", "Halvard Industries")),
    ("Brightline Media, the parent company of Kestrel Radio, cut jobs.",
     ("Kestrel Radio", "partOf", "Brightline Media")),
    ("Velmar Energy is the parent company of Norland Gas.", ("Norland Gas", "partOf", "Velmar Energy")),
    # The owning verb, in a relative clause or as a passive.
    ("Orlan Group, which owns Tarsio Bank, reported higher profits.", ("Tarsio Bank", "partOf", "Orlan Group")),
    ("Tarsio Bank is wholly owned by Orlan Group.", ("Tarsio Bank", "partOf", "Orlan Group")),
])
def test_found(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    "Orlan Group does not own Tarsio Bank.",
    "Orlan Group plans to own Tarsio Bank by next year.",
    "Mara Quill, the owner of a small gym, closed it in March.",
    "Tarsio Bank is owned by Orlan Group and Halvard Industries.",
    "The Daily Torch accused Halvard Industries of lying.",
])
def test_not_asserted(extract, text):
    assert not [f for f in facts(extract(text), modality="asserted") if f[1] == "partOf"]
