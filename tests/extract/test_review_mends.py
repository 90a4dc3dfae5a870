"""Near-misses that review found read as facts: a copula in the future, a war taken for a gathering, a verb of
wrong that names none, an office taken for a penalty, a protest taken for a harm, a tie that is over; and a direction after a
possessive that places the owned region."""
from __future__ import annotations

import pytest
from conftest import facts

LEAD = "Officials met on Monday. "


@pytest.mark.parametrize("text, absent", [
    ("Orvex Holdings will be a mining company based in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    ("Lumen Cloud Ltd will be a subsidiary of Orvex Holdings.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    ("Tomas Verel may be a teacher living in Mombasa.", ("Tomas Verel", "livesIn", "Mombasa")),
    ("Peter Olsen was in Paris for World War II.", ("Peter Olsen", "attends", "World War II")),
    ("The Accra District Court ruled that Governor Tomas Brand covered the costs.",
     ("Accra District Court", "rulesAgainst", "Tomas Brand")),
    ("The Accra District Court handed Governor Tomas Brand a second term.",
     ("Accra District Court", "rulesAgainst", "Tomas Brand")),
    ("Senator Lina Osei linked Governor Tomas Brand to the protest.", ("Lina Osei", "accuses", "Tomas Brand")),
    # A tie told as over.
    ("Chad and Niger were once bitter enemies.", ("Chad", "opposes", "Niger")),
    ("Kenya and Uganda were enemies until 1990.", ("Kenya", "opposes", "Uganda")),
])
def test_no_fact_from_a_near_miss(extract, text, absent):
    found = facts(extract(LEAD + text), modality="asserted")
    assert absent not in found, found


@pytest.mark.parametrize("text, fact", [
    # The same forms stated as they are: the guard narrows the rule, it does not switch it off.
    ("Orvex Holdings is a mining company based in Lusaka.", ("Orvex Holdings", "basedIn", "Lusaka")),
    ("Lumen Cloud Ltd is a subsidiary of Orvex Holdings.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    ("Senator Lina Osei linked Governor Tomas Brand to the killing.", ("Lina Osei", "accuses", "Tomas Brand")),
    ("Chad and Niger are bitter enemies.", ("Chad", "opposes", "Niger")),
])
def test_the_stated_form_still_gives_the_fact(extract, text, fact):
    found = facts(extract(LEAD + text), modality="asserted")
    assert fact in found, found
