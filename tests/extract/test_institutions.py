"""A country's institutions named by a common noun ("the Senate", "Parliament", "the Supreme Court") are one node
per country (extract/institutions.py, resolve/keys.py body_key): two countries' Senates, or the same word in two
unrelated stories, never become one node. Sentences written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts
from rdflib.namespace import RDF, RDFS

import graphbuild
from graphbuild.rdf.terms import GB
from graphbuild.records import Article
from graphbuild.resolve import resolve
from graphbuild.store import OxigraphStore


def _bodies(ex) -> dict[str, tuple[str, str]]:
    """The mention text -> (name, link) of each institution an extraction names."""
    return {m.text: (m.name, m.link) for m in ex.mentions if (m.link or "").startswith("body:")}


def _keys(*extractions) -> dict[tuple[str, str], str]:
    """(article id, mention text) -> entity key, the articles resolved together."""
    corpus = resolve(list(extractions))
    return {(ex.article.id, m.text): corpus.key_of(ex.article.id, m.id) for ex in extractions for m in ex.mentions}


@pytest.mark.parametrize("text, dateline, written, body", [
    # The country written with the body, as a possessive, a demonym inside the name, or an of-phrase.
    ("Ghana's Parliament passed the new mining law on Tuesday.", None, "Parliament", ("Parliament", "body:GH")),
    ("The Chilean Senate approved the pension reform on Wednesday.", None, "Chilean Senate", ("Senate", "body:CL")),
    # The story's country where the text writes none with it.
    ("The Supreme Court dismissed the appeal of the former governor on Friday.", "Nairobi", "Supreme Court",
     ("Supreme Court", "body:KE")),
    # No country anywhere: the body belongs to its article.
    ("The Senate met again on Thursday to debate the budget.", None, "Senate", ("Senate", "body:")),
])
def test_a_body_takes_the_country_written_with_it_or_the_story_country(story, text, dateline, written, body):
    assert _bodies(story(text, dateline)).get(written) == body


def test_a_bare_body_takes_the_country_the_article_writes_with_it(story):
    ex = story("The Peruvian Congress opened the session on Monday. Later the Congress voted on the budget.",
               "Bogota")
    assert {link for _, link in _bodies(ex).values()} == {"body:PE"}


def test_two_countries_senates_are_two_nodes_and_one_country_s_is_one(story):
    kenya = story("The Senate approved the new county budget after a long debate on Tuesday.", "Nairobi")
    chile = story("The Senate approved the new pension law after a long debate on Tuesday.", "Santiago")
    kenya_again = story("Kenya's Senate summoned the finance minister on Friday.", None)
    keys = _keys(kenya, chile, kenya_again)
    assert keys[(kenya.article.id, "Senate")] != keys[(chile.article.id, "Senate")]
    assert keys[(kenya.article.id, "Senate")] == keys[(kenya_again.article.id, "Senate")]


def test_a_body_with_no_country_is_its_article_s_own(story):
    one = story("The Senate met again on Thursday to debate the budget.", None)
    two = story("The Senate adjourned on Thursday without a vote on the budget.", None)
    keys = _keys(one, two)
    assert keys[(one.article.id, "Senate")] != keys[(two.article.id, "Senate")]


def test_the_body_s_label_is_written_without_its_country(story):
    ex = story("The Chilean Senate approved the pension reform on Wednesday.", None)
    corpus = resolve([ex])
    senate = [e for e in corpus.entities if e.type == "Organization"]
    assert [e.label for e in senate] == ["Senate"]
    # The written form stays an alias, and the ledger says how it joined.
    assert "Chilean Senate" in senate[0].aliases
    assert senate[0].merge_rules[0].startswith("institution\tChilean Senate")


@pytest.mark.parametrize("text, dateline, fact", [
    # A chamber the recogniser leaves untagged before a title: its presiding officer leads it.
    ("Senate Speaker Amina Otieno opened the session on Monday.", "Nairobi", ("Amina Otieno", "leaderOf", "Senate")),
    ("US House Speaker Mary Collins flew to Manila on Sunday.", None, ("Mary Collins", "leaderOf", "House")),
    # The body written mid-sentence, where the model leaves it untagged.
    ("Abena Owusu, the Member of Parliament for the district, cut the ribbon at the clinic.", "Accra",
     ("Abena Owusu", "memberOf", "Parliament")),
    ("The Supreme Court ruled against Peter Mwangi on Monday.", "Nairobi",
     ("Supreme Court", "rulesAgainst", "Peter Mwangi")),
    # An institution named by its holder's office.
    ("Lawyers argued against suspending Public Protector advocate Lindiwe Nkosi on Monday.", "Pretoria",
     ("Lindiwe Nkosi", "leaderOf", "Public Protector")),
])
def test_facts_about_bodies(story, text, dateline, fact):
    assert fact in facts(story(text, dateline))


def test_the_chamber_s_country_is_the_one_written_before_it(story):
    ex = story("US House Speaker Mary Collins flew to Manila on Sunday.", None)
    assert _bodies(ex)["House"] == ("House", "body:US")
    assert ("Mary Collins", "memberOf", "US") in facts(ex)


@pytest.mark.parametrize("text, dateline", [
    # A party's officer in the chamber is the party's, not the chamber's head.
    ("Republican Senate leader Tom Hale criticized the plan on Monday.", None),
    # "White House", "State House": other names ending in a chamber's word.
    ("White House spokesman Tom Hale said the talks went well.", None),
])
def test_no_chamber_is_read_from_other_names(story, text, dateline):
    assert not any(p == "leaderOf" and o in {"Senate", "House"} for _, p, o in facts(story(text, dateline)))


@pytest.mark.parametrize("text", [
    # Capitalised only as the sentence's first word: the common noun.
    "Police said the two men had fled across the border.",
    # A longer name holding the word.
    "The Nairobi Metropolitan Police arrested two men on Monday.",
])
def test_no_body_from_a_capitalised_first_word_or_a_longer_name(story, text):
    assert not [m for m in story(text, "Nairobi").mentions if m.name == "Police"]


def test_a_committee_s_chamber_is_the_country_s_chamber(story):
    ex = story("The group wrote to the Parliament Budget Committee in May. Its letter was read in Parliament.",
               "Harare")
    assert ("Parliament Budget Committee", "partOf", "Parliament") in facts(ex)
    assert {link for _, link in _bodies(ex).values()} == {"body:ZW"}


@pytest.mark.parametrize("text", [
    # "the House", "the Police", "the High Court", "Congress": a state's, a province's or a party's as often as
    # the country's; keyed to their article unless the country is written with them.
    "The Police arrested John Kamau on Monday after the High Court ruled against him.",
    "Congress members criticized the plan, and the House will vote on it on Friday.",
])
def test_bodies_a_country_may_hold_several_of_are_their_article_s(story, text):
    assert {link for _, link in _bodies(story(text, "Nairobi")).values()} == {"body:"}


def test_a_rejected_bill_is_no_fact_about_a_country(story):
    # The Senate is the chamber's own node; nothing of the vote is put on Kenya.
    ex = story("The Senate rejected the bill on Tuesday after a long debate.", "Nairobi")
    assert not [f for f in facts(ex, modality="asserted") if "Kenya" in f]


def test_two_days_in_a_store_keep_two_countries_senates_apart(tmp_path):
    store = OxigraphStore(tmp_path / "store", create=True)
    try:
        graphbuild.build([Article("https://example.org/ke", "The Senate approved the county budget on Tuesday.",
                                  dateline_place="Nairobi")], store=store)
        graphbuild.build([Article("https://example.org/cl", "The Senate approved the pension law on Tuesday.",
                                  dateline_place="Santiago"),
                          Article("https://example.org/ke2", "The Senate summoned the finance minister on Friday.",
                                  dateline_place="Mombasa")], store=store)
        graph = store.dataset()
    finally:
        store.close()
    senates = {n for n, label in graph.subject_objects(RDFS.label) if str(label) == "Senate"
               and (n, RDF.type, GB.Organization) in graph}
    assert len(senates) == 2, senates
