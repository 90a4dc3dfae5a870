"""Roles as news writes them beyond the plain title-and-name: the site's country for a title with none, and the
titles and bodies of officials, staff and heads (extract/story.py, roles.py, lexicon.py), on sentences written for
the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts

from graphbuild.extract.story import url_country


@pytest.fixture(scope="module")
def story(nlp):
    """Extraction of a text with the address ingest read from its first line."""
    from graphbuild.extract import extract_doc
    from graphbuild.ingest import make_article

    def run(text: str, url: str | None = None):
        article = make_article(text=text, origin="<test>", published="2023-05-02", url=url)
        return extract_doc(nlp(article.text), article)

    return run


@pytest.mark.parametrize("url, iso", [
    ("https://www.dailynews.example.net/news/bangladesh/politics/news/minister-opens-bridge-123", "BD"),
    ("https://www.example.com/india-news/minister-opens-bridge-123.html", "IN"),
    ("https://example.cl/government-opens-bridge/", "CL"),
    ("https://www.example.gob.pe/noticias/123", "PE"),
    ("https://www.example.co.uk/news/world-123", "GB"),
    # The headline's slug names what the story is about, not where the site is.
    ("https://www.example.com/2023/05/kenya-opens-bridge/", None),
    # Domains sites take for their letters.
    ("https://news.example.tv/politics/123", None),
    ("https://www.example.com/view.php?id=123", None),
    (None, None),
])
def test_the_country_a_site_address_names(url, iso):
    assert url_country(url) == iso


def test_a_title_without_a_country_takes_the_sites_country(story):
    text = "Interior Minister Rosa Fuentes said on Monday that the new border posts would open in March."
    assert ("Rosa Fuentes", "memberOf", "Chile") in facts(story(text, "https://example.cl/border-posts/"))
    assert not any(p == "memberOf" for _, p, _ in facts(story(text)))


def test_the_sites_country_gives_way_to_the_country_the_story_names(story):
    # A national site's story about another country: the minister may be that one's.
    text = ("Peru's fishing fleet returned to port. Peru's exports fell. Peruvian growers sold less. "
            "Trade Minister Rosa Fuentes said the accord was fair.")
    found = facts(story(text, "https://example.cl/fishing/"))
    assert ("Rosa Fuentes", "memberOf", "Chile") not in found
