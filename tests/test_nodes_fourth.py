"""Entity nodes of news text, third round of fixes from the second hand-judged sample
(tests/gold/newswire/judged/nodes2.json): a chamber called "the House", a deity, an award and its ceremony, a survey,
a train, a family, a file format. Sentences written here."""
from __future__ import annotations

from conftest import entity_nodes as _classes


def test_the_house_of_an_article_naming_one_chamber_is_that_chamber():
    text = ("The Lok Sabha passed the forest bill on Monday after a short debate.\n\n"
            "Opposition members walked out of the House before the vote, said Ravi Kumar, a member of the Congress.")
    labels = _classes(text)
    assert "Lok Sabha" in labels
    assert "House" not in labels


def test_the_lower_house_is_left_alone():
    """ "Lower House" would win the label vote over "Lok Sabha" (two words each): it is not joined."""
    text = ("The Lok Sabha passed the water bill on Monday.\n\n"
            "The minister told the Lower House that the states had been consulted, said Ravi Kumar.")
    labels = _classes(text)
    assert "Lok Sabha" in labels


def test_the_house_is_no_senate_and_no_pick_between_two_chambers():
    from graphbuild.resolve.chambers import house_of

    names = {("Organization", ("senate",)): "senate"}
    assert house_of(("house",), names) == set()  # the other chamber, not named in the story
    names = {("Organization", ("lok", "sabha")): "ls", ("Organization", ("rajya", "sabha")): "rs"}
    assert house_of(("house",), names) == {"ls", "rs"}  # two: the caller joins neither
    assert house_of(("upper", "house"), names) == set()
    names = {("Organization", ("australian", "house", "of", "representatives")): "hor",
             ("Organization", ("senate",)): "senate"}
    assert house_of(("house",), names) == {"hor"}
    assert house_of(("house", "of", "saud"), names) == set()


def test_a_deity_named_after_god_or_goddess_is_no_node():
    text = ("Pilgrims walked to the lake to honour the god Vishnu, said Ravi Kumar, a priest in Port Louis.\n\n"
            "Fishermen on the coast pray to the sea goddess Matsu before the season opens, Ravi Kumar added.")
    labels = _classes(text)
    assert "Ravi Kumar" in labels
    assert "Vishnu" not in labels and "Matsu" not in labels


def test_an_award_and_its_awards_ceremony_are_one_node():
    text = ("Jane Doe won a Northern Film Award for her first documentary, the jury said on Friday.\n\n"
            "Doe thanked her crew at the Northern Film Awards in Halifax on Saturday night.")
    labels = _classes(text)
    assert "Northern Film Awards" in labels
    assert "Northern Film Award" not in labels


def test_a_survey_is_no_body_but_a_geological_survey_is():
    labels = _classes("Data from the National Child Nutrition Survey, released by the health ministry on Tuesday, "
                      "show a fall in stunting, said Ravi Kumar.\n\nThe British Geological Survey recorded a small "
                      "earthquake near Leeds on Tuesday, said Ravi Kumar.")
    assert "National Child Nutrition Survey" not in labels
    assert labels.get("British Geological Survey") == "Organization"


def test_a_train_read_as_a_place_is_no_node():
    labels = _classes("Ravi Kumar boarded the Konkan Tilak Express at Thane on Monday.")
    assert "Konkan Tilak Express" not in labels
    assert labels.get("Thane") == "City"


def test_an_airline_named_express_is_a_body():
    labels = _classes("Budget airline Pearl River Express will resume flights to Osaka next month, said Ravi Kumar.")
    assert labels.get("Pearl River Express") == "Organization"


def test_a_family_read_as_a_person_is_no_person():
    labels = _classes("Ravi Kumar said the seat had long been the Nehru Parivar's stronghold in Uttar Pradesh.")
    assert "Nehru Parivar" not in labels
    assert labels.get("Ravi Kumar") == "Person"


def test_a_file_format_is_no_body():
    labels = _classes("The full report (PDF) was released by the Ministry of Health in Delhi on Tuesday, "
                      "Ravi Kumar said.")
    assert "PDF" not in labels
    assert labels.get("Ministry of Health") == "Organization"
