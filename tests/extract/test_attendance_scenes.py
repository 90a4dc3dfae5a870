"""Attendance at a gathering named by a common noun, told by a scene set before the clause ("During the meeting,
X said") or by the passive of chairing or addressing it ("the session was chaired by X"); and the planned,
denied and non-gathering cases that must give nothing. Real pipeline, sentences and names written for the test."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A scene opening the clause: who acts in it is there.
    ("During the ceremony, Minister Tomas Verlaine said the bridge was ready.",
     ("Tomas Verlaine", "attends", "ceremony")),
    ("In the hearing, Judge Tomas Verlaine questioned the witness.", ("Tomas Verlaine", "attends", "hearing")),
    ("In a press conference, Governor Alda Pirsson stressed the need for calm.",
     ("Alda Pirsson", "attends", "press conference")),
    # The passive of chairing, presiding over or addressing a gathering.
    ("The meeting was chaired by Governor Alda Pirsson.", ("Alda Pirsson", "attends", "meeting")),
    ("The meeting, chaired by Governor Alda Pirsson, approved the budget.", ("Alda Pirsson", "attends", "meeting")),
    ("The board approved the plan at a meeting presided over by Tomas Verlaine on Monday.",
     ("Tomas Verlaine", "attends", "meeting")),
    ("The session was also addressed by Minister Tomas Verlaine.", ("Tomas Verlaine", "attends", "session")),
    ("The workshop was held under the chairmanship of Tomas Verlaine.",
     ("Tomas Verlaine", "attends", "workshop")),
    # Among those who spoke there, the parser hanging "to speak" on the verb.
    ("Senator Ilse Marrow was among those to speak at the ceremony on Friday.", ("Ilse Marrow", "attends", "ceremony")),
    # Sworn in or welcomed at a gathering in person; moderating or officiating it.
    ("Governor Alda Pirsson was sworn in as president at a ceremony in Norvik.",
     ("Alda Pirsson", "attends", "ceremony")),
    ("Governor Alda Pirsson was warmly welcomed at the summit.", ("Alda Pirsson", "attends", "summit")),
    ("Governor Alda Pirsson moderated the session.", ("Alda Pirsson", "attends", "session")),
    ("Governor Alda Pirsson officiated the ceremony.", ("Alda Pirsson", "attends", "ceremony")),
    # Gracing or witnessing a gathering, active or passive.
    ("Governor Alda Pirsson graced the ceremony.", ("Alda Pirsson", "attends", "ceremony")),
    ("The signing ceremony was witnessed by Governor Alda Pirsson.", ("Alda Pirsson", "attends", "signing ceremony")),
    # "on the occasion": the gathering the sentence before names.
    ("A ceremony was held in Norvik on Monday. Speaking on the occasion, Governor Alda Pirsson said the bridge was "
     "ready.", ("Alda Pirsson", "attends", "ceremony")),
    # A body or a country takes part, the place hung on the copula or on the noun.
    ("The Harbour Trust was a participant at the conference.", ("Harbour Trust", "attends", "conference")),
    ("Kenya was a participant at the summit.", ("Kenya", "attends", "summit")),
])
def test_attendance_by_scene_or_chair(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, fact", [
    # Planned or denied: no asserted attendance.
    ("During the ceremony, Minister Tomas Verlaine will present the plan.", ("Tomas Verlaine", "attends", "ceremony")),
    ("During the ceremony, Minister Tomas Verlaine did not speak.", ("Tomas Verlaine", "attends", "ceremony")),
    # Two sides' meeting or talks is an encounter (meetsWith), not a gathering one attends.
    ("Tomas Verlaine met Alda Pirsson on Monday. During the meeting, Verlaine praised her work.",
     ("Tomas Verlaine", "attends", "meeting")),
    ("During the talks, Governor Alda Pirsson praised the envoy.", ("Alda Pirsson", "attends", "talks")),
    ("The meeting will be chaired by Governor Alda Pirsson.", ("Alda Pirsson", "attends", "meeting")),
    ("The meeting was not chaired by Governor Alda Pirsson.", ("Alda Pirsson", "attends", "meeting")),
    # A body is no gathering: "in the National Assembly" and "the committee, chaired by" give no attendance.
    ("In the National Assembly, Minister Tomas Verlaine defended the plan.",
     ("Tomas Verlaine", "attends", "National Assembly")),
    ("The committee, chaired by Governor Alda Pirsson, approved the budget.", ("Alda Pirsson", "attends", "committee")),
    # An issue addressed is no gathering.
    ("The complaint was addressed by Governor Alda Pirsson.", ("Alda Pirsson", "attends", "complaint")),
    ("During the summit next week, Governor Alda Pirsson is expected to present the plan.",
     ("Alda Pirsson", "attends", "summit")),
    ("Senator Ilse Marrow was not among those to speak at the ceremony on Friday.",
     ("Ilse Marrow", "attends", "ceremony")),
    # Skipped, boycotted, missed or called off: no attendance (guards kept beside the new readings).
    ("Governor Alda Pirsson skipped the summit.", ("Alda Pirsson", "attends", "summit")),
    ("Governor Alda Pirsson boycotted the ceremony.", ("Alda Pirsson", "attends", "ceremony")),
    ("Governor Alda Pirsson did not attend the summit.", ("Alda Pirsson", "attends", "summit")),
    ("Governor Alda Pirsson was absent from the summit.", ("Alda Pirsson", "attends", "summit")),
    ("Governor Alda Pirsson had been due to attend the summit but cancelled.", ("Alda Pirsson", "attends", "summit")),
    ("Kenya was not a participant at the summit.", ("Kenya", "attends", "summit")),
    # Who calls for another's participation takes no part.
    ("The Harbour Trust wants the governor, Alda Pirsson, to take part, and urged her participation in the forum.",
     ("Harbour Trust", "attends", "forum")),
    ("The Harbour Trust wants the governor, Alda Pirsson, to take part, and urged her participation in the forum.",
     ("Alda Pirsson", "attends", "forum")),
    # A guest is a person: a country a guest at a ceremony is a misreading.
    ("Kenya was a guest at the ceremony.", ("Kenya", "attends", "ceremony")),
    # A hope is no fact, whatever the lemmatiser makes of "hopes".
    ("Governor Alda Pirsson hopes to attend the summit.", ("Alda Pirsson", "attends", "summit")),
    ("Governor Alda Pirsson hoped to witness the ceremony.", ("Alda Pirsson", "attends", "ceremony")),
    # An occasion that is a day, or no gathering named before it.
    ("A ceremony was held in Norvik. Alda Pirsson greeted the nurses on the occasion of the national day.",
     ("Alda Pirsson", "attends", "ceremony")),
    # One criticised at a meeting may be away from it.
    ("Governor Alda Pirsson was criticised at the meeting.", ("Alda Pirsson", "attends", "meeting")),
])
def test_no_attendance_by_scene_or_chair(extract, text, fact):
    assert fact not in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, person", [
    # An occasion with no gathering named before it: no attendance of anything.
    ("The bridge opened on Monday. Speaking on the occasion, Governor Alda Pirsson said it was ready.", "Alda Pirsson"),
    # An act done before someone is no gathering.
    ("Ali Karimi handed over the gift in the presence of Ambassador Omar Haddad.", "Omar Haddad"),
    # What someone should do has not happened, alone or in a list.
    ("Governor Alda Pirsson should attend the summit.", "Alda Pirsson"),
    ("Alda Pirsson, Tomas Verel and Dana Ruiz should attend the summit.", "Tomas Verel"),
])
def test_no_attendance_at_all(extract, text, person):
    found = facts(extract(text), modality="asserted")
    assert not [f for f in found if f[0] == person and f[1] == "attends"], found


def test_a_meeting_that_sets_the_scene_is_met_whatever_the_verb(extract):
    # The clause's verb judges its own object, not the meeting its scene names.
    found = facts(extract("In a meeting with Senator Ilse Marrow, Governor Alda Pirsson praised the plan."),
                  modality="asserted")
    assert ("Alda Pirsson", "meetsWith", "Ilse Marrow") in found
    # A meeting condemned is judged, not held.
    found = facts(extract("Governor Alda Pirsson condemned the meeting with Senator Ilse Marrow."))
    assert ("Alda Pirsson", "meetsWith", "Ilse Marrow") not in found
