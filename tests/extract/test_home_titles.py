"""A title written without its country takes the country the story is about (extract/story.py, extract/home.py),
on stories written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.fixture(scope="module")
def story(nlp):
    """Extraction of a text with a dateline place, as ingest keeps it."""
    from graphbuild.extract import extract_doc
    from graphbuild.ingest import make_article

    def run(text: str, dateline: str | None = None):
        article = make_article(text=text, origin="<test>", published="2023-05-02", dateline_place=dateline)
        return extract_doc(nlp(article.text), article)

    return run


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
    # The country the story names far more than any other.
    (BRAZIL.format("President Paulo Mendes promised cheaper credit for small farmers."), None,
     ("Paulo Mendes", "leaderOf", "Brazil")),
    (BRAZIL.format("The plan was drawn up by former finance minister Rita Campos."), None,
     ("Rita Campos", "memberOf", "Brazil")),
])
def test_a_title_without_a_country_takes_the_story_country(story, text, dateline, fact):
    assert fact in facts(story(text, dateline))


@pytest.mark.parametrize("text, dateline", [
    # The sentence names another country: the office may be that one's.
    ("President Ana Ruiz thanked Spain for its help after the floods.", "Lisbon"),
    ("Prime Minister Jonas Berg met his Kenyan counterpart in the capital.", "Oslo"),
    # The person is written with another country elsewhere in the story.
    ("Turkey's Erdal Kaya arrived for talks on Tuesday. President Erdal Kaya said trade would grow.", "Tehran"),
    # Two presidents in one story about one country: one of them is a visitor.
    ("President Tarek Mansour opened the port on Monday. President John Miller praised the new port.", "Cairo"),
    # Two heads named together may be of two states.
    ("The road was planned by President Karim Adel and King Faisal.", "Cairo"),
    # Envoys and generals are as often a visitor's; a bare spokesman may speak for anyone.
    ("Ambassador Helen Ward said the embassy would reopen.", "Cairo"),
    ("Special Envoy Mark Dunn met officials on Monday.", "Cairo"),
    ("General Ivan Petrov inspected the troops.", "Cairo"),
    ("Spokesman Ali Hamdan said the talks would continue.", "Cairo"),
    # A title with its own body before it belongs to the body.
    ("Party president Ali Hamdan said the vote was fair.", "Cairo"),
    # A dateline from abroad, in a story about another country.
    ("Myanmar's junta freed prisoners. Myanmar's courts were shut. Envoys urged Myanmar to talk. "
     "Foreign Minister Dan Price said the release was welcome.", "WASHINGTON"),
])
def test_no_story_country_where_the_title_may_be_anothers(story, text, dateline):
    found = facts(story(text, dateline))
    assert not any(p in {"leaderOf", "memberOf", "spokespersonFor"} and o in {"Portugal", "Norway", "Iran", "Egypt",
                                                                             "United States"}
                   for _, p, o in found), found


def test_no_story_country_when_two_countries_are_named_alike(story):
    text = ("Chile and Peru signed a fishing accord. Chile will patrol the north and Peru the south. "
            "Trade Minister Rosa Diaz said the accord was fair.")
    assert not any(p == "memberOf" for _, p, _ in facts(story(text)))
