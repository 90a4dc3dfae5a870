"""Places inside places written on the surface (enclosed.py): sentences written for the test, read by the real
pipeline. Each construction has its fact, and look-alike sentences that state no such fact."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A name with a lower-case noun for its kind, then "in" and a larger place.
    ("The men dumped the sacks into the Tana river in Garissa county last week.",
     ("Tana river", "locatedIn", "Garissa")),
    ("Rights groups reported abuses in the Tibet autonomous region in western China.",
     ("Tibet", "locatedIn", "China")),
    ("The fire broke out at a shop in the Kibera area in Nairobi on Sunday.", ("Kibera", "locatedIn", "Nairobi")),
    # A town after a locative word, before "in" and a larger place, however the parser hangs the "in".
    ("Police found the car at Eldoret in Uasin Gishu on Monday.", ("Eldoret", "locatedIn", "Uasin Gishu")),
    # A town written with its region's or city's possessive.
    ("Police arrested two men in Mombasa's Likoni on Monday.", ("Likoni", "locatedIn", "Mombasa")),
    # A town with its region in brackets, whether or not the recogniser reads the two as one name.
    ("He was held at a house in Nilambur (Malappuram) for a year.", ("Nilambur", "locatedIn", "Malappuram")),
    ("Two managers were charged over fraud at the Hassi Messaoud (Ouargla, south) oil field.",
     ("Hassi Messaoud", "locatedIn", "Ouargla")),
])
def test_enclosed(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    # An "in" on the verb after a kind noun: where something happened, not where the place lies.
    "The Tana river flooded in March.",
    # A city holds no province.
    "Aid reached the Garissa province in Nairobi.",
    # A town "in" a country the gazetteer puts it out of: someone acting elsewhere.
    "The delegation from Moscow in Kenya met the minister.",
    # A possessor's name that qualifies a noun: an operation, an army.
    "Workers left Foxconn's Zhengzhou operation on Monday.",
    "He commanded Akbar's Gujarat army.",
    # A capital speaks for its country.
    "Beijing's Hong Kong policy has drawn criticism.",
    # A bracket that holds the place's other name or an abbreviation.
    "He moved to Mumbai (Bombay) in 1990.",
    "Fishing is banned in the Wildlife Protected Areas (WPAs) of the coast.",
])
def test_not_enclosed(extract, text):
    found = facts(extract(text))
    assert not any(p == "locatedIn" for _, p, _ in found), found
