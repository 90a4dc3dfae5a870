"""Ties between parties told in ways the plain rules missed: an agreement priced with "worth" before its partner, a
contract signed with a body (not by a people), signatories named on the deal's participle ("the accord, signed by X
and Y"), a body's delegation acting for it, two parties that share a close cooperation, a subject set beside "in
partnership with", and a joint initiative of two bodies. Sentences and names written for the test, read with the
real pipeline; each construction has a near miss that must give no edge."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, wanted", [
    ("Quillon Rail signed an agreement worth $3 billion with Marrow Trains for new carriages.",
     [("Quillon Rail", "agreesWith", "Marrow Trains")]),
    ("Quillon Rail signed a contract with the Orange Ports Authority to dredge the harbour.",
     [("Quillon Rail", "agreesWith", "Orange Ports Authority")]),
    ("Chad and Niger also share a close cooperation in the field of border security.",
     [("Chad", "cooperatesWith", "Niger")]),
    ("Meanwhile, the Orange Institute's Tomas Okafor, in partnership with the University of Tessaly and the Blue "
     "Policy Forum, hosted a webinar on Monday.",
     [("Tomas Okafor", "cooperatesWith", "University of Tessaly"),
      ("Tomas Okafor", "cooperatesWith", "Blue Policy Forum")]),
    # The signatories named on a participle of the deal.
    ("The accord, signed by Chad and Niger in March, covers grazing rights.", [("Chad", "agreesWith", "Niger")]),
    # A body's delegation acts for it, named before it as after it ("a delegation of X").
    ("The Orange Party's delegation held talks with the government of Chad.",
     [("Orange Party", "negotiatesWith", "Chad")]),
    # One thing two bodies started together, named with "of".
    ("The festival began as a joint initiative of the Orange Tourism Board and the Blue Coffee Institute.",
     [("Orange Tourism Board", "cooperatesWith", "Blue Coffee Institute")]),
])
def test_reads_the_tie(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    # A contract refused or only planned is no agreement made.
    ("Quillon Rail did not sign a contract with the Orange Ports Authority.", "agreesWith"),
    ("Quillon Rail plans to sign a contract with the Orange Ports Authority.", "agreesWith"),
    # Sharing a call for reform is no phone call, and no cooperation either.
    ("Chad and Niger share a call for reform.", "meetsWith"),
    ("Chad and Niger share a call for reform.", "cooperatesWith"),
    # A deal still to be signed, and a petition two people signed, are no agreement between them.
    ("The envoys discussed a grazing accord to be signed by Chad and Niger next year.", "agreesWith"),
    ("A petition signed by Tomas Okafor and Lina Varga was sent to the council.", "agreesWith"),
    # Talks a delegation did not hold.
    ("The Orange Party's delegation did not hold talks with the government of Chad.", "negotiatesWith"),
    # A people is no signatory of a deal.
    ("The Kurds signed a deal with the Harbour Sharks.", "agreesWith"),
    # A joint statement of two bodies is read as their agreement, not as work done together.
    ("The joint statement of the Orange Tourism Board and the Blue Coffee Institute was brief.", "cooperatesWith"),
    # A partnered subject that did not act.
    ("Tomas Okafor, in partnership with the University of Tessaly, did not host the webinar.", "cooperatesWith"),
])
def test_near_miss_gives_no_tie(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == predicate], got
