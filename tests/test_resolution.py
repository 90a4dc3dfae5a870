"""One node per real thing across articles, whatever name or spelling each article uses."""
from __future__ import annotations

import pytest

from conftest import ROOT
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import graphbuild
from graphbuild.rdf.namespaces import GBID
from graphbuild.rdf.terms import GB
from graphbuild.resolve.people import PersonNames, similar

CORPUS = ROOT / "tests" / "data" / "resolution"


def test_variants_become_one_node_each():
    graph = graphbuild.build(CORPUS).graph
    people = {str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, GB.Person)}
    assert len([p for p in people if "zelensk" in p.lower()]) == 1, people
    assert len([p for p in people if "guaid" in p.lower()]) == 1, people
    zelensky = next(p for p in graph.subjects(RDF.type, GB.Person) if "Zelensk" in str(graph.value(p, RDFS.label)))
    aliases = {str(a) for a in graph.objects(zelensky, SKOS.altLabel)}
    # "Volodymyr Zelenskiy" (tagged an organisation by the model) joins by spelling. The model does not
    # tag "Zelenskyy" at all, so that form never reaches resolution.
    assert "Volodymyr Zelenskiy" in aliases
    us = GBID["country/us"]
    assert {"U.S.", "US", "America"} <= {str(a) for a in graph.objects(us, SKOS.altLabel)}
    assert (us, OWL.sameAs, None) in graph


@pytest.mark.xfail(reason="passes with the stock NER; with the newswire NER no 'spelling' merge is recorded")
def test_merge_ledger_records_each_rule():
    graph = graphbuild.build(CORPUS).graph
    rules = {str(r) for r in graph.objects(None, GB.mergeRule)}
    assert {"surname", "spelling", "gazetteer", "accent-fold"} <= rules


def test_same_iris_every_run_and_in_any_order():
    files = sorted(CORPUS.glob("*.md"))
    first = graphbuild.build(files).graph
    second = graphbuild.build(list(reversed(files))).graph
    entities = lambda g: {s for s in g.subjects(RDFS.label, None) if str(s).startswith(str(GBID))}  # noqa: E731
    assert entities(first) == entities(second)


def test_person_name_rules():
    from collections import Counter

    names = PersonNames(Counter({"volodymyr zelensky": 2, "volodymyr zelenskiy": 1, "xi jinping": 1,
                                 "raul castro": 1, "fidel castro": 1}),
                        {"a": {"xi jinping", "xi"}, "b": {"fidel castro", "castro"}})
    assert names.resolve("volodymyr zelenskiy", "a") == ("volodymyr zelensky", "spelling")
    assert names.resolve("zelenskyy", "z") == ("volodymyr zelensky", "surname-spelling")
    assert names.resolve("xi", "a") == ("xi jinping", "first-name")
    assert names.resolve("xi", "other") == ("xi", None)
    # Two people share the surname: the one in the same article wins, elsewhere nobody does.
    assert names.resolve("castro", "b") == ("fidel castro", "surname")
    assert names.resolve("castro", "c") == ("castro", None)
    assert similar("guaido", "guaido") and not similar("duda", "duma")


def test_part_of_a_longer_name_in_the_same_article():
    from collections import Counter

    full = Counter({"hilda anderson pyrz": 1, "anderson pyrz": 1, "faisal al hamid al nasser al ruwaih": 1,
                    "faisal al hamid": 1, "saud al hamid al nasser al ruwaih": 1,
                    "hamid saud al hamid al nasser al ruwaih": 1, "kim jong un": 1, "kim jong il": 1, "kim jong": 1})
    names = PersonNames(full, {"a": {"hilda anderson pyrz", "anderson pyrz", "faisal al hamid al nasser al ruwaih",
                                     "faisal al hamid"},
                               "k": {"saud al hamid al nasser al ruwaih", "hamid saud al hamid al nasser al ruwaih"},
                               "n": {"kim jong un", "kim jong il", "kim jong"}})
    # A hyphenated family name alone, and a given name with the father's name, are the one longer name here.
    assert names.resolve("anderson pyrz", "a") == ("hilda anderson pyrz", "part-of-name")
    assert names.resolve("faisal al hamid", "a") == ("faisal al hamid al nasser al ruwaih", "part-of-name")
    # Elsewhere nobody says who is meant.
    assert names.resolve("anderson pyrz", "b") == ("anderson pyrz", None)
    # The end of a son's chain of names is his father: the father's own name is not the son's.
    assert names.resolve("saud al hamid al nasser al ruwaih", "k") == ("saud al hamid al nasser al ruwaih", None)
    # Two longer names fit: neither is chosen.
    assert names.resolve("kim jong", "n") == ("kim jong", None)


def test_two_people_joined_by_and_in_one_tagged_name_are_two(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("The judges Marquez and Ibarra dissented.")
    for _, proc in nlp.pipeline[:-2]:
        doc = proc(doc)
    doc.ents = [Span(doc, 2, 5, label="PERSON")]
    doc = nlp.get_pipe("graphbuild_entity_fixes")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Marquez", "PERSON"), ("Ibarra", "PERSON")]


def test_surnames_joined_by_and_in_a_span_tagged_a_place_are_the_people_named_here(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("Judge Ana Marquez and Judge Luis Ibarra sat. Marquez and Ibarra dissented.")
    for _, proc in nlp.pipeline[:-2]:
        doc = proc(doc)
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 5, 7, label="PERSON"), Span(doc, 9, 12, label="GPE")]
    doc = nlp.get_pipe("graphbuild_entity_fixes")(doc)
    assert [(e.text, e.label_) for e in doc.ents][-2:] == [("Marquez", "PERSON"), ("Ibarra", "PERSON")]
    # Without people of those names, a place joined by "and" is left whole.
    doc = nlp.make_doc("Trinidad and Tobago voted.")
    for _, proc in nlp.pipeline[:-2]:
        doc = proc(doc)
    doc.ents = [Span(doc, 0, 3, label="GPE")]
    doc = nlp.get_pipe("graphbuild_entity_fixes")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Trinidad and Tobago", "GPE")]


def test_a_patronym_is_not_a_family_name():
    from collections import Counter

    names = PersonNames(Counter({"muhammad bin salman": 2}), {"a": {"muhammad bin salman", "salman", "bin salman"}})
    # King Salman is the crown prince's father: "Salman" alone is not the son.
    assert names.resolve("salman", "a") == ("salman", None)
    assert names.resolve("bin salman", "a") == ("muhammad bin salman", "surname")


@pytest.mark.parametrize("written, iso", [
    ("Netherlands", "NL"), ("the Netherlands", "NL"), ("Holland", "NL"), ("Türkiye", "TR"), ("Turkiye", "TR"),
    ("Côte d'Ivoire", "CI"), ("Palestine", "PS"), ("State of Palestine", "PS"), ("Burma", "MM"),
    ("DR Congo", "CD"), ("Republic of Congo", "CG"), ("East Timor", "TL"),
])
def test_country_names_news_writes_that_geonames_spells_otherwise(written, iso):
    from graphbuild.resolve.gazetteer import country_of

    assert country_of(written) == iso


def test_a_country_news_names_after_its_new_spelling_is_the_country_node(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials from Turkiye and the Netherlands met envoys of Palestine in Geneva on Monday.\n")
    graph = graphbuild.build([article]).graph
    countries = {str(graph.value(c, RDFS.label)) for c in graph.subjects(RDF.type, GB.Country)}
    assert {"Turkey", "Netherlands", "Palestine"} <= countries, countries


def test_a_country_named_only_by_its_demonym_carries_the_name_news_writes(tmp_path):
    # GeoNames calls it "Palestinian Territory"; a reader looks the node up as Palestine.
    article = tmp_path / "a.txt"
    article.write_text("The Palestinian foreign minister Karim Nassar met Dutch officials in Geneva on Monday.\n")
    graph = graphbuild.build([article]).graph
    countries = {str(graph.value(c, RDFS.label)) for c in graph.subjects(RDF.type, GB.Country)}
    assert {"Netherlands", "Palestine"} <= countries, countries


@pytest.mark.parametrize("demonym, iso", [("Ugandan", "UG"), ("Senegalese", "SN"), ("Sierra Leonean", "SL"),
                                          ("Nepali", "NP"), ("Kyrgyz", "KG"), ("Jamaican", "JM")])
def test_demonyms_of_smaller_countries_name_them(demonym, iso):
    from graphbuild.resolve.gazetteer import demonyms, fold

    assert demonyms()[fold(demonym)] == iso


def test_a_given_name_alone_in_one_story_is_not_a_surname_of_another_story():
    """A bare "Abdullah" (King Abdullah of Jordan) went to "Farooq Abdullah" of another article; a bare surname
    that is no one's given name still finds its full name there ("Putin")."""
    import graphbuild
    from graphbuild.records import Article

    texts = ["Farooq Abdullah, the National Conference leader, spoke to reporters in Srinagar on Monday.",
             "King Abdullah met US President Joe Biden in Amman on Tuesday. Abdullah said the talks were good.",
             "Russian President Vladimir Putin met Chinese leaders on Wednesday.",
             "Putin said the visit was a success, according to state media."]
    kg = graphbuild.build([Article(id=f"https://example.org/{i}", text=t) for i, t in enumerate(texts)])
    people = {str(label) for s, label in kg.graph.subject_objects(RDFS.label)
              if (s, RDF.type, GB.Person) in kg.graph}
    assert {"Abdullah", "Farooq Abdullah", "Vladimir Putin"} <= people
    assert "Putin" not in people


def test_a_given_name_ben_keeps_its_surname_findable():
    """"Ben Ralston" then "Ralston": one person ("Ben" is read as a particle only in longer names)."""
    import graphbuild
    from graphbuild.records import Article

    text = ("The case is unusual, said Ben Ralston, a law professor in Saskatoon. Ralston said such suits are rare. "
            "Ralston teaches environmental law.")
    kg = graphbuild.build([Article(id="https://example.org/r", text=text)])
    people = {str(label) for s, label in kg.graph.subject_objects(RDFS.label) if (s, RDF.type, GB.Person) in kg.graph}
    assert "Ben Ralston" in people and "Ralston" not in people


def test_a_company_named_by_its_first_word_alone_is_one_node():
    """"Baffinland Iron Mines Corporation" then "Baffinland": one company."""
    import graphbuild
    from graphbuild.records import Article

    text = ("Protesters blocked a road used by Baffinland Iron Mines Corporation in Nunavut. Baffinland said the "
            "blockade was illegal.")
    kg = graphbuild.build([Article(id="https://example.org/b", text=text)])
    labels = {str(label) for _, label in kg.graph.subject_objects(RDFS.label)}
    assert "Baffinland Iron Mines Corporation" in labels and "Baffinland" not in labels
