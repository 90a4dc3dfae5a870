"""Near-misses that review of the merged rules found read as facts (a succession planned, done elsewhere or with
another office; a lead's title given to someone an event befell; a list run across two clauses; a deputy's rank
other than "deputy"; a co-founder; a forecast taken for a warning; a plain question taken for criticism; a
programme taken for a body's unit), and stated forms that an over-strict rule missed."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, absent", [
    ("Paul Adjei, the president of Togo, will replace Ivo Marr as chairman.", ("Ivo Marr", "leaderOf", "Togo")),
    ("Paul Adjei, the president of Togo, replaced Ivo Marr with Kofi Mensah.", ("Ivo Marr", "leaderOf", "Togo")),
    ("Lena Osei, the CEO of Kestrel Holdings, replaced Ivo Marr at Harwick Bank.",
     ("Ivo Marr", "leaderOf", "Kestrel Holdings")),
    ("Paul Adjei, the president of Togo, replaced Ivo Marr as chairman of the Lome Stars.",
     ("Ivo Marr", "leaderOf", "Togo")),
    ("Paul Adjei, the president of Togo, said his successor, Ivo Marr, would take office in June.",
     ("Ivo Marr", "leaderOf", "Togo")),
    ("Kenya's foreign minister visited the prison on Monday. Amina Wanjiru was named as a suspect.",
     ("Amina Wanjiru", "memberOf", "Kenya")),
    ("Dara Quellin spoke to Ivo Marchetti, and Lena Toshko of the Green Party said the vote was fair.",
     ("Ivo Marchetti", "memberOf", "Green Party")),
    ("Assistant Liberal leader Pia Lundqvist said the vote was fair.", ("Pia Lundqvist", "leaderOf", "Liberal Party")),
    ("Tomas Verel co-founded the Harwick Party in 1990.", ("Tomas Verel", "leaderOf", "Harwick Party")),
    ("The IMF warned that Kenya would face a slow response from donors.", ("IMF", "warns", "Kenya")),
    ("Senator Grace Wanjiru questioned why Governor Peter Kamau would come.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("The BBC's School Report series won an award.", ("School Report", "partOf", "BBC")),
])
def test_no_fact_from_a_near_miss(extract, text, absent):
    found = facts(extract(text))  # in no modality at all
    assert absent not in found, found


@pytest.mark.parametrize("text, fact", [
    ("Paul Adjei, the former president of Togo, said his successor, Ivo Marr, had failed.",
     ("Ivo Marr", "leaderOf", "Togo")),
    ("Lena Toshko and Ivo Marchetti of the Green Party said the vote was fair.",
     ("Ivo Marchetti", "memberOf", "Green Party")),
    ("Velmoran diplomat Tomas Reyka, ILO Director-General, said the talks failed.", ("Tomas Reyka", "leaderOf", "ILO")),
    ("Tomas Verel founded the Harwick Party in 1990.", ("Tomas Verel", "leaderOf", "Harwick Party")),
    ("Senator Grace Wanjiru criticised the Velmora Revenue Authority, charging it with fraud.",
     ("Grace Wanjiru", "accuses", "Velmora Revenue Authority")),
    ("Senator Grace Wanjiru took a jibe at Governor Peter Kamau.", ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Governor Peter Kamau shifted the blame onto Senator Grace Wanjiru.", ("Peter Kamau", "accuses", "Grace Wanjiru")),
])
def test_stated_forms(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, name, label", [
    # A word of a longer person's name, or one after a title, stays a person beside a gathering named after it.
    ("Kofi Adenle founded a charity. The Kofi Adenle Cup was played in Soweto.", "Kofi Adenle", "PERSON"),
    ("President Ondara opened the Ondara Festival in Kisumu.", "Ondara", "PERSON"),
    # "The police" at a sentence's start is the force, as "the police" is.
    ("The police said the suspect had fled.", "police", "ORG"),
    # A capital that is a person's surname stays his ("Reine de Paris" is a ship's place name, not this).
    ("Marcus Washington arrived in Lagos. Washington said the film was done.", "Washington", "PERSON"),
])
def test_names_kept(nlp, text, name, label):
    doc = nlp(text)
    assert all(e.label_ == label for e in doc.ents if e.text == name) and any(e.text == name for e in doc.ents), \
        [(e.text, e.label_) for e in doc.ents]


def test_a_body_sent_to_a_hospital_deploys_nothing(extract):
    found = facts(extract("On Monday the police sent the dead man's body for autopsy to Kestow General Hospital."))
    assert not any(p == "deploysTo" for _, p, _ in found), found
    # Troops sent are still deployed.
    assert ("Kenya", "deploysTo", "Somalia") in facts(extract("Kenya sent 300 troops to Somalia in March."))


def test_a_visitor_holds_no_office_of_the_story_country(story):
    # "During his visit to Ghana, President X": no one visits the country he holds office in; a president the
    # sentence sets in the story's capital still holds its office.
    lead = "Ghana and Togo signed a trade deal on Monday. "
    visit = facts(story(lead + "During his visit to Ghana, President Tomas Verel said trade would grow.", "Accra"))
    assert ("Tomas Verel", "visits", "Ghana") in visit and ("Tomas Verel", "leaderOf", "Ghana") not in visit, visit
    home = facts(story(lead + "In Accra, President Tomas Verel said trade would grow.", "Accra"))
    assert ("Tomas Verel", "leaderOf", "Ghana") in home, home


@pytest.mark.parametrize("text, fact, holds", [
    # Acting on someone's critics through a preposition is no criticism of him; being one of them is.
    ("Senator Grace Wanjiru hit back at Governor Peter Kamau's critics.", ("Grace Wanjiru", "criticizes", "Peter Kamau"),
     False),
    ("Senator Grace Wanjiru responded to Governor Peter Kamau's critics on Monday.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau"), False),
    ("Senator Grace Wanjiru is one of Governor Peter Kamau's fiercest critics.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau"), True),
    ("Senator Grace Wanjiru is among Governor Peter Kamau's critics.", ("Grace Wanjiru", "criticizes", "Peter Kamau"),
     True),
])
def test_acted_on_through_a_preposition(extract, text, fact, holds):
    assert (fact in facts(extract(text))) == holds


@pytest.mark.parametrize("text, absent, present", [
    # An onlooker of talks is no side of them.
    ("Kenya kept following the talks with Uganda closely.", ("Kenya", "negotiatesWith", "Uganda"), None),
    ("Kenya held talks with Uganda.", None, ("Kenya", "negotiatesWith", "Uganda")),
    # "its" of a delegation that stands for a state: the delegation's head is one of the state's people.
    ("The Kenyan delegation was led by its commissioner, Tomas Verel.", ("Tomas Verel", "leaderOf", "Kenya"),
     ("Tomas Verel", "memberOf", "Kenya")),
    ("Kenya welcomed the deal, and its president, Tomas Verel, praised it.", None, ("Tomas Verel", "leaderOf", "Kenya")),
])
def test_onlookers_and_delegations(extract, text, absent, present):
    found = facts(extract(text))
    assert absent is None or absent not in found, found
    assert present is None or present in found, found
