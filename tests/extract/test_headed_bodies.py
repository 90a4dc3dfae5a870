"""Capitalised names ending in a body's head word that the tagger left untagged (nlp/headed.py).

No entity is tagged by hand, so that each case tests the rule and not what the tagger happens to read; the parser
and the entity fixes are the real pipeline's."""
from __future__ import annotations

from conftest import hand_tagged


def _fixed(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp.get_pipe("graphbuild_entity_fixes")(hand_tagged(nlp, text, []))
    return [(e.text, e.label_) for e in doc.ents]


def test_an_untagged_body_is_read_by_its_head_word(nlp):
    assert _fixed(nlp, "Fishermen complained to the Coastal Fisheries Authority about the quotas.") == [
        ("Coastal Fisheries Authority", "ORG")]


def test_a_hyphened_body_with_joining_words_is_read_whole(nlp):
    assert _fixed(nlp, "Officers of the Port and Harbour Anti-Fraud Commission visited the docks.") == [
        ("Port and Harbour Anti-Fraud Commission", "ORG")]


def test_a_title_before_the_body_is_left_out(nlp):
    assert _fixed(nlp, "The new Vice Chancellor of Halden Technical University spoke to students.") == [
        ("Halden Technical University", "ORG")]


def test_a_head_word_alone_or_in_a_headline_is_no_body(nlp):
    assert _fixed(nlp, "The Board will meet again in May, she said.") == []
    assert _fixed(nlp, "Halden Town Forms New Water Supply Committee After Floods") == []


def test_a_body_inside_a_longer_name_is_left_to_that_name(nlp):
    # "Harbour Trade Commission Act": the law's name runs on past the head word.
    assert _fixed(nlp, "Parliament passed the Harbour Trade Commission Act in March.") == []


def test_a_body_runs_on_through_for_and_the_capitals_after_it(nlp):
    assert _fixed(nlp, "She chairs the Joint Committee for Water Sharing since May.") == [
        ("Joint Committee for Water Sharing", "ORG")]


def test_capitals_after_a_are_no_name(nlp):
    assert _fixed(nlp, "He works for a Research Institute in the capital.") == []
