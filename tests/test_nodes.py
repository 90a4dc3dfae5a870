"""Entity nodes of news text: where a name starts and ends, what class it gets, and which names are one thing.

Each test is one cause of a wrong node in tests/gold/newswire/judged/nodes.json, on sentences written here."""
from __future__ import annotations

from conftest import entity_nodes, hand_tagged

import pytest

from graphbuild.resolve.abbreviations import abbreviates


def _ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def _fixed(nlp, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """The entity fixes run on tagger output written by hand: (text, label) spans, first occurrence each."""
    from graphbuild.nlp.components import EntityFixes

    doc = hand_tagged(nlp, text, spans)
    return {e.text: e.label_ for e in EntityFixes()(doc).ents}


def _nodes(text: str) -> dict[str, str]:
    out = entity_nodes(text)
    assert out, "no entity node at all"
    return out


def test_a_party_keeps_its_bracketed_wing(nlp):
    ents = _ents(nlp, "Anil Varma of the Janata Dal (United) complained that the roads were poor. "
                      "Speaking to reporters, the JD(S) leader K R Mahadeva said the party would win.")
    assert ents.get("Janata Dal (United)") == "ORG" and "United" not in ents
    assert ents.get("JD(S)") == "ORG"
    # The tagger left the first initial out: a name that starts with an initial takes the one before it.
    assert ents.get("K R Mahadeva") == "PERSON"


def test_a_place_and_its_region_are_two_places(nlp):
    ents = _ents(nlp, "The blast happened in Asan, South Chungcheong, on Friday. "
                      "The farmers met in Paraná in Entre Ríos Province on Monday.")
    assert {"Asan", "South Chungcheong", "Paraná", "Entre Ríos Province"} <= set(ents)
    assert "Asan, South Chungcheong" not in ents


def test_a_town_and_its_bracketed_region_are_two_places(nlp):
    ents = _fixed(nlp, "He was held in Nilambur (Malappuram) for a year.", [("Nilambur (Malappuram", "GPE")])
    assert ents.get("Nilambur") == "GPE" and ents.get("Malappuram") == "GPE"


def test_a_title_inside_a_name_starts_the_person(nlp):
    ents = _fixed(nlp, "In an interview with The Gazette Dr. Karim Haddad said attacks rose. Nuncio Jan Novak left.",
                  [("The Gazette Dr. Karim Haddad", "ORG"), ("Nuncio Jan Novak", "PERSON")])
    assert ents.get("Karim Haddad") == "PERSON" and ents.get("Jan Novak") == "PERSON"
    assert "Gazette" in ents


def test_a_name_ends_before_a_preposition(nlp):
    ents = _ents(nlp, "Police said they detained Rafiq Alam of Assam on Sunday.")
    assert "Rafiq Alam" in ents and "Rafiq Alam of Assam" not in ents


def test_a_group_named_by_its_number(nlp):
    ents = _ents(nlp, "She chairs the so-called Group of 12, a bloc of island states.")
    assert ents.get("Group of 12") == "ORG"


def test_amounts_diseases_and_laws_are_no_bodies(nlp):
    ents = _ents(nlp, "The firm invested R70 million in the fund, breaking the Municipal Finance Management Act "
                      "(MFMA). Under the MFMA, councils must report. Covid-19 cases rose, and PCR tests were ordered.")
    assert not {"R70 million", "MFMA", "PCR", "Covid-19"} & set(ents)
    assert ents.get("Municipal Finance Management Act") == "LAW"


def test_wars_and_days_are_events(nlp):
    ents = _ents(nlp, "The Kargil War ended in July, and Kargil Vijay Diwas is marked every year.")
    assert ents.get("Kargil War") == "EVENT" and ents.get("Kargil Vijay Diwas") == "EVENT"


def test_a_spanish_body_tagged_a_person_is_an_organisation(nlp):
    ents = _ents(nlp, "Carlos Diaz, president of Confederaciones Rurales Argentina, said the strike would go on.")
    assert ents.get("Confederaciones Rurales Argentina") == "ORG" and ents.get("Carlos Diaz") == "PERSON"


def test_abbreviations_with_repeated_letters():
    assert abbreviates("PPRP", "Palang Pracharath Party")
    assert not abbreviates("BRA", "Ahmed Sami")


def test_one_node_for_a_party_and_its_initials():
    nodes = _nodes("The ruling Palang Pracharath Party (PPRP) met on Monday. The PPRP said no.\n\n"
                   "The Linion Pep Morisien asked two ministers to resign. The LPM said it would sue.")
    assert nodes.get("Palang Pracharath Party") == "Organization" and "PPRP" not in nodes
    assert nodes.get("Linion Pep Morisien") == "Organization" and "LPM" not in nodes


def test_one_node_for_a_company_and_its_short_name():
    nodes = _nodes("Huawei Technologies Co makes chips. Huawei said sales fell. "
                   "The delegation came from the South Batinah Governorate. "
                   "Farmers in South Batinah said rain was scarce.")
    assert "Huawei Technologies Co" in nodes and "Huawei" not in nodes
    assert "South Batinah Governorate" in nodes and "South Batinah" not in nodes


def test_a_formal_name_of_egypt_is_egypt():
    nodes = _nodes("The Arab Republic of Egypt signed the deal with Mauritius in Port Louis.")
    assert nodes.get("Egypt") == "Country" and "Arab Republic of Egypt" not in nodes


@pytest.mark.xfail(reason="a chamber under another chamber word (Congress for the Legislative Assembly) is not "
                          "joined")
def test_a_parliament_under_several_names_is_one_node():
    nodes = _nodes("The Legislative Assembly of El Salvador passed the law. Congress voted 67 to 11, "
                   "and the Assembly adjourned.")
    assert not {"Congress", "Assembly"} & set(nodes)


def test_a_body_the_tagger_placed_is_an_organisation(nlp):
    ents = _ents(nlp, "Gustavo Petro of the Pacto Histórico coalition won in Bogota. "
                      "He appeared in the Molopo Regional Court on Monday.")
    assert ents.get("Pacto Histórico") == "ORG" and ents.get("Molopo Regional Court") == "ORG"


def test_a_region_led_by_a_compass_word_is_no_person(nlp):
    ents = _fixed(nlp, "Rebels attacked a base in Norte de Santander.", [("Norte de Santander", "PERSON")])
    assert ents == {"Norte de Santander": "GPE"}


def test_a_portfolio_before_a_name_is_no_body(nlp):
    ents = _fixed(nlp, "Crown-Indigenous Relations Minister Marc Miller spoke. NATO Secretary General Jens "
                       "Stoltenberg listened.", [("Crown-Indigenous Relations", "ORG"), ("Marc Miller", "PERSON"),
                                                  ("NATO", "ORG"), ("Jens Stoltenberg", "PERSON")])
    assert "Crown-Indigenous Relations" not in ents
    assert ents.get("NATO") == "ORG" and ents.get("Marc Miller") == "PERSON"


def test_initials_are_no_title():
    from graphbuild.resolve.names import display_name

    assert display_name("H D Deve Gowda") == "H D Deve Gowda"
    assert display_name("H E Ali Khan") == "Ali Khan"


def test_one_node_for_a_day_also_known_by_another_name():
    nodes = _nodes("Sundar Vijay Diwas, also known as Sundar Victory Day, falls on March 9. "
                   "Officers laid wreaths at the hill memorial on Sundar Victory Day.")
    events = [label for label, cls in nodes.items() if cls == "Event"]
    assert events in (["Sundar Vijay Diwas"], ["Sundar Victory Day"])


def test_judged_nodes_and_the_readme_agree():
    import json
    from pathlib import Path

    from graphbuild.eval.data import newswire_split

    judged = Path(__file__).parent / "gold" / "newswire" / "judged"
    rows = json.loads((judged / "nodes.json").read_text(encoding="utf-8"))
    assert all(newswire_split(r["article"]) == "train" and len(r["label"]) < 80 for r in rows)
    causes = {"junk", "wrong class", "cut/joined name", "duplicate"}
    assert all((r["cause"] in causes) == (r["verdict"] == "wrong") for r in rows)
    readme = (judged / "README.md").read_text(encoding="utf-8")
    for flag in ("before", "after"):
        nodes = [r for r in rows if r["verdict"] != "missed" and r[flag]]
        right = sum(r.get("after_verdict", r["verdict"]) == "right" if flag == "after" else r["verdict"] == "right"
                    for r in nodes)
        assert f"| {flag} | {right} / {len(nodes)} ({100 * right / len(nodes):.1f}%)" in readme


def test_a_chamber_named_alone_is_the_one_named_in_full():
    nodes = _nodes("The Legislative Assembly of El Salvador passed the law on Tuesday. "
                   "The Assembly adjourned after the vote.")
    assert "Legislative Assembly" in nodes and "Assembly" not in nodes


def test_a_chamber_word_alone_is_no_short_name_of_a_party_named_with_it():
    nodes = _nodes("The Trinamool Congress won the state election in May. "
                   "Congress president Meera Sharma said her party would sit in opposition.")
    assert "Trinamool Congress" in nodes and "Congress" in nodes


def test_a_bare_surname_is_not_the_wife_whose_married_name_carries_it():
    nodes = _nodes("First Lady Gabriela Rodriguez de Bukele opened a hospital wing in San Salvador on Monday. "
                   "President Bukele said the government would fund ten more clinics this year.")
    people = sorted(label for label, cls in nodes.items() if cls == "Person")
    assert people == ["Bukele", "Gabriela Rodriguez de Bukele"]


def test_a_first_name_after_initials_is_that_person():
    nodes = _nodes("Former minister B Z Zameer Ahmed Khan visited the temple on Monday. "
                   "Zameer told reporters that he would stay in the party.")
    people = [label for label, cls in nodes.items() if cls == "Person"]
    assert people == ["B Z Zameer Ahmed Khan"]


def test_a_country_in_a_name_tagged_a_person_stays_a_country(nlp):
    # The tagger read "Old Moldova" as a person; its last word is still the country everywhere else.
    ents = _fixed(nlp, "Moldova exports wine. Maps of Old Moldova were shown.",
                  [("Old Moldova", "PERSON"), ("Moldova", "GPE")])
    assert ents.get("Moldova") == "GPE"


def test_a_family_firm_keeps_its_name_beside_the_family(nlp):
    # "Vekar" alone is the firm where the text names the Vekar Group; Arun Vekar is still a person.
    ents = _fixed(nlp, "Vekar posted record profits, said Arun Vekar of Vekar Group.",
                  [("Vekar", "ORG"), ("Arun Vekar", "PERSON"), ("Vekar Group", "ORG")])
    assert ents.get("Vekar") == "ORG" and ents.get("Arun Vekar") == "PERSON"


def test_a_state_administration_is_no_titled_person(nlp):
    # "State" opens titles ("State Secretary") but an administration is a body.
    ents = _fixed(nlp, "The State Salt Monopoly Administration raised prices.",
                  [("State Salt Monopoly Administration", "ORG")])
    assert ents == {"State Salt Monopoly Administration": "ORG"}


@pytest.mark.parametrize("name, label", [
    ("Hollins Baptist University", "ORG"),
    ("Kestrel Cricket Association", "ORG"),
    # Places whose last word also ends bodies' names.
    ("West Bank", "GPE"),
    ("Kestrel Civic Centre", "GPE"),
])
def test_a_body_tagged_a_place_by_its_last_word(nlp, name, label):
    assert _fixed(nlp, f"Students gathered at {name} on Monday.", [(name, "GPE")]) == {name: label}


@pytest.mark.parametrize("text, spans, expected", [
    ("Conservative party leader Tom Vale spoke.", [("Conservative", "NORP"), ("Tom Vale", "PERSON")],
     "Conservative party"),
    ("The Labour party lost the vote.", [("Labour", "ORG")], "Labour party"),
])
def test_a_creed_and_a_lower_case_party_are_one_body(nlp, text, spans, expected):
    assert _fixed(nlp, text, spans).get(expected) == "ORG"


def test_a_nationality_before_party_is_no_party(nlp):
    ents = _fixed(nlp, "A Chinese party delegation arrived in Lima.", [("Chinese", "NORP"), ("Lima", "GPE")])
    assert ents.get("Chinese") == "NORP" and "Chinese party" not in ents
