"""Interactions and events: journeys, attendance and how sure a clause is, on sentences written for the test."""
from __future__ import annotations

from conftest import facts


def test_journey_verbs_give_a_visit(extract):
    found = facts(extract("Julia Merk flew to Norway on Monday, and Omar Fadi travelled to Lima for talks."))
    assert {("Julia Merk", "visits", "Norway"), ("Omar Fadi", "visits", "Lima")} <= found


def test_a_group_that_flees_does_not_visit(extract):
    found = facts(extract("Thousands of Karen refugees fled to Thailand last year."))
    assert not any(p == "visits" for _, p, _ in found)


def test_object_of_the_verb_above_makes_the_journey(extract):
    found = facts(extract("Hans Obel paid for papers that allowed the nurse to travel to Canada."))
    assert ("Hans Obel", "visits", "Canada") not in found


def test_reluctance_is_no_assertion(extract):
    found = facts(extract("Hans Obel was reluctant to nominate Carl Wedd as the party's candidate."),
                  modality="asserted")
    assert ("Hans Obel", "nominates", "Carl Wedd") not in found


def test_curly_possessive_read_as_a_verb_keeps_the_apposition_as_subject(extract):
    found = facts(extract("Anil Perera’s younger brother, Sunil Perera, escaped to Chile on Wednesday."))
    assert ("Sunil Perera", "visits", "Chile") in found
    assert ("Anil Perera", "visits", "Chile") not in found


def test_taking_part_in_an_event_is_attending_it(extract):
    found = facts(extract("Foreign Minister Lena Park participated in the Bali Economic Forum on Tuesday, "
                          "and Jordan took part in the summit."))
    assert {("Lena Park", "attends", "Bali Economic Forum"), ("Jordan", "attends", "summit")} <= found


def test_taking_part_in_what_is_no_event_or_not_at_all(extract):
    found = facts(extract("Lena Park took part in the protests. Omar Fadi did not take part in the summit."))
    assert not any(p == "attends" for _, p, _ in found)


def test_discussing_is_talking(extract):
    found = facts(extract("Lena Park discussed the border with Omar Fadi. Peru and Chile discussed trade on Monday."))
    assert {("Lena Park", "negotiatesWith", "Omar Fadi"), ("Peru", "negotiatesWith", "Chile")} <= found


def test_discussing_without_a_named_party_or_denied(extract):
    found = facts(extract("Analysts discussed the war with reporters. Peru and Chile did not discuss the border."))
    assert not any(p == "negotiatesWith" for _, p, _ in found)


def test_memoranda_and_mous_are_agreements(extract):
    found = facts(extract("Peru and Chile signed two memoranda of understanding. Bolivia signed an MoU with Brazil."))
    assert {("Peru", "agreesWith", "Chile"), ("Bolivia", "agreesWith", "Brazil")} <= found


def test_who_acts_during_a_named_event_opening_the_clause_is_there(extract):
    found = facts(extract("During the Oslo Energy Forum, Omar Fadi expressed his thanks to Lena Park."))
    assert ("Omar Fadi", "attends", "Oslo Energy Forum") in found


def test_during_after_the_verb_or_in_a_passive_is_no_attendance(extract):
    found = facts(extract("Omar Fadi said the deal was agreed during the meeting. During the meeting, Fadi smiled. "
                          "During the summit, the plan was approved by Lena Park."))
    assert not any(p == "attends" for _, p, _ in found)


def test_a_speech_or_a_guest_at_an_event(extract):
    found = facts(extract("In his speech at the ceremony, Omar Fadi pledged to cut taxes. "
                          "Lena Park was a guest at the Lisbon Investment Forum."))
    assert {("Omar Fadi", "attends", "ceremony"), ("Lena Park", "attends", "Lisbon Investment Forum")} <= found


def test_a_hyphenated_pair_before_a_noun_of_cooperation_or_talks(extract):
    found = facts(extract("Peru-Chile bilateral cooperation grew this year. The Egypt-Ethiopia talks resumed in Cairo."))
    assert {("Peru", "cooperatesWith", "Chile"), ("Egypt", "negotiatesWith", "Ethiopia")} <= found


def test_a_hyphenated_pair_before_an_unsigned_memorandum_or_a_war(extract):
    found = facts(extract("Offices await the Kenyan-Ethiopian memorandum of understanding. The US-China trade war "
                          "continued."))
    assert not any(p in {"agreesWith", "cooperatesWith", "negotiatesWith"} for _, p, _ in found)


def test_a_joint_statement_is_an_agreement(extract):
    found = facts(extract("Lena Park and Omar Fadi said in a joint statement that the war must end. "
                          "Peru and Chile issued a joint statement on Monday."))
    assert {("Lena Park", "agreesWith", "Omar Fadi"), ("Peru", "agreesWith", "Chile")} <= found


def test_a_statement_of_one_or_read_out_is_no_agreement(extract):
    found = facts(extract("Peru and Chile said in separate statements that talks failed. "
                          "Lena Park and Omar Fadi read a joint statement by the rebels."))
    assert not any(p == "agreesWith" for _, p, _ in found)


def test_a_purpose_clause_keeps_the_main_subject(extract):
    found = facts(extract("Lena Park urged Omar Fadi to visit Chile. Peru beat Bolivia 3-0 to book a meeting with Chile."))
    assert ("Omar Fadi", "visits", "Chile") in facts(extract("Lena Park persuaded Omar Fadi to travel to Chile."))
    assert ("Bolivia", "meetsWith", "Chile") not in found


def test_a_posted_title_and_honorific_before_the_guest_received(extract):
    found = facts(extract("Prime Minister Lena Park received the World Bank's Representative to Chile Dr. Omar Fadi."))
    assert ("Lena Park", "meetsWith", "Omar Fadi") in found


def test_they_after_two_people_in_one_sentence_do_what_takes_two(extract):
    found = facts(extract("Prime Minister Lena Park and her Irish counterpart Omar Fadi \u201ccondemn the attacks\u201d, "
                          "they said in a joint statement."))
    assert ("Lena Park", "agreesWith", "Omar Fadi") in found


def test_they_in_the_next_sentence_is_not_read_as_the_pair(extract):
    found = facts(extract("Police arrested Lena Park and Omar Fadi. They issued a joint statement on Monday."))
    assert not any(p == "agreesWith" for _, p, _ in found)


def test_a_pair_speaking_after_a_meeting_has_met(extract):
    found = facts(extract("Lena Park and Omar Fadi told reporters after a meeting in Tokyo that trade would grow. "
                          "Peru and Chile closed the border after the meeting."))
    assert ("Lena Park", "meetsWith", "Omar Fadi") in found
    assert ("Peru", "meetsWith", "Chile") not in found


def test_being_on_a_visit_or_in_talks(extract):
    found = facts(extract("Lena Park is on a three-day visit to Chile. Omar Fadi was in talks with Peru."))
    assert {("Lena Park", "visits", "Chile"), ("Omar Fadi", "negotiatesWith", "Peru")} <= found


def test_being_on_the_agenda_is_no_visit(extract):
    found = facts(extract("A visit to Chile is on the agenda of Lena Park."))
    assert ("Lena Park", "visits", "Chile") not in found


def test_addressing_or_chairing_an_event_is_attending_it(extract):
    found = facts(extract("Interior Minister Omar Fadi also addressed the meeting on Friday. Prime Minister Lena Park "
                          "presided over the Doha Forum."))
    assert {("Omar Fadi", "attends", "meeting"), ("Lena Park", "attends", "Doha Forum")} <= found


def test_addressing_an_issue_is_no_attendance(extract):
    found = facts(extract("Lena Park addressed the issue of refugees and a letter to the summit."))
    assert not any(p == "attends" for _, p, _ in found)


def test_naming_someone_as_an_officer_nominates_them(extract):
    found = facts(extract("President Lena Park named Omar Fadi as interior minister on Monday."))
    assert ("Lena Park", "nominates", "Omar Fadi") in found


def test_naming_without_an_office_is_no_nomination(extract):
    found = facts(extract("Lena Park named Omar Fadi in her letter. The Omar Fadi Bridge was named after Lena Park."))
    assert not any(p == "nominates" for _, p, _ in found)


def test_a_partner_cooperates(extract):
    found = facts(extract("Chile is Peru's largest trading partner. Qatar, a strategic partner of France, signed."))
    assert {("Chile", "cooperatesWith", "Peru"), ("Qatar", "cooperatesWith", "France")} <= found


def test_a_partner_in_life_is_no_cooperation_between_states(extract):
    found = facts(extract("Lena Park and her partner Omar Fadi live in Lima."))
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_a_hedged_discussion_is_only_an_agenda(extract):
    found = facts(extract("Kim Dae-ho may discuss the case with William Burns. Peru and Chile might discuss trade."))
    assert not any(p == "negotiatesWith" for _, p, _ in found)


def test_reluctance_is_denial_and_leaves_no_edge_in_the_graph(extract):
    ex = extract("Peru has been unwilling to sanction Chile.")
    assert ("Peru", "sanctions", "Chile") in facts(ex, modality="negated")


def test_a_name_after_a_peer_from_a_place_is_the_peer(extract):
    # The parser hangs the name on the place; a person is no apposition of a country.
    found = facts(extract("Julia Merk met with her counterpart from Norway, Omar Fadi. Lena Park met with the "
                          "Peruvian ambassador accredited in Chile, Tomas Vidal."), modality="asserted")
    assert {("Julia Merk", "meetsWith", "Omar Fadi"), ("Lena Park", "meetsWith", "Tomas Vidal")} <= found, found


def test_a_name_after_a_peer_that_belongs_to_someone_else_is_no_meeting(extract):
    found = facts(extract("Julia Merk met with her counterpart from Norway, Omar Fadi's deputy."))
    assert ("Julia Merk", "meetsWith", "Omar Fadi") not in found, found
