"""The verbs and nouns news uses for typed relations, on sentences written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    ("Kenya welcomed Emmanuel Macron on Monday.", ("Kenya", "meetsWith", "Emmanuel Macron")),
    ("Angela Merkel held a phone call with Emmanuel Macron on Monday.",
     ("Angela Merkel", "meetsWith", "Emmanuel Macron")),
    ("Abiy Ahmed paid a visit to Eritrea last week.", ("Abiy Ahmed", "visits", "Eritrea")),
    ("Macron attended the summit in Addis Ababa.", ("Macron", "attends", "summit")),
    ("The talks were also attended by the Ambassador of Kuwait, Ahmed Al-Fahad.",
     ("Ahmed Al-Fahad", "attends", "talks")),
    ("The talks, held in Doha and attended by Ahmed Al-Fahad, ended late.", ("Ahmed Al-Fahad", "attends", "talks")),
    ("The African Union strongly condemned the executions of four students on Friday.",
     ("African Union", "condemns", "executions")),
    ("Emmanuel Macron congratulated Kenya on the election.", ("Emmanuel Macron", "praises", "Kenya")),
    ("The African Union condemned Sudan on Friday.", ("African Union", "condemns", "Sudan")),
    ("Bolivia protested to Chile over the border.", ("Bolivia", "accuses", "Chile")),
    ("Egypt accused Ethiopia of breaking the deal.", ("Egypt", "accuses", "Ethiopia")),
    ("Kenya signed a trade agreement with Uganda on Monday.", ("Kenya", "agreesWith", "Uganda")),
    ("Egypt agreed with Sudan on a plan for the dam.", ("Egypt", "agreesWith", "Sudan")),
    ("Russia invaded Ukraine in February.", ("Russia", "attacks", "Ukraine")),
    ("The Supreme Court ruled against the Electoral Commission on Friday.",
     ("Supreme Court", "rulesAgainst", "Electoral Commission")),
    ("The Nairobi-based Institute for Security Studies published the report.",
     ("Institute for Security Studies", "basedIn", "Nairobi")),
    ("The protest took place in the Kenyan city of Kisumu.", ("Kisumu", "locatedIn", "Kenya")),
    ("Fighting spread to the Ethiopian town of Gondar on Friday.", ("Gondar", "locatedIn", "Ethiopia")),
    ("The UN's refugee agency UNHCR warned of shortages.", ("UNHCR", "partOf", "UN")),
    ("UNHCR, the UN refugee agency, warned of shortages.", ("UNHCR", "partOf", "UN")),
    ("Margaret Otieno, the wife of President Daniel Otieno, opened the hospital.",
     ("Margaret Otieno", "familyOf", "Daniel Otieno")),
    ("Daniel Otieno's daughter Ruth Otieno won the seat.", ("Ruth Otieno", "familyOf", "Daniel Otieno")),
    ("Ruth Otieno is the daughter of former president Daniel Otieno.", ("Ruth Otieno", "familyOf", "Daniel Otieno")),
])
def test_news_constructions(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


def test_hosting_talks_is_no_meeting_with_the_talks(extract):
    found = facts(extract("Oman hosted talks between Iran and Saudi Arabia."))
    assert ("Iran", "negotiatesWith", "Saudi Arabia") in found
    assert not any(p == "meetsWith" for _, p, _ in found)


def test_welcoming_a_decision_is_no_meeting(extract):
    assert not any(p == "meetsWith" for _, p, _ in facts(extract("Kenya welcomed the decision on Monday.")))


def test_new_properties_are_in_the_ontology_under_related_to():
    from graphbuild.eval.gold import readings, relation_properties
    from graphbuild.ontology import GB_NS
    from rdflib import URIRef

    typed = relation_properties()
    for name in ("attends", "praises", "condemns", "rulesAgainst", "nominates", "familyOf", "partOf", "agreesWith"):
        assert URIRef(GB_NS + name) in typed, name
    # condemning is criticism, and an eval gold fact of the parent type counts a condemns edge.
    assert "criticizes" in readings(URIRef(GB_NS + "condemns"))


def test_meeting_with_a_title_headed_name(extract):
    found = facts(extract("Paul Mwangi met with Head of Uganda's Trade Authority John Okello in Kampala."))
    assert ("Paul Mwangi", "meetsWith", "John Okello") in found


def test_every_name_of_an_apposition_fills_the_slot(extract):
    found = facts(extract("President Ali Demir met his Iranian and Russian counterparts, "
                          "Reza Karimi and Ivan Petrov, in Baku."))
    assert {("Ali Demir", "meetsWith", "Reza Karimi"), ("Ali Demir", "meetsWith", "Ivan Petrov")} <= found
    assert {("Reza Karimi", "leaderOf", "Iran"), ("Ivan Petrov", "leaderOf", "Russia")} <= found


@pytest.mark.parametrize("text, fact", [
    # A stance towards a named actor's act is a stance towards the actor.
    ("Minister Tom Hale commended Ghana's efforts to end the strike.", ("Tom Hale", "praises", "Ghana")),
    ("Ramos criticized Garcia's speech on Monday.", ("Ramos", "criticizes", "Garcia")),
    ("Judge Ann Price complimented Mr. Garcia on his candour.", ("Ann Price", "praises", "Garcia")),
])
def test_stance_towards_an_actor_and_its_acts(extract, text, fact):
    assert fact in facts(extract(text))


def test_a_pronoun_possessor_is_no_object(extract):
    found = facts(extract("Ramos criticized his speech on Monday."))
    assert not any(p == "criticizes" for s, p, o in found)


@pytest.mark.parametrize("text, fact, wrong", [
    # The parser hangs a word of the title under the verb; the person the title names is the one met.
    ("Peter Kamau later met with Head of Uganda Coffee and Cocoa Export Board (UCCEB) John Okello in Kampala.",
     ("Peter Kamau", "meetsWith", "John Okello"), ("Peter Kamau", "meetsWith", "UCCEB")),
    ("President Anna Cole received US Deputy Secretary Mary Jones (centre) in Windhoek.",
     ("Anna Cole", "meetsWith", "Mary Jones"), ("Anna Cole", "meetsWith", "US")),
])
def test_meeting_the_person_a_title_names(extract, text, fact, wrong):
    found = facts(extract(text))
    assert fact in found and wrong not in found


def test_a_body_met_stays_the_object_when_no_title_follows(extract):
    found = facts(extract("Peter Kamau met with the Kenya Tea Board on Monday and John Okello spoke later."))
    assert ("Peter Kamau", "meetsWith", "Kenya Tea Board") in found


@pytest.mark.parametrize("text, fact", [
    # A reciprocal verb with a coordinated subject and no partner: the parties did it with each other.
    ("Presidents Tom Hale and Anna Brook met on Monday.", ("Tom Hale", "meetsWith", "Anna Brook")),
    ("Weeks after Ministers Tom Hale and Anna Brook met, the border reopened.",
     ("Tom Hale", "meetsWith", "Anna Brook")),
    pytest.param("Leaders of Chile and Peru agreed on Friday to share the water.", ("Chile", "agreesWith", "Peru"),
                 marks=pytest.mark.xfail(reason="with the newswire NER the parse of 'Leaders of Chile and Peru' "
                                                "no longer gives the coordinated subject")),
    ("Kenya and Uganda agreed to reopen the border.", ("Kenya", "agreesWith", "Uganda")),
    # A government stands for its country, and a state and an armed group are both parties that sign.
    ("Peru's government and the Popular Revolutionary Front (PRF) signed a truce in Lima on Monday.",
     ("Peru", "agreesWith", "Popular Revolutionary Front")),
])
def test_reciprocal_verbs(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    "Tom Hale and Anna Brook did not meet.",
    "Tom Hale and Anna Brook met with the press.",
    "Tom Hale and Kenya agreed.",  # a person and a country are not two parties of a kind
])
def test_no_reciprocal_relation(extract, text):
    found = facts(extract(text))
    assert not any(p in {"meetsWith", "agreesWith"} and {s, o} in ({"Tom Hale", "Anna Brook"}, {"Tom Hale", "Kenya"})
                   for s, p, o in found)


@pytest.mark.parametrize("text, fact", [
    # Being at an event, said by the place of the act.
    ("At a committee hearing on Tuesday, the finance minister Omar Nasser defended the budget.",
     ("Omar Nasser", "attends", "committee hearing")),
    ("Omar Nasser thanked the crowd at the Lakeside Music Festival on Sunday.",
     ("Omar Nasser", "attends", "Lakeside Music Festival")),
    ("Omar Nasser gave a speech at the summit in Nairobi.", ("Omar Nasser", "attends", "summit")),
    ("At the summit, convened at a seaside hotel and attended by Senator Ruth Ode, delegates backed the plan.",
     ("Ruth Ode", "attends", "summit")),
])
def test_attendance_by_place(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    "Omar Nasser did not speak at the summit.",
    "Omar Nasser arrived at the palace.",  # a place, not an event
    "Kenya spoke at the summit.",  # only a person is said to attend by where it spoke
])
def test_no_attendance_by_place(extract, text):
    assert not any(p == "attends" for s, p, o in facts(extract(text)))


@pytest.mark.parametrize("text, fact", [
    ("The suit names Ali Hassan, who served under Governor Omar Nasser for six years.",
     ("Ali Hassan", "worksFor", "Omar Nasser")),
    # Where a body sits and where a place lies, written inside the noun phrase.
    ("Lawyers for the defendant filed papers with the Kadi Court in Nairobi last month.",
     ("Kadi Court", "basedIn", "Nairobi")),
    ("The storm hit Kelowna, British Columbia on Monday.", ("Kelowna", "locatedIn", "British Columbia")),
    ("She flew from Nairobi, Kenya to Paris, France.", ("Paris", "locatedIn", "France")),
])
def test_service_seats_and_places(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    "Delegates from Nairobi, Kampala and Dodoma attended.",  # a list, not a place in another
    "The Kadi Court in Kenya ruled on Monday.",  # a country may hold a branch as well as the seat
])
def test_no_seat_or_place_from_a_list_or_a_country(extract, text):
    # The rules' reading only: the trained classifier makes its own guesses about seats.
    extractors = {r.evidence.extractor for r in extract(text).relations}
    assert not extractors & {"graphbuild.rules.noun.seated_in", "graphbuild.rules.noun.place_appos"}


def test_a_person_read_as_an_organisation_has_no_seat(nlp):
    from spacy.tokens import Span

    from graphbuild.extract import extract_doc
    from graphbuild.ingest import make_article

    article = make_article(text="Omar Nasser spoke. Later Omar Nasser in Nairobi signed the deal.", origin="<test>",
                           published="2019-09-25")
    doc = nlp(article.text)
    # The second mention is set as an organisation, as the recogniser sometimes reads a name.
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 5, 7, "ORG"), Span(doc, 8, 9, "GPE")]
    assert not any(p == "basedIn" for s, p, o in facts(extract_doc(doc, article)))


def test_a_name_read_as_the_next_title_s_possessor_is_coordinated(extract):
    # The parser reads "President X and Jordan's King Y" as "(X and Jordan)'s King Y".
    found = facts(extract("Qatar's Emir Sheikh Tamim hosted Egyptian President Ahmed Shafik and Jordan's King "
                          "Abdullah II in Doha on Tuesday."), modality="asserted")
    assert {("Tamim", "meetsWith", "Ahmed Shafik"), ("Tamim", "meetsWith", "Abdullah II")} <= found


def test_a_title_whose_name_is_hung_on_its_object_is_the_subject(extract):
    # The parser hangs "Omar Saleh" on "the militia"; he, the spokesman, dismissed the meeting.
    found = facts(extract("The militia holds the port. A spokesman for the militia, Omar Saleh, dismissed the "
                          "Geneva meeting as a farce."), modality="asserted")
    assert ("Omar Saleh", "criticizes", "Geneva meeting") in found


def test_as_did_lends_the_clause_to_its_subject(extract):
    found = facts(extract("Chilean President Rosa Vidal praised the accord, as did Peruvian President Jorge Quispe."),
                  modality="asserted")
    assert {("Rosa Vidal", "praises", "accord"), ("Jorge Quispe", "praises", "accord")} <= found


def test_a_body_s_head_named_after_a_comma_and_misread_as_a_conjunct(extract):
    # The parser reads "the East African Community, Peter Mathuki" as two conjuncts; "secretary-general" is split
    # at its hyphen.
    found = facts(extract("Kenyan President Paul Otieno attended the meeting, as did the secretary-general of the "
                          "East African Community, Peter Mathuki, and representatives of the African Union (AU)."),
                  modality="asserted")
    assert {("Peter Mathuki", "attends", "meeting"), ("Peter Mathuki", "leaderOf", "East African Community")} <= found
    assert ("Peter Mathuki", "leaderOf", "African Union") not in found


def test_a_plural_conjunct_of_a_title_shares_no_body(extract):
    found = facts(extract("Omani Foreign Minister Badr Albusaidi attended the meeting, as did the chairman of the "
                          "Arab Parliament, Adel Asoomi, and representatives of the Islamic Cooperation Organisation "
                          "(ICO)."), modality="asserted")
    assert ("Adel Asoomi", "leaderOf", "Arab Parliament") in found
    assert ("Adel Asoomi", "leaderOf", "Islamic Cooperation Organisation") not in found


def test_an_armed_group_s_name_read_without_its_head_noun(extract):
    # The recogniser tags "Hezbollah" alone; "movement" is the head the verb takes.
    found = facts(extract("Lebanese Prime Minister Karim Nasser condemned Lebanon's Hezbollah movement on Monday."),
                  modality="asserted")
    assert ("Karim Nasser", "condemns", "Hezbollah movement") in found
    assert ("Karim Nasser", "condemns", "Lebanon") not in found


def test_welcoming_a_proposal_supports_it_and_welcoming_a_person_is_a_meeting(extract):
    found = facts(extract("The African Union welcomed Kenya's proposal for a regional force. Ugandan President "
                          "Yoweri Okello welcomed Kenyan President Paul Otieno in Kampala."), modality="asserted")
    assert ("African Union", "supports", "proposal") in found
    assert ("Yoweri Okello", "meetsWith", "Paul Otieno") in found
    assert not [f for f in found if f[0] == "African Union" and f[1] == "meetsWith"]


@pytest.mark.parametrize("text", [
    "The treaty was signed by Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Quispe.",
    # The parser hangs the second signatory on the verb.
    "The accord was signed by the government's chief negotiator, Rosa Vidal, and the rebel commander Jorge Quispe, "
    "known as Comandante Sol.",
])
def test_signatories_of_a_passive_signature_agree(extract, text):
    assert ("Rosa Vidal", "agreesWith", "Jorge Quispe") in facts(extract(text), modality="asserted")


def test_one_signatory_agrees_with_no_one(extract):
    found = facts(extract("The treaty was signed by Rosa Vidal in Lima."))
    assert not [f for f in found if f[1] == "agreesWith"]



def test_a_conjunct_in_a_list_with_and_is_no_misread_apposition(nlp):
    from graphbuild.extract.clauses import misread_apposition

    doc = nlp("Kenya, Uganda and Tanzania signed the treaty.")
    uganda = [t for t in doc if t.text == "Uganda"][0]
    assert uganda.dep_ == "conj" and not misread_apposition(uganda)
