"""A body's seat and its owner stated by a clause of their own ("is headquartered in", "is a miner based in",
"is a subsidiary of") or by a describing noun ("the United Nations children's agency", "an agency under Y"):
sentences written for the test, read by the real pipeline, with the denied, planned and former look-alikes that
must not give an asserted fact."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # "headquartered" as the clause's verb, and on a noun that describes the body.
    ("Orvex Holdings is headquartered in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    ("Orvex Holdings is a mining company headquartered in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    ("Orvex Holdings, a mining company headquartered in Lusaka, said output rose.",
     ("Orvex Holdings", "basedIn", "Lusaka")),
    # "based in" on a noun after the copula.
    ("Orvex Holdings is a mining company based in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    ("Dana Ruiz is a sports editor based in Lagos.", ("Dana Ruiz", "livesIn", "Lagos")),
    # A body's owner after the copula.
    ("Lumen Cloud Ltd is a subsidiary of Orvex Holdings.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    ("Lumen Cloud Ltd is a unit of Orvex Holdings.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    # The owner named before a possessed common noun; an agency "under" its owner.
    ("UNICEF, the United Nations children's agency, said 300 children had died.",
     ("UNICEF", "partOf", "United Nations")),
    ("The Velmora Health Fund, a state agency under the Ministry of Health, said cases rose.",
     ("Velmora Health Fund", "partOf", "Ministry of Health")),
])
def test_found(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, fact", [
    # A denied or planned seat is no asserted one.
    ("Orvex Holdings is not headquartered in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    ("Orvex Holdings will be headquartered in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    ("Orvex Holdings is not based in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    ("Orvex Holdings is not a mining company based in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    # "headquartered" says nothing of where a person lives.
    ("Dana Ruiz, headquartered in Lagos, ran the desk.", ("Dana Ruiz", "livesIn", "Lagos")),
    # A denied or former tie to an owner.
    ("Lumen Cloud Ltd is not a subsidiary of Orvex Holdings.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    ("Lumen Cloud Ltd is no longer a unit of Orvex Holdings.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    ("Lumen Cloud Ltd was once a unit of Orvex Holdings.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    ("Lumen Cloud Ltd is a former unit of Orvex Holdings.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    ("Lumen Cloud Ltd, a former subsidiary of Orvex Holdings, cut jobs.",
     ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    # A person described with a possessed noun is no part of the body.
    ("Mara Quill, the United Nations children's envoy, spoke.", ("Mara Quill", "partOf", "United Nations")),
])
def test_not_asserted(extract, text, fact):
    assert fact not in facts(extract(text), modality="asserted")


def test_a_denied_seat_is_read_as_denied(extract):
    # The clause's own negation reaches the fact, rather than the fact being dropped unread.
    found = facts(extract("Orvex Holdings is not headquartered in Lusaka."), modality="negated")
    assert ("Orvex Holdings", "basedIn", "Lusaka") in found
