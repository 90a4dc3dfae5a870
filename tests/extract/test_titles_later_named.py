"""Titles of a state's office in forms the rules did not read: "Secretary for X" and "Secretary of State for X"
(extract/bare.py), "President of the Republic" (extract/republic.py), a lead's titled subject whose holder the
next sentence names (extract/lead.py), "Ambassador of X in Y" (extract/listed.py), "the X administration" with
the name parsed as an adjective (extract/governments.py), an office the clause gives ("was elected president",
extract/predicate.py), the host met by a visitor of another country (extract/hosts.py) and demonyms written in a
second spelling (extract/peoplewords.py). Stories written for the test."""
from __future__ import annotations

import pytest
from conftest import facts

ROLES = {"leaderOf", "memberOf", "spokespersonFor"}


@pytest.mark.parametrize("text, dateline, fact", [
    # A secretary of a portfolio is a minister of the story's country.
    ("Secretary for Transport Wong Kai-ming told lawmakers that bus fares would rise in May.", "Hong Kong",
     ("Wong Kai-ming", "memberOf", "Hong Kong")),
    ("Chan Siu-fong, the Secretary for Security, said the new law would pass this month.", "Hong Kong",
     ("Chan Siu-fong", "memberOf", "Hong Kong")),
    ("Secretary of State for Justice Aoife Brennan told lawmakers that fines would rise.", "Dublin",
     ("Aoife Brennan", "memberOf", "Ireland")),
    # The title in a lead, its holder named in the next sentence.
    ("Norway's trade minister on Tuesday tied the end of a fishing pact with Iceland to rising fuel costs. "
     "Speaking to a radio station, Kari Solberg-Hansen said the decision had not surprised her.", None,
     ("Kari Solberg-Hansen", "memberOf", "Norway")),
    ("Earlier, the acting Chilean interior minister said after a visit to Lima that Peru would reopen the border. "
     "\"We had good talks,\" Rodrigo Fuentes said in an interview.", None,
     ("Rodrigo Fuentes", "memberOf", "Chile")),
    # "the Republic" is the story's country.
    ("The President of the Republic, Kofi Adjei, opened the bridge on Sunday.", "Accra",
     ("Kofi Adjei", "leaderOf", "Ghana")),
    ("Pablo Mena, Vice President of the Republic, said the strike was paid for by smugglers.", "Quito",
     ("Pablo Mena", "memberOf", "Ecuador")),
    # An envoy of the country after "of", posted to the place after "in".
    ("The talks were also attended by the Ambassador of Qatar in Amman Khalid Bin Nasser Al-Thani.", None,
     ("Khalid Bin Nasser Al-Thani", "memberOf", "Qatar")),
    # A head's name before "administration", which the parser may take for an adjective.
    ("The Doric administration then decided to lift the curfew and send mediators instead.", "Santiago",
     ("Doric", "leaderOf", "Chile")),
    # The office given in the clause: elected, sworn in, become; the inverted copula.
    ("Peru's farms grew. Peru's roads improved. Peru voted. In 1911, Pedro Alvarez was elected as President.",
     None, ("Pedro Alvarez", "leaderOf", "Peru")),
    ("Pedro Alvarez was sworn in as president on Monday.", "Lima", ("Pedro Alvarez", "leaderOf", "Peru")),
    ("Pedro Alvarez became prime minister in May.", "Lima", ("Pedro Alvarez", "leaderOf", "Peru")),
    ("The first vice president was Pedro Alvarez, who held the post for three years.", "Lima",
     ("Pedro Alvarez", "memberOf", "Peru")),
    # A second spelling of a demonym.
    ("Somalian President Abdi Warsame met the delegation in the capital on Monday.", None,
     ("Abdi Warsame", "leaderOf", "Somalia")),
    ("Kazakhstani Foreign Minister Nurlan Abenov arrived in the capital on Monday.", None,
     ("Nurlan Abenov", "memberOf", "Kazakhstan")),
])
def test_a_state_office_written_without_its_country(story, text, dateline, fact):
    assert fact in facts(story(text, dateline))


VISIT = ("Deputy Secretary Anna Holt of the United States met on Monday with the Deputy Minister of Works and "
         "Transport, Hon Neema Kimaro, to sign a grant for rural roads. The United States gave the grant to Tanzania.")


def test_the_host_met_by_a_visitor_is_of_the_sites_country(story):
    # The visitor's country is written beside her; the site's country is the other, the host's.
    found = facts(story(VISIT, None, "https://www.dailyroads.co.tz/news/grant-for-roads/"))
    assert ("Neema Kimaro", "memberOf", "Tanzania") in found
    assert ("Neema Kimaro", "memberOf", "United States") not in found
    # A visitor tied to no country leaves the host unsure.
    found = facts(story(VISIT.replace(" of the United States", ""), None, "https://www.dailyroads.co.tz/news/grant/"))
    assert not any(s == "Neema Kimaro" and p in ROLES for s, p, _ in found)


@pytest.mark.parametrize("text, dateline, wrong", [
    # "Secretary of State" alone is the United States' office, not the story country's.
    ("Secretary of State Amos Kiprono met the president on Monday.", "Nairobi", ("Amos Kiprono", "Kenya")),
    # "Secretary of Commerce" is most often the US office, a visitor's.
    ("Brazil's exports grew. Brazil sold more soy. Brazil expects more. Then-secretary of commerce Dan Hale urged "
     "Brazilian firms to buy more.", None, ("Dan Hale", "Brazil")),
    # A body's secretary is the body's.
    ("The General Secretary of the Teachers Union, Juma Otieno, met the minister.", "Nairobi",
     ("Juma Otieno", "Kenya")),
    # An office with its own body, one only hoped for, or given by the subject to another.
    ("Pedro Alvarez was elected president of the teachers union.", "Lima", ("Pedro Alvarez", "Peru")),
    ("Pedro Alvarez hopes to become president.", "Lima", ("Pedro Alvarez", "Peru")),
    ("Pedro Alvarez would become president if he won.", "Lima", ("Pedro Alvarez", "Peru")),
    ("Pedro Alvarez named Juan Soto as finance minister.", "Lima", ("Pedro Alvarez", "Peru")),
    # An adviser to the president is not the president.
    ("Adviser to the President of the Republic, Karim Said, spoke on Monday.", "Algiers", ("Karim Said", "Algeria")),
    # The next sentence names its own person: an economist, someone named before, or two people.
    ("Norway's trade minister on Tuesday warned that fuel would cost more. Economist Lars Berg said the "
     "warning came late.", None, ("Lars Berg", "Norway")),
    ("Lars Berg spoke first. Norway's trade minister on Tuesday warned that fuel would cost more. "
     "Lars Berg said the warning came late.", None, ("Lars Berg", "Norway")),
    ("Norway's trade minister on Tuesday warned that fuel would cost more. Kari Solberg-Hansen said Lars Berg had "
     "warned her.", None, ("Kari Solberg-Hansen", "Norway")),
    # The title in a clause someone else said: the next name may answer him.
    ("Brazil's exports grew. Lars Berg spoke on Monday. He added that Norway's trade minister had agreed. "
     "\"Not so,\" Kari Lund replied.", None, ("Kari Lund", "Norway")),
    # The title's own sentence names a person.
    ("Norway's trade minister on Tuesday met Lars Berg to talk about fuel. Kari Solberg-Hansen said the talks went "
     "well.", None, ("Kari Solberg-Hansen", "Norway")),
])
def test_no_state_office_where_the_title_is_anothers(story, text, dateline, wrong):
    found = facts(story(text, dateline))
    assert not any((s, o) == wrong and p in ROLES for s, p, o in found), found
