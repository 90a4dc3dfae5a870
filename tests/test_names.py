"""Real names through the real pipeline: one node per person, no title or adjective as a node, the right
class for companies, armed groups, cities and regional bodies, abbreviations the text defines."""
from __future__ import annotations

import pytest
from rdflib.namespace import RDF, RDFS, SKOS

import graphbuild
from graphbuild.rdf.terms import GB


def nodes(graph, cls: str) -> dict[str, set[str]]:
    """label -> its other names, for each node of one class."""
    return {str(graph.value(n, RDFS.label)): {str(a) for a in graph.objects(n, SKOS.altLabel)}
            for n in graph.subjects(RDF.type, GB[cls])}


def labels(graph) -> dict[str, str]:
    """label -> class local name, for every entity node."""
    out = {}
    for cls in ("Person", "Organization", "Group", "Country", "City", "Place", "Event", "Concept"):
        out.update({label: cls for label in nodes(graph, cls)})
    return out


def rules(graph) -> dict[str, str]:
    """surface form -> merge rule, from the merge ledger."""
    return {str(graph.value(r, GB.surfaceForm)): str(graph.value(r, GB.mergeRule))
            for r in graph.subjects(RDF.type, GB.MergeRecord)}


ARABIC_NAMES = (
    "Iraqi Prime Minister Mohammed Shia al-Sudani met Sheikh Tamim bin Hamad Al Thani in Doha on Monday. "
    "Al-Sudani said the visit was useful. Sheikh Tamim thanked Sudani for coming. Al Thani later called "
    "Arab League chief Ahmed Aboul Gheit, and Aboul-Gheit urged calm. Mohamed Salah Fakih, an adviser, said "
    "Muhammad Salah Fakih's office agreed."
)


def test_particles_titles_and_transliterations_make_one_person():
    graph = graphbuild.build([ARABIC_NAMES]).graph
    people = nodes(graph, "Person")
    assert {"Al-Sudani", "Sudani"} <= people["Mohammed Shia al-Sudani"], people
    assert {"Al Thani", "Tamim"} <= people["Tamim bin Hamad Al Thani"], people
    assert "Aboul-Gheit" in people["Ahmed Aboul Gheit"], people
    assert len([p for p in people if "Fakih" in p]) == 1, people
    # No short form or titled form is a node of its own.
    assert not {"Sudani", "Al-Sudani", "Al Thani", "Tamim", "Sheikh Tamim", "Aboul-Gheit"} & set(people), people
    ledger = rules(graph)
    assert ledger["Sudani"] == "surname" and ledger["Al Thani"] == "surname"
    assert ledger["Tamim"] == "first-name"
    assert ledger["Mohamed Salah Fakih"] == "transliteration" or ledger.get("Muhammad Salah Fakih") == "transliteration"


def test_honorifics_are_not_part_of_the_name():
    text = ("H.E. Dr. Hanan Mohamed Al Kuwari opened the clinic on Sunday. Madame Claire Dubois and Mrs. Amal Nasr "
            "attended, and His Highness Prince Faisal bin Farhan spoke. Al Kuwari thanked Dubois, and Faisal "
            "thanked Nasr.")
    people = nodes(graphbuild.build([text]).graph, "Person")
    assert set(people) == {"Hanan Mohamed Al Kuwari", "Claire Dubois", "Amal Nasr", "Faisal bin Farhan"}, people
    assert "Al Kuwari" in people["Hanan Mohamed Al Kuwari"] and "Faisal" in people["Faisal bin Farhan"]


def test_european_particles_make_one_person():
    text = ("Egyptian President Abdel Fattah el-Sisi met Ursula von der Leyen in Cairo. El-Sisi said the talks "
            "were useful, and von der Leyen thanked him. Dutch minister Jan de Vries and Anna van Dijk also came; "
            "De Vries and Van Dijk spoke later.")
    people = nodes(graphbuild.build([text]).graph, "Person")
    assert "El-Sisi" in people["Abdel Fattah el-Sisi"], people
    assert "von der Leyen" in people["Ursula von der Leyen"], people
    assert "De Vries" in people["Jan de Vries"] and "Van Dijk" in people["Anna van Dijk"], people
    assert len(people) == 4, people


def test_a_short_name_two_people_fit_stays_apart():
    text = ("Sheikh Hamad bin Khalifa Al Thani and Sheikh Tamim bin Hamad Al Thani attended the ceremony. "
            "Al Thani spoke briefly.")
    people = nodes(graphbuild.build([text]).graph, "Person")
    assert {"Hamad bin Khalifa Al Thani", "Tamim bin Hamad Al Thani"} <= set(people), people
    assert all("Al Thani" not in aliases for aliases in people.values()), people


def test_a_first_name_two_people_share_stays_apart():
    text = ("Crown Prince Mohammed bin Salman met Sheikh Mohammed bin Zayed in Riyadh on Monday. Later, Mohammed "
            "told reporters the talks went well.\n\nJohn Carter and John Miller of the committee met in Oslo. "
            "John said the talks went well, and Carter agreed.")
    people = nodes(graphbuild.build([text]).graph, "Person")
    assert {"Mohammed bin Salman", "Mohammed bin Zayed", "John Carter", "John Miller"} <= set(people), people
    assert "Carter" in people["John Carter"]
    assert not any({"Mohammed", "John"} & aliases for aliases in people.values()), people


def test_a_doctor_known_by_his_first_name():
    text = ("Dr. Tedros Adhanom Ghebreyesus warned of a new outbreak on Monday. "
            "Tedros met Health Minister Sara Lind in Geneva, and Lind thanked Tedros.")
    people = nodes(graphbuild.build([text]).graph, "Person")
    assert "Tedros Adhanom Ghebreyesus" in people and "Sara Lind" in people, people
    assert not {"Tedros", "Lind", "Dr. Tedros Adhanom Ghebreyesus", "Health Minister Sara Lind"} & set(people), people


def test_titles_glued_to_names_and_titles_alone_are_not_nodes():
    text = ("Crown Prince Salim Haddad visited Riyadh on Tuesday. Presidential Spokesman Karim Nassar said the "
            "visit went well. Foreign Minister Leila Mansour also met Haddad. His Majesty King Faris Al Nouri "
            "received the envoy. Secretary of State Daniel Brooks called the King.")
    found = labels(graphbuild.build([text]).graph)
    for person in ("Salim Haddad", "Karim Nassar", "Leila Mansour", "Faris Al Nouri", "Daniel Brooks"):
        assert found.get(person) == "Person", found
    assert not {"King", "State", "Majesty", "Crown Prince Salim Haddad", "Presidential Spokesman Karim Nassar",
                "Foreign Minister Leila Mansour"} & set(found), found


def test_results_tables_clerical_titles_nationality_nouns_and_addresses():
    text = ("Results: 1. Rami Saad (LBN)/Omar Haddad (JOR) Toyota. Frenchman Luc Marchand was third, and "
            "Haddad praised Marchand.\n\nHojjat al-Islam Reza Karimi spoke in Qom, and Karimi thanked the crowd. "
            "Read more at https://example.org/news/2024/rally-report today.")
    graph = graphbuild.build([text]).graph
    found = labels(graph)
    assert found.get("Omar Haddad") == "Person" and found.get("Luc Marchand") == "Person", found
    assert found.get("Reza Karimi") == "Person", found
    junk = [label for label in found
            if ")" in label or "://" in label or label.startswith(("Frenchman", "Hojjat"))]
    assert not junk, found
    assert not {"Haddad", "Marchand", "Karimi"} & set(found), found
    ledger = rules(graph)
    assert ledger["LBN)/Omar Haddad"] == "punctuation" and ledger["Haddad"] == "surname", ledger


@pytest.mark.xfail(reason="the newswire NER tags the small town Lod as a nationality (NORP), not as a person or place")
def test_a_city_tagged_as_a_person_says_why_it_is_a_city():
    text = "The ministry paid the towns of Lod and Ramla on Monday. Lod is still negotiating with the ministry."
    graph = graphbuild.build([text]).graph
    lod = next(n for n in graph.subjects(RDF.type, GB.City) if str(graph.value(n, RDFS.label)) == "Lod")
    note = graph.value(lod, GB.typeNote)
    assert "tagged Person" in str(note) and "rule city" in str(note), note
    assert "Lod" not in nodes(graph, "Person")


def test_companies_armed_groups_cities_and_regional_bodies_get_their_class():
    text = ("Gulf Air Holdings and Nile Textile Company signed a deal with Qatar Airways. Hezbollah and the "
            "Houthis condemned the deal, and al-Shabaab attacked Mogadishu. The Arakan Army seized a town. "
            "Leaders of ASEAN met in Jakarta, while the Shanghai Cooperation Organisation met in Astana. "
            "The African Union and the Arab League sent observers. Karachi pledged aid to Lahore.")
    found = labels(graphbuild.build([text]).graph)
    for org in ("Gulf Air Holdings", "Nile Textile Company", "Qatar Airways", "Hezbollah", "Houthis",
                "al-Shabaab", "Arakan Army", "ASEAN", "Shanghai Cooperation Organisation", "African Union",
                "Arab League"):
        assert found.get(org) == "Organization", (org, found)
    for city in ("Mogadishu", "Jakarta", "Astana", "Karachi", "Lahore"):
        assert found.get(city) == "City", (city, found)


def test_places_named_with_a_company_word_stay_places():
    found = labels(graphbuild.build(["Israeli troops entered the West Bank, and the Soviet Union supported the "
                                     "plan long ago."]).graph)
    assert found.get("West Bank") == "Place" and found.get("Soviet Union") == "Place", found


def test_companies_tagged_as_people_are_organisations():
    from graphbuild.records import Article, DocExtraction, Mention
    from graphbuild.resolve import resolve

    # The tagger's slip written as a record: a foundation and a bank tagged as people.
    text = "Hamad bin Jassim Charitable Foundation and Gulf Commercial Bank gave grants."
    names = ("Hamad bin Jassim Charitable Foundation", "Gulf Commercial Bank")
    mentions = tuple(Mention(i, text.index(n), text.index(n) + len(n), n, n, "Person") for i, n in enumerate(names))
    corpus = resolve([DocExtraction(Article("a", text), mentions)])
    assert {(e.label, e.type) for e in corpus.entities} == {
        ("Hamad bin Jassim Charitable Foundation", "Organization"), ("Gulf Commercial Bank", "Organization")}


def test_abbreviations_defined_in_the_text_are_one_node():
    text = ("The National Liberation Army (ELN) attacked a base on Monday. The ELN later denied it. "
            "The Rapid Support Forces (RSF) clashed with the army near Khartoum, and the RSF said it won. "
            "The World Health Organization (WHO) sent doctors, and WHO staff arrived on Friday.")
    graph = graphbuild.build([text]).graph
    orgs = nodes(graph, "Organization")
    assert "ELN" in orgs["National Liberation Army"] and "ELN" not in orgs, orgs
    assert "RSF" in orgs["Rapid Support Forces"] and "RSF" not in orgs, orgs
    assert "WHO" in orgs["World Health Organization"], orgs
    assert rules(graph)["ELN"] == "abbreviation"


def test_city_variants_are_one_node():
    text = ("Talks opened in New Delhi on Monday. Officials in Delhi said the Delhi round would last a week. "
            "Kiev and Kyiv were both mentioned by reporters in Washington, D.C.")
    cities = nodes(graphbuild.build([text]).graph, "City")
    assert "Delhi" in cities["New Delhi"] and "Delhi" not in cities, cities
    assert "Kiev" not in cities, cities


@pytest.mark.xfail(reason="the small English model tags neither 'Majesty' nor headline words consistently; "
                          "a lone capitalised headline verb after a name is still read as part of it", strict=False)
def test_headline_words_are_not_people():
    found = labels(graphbuild.build(["Minister Slams Plan As Talks Stall\n\nThe minister spoke on Monday."]).graph)
    assert not [label for label, cls in found.items() if cls == "Person"], found


def test_places_and_cities_of_several_words_tagged_as_people():
    found = labels(graphbuild.build(["The envoy visited Al Wusta Governorate and Ras Al Khaimah on Monday. "
                                     "Ras Al Khaimah welcomed him."]).graph)
    assert found.get("Al Wusta Governorate") == "Place", found
    assert found.get("Ras Al Khaimah") == "City", found


def test_an_institution_named_after_a_person_is_one_organisation():
    text = ("The director of Sheikh Khalid bin Faisal bin Nasser Al Mansouri Charitable Foundation, Omar Al Rashidi, "
            "said the grants would grow. Al Rashidi thanked the donors.")
    found = labels(graphbuild.build([text]).graph)
    assert found.get("Khalid bin Faisal bin Nasser Al Mansouri Charitable Foundation") == "Organization", found
    assert found.get("Omar Al Rashidi") == "Person" and "Al Rashidi" not in found, found
    assert not [label for label, cls in found.items() if cls == "Person" and "Faisal" in label], found


def test_a_full_name_tagged_as_a_place_beside_its_surname_tagged_as_a_person():
    from graphbuild.records import Article, DocExtraction, Mention
    from graphbuild.resolve import resolve

    # The tagger's slips on a results page, written as records: the full name a place, the surname a person.
    text = "Rui Tavares won in Rio Branco. Tavares led, and Branco finished third."
    spans = [("Rui Tavares", "Place"), ("Rio Branco", "Place"), ("Tavares", "Person")]
    mentions = tuple(Mention(i, text.index(n), text.index(n) + len(n), n, n, t) for i, (n, t) in enumerate(spans))
    corpus = resolve([DocExtraction(Article("a", text), mentions)])
    found = {e.label: (e.type, e.aliases) for e in corpus.entities}
    assert found["Rui Tavares"] == ("Person", ("Tavares",)), found
    # A place whose last word is no person's name here stays a place.
    assert found["Rio Branco"][0] in {"Place", "City"}, found


def _resolve(text: str, tagged: list[tuple[str, str]], *more: tuple[str, list[tuple[str, str]]]):
    """Entities (label, class, aliases) resolved from tagger output written as records: (name, class) in
    the order they occur in ``text``; ``more`` adds other articles."""
    from graphbuild.records import Article, DocExtraction, Mention
    from graphbuild.resolve import resolve

    docs = []
    for n, (body, names) in enumerate(((text, tagged), *more)):
        mentions, at = [], 0
        for i, (name, cls) in enumerate(names):
            start = body.index(name, at)
            at = start + len(name)
            mentions.append(Mention(i, start, at, name, name, cls))
        docs.append(DocExtraction(Article(f"a{n}", body), tuple(mentions)))
    return {(e.label, e.type, e.aliases) for e in resolve(docs).entities}


def test_a_royal_title_makes_a_person_of_a_name_tagged_a_place():
    found = _resolve("King Hassan II of Morocco opened the King Fahd Causeway talks. Later King Hassan left.",
                     [("King Hassan II", "Place"), ("King Fahd Causeway", "Place"),
                      ("King Hassan", "Person")])
    people = {label: aliases for label, cls, aliases in found if cls == "Person"}
    assert set(people) == {"Hassan II"} and {"King Hassan", "King Hassan II"} <= set(people["Hassan II"]), found
    assert ("King Fahd Causeway", "Place", ()) in found


def test_a_two_word_family_name_joins_the_full_name_in_its_article_only():
    found = _resolve("Ahmed Abul Fotouh spoke in Cairo. Abul Fotouh said the vote was fair.",
                     [("Ahmed Abul Fotouh", "Person"), ("Abul Fotouh", "Person")],
                     ("Abul Fotouh, a lawyer, filed a case.", [("Abul Fotouh", "Person")]))
    labels_ = {label: aliases for label, cls, aliases in found if cls == "Person"}
    assert "Abul Fotouh" in labels_["Ahmed Abul Fotouh"]
    # The other article never names the full name: its Abul Fotouh may be anyone of that family.
    assert "Abul Fotouh" in labels_, found


def test_the_full_stop_after_a_name_is_not_part_of_it():
    found = _resolve("The rebels are led by a man known as Ivan Duarte.", [("Ivan Duarte.", "Person")])
    assert {label for label, _, _ in found} == {"Ivan Duarte"}


def test_a_party_known_by_the_initials_of_its_native_name():
    text = ("On Friday the Chinese Nationalist Party (KMT) caucus urged the ministry to act. KMT Legislator Alex Fai "
            "agreed.")
    orgs = nodes(graphbuild.build([text]).graph, "Organization")
    assert "KMT" in orgs["Chinese Nationalist Party"] and "KMT" not in orgs, orgs


def test_an_abbreviation_spelt_out_by_a_name_tagged_a_person():
    found = _resolve("Perusahaan Gas Negara (PGN) signed a deal. PGN said it would pay in May. "
                     "Mohammed bin Zayed (MBZ) attended, and MBZ spoke.",
                     [("Perusahaan Gas Negara", "Person"), ("PGN", "Organization"),
                      ("Mohammed bin Zayed", "Person"), ("MBZ", "Person")])
    assert ("Perusahaan Gas Negara", "Organization", ("PGN",)) in found, found
    assert ("Mohammed bin Zayed", "Person", ("MBZ",)) in found, found


def test_a_company_s_short_name_and_an_armed_group_s_forms_are_one_node():
    found = _resolve("Kawasaki Heavy Industries won the order, and shares of Kawasaki Heavy rose. The Houthi "
                     "movement fired a missile; the Houthis said so. Kawasaki Bank was not involved.",
                     [("Kawasaki Heavy Industries", "Organization"), ("Kawasaki Heavy", "Organization"),
                      ("Houthi movement", "Organization"), ("Houthis", "Organization"),
                      ("Kawasaki Bank", "Organization")])
    orgs = {label: aliases for label, cls, aliases in found if cls == "Organization"}
    assert "Kawasaki Heavy" in orgs["Kawasaki Heavy Industries"], found
    assert len([label for label in orgs if "houthi" in label.lower()]) == 1, found
    assert "Kawasaki Bank" in orgs, found


def test_king_and_short_forms_through_the_pipeline():
    text = ("Jordan's King Abdullah II hosted Egyptian President Abdel Fattah al-Sisi in Amman on Sunday, and "
            "the secretary-general of the Arab League, Ahmed Aboul Gheit, joined them. Aboul Gheit praised "
            "the king. King Abdullah thanked him.")
    people = nodes(graphbuild.build([text]).graph, "Person")
    assert not [p for p in people if p != "Abdullah II" and "abdullah" in p.lower()], people
    assert "Abdullah II" in people, people
    assert "Aboul Gheit" in people["Ahmed Aboul Gheit"] and "Aboul Gheit" not in people, people


def test_a_second_name_the_text_gives_a_person_is_the_same_person():
    found = _resolve("The rebels are led by Luis Alfonso Ortega, known by his nom de guerre Pablo Beltran. "
                     "Beltran spoke on Monday. Maria Ruiz, a lawyer, and Carlos Vega also spoke.",
                     [("Luis Alfonso Ortega", "Person"), ("Pablo Beltran", "Person"), ("Beltran", "Person"),
                      ("Maria Ruiz", "Person"), ("Carlos Vega", "Person")])
    people = {label: set(aliases) for label, cls, aliases in found if cls == "Person"}
    assert people["Luis Alfonso Ortega"] >= {"Pablo Beltran", "Beltran"}, people
    # A comma alone between two names is no second name.
    assert {"Maria Ruiz", "Carlos Vega"} <= set(people), people


def test_a_spanish_name_known_by_the_father_s_surname():
    text = ("Chilean President Andrés Manuel Ortega Salas opened the port in Valparaiso on Monday. Ortega said "
            "trade would grow.\n\nSheikh Tamim bin Hamad Al Thani met reporters in Doha. Hamad was not there.")
    graph = graphbuild.build([text]).graph
    people = nodes(graph, "Person")
    assert "Ortega" in people["Andrés Manuel Ortega Salas"], people
    assert rules(graph)["Ortega"] == "paternal-surname"
    # Inside an Arabic chain the word before the family name is the father: never the son's short name.
    assert "Hamad" not in people.get("Tamim bin Hamad Al Thani", set()), people


def test_a_paternal_surname_needs_one_full_name_written_before_it():
    # Written before the full name: it may be anyone of that family.
    found = _resolve("Ortega spoke first. Later Luis Ortega Salas arrived.",
                     [("Ortega", "Person"), ("Luis Ortega Salas", "Person")])
    assert ("Ortega", "Person", ()) in found, found
    # Two full names fit: the short name stays apart.
    found = _resolve("Luis Ortega Salas and Ana Ortega Vidal arrived. Ortega spoke first.",
                     [("Luis Ortega Salas", "Person"), ("Ana Ortega Vidal", "Person"), ("Ortega", "Person")])
    assert ("Ortega", "Person", ()) in found, found
    # One full name before it: the same person.
    found = _resolve("Luis Ortega Salas arrived. Ortega spoke first.",
                     [("Luis Ortega Salas", "Person"), ("Ortega", "Person")])
    assert ("Luis Ortega Salas", "Person", ("Ortega",)) in found, found
