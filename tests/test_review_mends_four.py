"""Near misses a review of this release's node rules ran through the pipeline, each wrong once: what must stay as
it was (sentences written here)."""
from __future__ import annotations

from conftest import entity_node_list, entity_nodes, facts, hand_tagged

import pytest


def test_a_person_previously_someones_deputy_is_not_that_someone():
    nodes = entity_nodes("William Ruto, previously Uhuru Kenyatta's deputy, won the election in Kenya.")
    assert nodes.get("William Ruto") == nodes.get("Uhuru Kenyatta") == "Person"


def test_two_countries_lower_case_parliaments_stay_two():
    nodes = entity_node_list("Iran's parliament approved the budget on Sunday, while Israel's parliament was "
                             "dissolved, said Dana Cohen.")
    assert [n for n, c in nodes if n == "parliament"] == ["parliament", "parliament"]


@pytest.mark.parametrize("text, name, cls", [
    ("The Gandhi movement inspired millions. Gandhi was killed in 1948, said Raj Mehta.", "Gandhi", "Person"),
    ("Activists of the Palestine movement marched in London. Palestine is recognised by many states.", "Palestine",
     "Country"),
    ("Country singer Charley Pride performed in Dallas on Friday.", "Charley Pride", "Person"),
    ("The Warsaw Pact invaded Czechoslovakia in 1968, historians in Prague recalled.", "Warsaw Pact", "Organization"),
    ("The ruling was read by Justice Ley Mwangi at the High Court in Nairobi.", "Ley Mwangi", "Person"),
    ("Ali, a vegetable seller, said prices had doubled in India this month. India's inflation is high. India will "
     "act.", "Ali", "Person"),
    ("The Tirana municipality said on Monday it would close schools. Albania's government agreed. Albania will pay. "
     "Albania is poor.", "Tirana", "City"),
    ("Beijing state media reported the launch. China said China would respond.", "Beijing", "City"),
])
def test_what_a_word_after_a_name_must_not_retype(text, name, cls):
    assert entity_nodes(text).get(name) == cls


def test_an_agencys_initials_are_not_a_partys_spelt_from_inside():
    nodes = entity_nodes("Imran Khan's Pakistan Tehreek-e-Insaf party held a rally in Lahore, PTI reported.")
    assert {"PTI", "Pakistan Tehreek-e-Insaf"} <= set(nodes)


@pytest.mark.parametrize("text, name", [
    ("Officials said Senator Elect Mary Wanjiku would be sworn in on Monday in Nairobi.", "Mary Wanjiku"),
])
def test_a_word_of_the_title_after_a_rank_is_no_given_name(text, name):
    assert name in entity_nodes(text)


def test_a_peoples_plural_of_two_words_is_a_people(nlp):
    from graphbuild.nlp.components import EntityFixes

    text = "South Africans queued to vote in Durban on Wednesday."
    doc = EntityFixes()(hand_tagged(nlp, text, [("South Africans", "GPE"), ("Durban", "GPE")]))
    assert {e.text: e.label_ for e in doc.ents}.get("South Africans") == "NORP"


def test_a_lawyer_for_a_body_works_for_it(extract):
    found = facts(extract("Mary Okafor, a lawyer for the Police Federation, said officers would strike."))
    assert ("Mary Okafor", "worksFor", "Police Federation") in found
