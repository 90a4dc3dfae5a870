"""A meeting abroad is a visit: the side tied to another country went to the host's city. Sentences and names
written for the test, read by the real pipeline, with look-alikes that state no visit (a meeting denied or
planned, a host of a third country, a host of the visitor's own country)."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    ("Danish Foreign Minister Peter Olsen met Ghanaian Foreign Minister Kofi Mensah in Accra on Monday.",
     ("Peter Olsen", "visits", "Accra")),
    ("Danish Prime Minister Peter Olsen held talks with Ghanaian President Kofi Mensah in Accra.",
     ("Peter Olsen", "visits", "Accra")),
    ("Danish Prime Minister Peter Olsen praised the deal. The deal came after his meeting with his Ghanaian "
     "counterpart, Kofi Mensah, in Accra.", ("Peter Olsen", "visits", "Accra")),
])
def test_found(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    "Danish Foreign Minister Peter Olsen did not meet Ghanaian Foreign Minister Kofi Mensah in Accra.",
    "Danish Foreign Minister Peter Olsen will meet Ghanaian Foreign Minister Kofi Mensah in Accra next week.",
    "Danish Foreign Minister Peter Olsen met Nigerian Foreign Minister Musa Bello in Accra on Monday.",
    "Danish Foreign Minister Peter Olsen met Danish Trade Minister Lars Berg in Accra on Monday.",
])
def test_not_asserted(extract, text):
    assert not [f for f in facts(extract(text), modality="asserted") if f[1] == "visits"]


def test_hosted_guest_left_to_the_story(extract):
    # "hosted X in Accra" says where the host was; whether the guest travelled is the story's to tell.
    text = "Ghanaian President Kofi Mensah hosted Danish Prime Minister Peter Olsen in Accra on Monday."
    assert not [f for f in facts(extract(text), modality="asserted") if f[1] == "visits"]
