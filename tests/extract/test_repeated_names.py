"""A name the tagger read once, found again where it left the name untagged (nlp/repeated.py).

The first use is tagged by hand and the later ones left bare, so that each case tests the rule whatever the tagger
would read; the parser and the entity fixes are the real pipeline's."""
from __future__ import annotations

from conftest import hand_tagged


def _fixed(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, int]]:
    doc = nlp.get_pipe("graphbuild_entity_fixes")(hand_tagged(nlp, text, spans))
    return [(e.text, e.label_, e.start_char) for e in doc.ents]


def test_a_body_named_again_is_tagged_again(nlp):
    text = ("The Norvik Harbour Authority opened a tender on Monday. "
            "Fishermen said the Norvik Harbour Authority had ignored their letters.")
    ents = _fixed(nlp, text, [("Norvik Harbour Authority", "ORG")])
    assert [(name, label) for name, label, _ in ents] == [("Norvik Harbour Authority", "ORG")] * 2
    assert ents[1][2] == text.rindex("Norvik")


def test_an_abbreviation_tagged_once_is_tagged_where_it_is_repeated(nlp):
    text = "The KWL called a strike at the docks. Police said KWL organisers had no permit."
    ents = _fixed(nlp, text, [("KWL", "ORG")])
    assert [(name, label) for name, label, _ in ents] == [("KWL", "ORG"), ("KWL", "ORG")]


def test_a_place_keeps_its_label_where_it_is_repeated(nlp):
    text = "Floods cut the road to Port Amsel on Friday. Residents of Port Amsel waited for boats."
    ents = _fixed(nlp, text, [("Port Amsel", "GPE")])
    assert [(name, label) for name, label, _ in ents] == [("Port Amsel", "GPE")] * 2


def test_a_name_inside_a_longer_name_is_not_tagged_alone(nlp):
    # "KWL Youth Wing" is another body: its first word alone is no use of the league.
    text = "The KWL called a strike. Leaders of the KWL Youth Wing stayed at home."
    ents = _fixed(nlp, text, [("KWL", "ORG")])
    assert [name for name, _, _ in ents] == ["KWL"]


def test_a_capitalised_word_alone_is_not_repeated(nlp):
    # A single capitalised word may open a sentence or head a common noun: only abbreviations are repeated.
    text = "Marsden bought the mill last year. Marsden workers were told to wait."
    ents = _fixed(nlp, text, [("Marsden", "ORG")])
    assert [name for name, _, _ in ents] == ["Marsden"]


def test_a_name_read_with_two_labels_is_left_untagged(nlp):
    # "Tarin Vale" a body in one place and a town in another: the bare third use is neither.
    text = "Tarin Vale spoke first. Crowds filled Tarin Vale by noon. Later Tarin Vale was quiet."
    doc = hand_tagged(nlp, text, [("Tarin Vale", "ORG")])
    second = text.index("Tarin Vale", 10)
    doc.ents = list(doc.ents) + [doc.char_span(second, second + len("Tarin Vale"), label="GPE")]
    ents = [e.text for e in nlp.get_pipe("graphbuild_entity_fixes")(doc).ents]
    assert ents.count("Tarin Vale") == 2


def test_a_body_spelt_out_before_its_tagged_abbreviation_is_a_body(nlp):
    text = "Farmers joined the Tavira Growers Cooperative Union (TGCU) last spring."
    ents = _fixed(nlp, text, [("TGCU", "ORG")])
    assert ("Tavira Growers Cooperative Union", "ORG") in [(name, label) for name, label, _ in ents]


def test_a_body_spelt_out_with_joining_words_replaces_what_the_tagger_read_inside(nlp):
    # The tagger read a work's title and a place inside the name: the spelt-out body holds them.
    text = "Grants came from the Fund for Orvelle Coastal Studies (FOCS) this year."
    ents = _fixed(nlp, text, [("Orvelle", "GPE"), ("Coastal Studies", "WORK_OF_ART"), ("FOCS", "ORG")])
    assert [(name, label) for name, label, _ in ents] == [("Fund for Orvelle Coastal Studies", "ORG"), ("FOCS", "ORG")]


def test_a_title_spelt_out_before_a_bracket_is_no_body(nlp):
    text = "Residents wrote to the District Liaison Officer (DLO) about the flooding."
    ents = _fixed(nlp, text, [("DLO", "ORG")])
    assert [name for name, _, _ in ents] == ["DLO"]


def test_capitalised_words_that_do_not_spell_the_abbreviation_are_left(nlp):
    # "Halden Bay Traders" has no initials of "KWL": the bracket names the league, not those words.
    text = "Delegates from Halden Bay Traders (KWL) left early."
    ents = _fixed(nlp, text, [("KWL", "ORG")])
    assert [name for name, _, _ in ents] == ["KWL"]


def test_a_phrase_of_verbs_spelt_out_is_no_body(nlp):
    text = "Shoppers now prefer Take Home Pay Later (THPL) plans at the tills."
    ents = _fixed(nlp, text, [("THPL", "ORG")])
    assert [name for name, _, _ in ents] == ["THPL"]


def test_a_persons_full_name_is_not_repeated(nlp):
    # A person's later uses are left to the tagger and to the resolver's surnames.
    text = "Mara Quint spoke first. Reporters later asked Mara Quint about the vote."
    ents = _fixed(nlp, text, [("Mara Quint", "PERSON")])
    assert [name for name, _, _ in ents] == ["Mara Quint"]


def test_an_event_spelt_out_before_its_abbreviation_stays_an_event(nlp):
    text = "Teams prepared for the Coastal Games of Nations (CGN) in May."
    ents = _fixed(nlp, text, [("Coastal Games of Nations", "EVENT"), ("CGN", "ORG")])
    assert ("Coastal Games of Nations", "EVENT") in [(name, label) for name, label, _ in ents]
