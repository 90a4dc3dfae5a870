"""Countries in blocs, where a sentence says so, on sentences written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    ("EU member Ireland signed the trade deal on Tuesday.", ("Ireland", "memberOf", "EU")),
    ("Ministers of ASEAN member states such as Vietnam and Thailand met in Jakarta.", ("Vietnam", "memberOf", "ASEAN")),
    ("Ministers of ASEAN member states such as Vietnam and Thailand met in Jakarta.", ("Thailand", "memberOf", "ASEAN")),
    ("Other EAC heads of state, among them Uganda's Yoweri Museveni, attended the launch.",
     ("Uganda", "memberOf", "EAC")),
    # "The bloc" where the article names one bloc stands for it.
    ("The European Union warned Algeria on Friday. Spain and the rest of the bloc are looking for gas.",
     ("Spain", "memberOf", "European Union")),
])
def test_a_sentence_that_names_a_country_with_its_bloc(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text, country", [
    # Not a member by the table: the sentence names it beside the bloc's members.
    ("EU members and Norway agreed on the quota.", "Norway"),
    # Joining is no membership yet.
    ("Turkey, which hopes to join the EU, objected to the plan.", "Turkey"),
    # "Member" of something else in the same sentence.
    ("Americans and NATO commanders fear the drones, said a member of parliament from Iran.", "United States"),
    # Memberships that changed within the years the table covers are left out.
    ("Britain and other EU members argued over fishing in 2015.", "Britain"),
    ("Finland's NATO membership was debated in the parliament.", "Finland"),
])
def test_no_membership_the_table_or_the_sentence_does_not_give(extract, text, country):
    assert not any(p == "memberOf" and s == country for s, p, _ in facts(extract(text)))
