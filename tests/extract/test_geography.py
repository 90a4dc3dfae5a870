"""Where places, bodies and people are, as news writes it in passing: sentences written for the test, read by
the real pipeline. Each construction has its fact, and the look-alike sentences that state no such fact."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A ranked place followed by "in" and a larger place.
    ("The talks in Idlib province in Syria failed.", ("Idlib", "locatedIn", "Syria")),
    # A feature in a larger feature, across a relative clause.
    ("The ship sailed near the Spratly Islands in the South China Sea.",
     ("Spratly Islands", "locatedIn", "South China Sea")),
    ("The destroyer passed the Paracel Islands, which Vietnam also claims, in the South China Sea.",
     ("Paracel Islands", "locatedIn", "South China Sea")),
    # A place that becomes "the first community in" a larger one.
    ("Last month Nakuru announced that it would close its landfill, becoming the first town in Kenya to do so.",
     ("Nakuru", "locatedIn", "Kenya")),
    # "the town of X in Y"
    ("Workers at the plant in the town of Arzew in Oran province went on strike.", ("Arzew", "locatedIn", "Oran")),
    # A place described by its noun, with "in".
    ("The summit was held in Mombasa, a city in Kenya.", ("Mombasa", "locatedIn", "Kenya")),
    # A possessive place before a ranked name or a festival.
    ("Police raided a house in Songkhla's Rattaphum district on Monday.", ("Rattaphum", "locatedIn", "Songkhla")),
    ("Troops left Russia's Kursk region on Friday.", ("Kursk", "locatedIn", "Russia")),
    ("Protesters marched through Bangkok's Din Daeng district on Sunday.", ("Din Daeng", "locatedIn", "Bangkok")),
    ("The office in Rwanda's Southern Province opened.", ("Southern Province", "locatedIn", "Rwanda")),
    ("Dancers performed at Western Australia's Fremantle Festival on Sunday.",
     ("Fremantle Festival", "locatedIn", "Western Australia")),
    # A named festival and a court named by a place, with "in".
    ("Albanese spoke at the Garma festival in the Northern Territory on Saturday.",
     ("Garma festival", "locatedIn", "Northern Territory")),
    ("He was sentenced by the Bir Mourad Rais court in Algiers in 2020.",
     ("Bir Mourad Rais court", "basedIn", "Algiers")),
    # A named area of a ranked place, whatever the recogniser made of the names.
    ("Gunmen attacked a school in the Bang Klam area of Hat Yai district on Friday.",
     ("Bang Klam", "locatedIn", "Hat Yai")),
    # A town, a comma, a direction and the country; a town "in" a region written with its country's possessive.
    ("Gunmen struck Garissa, northern Kenya, on Monday.", ("Garissa", "locatedIn", "Kenya")),
    ("Fighting raged in Sloviansk in Ukraine's eastern Donetsk region on Monday.",
     ("Sloviansk", "locatedIn", "Donetsk")),
    # A town the recogniser reads as a person, described by a settlement's noun.
    ("Kassala, a city in eastern Sudan, was flooded.", ("Kassala", "locatedIn", "Sudan")),
    # The larger place named after its rank and "of".
    ("Nakuru, a city in the region of Rift Valley, was calm.", ("Nakuru", "locatedIn", "Rift Valley")),
    # A place described as a rank "of" a country.
    ("The talks were held in Mombasa, a port city of Kenya.", ("Mombasa", "locatedIn", "Kenya")),
    ("Mombasa is the second city of Kenya.", ("Mombasa", "locatedIn", "Kenya")),
    # Headquarters.
    ("The Kenya Medical Research Institute, headquartered in Nairobi, ran the trial.",
     ("Kenya Medical Research Institute", "basedIn", "Nairobi")),
    ("Protesters gathered outside the UN headquarters in New York.", ("UN", "basedIn", "New York")),
    # Residents, natives, and people who are from a place.
    ("Ahmed Said, a resident of Mombasa, was arrested on Friday.", ("Ahmed Said", "livesIn", "Mombasa")),
    ("Ahmed Said, a native of Mombasa, was arrested on Friday.", ("Ahmed Said", "livesIn", "Mombasa")),
    ("Nairobi resident John Kamau told reporters the water had gone.", ("John Kamau", "livesIn", "Nairobi")),
    ("John Kamau, who hails from Mombasa, was arrested.", ("John Kamau", "livesIn", "Mombasa")),
    ("Two of the suspects, John Kamau and Peter Otieno, were from Mombasa.", ("Peter Otieno", "livesIn", "Mombasa")),
])
def test_geography(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    # An event or a stay "in" a place is no fact of geography.
    "The summit in Nairobi ended on Friday.",
    "The festival in Kisumu drew crowds.",
    "Ahmed Said met Raila Odinga in Mombasa.",
    "John Kamau was in Mombasa on Friday.",
    # A feature discussed in a town is not in it; a country is the first in its continent, not in it.
    "Laborers from the West Bank in Israel lost their permits.",
    "Kenya became the first country in Africa to ban plastic bags.",
    # A trip from a place is not where one lives.
    "John Kamau returned from Mombasa on Friday.",
    "John Kamau flew from Mombasa to Nairobi.",
    "John Kamau was not from Mombasa.",
    # An "in" that belongs to another word.
    "She met the envoy of the Brittany Region in Senegal on Tuesday.",
    "Fighting in Idlib province in June killed ten.",
    # A person described by a noun with a settlement's word before it is no place.
    "John Kamau, a town councillor in Mombasa, said the water had gone.",
    # A list with a direction.
    "Ministers from Kenya, northern Uganda and Tanzania met.",
    # A denied description; a number "of" people.
    "Mombasa is not a city of Uganda.",
    "Mombasa, a city of two million people, was calm.",
    # A capitalised word opens a name: "Port-of-Spain" is no port of Spain.
    "Flights went to Antananarivo, Bogota, Havana, Port-of-Spain, and Port Moresby.",
    # A court with no name of its own, a branch and a seat not yet held.
    "A court in Algiers sentenced him.",
    "A Kenya court in Nairobi sentenced him.",
    "The bank opened its regional headquarters in Nairobi.",
    "The Nigerian embassy is about to move into new headquarters in Accra.",
])
def test_no_geography(extract, text):
    found = facts(extract(text))
    assert not any(p in {"locatedIn", "basedIn", "livesIn"} for _, p, _ in found), found


def test_a_rank_is_no_part_of_a_place_name(extract):
    # "Oran province" names Oran; "Eastern Province" is a name of its own.
    names = {m.name for m in extract("Fighting spread from Oran province to the Eastern Province.").mentions}
    assert "Oran" in names and "Oran province" not in names


@pytest.mark.parametrize("text", [
    "Lena Moreau, envoy of the Brittany Region in Senegal, spoke on Tuesday.",
    "Agents of the Narcotics Board of the Regional Headquarters in Volta seized the drugs.",
    "Troops held her in the town of Sopore in India-administered Kashmir.",
])
def test_no_geography_from_names_and_modifiers(extract, text):
    found = facts(extract(text))
    assert not any(p in {"locatedIn", "basedIn"} for _, p, _ in found), found


def test_a_country_lies_in_no_region_of_another(extract):
    # The possessive's region is the larger place for a town only: a country before "in" is where aid came from.
    found = facts(extract("Aid from Kenya in Ethiopia's Tigray region arrived."))
    assert ("Tigray", "locatedIn", "Ethiopia") in found
    assert not any(s == "Kenya" and p == "locatedIn" for s, p, _ in found), found
