"""Accusation, criticism and verdicts written around the deed: the doer of a deed one is judged "for", a verdict
read after a misparsed "as", blame said in a parenthesis, a court's finding. Sentences written for the test, read
with the real pipeline; each construction has a near miss that must give no edge."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, wanted", [
    # The deed one is judged for is the judged one's own.
    ("Senator Lina Osei called out Foreign Minister Tomas Brand for criticizing Ghana's trade policy.",
     [("Lina Osei", "criticizes", "Tomas Brand"), ("Tomas Brand", "criticizes", "Ghana")]),
    ("Senator Lina Osei praised Governor Tomas Brand for backing Ghana.",
     [("Lina Osei", "praises", "Tomas Brand"), ("Tomas Brand", "supports", "Ghana")]),
    ("Senator Lina Osei criticised the Harbour Party for backing Ghana in the dispute.",
     [("Harbour Party", "supports", "Ghana")]),
    # A censuring verdict after "as", whatever the parser makes of "as".
    ("Senator Lina Osei described the Harbour Party's claim as frivolous.",
     [("Lina Osei", "criticizes", "Harbour Party")]),
    ("Senator Lina Osei dismissed Governor Tomas Brand's report as politically motivated.",
     [("Lina Osei", "criticizes", "Tomas Brand")]),
    # The manner of a deed is its doer's; a verdict of offence or danger censures; an apology demanded of one.
    ("Senator Lina Osei criticised the way Governor Tomas Brand handled the floods.",
     [("Lina Osei", "criticizes", "Tomas Brand")]),
    ("Senator Lina Osei called Governor Tomas Brand's remarks deeply offensive.",
     [("Lina Osei", "criticizes", "Tomas Brand")]),
    ("Senator Lina Osei demanded an apology from Governor Tomas Brand.", [("Lina Osei", "criticizes", "Tomas Brand")]),
    # A wrong alleged of one, one reported to the police, one tied to a harm.
    ("Senator Lina Osei alleged fraud by Governor Tomas Brand.", [("Lina Osei", "accuses", "Tomas Brand")]),
    ("Senator Lina Osei reported Governor Tomas Brand to the police.", [("Lina Osei", "accuses", "Tomas Brand")]),
    ("Senator Lina Osei linked Governor Tomas Brand to the bombing.", [("Lina Osei", "accuses", "Tomas Brand")]),
    # Idioms of sharp words.
    ("Senator Lina Osei railed against Governor Tomas Brand.", [("Lina Osei", "criticizes", "Tomas Brand")]),
    ("Senator Lina Osei rounded on Governor Tomas Brand over the budget.", [("Lina Osei", "criticizes", "Tomas Brand")]),
    ("Senator Lina Osei tore into the Harbour Party's plan.", [("Lina Osei", "criticizes", "Harbour Party")]),
    # A court that throws out a plea rules against whoever filed it.
    ("The High Court dismissed a petition filed by the Harbour Party against the new tax.",
     [("High Court", "rulesAgainst", "Harbour Party")]),
    ("The High Court rejected an appeal by the Harbour Party.", [("High Court", "rulesAgainst", "Harbour Party")]),
    # Each of two lists of examples names a doer.
    ("Senator Lina Osei said most of the attacks were carried out by armed groups such as the Red Front and smaller "
     "groups such as the Iron Hand.",
     [("Lina Osei", "accuses", "Red Front"), ("Lina Osei", "accuses", "Iron Hand")]),
    # A court's verdict written without a verb of verdict.
    ("The Supreme Court of Ghana upheld the conviction of Governor Tomas Brand.",
     [("Supreme Court", "rulesAgainst", "Tomas Brand")]),
    ("The Accra District Court handed Governor Tomas Brand a five-year sentence.",
     [("Accra District Court", "rulesAgainst", "Tomas Brand")]),
    ("The Accra District Court ruled that Governor Tomas Brand had violated the law.",
     [("Accra District Court", "rulesAgainst", "Tomas Brand")]),
    # Blame said in a parenthesis, or "according to" the one who says it.
    ("Governor Tomas Brand, Senator Lina Osei said, was responsible for the attack.",
     [("Lina Osei", "accuses", "Tomas Brand")]),
    ("The Harbour Party, Senator Lina Osei said, had rigged the vote.",
     [("Lina Osei", "accuses", "Harbour Party")]),
    ("According to Senator Lina Osei, Governor Tomas Brand had rigged the vote.",
     [("Lina Osei", "accuses", "Tomas Brand")]),
    ("According to Senator Lina Osei, Governor Tomas Brand's decision was illegal.",
     [("Lina Osei", "criticizes", "Tomas Brand")]),
])
def test_reads_the_judgement(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, absent", [
    # An accused or blamed deed is only alleged: no asserted edge for it.
    ("Senator Lina Osei accused Governor Tomas Brand of backing Ghana.", ("Tomas Brand", "supports", "Ghana")),
    ("Senator Lina Osei blamed Governor Tomas Brand for attacking Ghana.", ("Tomas Brand", "attacks", "Ghana")),
    # A deed failed or refused is no deed done.
    ("Senator Lina Osei criticised Governor Tomas Brand for failing to support Ghana.",
     ("Tomas Brand", "supports", "Ghana")),
    # "for" after a verb that judges no one names a purpose, not a deed of the object.
    ("Senator Lina Osei paid Governor Tomas Brand for backing Ghana.", ("Tomas Brand", "supports", "Ghana")),
    # A word of regard after "as" censures no one.
    ("Senator Lina Osei described the Harbour Party's claim as sincere.", ("Lina Osei", "criticizes", "Harbour Party")),
    # A dismissal from office is no criticism.
    ("Governor Tomas Brand dismissed Senator Lina Osei as his deputy was ill.",
     ("Tomas Brand", "criticizes", "Lina Osei")),
    # An apology received, or one not demanded, criticizes no one; "the way" with no doer names none.
    ("Senator Lina Osei received an apology from Governor Tomas Brand.", ("Lina Osei", "criticizes", "Tomas Brand")),
    ("Senator Lina Osei did not demand an apology from Governor Tomas Brand.",
     ("Lina Osei", "criticizes", "Tomas Brand")),
    ("Senator Lina Osei criticised the way things went after Governor Tomas Brand left.",
     ("Lina Osei", "criticizes", "Tomas Brand")),
    # A tie to no harm, a report to no authority, a wrong alleged of no one named.
    ("Senator Lina Osei linked Governor Tomas Brand to the housing project.", ("Lina Osei", "accuses", "Tomas Brand")),
    ("Senator Lina Osei reported Governor Tomas Brand to the party board.", ("Lina Osei", "accuses", "Tomas Brand")),
    ("Senator Lina Osei alleged fraud in the office of Governor Tomas Brand.", ("Lina Osei", "accuses", "Tomas Brand")),
    # A turn of a road, a tear in a thing.
    ("Senator Lina Osei rounded on the Harbour Road.", ("Lina Osei", "criticizes", "Harbour Road")),
    ("Senator Lina Osei tore into Accra.", ("Lina Osei", "criticizes", "Ghana")),
    ("Senator Lina Osei tore the letter from Governor Tomas Brand into pieces.",
     ("Lina Osei", "criticizes", "Tomas Brand")),
    # A plea granted, or one only backed by a party, is no verdict against that party.
    ("The High Court granted a petition filed by the Harbour Party.", ("High Court", "rulesAgainst", "Harbour Party")),
    ("The High Court dismissed a petition backed by the Harbour Party.",
     ("High Court", "rulesAgainst", "Harbour Party")),
    # A second plural with no list of its own names no one; what it did is no example.
    ("Senator Lina Osei said most of the attacks were carried out by armed groups such as the Red Front and smaller "
     "groups that oppose the Harbour Party.", ("Lina Osei", "accuses", "Harbour Party")),
    # A news agency reports what others say.
    ("According to Reuters, Governor Tomas Brand had rigged the vote.", ("Reuters", "accuses", "Tomas Brand")),
    # A finding denied, a plea upheld, a penalty kept by one who is no court: no verdict against the party.
    ("The Accra District Court ruled that Governor Tomas Brand had not violated the law.",
     ("Accra District Court", "rulesAgainst", "Tomas Brand")),
    ("The Accra District Court upheld the appeal of Governor Tomas Brand.",
     ("Accra District Court", "rulesAgainst", "Tomas Brand")),
    ("Senator Lina Osei upheld the conviction of Governor Tomas Brand.", ("Lina Osei", "rulesAgainst", "Tomas Brand")),
    ("The Supreme Court of Ghana upheld the sentence of the Accra District Court.",
     ("Supreme Court", "rulesAgainst", "Accra District Court")),
    ("The Accra District Court handed Governor Tomas Brand a victory.",
     ("Accra District Court", "rulesAgainst", "Tomas Brand")),
    # Blame denied or guessed in a parenthesis, or a duty rather than a harm, accuses no one.
    ("Governor Tomas Brand, Senator Lina Osei said, was not responsible for the attack.",
     ("Lina Osei", "accuses", "Tomas Brand")),
    ("According to Senator Lina Osei, Governor Tomas Brand may have rigged the vote.",
     ("Lina Osei", "accuses", "Tomas Brand")),
    ("Governor Tomas Brand, Senator Lina Osei said, was responsible for the project.",
     ("Lina Osei", "accuses", "Tomas Brand")),
])
def test_near_miss_gives_no_edge(extract, text, absent):
    got = facts(extract(text), modality="asserted")
    assert absent not in got, got
