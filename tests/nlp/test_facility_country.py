"""A country's name before a facility's noun ("a U.S. base") is tagged a facility by the fixes that keep
"Maiquetia airport" from being a person: it is still the country, one node with its other mentions. Sentences and
names invented here."""
from __future__ import annotations

from conftest import entity_nodes


def test_a_country_before_a_facility_noun_is_the_country():
    labels = entity_nodes(
        "The courier Dario Quintal will serve his sentence in a U.S. prison, his lawyer said on Friday.\n\n"
        "Quintal had flown from Lima to the U.S. in March.")
    assert labels.get("United States") == "Country"
    assert "U.S." not in labels


def test_a_named_facility_stays_a_place():
    """Not a country's name: the facility's own name keeps its class."""
    labels = entity_nodes(
        "The courier Dario Quintal was held at Corvina prison for a week, his lawyer said on Friday.\n\n"
        "Quintal had flown from Lima in March.")
    assert labels.get("Dario Quintal") == "Person"
    assert labels.get("Corvina prison") == "Place"
