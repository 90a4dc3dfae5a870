""""the Kingdom", capitalised alone as Jordanian and Saudi papers write their own country: that country where the
story, its dateline or its site is a kingdom's, and no node of its own anywhere else."""
from __future__ import annotations

from conftest import facts

FORUM = ("The youth forum opened in Baku on Monday with the Kingdom's Ambassador to Azerbaijan Rami Nasser among "
         "the guests. Delegates from forty states took part in the forum in Azerbaijan, which ends on Friday.")


def names(extraction) -> set[str]:
    return {m.name for m in extraction.mentions}


def test_the_kingdom_is_the_kingdom_of_the_dateline(story):
    found = story(FORUM, dateline="Amman")
    assert ("Rami Nasser", "memberOf", "Jordan") in facts(found), facts(found)
    assert "Kingdom" not in names(found)


def test_the_kingdom_is_the_kingdom_of_the_site(story):
    found = story("Officials said the Kingdom would host the water summit next spring, and Saudi Arabia's "
                  "ministers began the planning on Sunday.", url="https://saudigazette.com.sa/article/1/summit")
    assert "Kingdom" not in names(found)
    assert all(m.name == "Saudi Arabia" for m in found.mentions if m.text == "Kingdom"), found.mentions


def test_no_node_for_the_kingdom_in_a_republic_s_story(story):
    found = story(FORUM, dateline="Cairo")
    assert "Kingdom" not in names(found)
    assert not [f for f in facts(found) if "Kingdom" in f], facts(found)
