"""Trips, homes, gatherings and small places as news writes them without the plain verb: "headed to", "is in X
for talks", "his home in X", "moved to X", "the X Summit held in Y", "Tarqui village in Manabi province".
Sentences written for the test, read by the real pipeline; each construction has look-alikes that state no such
fact."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A person's trip told by a verb of motion, a stay on an errand, or a noun of the trip.
    ("Foreign Minister Peter Olsen headed to Ghana on Sunday.", ("Peter Olsen", "visits", "Ghana")),
    ("Foreign Minister Peter Olsen returned from Ghana on Sunday.", ("Peter Olsen", "visits", "Ghana")),
    ("Peter Olsen, who is in Accra for talks, said the deal was close.", ("Peter Olsen", "visits", "Accra")),
    ("Foreign Minister Peter Olsen was in Ghana last week to meet officials.", ("Peter Olsen", "visits", "Ghana")),
    ("Upon his arrival in Accra, Peter Olsen met Kofi Mensah.", ("Peter Olsen", "visits", "Accra")),
    ("Peter Olsen made a geological expedition to Lake Tana.", ("Peter Olsen", "visits", "Lake Tana")),
    ("Foreign Minister Peter Olsen was in Ghana on a two-day visit.", ("Peter Olsen", "visits", "Ghana")),
    ("Foreign Minister Peter Olsen flew into Accra on Monday.", ("Peter Olsen", "visits", "Accra")),
    ("Peter Olsen stopped in Accra on his way to Lagos.", ("Peter Olsen", "visits", "Accra")),
    ("Peter Olsen was in Accra on Monday, where he met Kofi Mensah.", ("Peter Olsen", "visits", "Accra")),
    ("Peter Olsen's Ghana visit ended on Monday.", ("Peter Olsen", "visits", "Ghana")),
    ("During his Ghana visit, Peter Olsen met Kofi Mensah.", ("Peter Olsen", "visits", "Ghana")),
    # A visitor's clause says where the visit is.
    ("Visiting Danish Foreign Minister Peter Olsen met President Kofi Mensah in Accra on Monday.",
     ("Peter Olsen", "visits", "Accra")),
    ("The visiting Danish foreign minister, Peter Olsen, met President Kofi Mensah in Accra on Monday.",
     ("Peter Olsen", "visits", "Accra")),
    # A party a person leads on the trip.
    ("A mission led by Peter Olsen arrived in Accra on Sunday.", ("Peter Olsen", "visits", "Accra")),
    ("Peter Olsen led a group to Accra, where he met President Kofi Mensah.", ("Peter Olsen", "visits", "Accra")),
    # A possessive opening the sentence names the subject written as a title and a name.
    ("In his first visit to Ghana, the Danish leader Peter Olsen met President Kofi Mensah.",
     ("Peter Olsen", "visits", "Ghana")),
    # A possessive deep in a phrase opening the sentence names its subject.
    ("On the second day of his visit to Ghana, Peter Olsen met President Kofi Mensah.",
     ("Peter Olsen", "visits", "Ghana")),
    # The visitor named after "of".
    ("The state visit of Danish Prime Minister Peter Olsen to Ghana ended on Monday.",
     ("Peter Olsen", "visits", "Ghana")),
    # A trip set beside the name between commas.
    ("Peter Olsen, on a visit to Ghana, met President Kofi Mensah.", ("Peter Olsen", "visits", "Ghana")),
])
def test_trip(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    "Peter Olsen came to power in Ghana in 1990.",
    "Peter Olsen went to the Osu police station on Monday.",
    "Peter Olsen was in Ghana to study medicine.",
    "Peter Olsen will head to Ghana next week.",
    "Peter Olsen did not go to Ghana.",
    "Peter Olsen was going to Accra when the bus crashed.",
    "The money went to Ghana last year.",
    "Peter Olsen was in Accra, where he lives.",
    "The rain stopped in Accra.",
    "Peter Olsen was visiting professor at the University of Ghana.",
    # A trip planned or called off.
    "Ahead of his Ghana visit, Peter Olsen said the deal was close.",
    "Peter Olsen plans a Ghana visit next year.",
    "Peter Olsen cancelled his Ghana visit.",
    "Peter Olsen cancelled his visit to Ghana.",
    "Peter Olsen postponed his arrival in Accra.",
    "Peter Olsen, on a planned visit to Ghana, will meet Kofi Mensah.",
    "Kofi Mensah, on the visit to Ghana, said it went well.",
    "The deal, signed on the second day of his visit to Ghana, pleased Peter Olsen.",
    "The planned visit of Peter Olsen to Ghana was cancelled.",
    "Kofi Mensah cancelled the visit of Peter Olsen to Ghana.",
    "The letter of Peter Olsen to Ghana was published.",
])
def test_no_trip(extract, text):
    found = facts(extract(text), modality="asserted")
    assert not any(p == "visits" for _, p, _ in found), found


def test_a_trip_set_beside_a_name_is_the_agents_when_one_is_named(extract):
    found = facts(extract("Kofi Mensah, on a visit to Ghana by Peter Olsen, said nothing."), modality="asserted")
    assert ("Kofi Mensah", "visits", "Ghana") not in found, found


@pytest.mark.parametrize("text, fact", [
    ("Mariam Chande died at her home in Mombasa on Monday.", ("Mariam Chande", "livesIn", "Mombasa")),
    ("Ahmed Ali's residence in Mombasa was raided.", ("Ahmed Ali", "livesIn", "Mombasa")),
    ("Ahmed Ali moved to Mombasa in 1990.", ("Ahmed Ali", "livesIn", "Mombasa")),
    ("Ahmed Ali, who settled in Mombasa, was arrested.", ("Ahmed Ali", "livesIn", "Mombasa")),
    ("Ahmed Ali, 35, of Mombasa, was arrested on Monday.", ("Ahmed Ali", "livesIn", "Mombasa")),
    ("Mombasa lawyer Ahmed Ali said the case was weak.", ("Ahmed Ali", "livesIn", "Mombasa")),
    ("Ahmed Ali, a Mombasa businessman, was arrested.", ("Ahmed Ali", "livesIn", "Mombasa")),
    # A participle of living on the noun that describes the person.
    ("John Kamau, a shopkeeper living in Mombasa, said the water had gone.", ("John Kamau", "livesIn", "Mombasa")),
    ("Tomas Verel is a herder residing in Marsabit.", ("Tomas Verel", "livesIn", "Marsabit")),
])
def test_home(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    "Ahmed Ali considers moving the family to Mombasa.",
    "Ahmed Ali moved his troops to Mombasa.",
    "Ahmed Ali will move to Mombasa next year.",
    "Ahmed Ali returned to his home country of Kenya.",
    # A country before the noun is a nationality.
    "Kenya lawyer Ahmed Ali said the case was weak.",
    # A denied description; people living somewhere are no one named.
    "Tomas Verel is not a farmer living in Mombasa.",
    "Tomas Verel said many people living in Mombasa lost power.",
])
def test_no_home(extract, text):
    found = facts(extract(text), modality="asserted")
    assert not any(p == "livesIn" for _, p, _ in found), found


@pytest.mark.parametrize("text, fact", [
    # A name, its rank or kind, "in" a larger place, whatever the recogniser made of the name.
    ("Residents of Tarqui village in Manabi province fled.", ("Tarqui", "locatedIn", "Manabi")),
    ("The attack took place in Kalor town in Sindh province.", ("Kalor", "locatedIn", "Sindh")),
    # A town's name the recogniser read as a people, after its noun.
    ("Fighting spread in the Ethiopian town of Adigrat.", ("Adigrat", "locatedIn", "Ethiopia")),
    # A ranked place "of" a larger ranked place: a capitalised rank the recogniser read into the name, "of the",
    # a province that shares a city's name, a local rank "of" its district.
    ("Floods hit the Ndawe District of the Kumbo Region on Monday.", ("Ndawe District", "locatedIn", "Kumbo Region")),
    ("Floods hit the Rattaphum district of Songkhla province.", ("Rattaphum", "locatedIn", "Songkhla")),
    ("A stray bullet hit a boy in Torvik upazila of Haldenpur last night.", ("Torvik", "locatedIn", "Haldenpur")),
    # A rank after the second of two names says it is the larger place.
    ("Police raided a house in Ratodero, Larkana district, on Monday.", ("Ratodero", "locatedIn", "Larkana")),
    # A region "in" a country after a direction word, which also brings the country's name the model missed.
    ("Fighting spread in Tigray in northern Ethiopia.", ("Tigray", "locatedIn", "Ethiopia")),
    # A named gathering lies where it is held.
    ("The Africa Climate Summit was held in Nairobi last week.", ("Africa Climate Summit", "locatedIn", "Nairobi")),
    ("The Africa Climate Summit, held in Nairobi, ended on Friday.",
     ("Africa Climate Summit", "locatedIn", "Nairobi")),
    ("During the second session of the Global Forest Assembly, which took place in May in Geneva, a plan was "
     "agreed.", ("Global Forest Assembly", "locatedIn", "Geneva")),
])
def test_place_in_place(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, fact", [
    # A state's mission abroad is seated in its host country.
    ("The Ethiopian Embassy in Kuwait issued a statement.", ("Ethiopian Embassy", "basedIn", "Kuwait")),
])
def test_mission(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, fact", [
    # A capitalised rank is a body's name; a people's adjective is no place; a summit is no body seated there.
    ("She met the envoy of the Azores Region in Portugal.", ("Azores Region", "locatedIn", "Portugal")),
    ("They farm at the Jewish settlement in the Jordan Valley.", ("Jewish", "locatedIn", "Jordan Valley")),
    ("Delegates gathered at the Africa Climate Summit in Nairobi.", ("Africa Climate Summit", "basedIn", "Nairobi")),
    ("They met representatives of Sinotrade in Beijing to discuss plans.", ("Sinotrade", "basedIn", "Beijing")),
    ("Floods hit Marsabit, Garissa district and Kilifi.", ("Marsabit", "locatedIn", "Garissa")),
    ("Clashes erupted in Kidal, Kidal region, on Monday.", ("Kidal", "locatedIn", "Kidal")),
    ("Workers from the West Bank in Jordan were paid.", ("West Bank", "locatedIn", "Jordan")),
    # "of the" before a place with no rank; a town's kind "of" a town or a country names the larger place first.
    ("Aid reached the Kolmani district of the Narebi Valley.", ("Kolmani", "locatedIn", "Narebi Valley")),
    ("He moved to the Velmora city of Kestow.", ("Velmora", "locatedIn", "Kestow")),
    ("Troops entered the Gulf state of Qatar.", ("Gulf", "locatedIn", "Qatar")),
])
def test_not_place_in_place(extract, text, fact):
    assert fact not in facts(extract(text))


@pytest.mark.parametrize("text, fact", [
    # One somewhere for a gathering is on a trip there and at the gathering.
    ("Peter Olsen is in Accra for the funeral of Kofi Mensah.", ("Peter Olsen", "attends", "funeral")),
    ("Peter Olsen is in Accra for the funeral of Kofi Mensah.", ("Peter Olsen", "visits", "Accra")),
    ("Peter Olsen was in Accra for a meeting with Kofi Mensah.", ("Peter Olsen", "attends", "meeting")),
])
def test_there_for_a_gathering(extract, text, fact):
    found = facts(extract(text), modality="asserted")
    assert fact in found, found


@pytest.mark.parametrize("text", [
    # Talks are no one gathering; a stay that is no trip, a denial and a plan are no attendance.
    "Peter Olsen is in Accra for talks with Kofi Mensah.",
    "Peter Olsen was in hospital for the summit.",
    "Peter Olsen was not in Accra for the funeral.",
    "Peter Olsen will be in Accra for the funeral.",
])
def test_not_there_for_a_gathering(extract, text):
    found = facts(extract(text), modality="asserted")
    assert not any(p == "attends" for _, p, _ in found), found
