"""Parties told together: quarrels with both parties as the subject ("X and Y clashed", "X and Y have a dispute"),
tensions and wars between parties, allies, partners and parties in talks named together, a memorandum of
understanding signed with a party, signatories named with their titles, concurring with one, support thrown behind a
party, working closely with a party or joining hands with it, acting jointly or together with one, a joint venture,
enemies and parties suing each other. Sentences and names written for the test, read with the real pipeline; each
construction has a near miss that must give no edge."""
from __future__ import annotations

import pytest
from conftest import facts


def both_ways(first: str, second: str) -> list:
    return [(first, "opposes", second), (second, "opposes", first)]


@pytest.mark.parametrize("text, wanted", [
    ("Senator Amos Kiprono and Governor Dalia Mwende have clashed repeatedly over taxes.",
     both_ways("Amos Kiprono", "Dalia Mwende")),
    ("The Orange Party and the Blue Party fell out in May.", both_ways("Orange Party", "Blue Party")),
    ("Norway and Sweden have a long-running border dispute.", both_ways("Norway", "Sweden")),
    # The parser may hang the partner on the verb: "put his dispute with X on hold", "went to war with X".
    ("Governor Dalia Mwende put her dispute with Senator Amos Kiprono on hold.", both_ways("Dalia Mwende",
                                                                                           "Amos Kiprono")),
    ("Chad went to war with Niger in 1975.", both_ways("Chad", "Niger")),
    ("Senator Amos Kiprono and Governor Dalia Mwende sued each other for libel.",
     both_ways("Amos Kiprono", "Dalia Mwende")),
    ("The Orange Party and the Blue Party clashed with one another over taxes.", both_ways("Orange Party",
                                                                                            "Blue Party")),
    ("Tensions between Norway and Sweden have grown this year.", both_ways("Norway", "Sweden")),
    ("The war between Chad and Niger ended in 1990.", both_ways("Chad", "Niger")),
    ("Norway signed a memorandum of understanding with Sweden.", [("Norway", "agreesWith", "Sweden")]),
    ("Senator Amos Kiprono concurred with Governor Dalia Mwende.", [("Amos Kiprono", "agreesWith", "Dalia Mwende")]),
    ("The agreement was signed by Tomas Reyes, president of the Orange Association, and Maria Lindqvist, president "
     "of the Blue Federation.", [("Tomas Reyes", "agreesWith", "Maria Lindqvist")]),
    ("The Orange Party threw its support behind Senator Amos Kiprono.", [("Orange Party", "supports", "Amos Kiprono")]),
    ("Quillon Mining worked closely with Zenith Bank on the project.",
     [("Quillon Mining", "cooperatesWith", "Zenith Bank")]),
    ("Quillon Mining and Zenith Bank have worked closely together since 2015.",
     [("Quillon Mining", "cooperatesWith", "Zenith Bank")]),
    ("Quillon Mining formed a joint venture with Zenith Bank.", [("Quillon Mining", "cooperatesWith", "Zenith Bank")]),
    ("Quillon Mining has joined hands with Zenith Bank to fund schools.",
     [("Quillon Mining", "cooperatesWith", "Zenith Bank")]),
    ("Quillon Mining and Zenith Bank joined forces to fund schools.",
     [("Quillon Mining", "cooperatesWith", "Zenith Bank")]),
])
def test_reads_the_relation(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    # A quarrel denied, ended or never had.
    ("Senator Amos Kiprono and Governor Dalia Mwende did not clash over taxes.", "opposes"),
    ("Senator Amos Kiprono and Governor Dalia Mwende did not sue each other.", "opposes"),
    # A match between two sides is no quarrel; a dispute with a thing is no party's.
    ("Senator Amos Kiprono and Governor Dalia Mwende faced each other in the chess final.", "opposes"),
    ("Governor Dalia Mwende put her dispute with the tax code aside.", "opposes"),
    ("Norway and Sweden settled their border dispute in May.", "opposes"),
    ("Norway and Sweden have no dispute over the islands.", "opposes"),
    ("Norway and Sweden could have a dispute over the islands.", "opposes"),
    # An aggressor's war on a country is read as no quarrel of both (the gold reads it as an attack).
    ("Chad's war against Niger entered its third year.", "opposes"),
    # A named campaign two parties wage together is no quarrel between them.
    ("While the Senate and President Mara Quill are fighting this War Against Cartels, ports stay shut.", "opposes"),
    # A people named for its state is not the state.
    ("Tensions between wealthy Norwegians and the Orange Party grew.", "opposes"),
    # A memorandum refused, a concurrence denied, a signatory's friend, a stone thrown, work that is no cooperation
    # or not yet done.
    ("Norway refused to sign a memorandum of understanding with Sweden.", "agreesWith"),
    ("Senator Amos Kiprono did not concur with Governor Dalia Mwende.", "agreesWith"),
    ("The agreement was signed by Tomas Reyes, a friend of Maria Lindqvist.", "agreesWith"),
    ("The Orange Party threw a stone behind Senator Amos Kiprono.", "supports"),
    ("Quillon Mining worked with Zenith Bank for a year.", "cooperatesWith"),
    ("Quillon Mining did not work closely with Zenith Bank.", "cooperatesWith"),
    ("Quillon Mining will work closely with Zenith Bank.", "cooperatesWith"),
    ("Quillon Mining did not join hands with Zenith Bank.", "cooperatesWith"),
    ("Quillon Mining will join forces with Zenith Bank.", "cooperatesWith"),
    # Joining another body is membership, not an idiom of working together.
    ("Quillon Mining joined the Zenith Bank consortium.", "cooperatesWith"),
])
def test_near_miss_gives_no_relation(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == predicate], got


@pytest.mark.parametrize("text, wanted", [
    ("Chad and Niger are allies.", [("Chad", "supports", "Niger"), ("Niger", "supports", "Chad")]),
    ("Chad and Niger have been close partners since 2010.", [("Chad", "cooperatesWith", "Niger")]),
    ("Chad and Niger are in talks over the border.", [("Chad", "negotiatesWith", "Niger")]),
    ("Chad and Niger have been bitter enemies for decades.", both_ways("Chad", "Niger")),
])
def test_parties_named_together(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    ("Chad and Niger are not allies.", "supports"),
    ("Chad and Niger are no longer enemies.", "opposes"),
    ("Chad and Niger will be in talks over the border.", "negotiatesWith"),
    # Partners of a third party are not each other's (the noun reads them as partners of that party).
    ("Chad and Niger are partners of Mali.", "cooperatesWith"),
    # A deal struck is an agreement, not an attack.
    ("Chad and Niger struck a deal on gas.", "attacks"),
])
def test_parties_named_together_near_miss(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == predicate and {f[0], f[2]} in ({"Chad", "Niger"}, {"Chad", "gas"},
                                                                          {"Chad", "deal"}, {"Niger", "deal"})], got


@pytest.mark.parametrize("text, wanted", [
    ("The Orange Institute and Zenith Bank jointly launched a fund.",
     [("Orange Institute", "cooperatesWith", "Zenith Bank")]),
    ("The forum was jointly organised by the Orange Institute and Zenith Bank.",
     [("Orange Institute", "cooperatesWith", "Zenith Bank")]),
    ("The Orange Institute, together with Zenith Bank, launched a fund.",
     [("Orange Institute", "cooperatesWith", "Zenith Bank")]),
    # A passive's doer works with the partner named after "in partnership with".
    ("The forum was organised by the Orange Institute in partnership with Zenith Bank.",
     [("Orange Institute", "cooperatesWith", "Zenith Bank")]),
    ("The fair is run by the Orange Institute in cooperation with Zenith Bank.",
     [("Orange Institute", "cooperatesWith", "Zenith Bank")]),
    # One thing done jointly by two bodies.
    ("The joint naval drills between Chad and Niger ended on Friday.", [("Chad", "cooperatesWith", "Niger")]),
    ("The smugglers were caught in a joint raid by the Orange Institute and Zenith Bank.",
     [("Orange Institute", "cooperatesWith", "Zenith Bank")]),
])
def test_acting_together(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text", [
    "The Orange Institute and Zenith Bank did not jointly launch a fund.",
    "The Orange Institute and Zenith Bank will jointly launch a fund.",
    # Fined together, or two people standing together, is no cooperation.
    "The Orange Institute, together with Zenith Bank, was fined.",
    "Governor Dalia Mwende, together with Senator Amos Kiprono, attended the party.",
    # A passive with no doer names no one who works with the partner.
    "The forum was organised in partnership with Zenith Bank.",
    # Joint drills called off, or only hoped for, were not held.
    "The joint naval drills between Chad and Niger were cancelled.",
    "Chad hopes to hold joint naval drills between Chad and Niger next year.",
])
def test_acting_together_near_miss(extract, text):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == "cooperatesWith"], got
