"""Names as the mention layer reads them: a country's department named with its field keeps its whole name, a place
and the country after its comma are two places, a capital stays a place beside a name that ends in it, a gathering
named without its head word is that gathering, and "the police" is a body. Real pipeline, sentences written for the
test."""
from __future__ import annotations

import pytest
from conftest import facts, hand_tagged


def test_a_countrys_department_named_with_its_field_keeps_its_name(extract):
    ex = extract("Tomas Reinholt, who heads the UK Ministry of Defence, said the ships were ready.")
    assert ("Tomas Reinholt", "leaderOf", "UK Ministry of Defence") in facts(ex)
    # A title after the country is the country's: no body.
    ex = extract("The US Secretary of Commerce, Tomas Reinholt, said the ships were ready.")
    assert not any("Secretary" in m.name for m in ex.mentions)


def test_a_capital_ending_a_name_tagged_a_person_stays_a_place(nlp):
    doc = nlp("She sailed on the liner Reine de Paris in 1890. Years later she returned to Paris to paint.")
    assert [e.label_ for e in doc.ents if e.text == "Paris"] == ["GPE"]


def test_a_family_name_alone_is_still_the_person(nlp):
    doc = nlp("Maria Delgado met reporters in Quito. Delgado said the plan was sound.")
    assert [e.label_ for e in doc.ents if e.text == "Delgado"] == ["PERSON"]


def _fixed(nlp, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """The entity fixes on the model's entities set by hand, whatever the tagger would read."""
    doc = nlp.get_pipe("graphbuild_entity_fixes")(hand_tagged(nlp, text, spans))
    return {e.text: e.label_ for e in doc.ents}


@pytest.mark.parametrize("text, joined, label, first, second", [
    # A dateline, and a place with the region of its country after a direction.
    ("KESTOWN, Zambia, Mar 3 2023 (Wire) - Maize prices rose again this week.", "KESTOWN, Zambia", "GPE",
     "KESTOWN", "Zambia"),
    ("She grew up in Ondavo, southeast Namibia, before the war.", "Ondavo, southeast Namibia", "GPE",
     "Ondavo", "Namibia"),
    # A capitalised direction is part of the region's name.
    ("Prices fell in Kestown, South Australia and Tasmania.", "Kestown, South Australia", "GPE",
     "Kestown", "South Australia"),
    ("She studied at the Kessel Institute of Mining, Ghana, for two years.", "Kessel Institute of Mining, Ghana", "ORG",
     "Kessel Institute of Mining", "Ghana"),
])
def test_a_name_and_its_country_after_a_comma_are_two_names(nlp, text, joined, label, first, second):
    ents = _fixed(nlp, text, [(joined, label)])
    assert ents.get(first) == ("ORG" if label == "ORG" else "GPE") and ents.get(second) == "GPE"


def test_a_comma_before_no_country_joins_nothing_new(nlp):
    # A name after the comma that is no country or region is left as the tagger read it.
    ents = _fixed(nlp, "The Rosehill Press Agency, Lumen, carried the report.",
                  [("Rosehill Press Agency, Lumen", "ORG")])
    assert ents == {"Rosehill Press Agency, Lumen": "ORG"}


@pytest.mark.parametrize("text, fact", [
    ("Marta Ilves accused the police of beating her after the march.", ("Marta Ilves", "accuses", "police")),
    ("Tomas Reinholt joined the police in 2004.", ("Tomas Reinholt", "memberOf", "police")),
])
def test_the_police_written_lower_case_is_a_body(extract, text, fact):
    assert fact in facts(extract(text))


def test_a_word_of_the_police_before_a_noun_is_no_body(nlp):
    # "the police station", "the police chief": the noun is the head; the police are not named.
    doc = nlp("Marta Ilves walked to the police station with the police chief.")
    assert not any(e.text.lower() == "police" for e in doc.ents)


def _keys(nlp, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    from graphbuild.extract import extract_doc
    from graphbuild.ingest import make_article
    from graphbuild.resolve.resolver import resolve

    doc = nlp.get_pipe("graphbuild_entity_fixes")(hand_tagged(nlp, text, spans))
    ex = extract_doc(doc, make_article(text=text, origin="<test>", published="2022-07-20"))
    resolved = resolve([ex])
    return {m.name: resolved.key_of(ex.article.id, m.id) for m in ex.mentions}


def test_a_gathering_named_without_its_head_word_is_that_gathering(nlp):
    # The short name tagged a person: no person is called so here; it is the festival, one node.
    keys = _keys(nlp, "Premier Lena Vos spoke at Ondara on Saturday, the last day of the Ondara Festival.",
                 [("Lena Vos", "PERSON"), ("Ondara", "PERSON"), ("Ondara Festival", "EVENT")])
    assert keys["Ondara"] == keys["Ondara Festival"]


def test_a_person_named_like_a_gathering_without_its_word_stays_a_person(nlp):
    # No gathering of that name: the person stays.
    keys = _keys(nlp, "Premier Lena Vos met Ondara on Saturday at the Kessel Festival.",
                 [("Lena Vos", "PERSON"), ("Ondara", "PERSON"), ("Kessel Festival", "EVENT")])
    assert keys["Ondara"].startswith("person/")
