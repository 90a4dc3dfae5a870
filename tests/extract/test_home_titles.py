"""A title written without its country takes the country the story is about (extract/story.py, extract/home.py),
on stories written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts



# A story about Brazil that names another country once: Brazil is named far more often.
BRAZIL = ("Brazil's farm exports rose sharply last year. Brazilian soy growers sold more to buyers in Asia. "
          "Prices in Sao Paulo held steady while Argentina's harvest fell. {} "
          "Economists in Brasilia expect Brazil to keep growing.")


@pytest.mark.parametrize("text, dateline, fact", [
    # The dateline's country, though the text never names it.
    ("Interior Minister Grace Achieng said on Monday that the new border posts would open in March.", "Nairobi",
     ("Grace Achieng", "memberOf", "Kenya")),
    ("Foreign Ministry spokesman Li Wenhao told reporters the talks had been useful.", "BEIJING",
     ("Li Wenhao", "spokespersonFor", "China")),
    ("Army chief Omar Haddad said the soldiers had returned to their barracks.", "Algiers",
     ("Omar Haddad", "memberOf", "Algeria")),
    # Written after the name, with nothing to name its body.
    ("Tomas Varga, the foreign minister, said the bridge would be rebuilt by the autumn.", "Budapest",
     ("Tomas Varga", "memberOf", "Hungary")),
    ("Karim Nabil, a spokesman for the foreign ministry, said the talks would resume.", "Cairo",
     ("Karim Nabil", "spokespersonFor", "Egypt")),
    # The country the story names far more than any other.
    (BRAZIL.format("President Paulo Mendes promised cheaper credit for small farmers."), None,
     ("Paulo Mendes", "leaderOf", "Brazil")),
    (BRAZIL.format("The plan was drawn up by former finance minister Rita Campos."), None,
     ("Rita Campos", "memberOf", "Brazil")),
    (BRAZIL.format("Growers complained to Agriculture Minister Joao Lima about the roads."), None,
     ("Joao Lima", "memberOf", "Brazil")),
    # A ministry of the same portfolio named with its country in the sentence, though another country is named.
    ("The Chinese Ministry of Foreign Affairs said the Deputy Foreign Minister, Zhao Lin, received the Chilean "
     "ambassador on Thursday.", None, ("Zhao Lin", "memberOf", "China")),
    # The side of a meeting the sentence names, when it names no other country.
    ("Prime Minister Omar Nasser and Interior Minister Laila Haddad attended the talks on the Jordanian side.", None,
     ("Laila Haddad", "memberOf", "Jordan")),
    # The same person written with and without accents is one holder of the office.
    (BRAZIL.format("President Joao Simões spoke on Monday. The current president, Joao Simoes, left."), None,
     ("Joao Simões", "leaderOf", "Brazil")),
    # A form of address between the title and the name.
    ("The Vice President, Dr Kwame Asante, opened the new school on Friday.", "Accra",
     ("Kwame Asante", "memberOf", "Ghana")),
    # Appointed by a head of state: the office is in the appointer's state.
    ("Ghanaian President Kofi Mensah has appointed Ama Owusu, a former banker, as ambassador to Brazil.", None,
     ("Ama Owusu", "memberOf", "Ghana")),
    # A secretary of a state portfolio.
    ("Interior Undersecretary Manuel Rojas has vowed to find solutions without troops.", "Santiago",
     ("Manuel Rojas", "memberOf", "Chile")),
])
def test_a_title_without_a_country_takes_the_story_country(story, text, dateline, fact):
    assert fact in facts(story(text, dateline))


ROLES = {"leaderOf", "memberOf", "spokespersonFor"}


@pytest.mark.parametrize("text, dateline, wrong", [
    # The sentence names another country: the office may be that one's.
    ("President Ana Ruiz thanked Spain for its help after the floods.", "Lisbon", ("Ana Ruiz", "Portugal")),
    ("Prime Minister Jonas Berg met his Kenyan counterpart in the capital.", "Oslo", ("Jonas Berg", "Norway")),
    # The person is written with another country elsewhere in the story.
    ("Turkey's Erdal Kaya arrived for talks on Tuesday. President Erdal Kaya said trade would grow.", "Tehran",
     ("Erdal Kaya", "Iran")),
    # Two presidents in one story about one country: one of them is a visitor.
    ("President Tarek Mansour opened the port on Monday. President John Miller praised the new port.", "Cairo",
     ("John Miller", "Egypt")),
    # Two heads named together may be of two states.
    ("The road was planned by President Karim Adel and King Faisal.", "Cairo", ("Faisal", "Egypt")),
    # Envoys and generals are as often a visitor's; a bare spokesman may speak for anyone.
    ("Ambassador Helen Ward said the embassy would reopen.", "Cairo", ("Helen Ward", "Egypt")),
    ("Special Envoy Mark Dunn met officials on Monday.", "Cairo", ("Mark Dunn", "Egypt")),
    ("General Ivan Petrov inspected the troops.", "Cairo", ("Ivan Petrov", "Egypt")),
    ("Spokesman Ali Hamdan said the talks would continue.", "Cairo", ("Ali Hamdan", "Egypt")),
    # A title with its own body before it belongs to the body; a title of old is no office of the state.
    ("Party president Ali Hamdan said the vote was fair.", "Cairo", ("Ali Hamdan", "Egypt")),
    ("Chamber of Commerce and Industry President Ali Hamdan said exports rose.", "Cairo", ("Ali Hamdan", "Egypt")),
    ("As the great King Solomon said, time and chance happen to all.", "Cairo", ("Solomon", "Egypt")),
    ("Karim Nabil, a spokesman for the company, said the talks would resume.", "Cairo", ("Karim Nabil", "Egypt")),
    # A title inside the name of an office: "the Office of The King" is no king.
    ("The Director of the Office of The King Samir Haddad attended the talks on the Jordanian side.", None,
     ("Samir Haddad", "Jordan")),
    # A side named in a sentence that names another country too.
    ("Foreign Minister Laila Haddad met Egypt's envoy on the Jordanian side.", None, ("Laila Haddad", "Jordan")),
    # A ministry of another portfolio says nothing of the minister's country.
    ("The Egyptian Ministry of Health said Foreign Minister Omar Farouk had arrived.", None, ("Omar Farouk", "Egypt")),
    # An appointment only wished for, or to a body's office.
    ("Egyptian President Ali Samir would appoint Omar Farouk as ambassador to Spain.", None, ("Omar Farouk", "Egypt")),
    ("Egyptian President Ali Samir appointed Omar Farouk as chairman of the port company.", None,
     ("Omar Farouk", "Egypt")),
    # An apposition whose title names its body: "TTAA vice-president" is the association's.
    ("Hotels were full in June, said Anan Sukjai, TTAA vice-president.", "Bangkok", ("Anan Sukjai", "Thailand")),
    # A dateline from abroad, in a story about another country.
    ("Myanmar's junta freed prisoners. Myanmar's courts were shut. Envoys urged Myanmar to talk. "
     "Foreign Minister Dan Price said the release was welcome.", "WASHINGTON", ("Dan Price", "United States")),
    # A people written often is not the story's country: "Cuban doctors" working in another country.
    ("Cuban doctors arrived in the port city. The Cuban nurses joined them. Cuban engineers came too. "
     "President Luis Vega thanked the doctors.", None, ("Luis Vega", "Cuba")),
    ("North Korean defectors spoke to lawmakers. Two North Korean fishermen were sent back. North Korean guards "
     "took them. The North Korean families wept. North Korean officials said nothing. North Korean media were "
     "silent. Justice Minister Han Min-jae said the case was closed.", None, ("Han Min-jae", "North Korea")),
    # A foreign secretary is most often the visitor; a party's secretary holds no office of the state.
    ("Argentina chaired the meeting in 2018. Foreign Secretary Tom Hale was here that May.", "Buenos Aires",
     ("Tom Hale", "Argentina")),
    ("Kenya's ruling party met on Monday. Party Secretary Tom Hale said the vote was fair.", "Nairobi",
     ("Tom Hale", "Kenya")),
])
def test_no_story_country_where_the_title_may_be_anothers(story, text, dateline, wrong):
    found = facts(story(text, dateline))
    assert not any((s, o) == wrong and p in ROLES for s, p, o in found), found


def test_a_dateline_from_abroad_leaves_the_one_named_country_unsure(story):
    # Without the dateline the article names one country only, and the title would be that one's.
    text = "Myanmar's junta freed prisoners. Foreign Minister Dan Price said the release was welcome."
    assert ("Dan Price", "memberOf", "Myanmar") in facts(story(text))
    assert ("Dan Price", "memberOf", "Myanmar") not in facts(story(text, "WASHINGTON"))


def test_no_story_country_when_two_countries_are_named_alike(story):
    text = ("Chile and Peru signed a fishing accord. Chile will patrol the north and Peru the south. "
            "Trade Minister Rosa Diaz said the accord was fair.")
    assert not any(p == "memberOf" for _, p, _ in facts(story(text)))


@pytest.mark.xfail(reason="envoys and generals are left out of the story's country: as often a visitor's", strict=True)
def test_an_envoy_posted_abroad_is_of_the_story_country(story):
    text = ("Kenya's tea exports rose. Kenyan growers sold more in Mombasa. Nairobi expects Kenya to grow. "
            "Ambassador to Japan Mary Wanjiru said buyers in Tokyo wanted more tea.")
    assert ("Mary Wanjiru", "memberOf", "Kenya") in facts(story(text))
