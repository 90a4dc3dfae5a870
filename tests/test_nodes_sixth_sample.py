"""Entity nodes: one test per kind of wrong node fixed from tests/gold/newswire/judged/nodes6.json (and what the
fourth and fifth samples left), on sentences written here, each with the near miss that must stay as it is."""
from __future__ import annotations

from conftest import entity_node_list, entity_nodes, hand_tagged

import pytest


def test_a_country_named_for_its_currency_gets_no_node():
    nodes = entity_nodes("Kenya repaid a loan of 300 million US dollars to lenders in Nairobi on Monday.")
    assert "United States" not in nodes and nodes.get("Kenya") == "Country"
    # "won" the verb is no currency.
    assert entity_nodes("Uzbekistan won five gold medals at the games in Kuwait City.").get("Uzbekistan") == "Country"


def test_a_movement_is_a_body_and_so_are_its_other_mentions():
    nodes = entity_nodes("Karim Tabbou, a figure of the Hirak movement, was freed on Tuesday. Hirak marchers "
                         "returned to Algiers.")
    assert nodes.get("Hirak") == "Organization"
    # A people's movement is no named body.
    assert not [n for n, c in entity_nodes("The Kurdish movement grew stronger in Diyarbakir.").items()
                if c == "Organization"]


def test_a_think_tank_is_a_body_wherever_its_name_stands():
    nodes = entity_nodes("A study by the London-based think tank Chatham House found gaps. Chatham House urged "
                         "reform.")
    assert nodes.get("Chatham House") == "Organization"
    nodes = entity_nodes("Ana Ruiz, a fellow at the Wilson Centre, a think tank in Washington, spoke. The Wilson Centre "
                         "published her report.")
    assert nodes.get("Wilson Centre") == "Organization" and nodes.get("Ana Ruiz") == "Person"


def test_a_farm_is_a_place_under_its_own_name():
    nodes = entity_nodes("Thieves broke into the Phala Phala farm in Limpopo in 2020. Ramaphosa owns Phala Phala.")
    assert nodes.get("Phala Phala") == "Place" and "Phala Phala farm" not in nodes


def test_programmes_and_doctrines_are_no_entities_but_un_programmes_are_bodies():
    nodes = entity_nodes("Ghana launched the Energy Efficiency Program in Accra, and the World Food Programme "
                         "praised it. The minister cited the Monroe Doctrine.")
    assert nodes.get("World Food Programme") == "Organization"
    assert not {"Energy Efficiency Program", "Monroe Doctrine"} & set(nodes)
    # A project tagged a body may be one: a newsroom.
    nodes = entity_nodes("Thabo Mokoena edits the China Africa Project, a newsroom in Johannesburg.")
    assert nodes.get("China Africa Project") == "Organization"


def test_days_and_prides_are_events():
    nodes = entity_nodes("Thousands marched in Shanghai Pride on the International Day Against Hate, Fear and "
                         "Exclusion.")
    assert nodes.get("Shanghai Pride") == "Event"
    assert nodes.get("International Day Against Hate, Fear and Exclusion") == "Event"


def test_hong_kong_and_macau_are_cities_of_china():
    nodes = entity_nodes("Officials from Hong Kong and Macau met in Beijing with China's vice-premier.")
    assert nodes.get("Hong Kong") == nodes.get("Macau") == "City" and nodes.get("China") == "Country"


def test_the_pentagon_is_the_us_department_of_defense():
    nodes = entity_nodes("The Pentagon said the US Department of Defense would send more troops to Poland.")
    assert [n for n, c in nodes.items() if c == "Organization"] == ["Pentagon"]


@pytest.mark.parametrize("text, whole", [
    ("Iran paraded its drones. The Iranian Army said the Army was ready.", "Iranian Army"),
    ("Judges of the Appellate Division of the High Court sat in Dhaka. Its Appellate Division upheld the verdict.",
     "Appellate Division of the High Court"),
])
def test_a_bodys_short_name_is_the_one_body_it_starts_or_ends(text, whole):
    nodes = entity_nodes(text)
    assert whole in nodes and not {"Army", "Appellate Division"} & set(nodes)


def test_a_court_cut_before_of_appeal_is_another_court():
    nodes = entity_nodes("The Supreme Court of Appeal ruled on Friday. The Supreme Court later ruled again.")
    assert {"Supreme Court of Appeal", "Supreme Court"} <= set(nodes)


def test_a_surname_joins_the_full_name_its_two_word_tail_already_joins():
    nodes = entity_nodes("Mohammad Hassan Nourani, a lawmaker, spoke in Tehran. Hassan Nourani said the talks "
                         "failed. Nourani added that the deal was over.")
    assert [n for n, c in nodes.items() if c == "Person"] == ["Mohammad Hassan Nourani"]
    # Two people of one family: the bare surname stays the first one's, the father keeps his own node.
    nodes = entity_nodes("Pallonji Mistry spoke. Mistry said so. His father Shapoor Mistry agreed.")
    assert {"Pallonji Mistry", "Shapoor Mistry"} <= set(nodes) and "Mistry" not in nodes
    # Two full names here, one of them also written short: the surname still goes to the one named before it.
    nodes = entity_nodes("Journalist Luis M. Herrera spoke on Monday. His father, the late editor Pablo Andrés Herrera "
                         "Solano, founded the paper. Herrera says the paper will survive. Pablo Andrés Herrera was "
                         "killed in 1978.")
    assert {"Luis M. Herrera", "Pablo Andrés Herrera Solano"} == {n for n, c in nodes.items() if c == "Person"}


def test_an_aide_de_camp_is_a_post_not_a_body():
    nodes = entity_nodes("The governor's former aide-de-camp (ADC) Colonel Tom Otieno was sworn in as the new navy "
                         "commander in Mombasa.")
    assert "ADC" not in nodes and nodes.get("Tom Otieno") == "Person"


@pytest.mark.parametrize("text, body", [
    ("Algerian police took the activist to Algiers on Friday.", "police"),
    ("The Kenyan parliament passed the finance law in Nairobi.", "parliament"),
    ("Iran's parliament approved the budget on Sunday.", "parliament"),
])
def test_a_countrys_police_and_parliament_written_lower_case_are_its_bodies(text, body):
    assert entity_nodes(text).get(body) == "Organization"


@pytest.mark.parametrize("text", [
    "He has been a member of parliament for Kisumu since 2017.",
    "Shiite police units patrolled the streets of Basra.",
    "The parliament building in Accra was closed for repairs.",
])
def test_parliament_and_police_as_words_of_a_phrase_are_no_bodies(text):
    assert not {"police", "parliament"} & set(entity_nodes(text))


def test_a_bodys_former_name_is_the_same_body():
    nodes = entity_nodes("Dhaka Bank bought Padma Bank (formerly Farmers Bank) in 2021. Farmers Bank had lost its "
                         "licence.")
    assert len({"Padma Bank", "Farmers Bank"} & set(nodes)) == 1 and nodes.get("Dhaka Bank") == "Organization"


def test_an_upazila_is_its_place_under_its_own_name():
    nodes = entity_nodes("She lives in Bahubol upazila of Habiganj. Bahubol flooded in June.")
    assert nodes.get("Bahubol") == "Place" and "Bahubol upazila" not in nodes


def test_conventions_conclaves_and_jirgas_are_gatherings():
    nodes = entity_nodes("Delegates met at the CII-Exim Bank Conclave in Delhi. The Loya Jirga opened in Kabul. The "
                         "Muslim League Convention met in Allahabad.")
    assert nodes.get("CII-Exim Bank Conclave") == nodes.get("Loya Jirga") == "Event"
    assert nodes.get("Muslim League Convention") == "Event"


def test_a_word_without_a_capital_is_no_name():
    assert "mujahideen" not in entity_nodes("The mujahideen fought near Kabul this year.")


def test_territories_another_state_holds_are_places():
    nodes = entity_nodes("Nickel exports from New Caledonia and Puerto Rico rose, France said.")
    assert nodes.get("New Caledonia") == nodes.get("Puerto Rico") == "Place" and nodes.get("France") == "Country"


def test_a_creed_named_for_a_leader_is_no_entity(nlp):
    from graphbuild.nlp.components import EntityFixes

    text = "Castro had few friends in Miami, where critics of Castroism met."
    doc = EntityFixes()(hand_tagged(nlp, text, [("Castroism", "NORP"), ("Miami", "GPE"), ("Castro", "PERSON")]))
    ents = {e.text: e.label_ for e in doc.ents}
    assert "Castroism" not in ents and ents.get("Castro") == "PERSON"


def test_one_abbreviation_defined_after_a_short_and_a_full_name_is_one_body():
    nodes = entity_nodes("The forum was held by the Kenyan National Council for Women (KNCW) in Nairobi. Chair of "
                         "the Kenyan National Council for Women’s Affairs (KNCW) Grace Wambui said the KNCW would "
                         "report.")
    assert [n for n, c in nodes.items() if c == "Organization"] == ["Kenyan National Council for Women’s Affairs"]
    # Two bodies that share their initials stay two.
    nodes = entity_nodes("The National Union of Teachers (NUT) and the National Union of Tailors (NUT) met in Lagos.")
    assert {"National Union of Teachers", "National Union of Tailors"} <= set(nodes)


def test_a_city_and_its_municipality_are_one_node_but_not_the_city_of_london():
    nodes = entity_nodes("The City of Joburg cut power on Monday. Joburg residents protested.")
    assert len({"City of Joburg", "Joburg"} & set(nodes)) == 1
    nodes = entity_nodes("Bankers in the City of London worried. London mayor Sadiq Khan spoke.")
    assert {"City of London", "London"} <= set(nodes)


def test_a_given_name_left_between_a_rank_and_the_name_is_the_persons(nlp):
    from graphbuild.nlp.components import EntityFixes

    # The tagger left the first given name out ("Brigadier Njeri" + "Wambui Kamau").
    text = "The parade honoured Brigadier Njeri Wambui Kamau, the new head of signals."
    doc = EntityFixes()(hand_tagged(nlp, text, [("Wambui Kamau", "PERSON")]))
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Njeri Wambui Kamau"]


@pytest.mark.parametrize("text, name", [
    # A word of the office, a plural title and a kin word are no given names.
    ("Pakistan's army was led by its chief of General Staff Mohammed Aziz in 1999.", "Mohammed Aziz"),
    ("The protesters questioned the Minister Counselors Eyra Ruiz and Tomas Vega in Panama.", "Eyra Ruiz"),
])
def test_a_word_between_a_rank_and_a_name_that_is_no_given_name_stays_out(text, name):
    assert name in entity_nodes(text)


def test_currencies_laws_scriptures_degrees_and_creeds_are_no_entities():
    assert "Euro" not in entity_nodes("The Euro fell against Sterling on Monday, traders in Frankfurt said.")
    assert "Sterling" not in entity_nodes("The Euro fell against Sterling on Monday, traders in Frankfurt said.")
    nodes = entity_nodes("Judges cited the Race Relations Act of 1968 in London. Maduro signed the Ley Antibloqueo in "
                         "Caracas.")
    assert not {"Race Relations Act of 1968", "Ley Antibloqueo"} & set(nodes) and nodes.get("Maduro") == "Person"
    nodes = entity_nodes("He swore on the Bhagavad Gita in London after finishing his MBA.")
    assert not {"Bhagavad Gita", "MBA"} & set(nodes) and "London" in nodes
    assert "Correismo" not in entity_nodes("Supporters of Correismo won votes in Quito.")
    assert "British Universities" not in entity_nodes("British Universities drew students from Lagos.")


def test_a_cabinet_secretarys_title_names_no_cabinet():
    nodes = entity_nodes("The Cabinet Secretaries met President Ruto in Nairobi on Monday.")
    assert "Cabinet" not in nodes and nodes.get("Ruto") == "Person"


def test_a_faiths_or_a_peoples_plural_is_a_community_not_a_body(nlp):
    from graphbuild.nlp.components import EntityFixes

    text = "Sikhs marched in Toronto with Bolivians, and exports to the Philippines rose."
    doc = EntityFixes()(hand_tagged(nlp, text, [("Sikhs", "ORG"), ("Toronto", "GPE"), ("Bolivians", "GPE"),
                                                ("Philippines", "GPE")]))
    ents = {e.text: e.label_ for e in doc.ents}
    # "Philippines" is a country, no plural of "Philippine".
    assert ents.get("Sikhs") == ents.get("Bolivians") == "NORP" and ents.get("Philippines") == "GPE"


@pytest.mark.parametrize("text, whole, short", [
    ("The National Mechanism for the Protection of Journalists met editors. The Mechanism for the Protection of "
     "Journalists said so.", "National Mechanism for the Protection of Journalists",
     "Mechanism for the Protection of Journalists"),
    ("Students at Peking University protested. PKU later banned them.", "Peking University", "PKU"),
    ("A survey by the NZ Marine Research Council's (NZMRC) team found gaps. The NZMRC said more.",
     "NZ Marine Research Council", "NZMRC"),
])
def test_a_bodys_short_forms_join_it(text, whole, short):
    nodes = entity_nodes(text)
    assert whole in nodes and short not in nodes


def test_an_abbreviation_that_takes_letters_from_inside_words_beyond_one_is_another_body():
    nodes = entity_nodes("IRNA reported that the Iranian Army held drills.")
    assert {"IRNA", "Iranian Army"} <= set(nodes)


def test_south_african_papers_sa_is_south_africa():
    nodes = entity_nodes("SA has a long history of protest, South Africa's president said in Pretoria. South Africa "
                         "will vote. SA voters are ready.")
    assert "SA" not in nodes and nodes.get("South Africa") == "Country"


def test_a_province_of_the_storys_country_tagged_a_person_is_the_place():
    nodes = entity_nodes("Patients from Mangaluru travel to Goa for treatment, India's health ministry said. India "
                         "has few such clinics.")
    assert nodes.get("Goa") == "Place"
    # Someone's name here: the person.
    nodes = entity_nodes("Ravi Goa, a farmer in India, said Goa helped him. India is big.")
    assert nodes.get("Ravi Goa") == "Person" and "Goa" not in nodes


def test_a_spanish_pact_is_a_treaty_but_the_pacto_historico_a_coalition():
    nodes = entity_nodes("The Pacto del Zanjón ended the war in 1878. The Pacto Histórico won in Bogota.")
    assert nodes.get("Pacto del Zanjón") == "Event" and nodes.get("Pacto Histórico") == "Organization"


def test_a_language_is_no_people_but_a_surname_stays():
    assert "Hindi" not in entity_nodes("He posted a video in Hindi from Mumbai on Friday.")
    nodes = entity_nodes("Abdul Hakeem Al Hindi spoke in Amman. Hindi said the deal was done.")
    assert nodes.get("Abdul Hakeem Al Hindi") == "Person"


def test_a_brand_is_its_companys_name_without_internacional():
    nodes = entity_nodes("Havana Club Internacional sells rum. Havana Club grew in Cuba.")
    assert "Havana Club Internacional" in nodes and "Havana Club" not in nodes


def test_a_name_written_only_with_its_rank_is_the_area_not_the_town():
    nodes = entity_nodes("Flooding hit Byndoor taluk in Udupi district, Indian officials said. India sent aid to "
                         "Karnataka.")
    assert nodes.get("Byndoor") == nodes.get("Udupi") == "Place"
    # Written alone too: no area (the town, and here a body the tagger made of "Udupi district officials").
    nodes = entity_node_list("Udupi town flooded, and Udupi district officials met in Udupi.")
    assert "Place" not in [c for n, c in nodes if n == "Udupi"]


def test_an_area_named_by_a_rule_too_is_one_node():
    # The tagger spans "Anand district" whole, a rule of places names "Anand": one area, no town beside it.
    nodes = entity_node_list("Violence took place in Khambhat town of Anand district in Gujarat, Indian police said. "
                             "India sent troops.")
    assert [c for n, c in nodes if n == "Anand"] == ["Place"] and ("Khambhat", "City") in nodes


@pytest.mark.parametrize("text, name, cls", [
    # An order of merit is an honour, filed with awards, as a prize is.
    ("Amina Odhiambo received the Order of the Golden Heart from the president in Nairobi.",
     "Order of the Golden Heart", "Event"),
    ("Wangari Maathai won the Goldman Environmental Prize in 2004 in Nairobi.", "Goldman Environmental Prize", "Event"),
    # A police station and a defence headquarters are bodies; a hotel is a place.
    ("Officers of the Ranisankail Police Station arrested him on Sunday.", "Ranisankail Police Station",
     "Organization"),
    ("Officers at the Defence Headquarters in Nairobi met the minister on Tuesday.", "Defence Headquarters",
     "Organization"),
    ("The ceremony was held at the Alba Caracas Hotel in Caracas.", "Alba Caracas Hotel", "Place"),
])
def test_a_names_class_told_by_its_head_word(text, name, cls):
    assert entity_nodes(text).get(name) == cls
