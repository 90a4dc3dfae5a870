"""An office and its country tagged one name ("the Emir of Qatar"): the country is the node; the holder, unnamed,
is none (nlp/splits.split_office). Entities are tagged by hand, so the rule is tested whatever the tagger reads."""
from __future__ import annotations

from conftest import hand_tagged


def _fixed(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = nlp.get_pipe("graphbuild_entity_fixes")(hand_tagged(nlp, text, spans))
    return [(e.text, e.label_) for e in doc.ents]


def test_an_office_of_a_country_is_the_country(nlp):
    assert _fixed(nlp, "The Emir of Qatar received the delegation on Sunday.", [("Emir of Qatar", "GPE")]) == [
        ("Qatar", "GPE")]
    assert _fixed(nlp, "Aides to the King of Jordan declined to comment.", [("King of Jordan", "ORG")]) == [
        ("Jordan", "GPE")]


def test_an_office_of_a_city_or_a_body_named_of_a_country_is_kept(nlp):
    # Lagos is no country; a bank is no office.
    assert _fixed(nlp, "The Governor of Lagos opened the bridge.", [("Governor of Lagos", "GPE")]) != [
        ("Lagos", "GPE")]
    assert _fixed(nlp, "The Central Bank of Jordan raised rates.", [("Central Bank of Jordan", "ORG")]) == [
        ("Central Bank of Jordan", "ORG")]


def test_a_states_formal_name_is_no_office(nlp):
    assert _fixed(nlp, "Envoys of the State of Kuwait arrived on Monday.", [("State of Kuwait", "GPE")]) == [
        ("State of Kuwait", "GPE")]
