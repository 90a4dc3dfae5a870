"""A body's units written after its possessive or before its name, and private bodies described by their nationality: sentences
written for the test, read by the real pipeline, with look-alikes that state nothing."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # An organisation's possessive before a unit of its own.
    ("According to the UN's Coastal Fisheries Organization, catches fell by half.",
     ("Coastal Fisheries Organization", "partOf", "UN")),
    ("Mara Quill, a fellow at Oxford University’s Centre for Ocean Studies, said the reefs were dying.",
     ("Centre for Ocean Studies", "partOf", "Oxford University")),
    ("Members of the Velmora Labour Party’s Youth League marched on Friday.",
     ("Youth League", "partOf", "Velmora Labour Party")),
    # A unit written with its body after "of" or "at", whatever body that is.
    ("The Ethics Unit of the Velmora Revenue Service opened a case.",
     ("Ethics Unit", "partOf", "Velmora Revenue Service")),
    ("Sales rose, according to the Battery Industry Committee of the Velmora Chamber of Commerce.",
     ("Battery Industry Committee", "partOf", "Velmora Chamber of Commerce")),
    ("The Water Research Department at the Ministry of Agriculture will hand out seedlings.",
     ("Water Research Department", "partOf", "Ministry of Agriculture")),
    # A private body described by its country's demonym, before its name or in apposition.
    ("More boats sank this year, according to the Spanish NGO Puertas Abiertas.",
     ("Puertas Abiertas", "basedIn", "Spain")),
    ("More boats sank this year, according to the Spanish charity Coastal Rescue Collective.",
     ("Coastal Rescue Collective", "basedIn", "Spain")),
    ("The Coastal Rescue Collective, a Spanish NGO, said the boat had sunk.",
     ("Coastal Rescue Collective", "basedIn", "Spain")),
])
def test_found(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, predicate", [
    # After a country's possessive an institute or a school is a national body, not an organ of the state.
    ("Japan’s Kestrel Institute gave the school a grant.", "partOf"),
    # A body's possessive before a name that is no unit of it: a product, a project, a show.
    ("The Velmora Electoral Commission's Clean Count project was praised.", "partOf"),
    # An owner named by its common noun alone is no body.
    ("The University’s Sustainability Center is working with three firms.", "partOf"),
    # A unit and a body in one sentence, not joined by "of" or "at".
    ("Tomas Verel left the Ethics Unit for the Velmora Revenue Service.", "partOf"),
    # A charity said to work in a country is not said to be seated there.
    ("The Coastal Rescue Collective, a charity working in Spain, said the boat had sunk.", "basedIn"),
])
def test_not_found(extract, text, predicate):
    assert not [f for f in facts(extract(text)) if f[1] == predicate]
