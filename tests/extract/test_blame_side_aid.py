"""Stances and acts news states without a plain verb and object: blame in reported speech, being at a party's
side, "in support of", a censuring verdict, legal charges, being in attendance, aid by name, a court's verdict,
and a stance that goes on ("will continue to support"). Sentences written for the test, read with the real
pipeline; each rule has its traps."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # The speaker blames whoever "was to blame".
    ("Minister Li Wei said the United States was to blame for the flooding.", ("Li Wei", "accuses", "United States")),
    ("President Samia Hassan held Kenya responsible for the border clash.", ("Samia Hassan", "accuses", "Kenya")),
    # Standing by a party, or on its side.
    ("Ghana stood by Togo throughout the dispute.", ("Ghana", "supports", "Togo")),
    ("Qatar stood firmly on Lebanon's side during the talks.", ("Qatar", "supports", "Lebanon")),
    # Aid by name.
    ("Norway allocated a grant to Kenya for two rural clinics.", ("Norway", "providesAidTo", "Kenya")),
    ("Sweden donated 40 tonnes of maize to Malawi last spring.", ("Sweden", "providesAidTo", "Malawi")),
    ("Japan's assistance to Laos doubled this year.", ("Japan", "providesAidTo", "Laos")),
    # Money given for a purpose is aid to whom the purpose helps.
    ("Over the past decade, the United States has provided over $2 billion to strengthen Kenya's health system.",
     ("United States", "providesAidTo", "Kenya")),
    ("Japan gave $40 million to help Mozambique after the floods.", ("Japan", "providesAidTo", "Mozambique")),
    # A court's verdict.
    ("The High Court found Peter Kamau guilty of fraud.", ("High Court", "rulesAgainst", "Peter Kamau")),
    ("The High Court convicted Peter Kamau of fraud on Tuesday.", ("High Court", "rulesAgainst", "Peter Kamau")),
    ("Peter Kamau was sentenced by the High Court to six years.", ("High Court", "rulesAgainst", "Peter Kamau")),
    # A stance phrase on a verb: "in support of", "in favour of", "in solidarity with".
    ("Lisbon came out in support of Ghana's bid for the seat.", ("Portugal", "supports", "Ghana")),
    ("Senator Grace Wanjiru voted in favour of President William Ruto's budget.",
     ("Grace Wanjiru", "supports", "William Ruto")),
    ("President William Ruto stood in solidarity with Ukraine on Monday.", ("William Ruto", "supports", "Ukraine")),
    # A verdict that censures: "called X's decision reckless", "described X's plan as a disgrace".
    ("The Kenyan foreign ministry on Monday called Uganda's decision \"reckless and baseless.\"",
     ("Kenya", "criticizes", "Uganda")),
    ("Senator Grace Wanjiru described President William Ruto's budget as a disgrace.",
     ("Grace Wanjiru", "criticizes", "William Ruto")),
    # Accusation by legal process.
    ("Kenyan authorities charged Peter Kamau with fraud.", ("Kenya", "accuses", "Peter Kamau")),
    ("The United States indicted Peter Kamau last year.", ("United States", "accuses", "Peter Kamau")),
    ("Peter Kamau filed a lawsuit against the Daily Nation.", ("Peter Kamau", "accuses", "Daily Nation")),
    # Disappointment voiced is criticism; so is saying what another should have done.
    ("Minister Peter Kamau expressed his disappointment in the Kenya Football Federation.",
     ("Peter Kamau", "criticizes", "Kenya Football Federation")),
    ("Senator Grace Wanjiru voiced displeasure with Uganda's handling of the case.",
     ("Grace Wanjiru", "criticizes", "Uganda")),
    ("Senator Grace Wanjiru said Uganda should have acted sooner.", ("Grace Wanjiru", "criticizes", "Uganda")),
    ("Senator Grace Wanjiru believes the Kenya Football Federation should have called for an inquiry.",
     ("Grace Wanjiru", "criticizes", "Kenya Football Federation")),
    # People listed after the event spell out the plural subject that attended it.
    ("Other presidents who attended the opening ceremony, including Ghana's Tomas Verel and Togo's Dana Ruiz, "
     "praised the bridge.", ("Dana Ruiz", "attends", "opening ceremony")),
    ("Many ministers attended the opening ceremony, including Ghana's Tomas Verel and Togo's Dana Ruiz.",
     ("Tomas Verel", "attends", "opening ceremony")),
    # Welcoming an act: the act's node where it has one, else its actor.
    ("Minister Ana Ruiz welcomed the EU move on Friday.", ("Ana Ruiz", "supports", "EU")),
    ("Minister Peter Kamau welcomed Uganda's decision to reopen the border.", ("Peter Kamau", "supports", "decision")),
    # Idioms of sharp criticism.
    ("Kenya lashed out at Uganda over the closure.", ("Kenya", "criticizes", "Uganda")),
    ("Kenya hit out at Uganda over the closure.", ("Kenya", "criticizes", "Uganda")),
    # Telling another to stop what it does accuses it.
    ("Minister Li Wei also said Uganda should stop interfering in Kenya's internal affairs.",
     ("Li Wei", "accuses", "Uganda")),
    # Being in attendance, at an event the clause names or the previous sentence did.
    ("Minister Peter Kamau was present at the ceremony in Nairobi.", ("Peter Kamau", "attends", "ceremony")),
    ("Minister Peter Kamau attended the summit for Kenya. For Uganda, Minister John Okello was in attendance.",
     ("John Okello", "attends", "summit")),
    # "I" in a quotation is its one named speaker; "would like to thank" thanks.
    ("For her part, Dr. Maria Lopez said, \"We have done much together. I would like to congratulate Kenya for its "
     "work on clinics.\"", ("Maria Lopez", "praises", "Kenya")),
    ("\"I met President Yoweri Museveni last week,\" Minister Peter Kamau told reporters.",
     ("Peter Kamau", "meetsWith", "Yoweri Museveni")),
    # A stance that continues holds now, in the future tense or in reported speech.
    ("Kenya will continue to support Uganda in the dispute.", ("Kenya", "supports", "Uganda")),
    ("The envoy added that Oman would continue to stand on Jordan's side.", ("Oman", "supports", "Jordan")),
])
def test_stated_stance(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, fact", [
    # Blame the writer states has no one who blames; a denial is no accusation.
    ("Minister Li Wei denied that the United States was to blame for the flooding.",
     ("Li Wei", "accuses", "United States")),
    ("Minister Li Wei said the United States could be to blame for the flooding.",
     ("Li Wei", "accuses", "United States")),
    # "held talks with" is no blame.
    ("Senator Grace Wanjiru held talks with Uganda.", ("Grace Wanjiru", "accuses", "Uganda")),
    # A side of a border is a place, not a stance.
    ("Kenyan troops stood on Uganda's side of the border.", ("Kenya", "supports", "Uganda")),
    # What is refused or only possible is not given or ruled.
    ("Norway refused to donate money to Kenya.", ("Norway", "providesAidTo", "Kenya")),
    ("The High Court could convict Peter Kamau.", ("High Court", "rulesAgainst", "Peter Kamau")),
    # "the support of X" says whose support; a rally is no subject; a call is no verdict; a fee is no charge.
    ("Kenya welcomed the support of the United States.", ("Kenya", "supports", "United States")),
    ("Senator Grace Wanjiru called President William Ruto on Monday.", ("Grace Wanjiru", "criticizes", "William Ruto")),
    ("President William Ruto called Uganda a friend.", ("William Ruto", "criticizes", "Uganda")),
    ("Kenya charged Uganda a fee for the transit.", ("Kenya", "accuses", "Uganda")),
    ("Senator Grace Wanjiru led the charge against Peter Kamau in the debate.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Peter Kamau threatened to sue the Daily Nation.", ("Peter Kamau", "accuses", "Daily Nation")),
    ("Kenya did not come out in support of Uganda.", ("Kenya", "supports", "Uganda")),
    # Fire from rebels may be bullets.
    ("Kenyan troops came under fire from Uganda near the border.", ("Uganda", "criticizes", "Kenya")),
    # A halt on the way is no wrong stopped.
    ("Minister Li Wei said Uganda should stop in Nairobi on its way.", ("Li Wei", "accuses", "Uganda")),
    # Who "should have been consulted" was wronged; who "should act" is advised.
    ("Senator Grace Wanjiru said Uganda should have been consulted.", ("Grace Wanjiru", "criticizes", "Uganda")),
    ("Senator Grace Wanjiru said Uganda should act sooner.", ("Grace Wanjiru", "criticizes", "Uganda")),
    # A feeling voiced after a relative clause may be the relative's: the parser cannot tell whose.
    ("Minister Peter Kamau thanked Maria Lopez, who had filed the report, and expressed her disappointment in the "
     "Kenya Football Federation.", ("Peter Kamau", "criticizes", "Kenya Football Federation")),
    # A singular attendee's list is no list of attendees.
    ("Minister Peter Kamau attended the summit, including talks with President Yoweri Museveni.",
     ("Yoweri Museveni", "attends", "summit")),
    # A speech is no aid; "not guilty" is no verdict against.
    ("Japan gave a speech to support Kenya.", ("Japan", "providesAidTo", "Kenya")),
    ("The High Court found Peter Kamau not guilty.", ("High Court", "rulesAgainst", "Peter Kamau")),
    # Welcoming a delegation is hosting it; not welcoming is no support.
    ("Minister Peter Kamau welcomed the Ugandan delegation.", ("Peter Kamau", "supports", "Uganda")),
    ("Minister Peter Kamau did not welcome Uganda's decision.", ("Peter Kamau", "supports", "decision")),
    # Talks only in prospect are no talks.
    ("The envoys discussed the prospects of restarting border talks between the Kenyans and the Ugandans.",
     ("Kenyans", "negotiatesWith", "Ugandans")),
    ("The leaders discussed the possibility of talks between Kenya and Uganda.", ("Kenya", "negotiatesWith", "Uganda")),
    # Absent, or at no event.
    ("Minister Peter Kamau was not present at the ceremony.", ("Peter Kamau", "attends", "ceremony")),
    # Two speakers in the paragraph: whose "I" it is stays open. A wish to meet is no meeting.
    ("Minister Peter Kamau spoke after Maria Lopez. \"I thank Uganda for its help,\" Lopez said, while Kamau said "
     "he agreed.", ("Peter Kamau", "praises", "Uganda")),
    ("Minister Peter Kamau said, \"I would like to meet President Yoweri Museveni.\"",
     ("Peter Kamau", "meetsWith", "Yoweri Museveni")),
    # "could continue", or "would continue" said by no one, only supposes.
    ("Kenya could continue to support Uganda.", ("Kenya", "supports", "Uganda")),
    ("Kenya would continue to support Uganda.", ("Kenya", "supports", "Uganda")),
    ("Kenya will not continue to support Uganda.", ("Kenya", "supports", "Uganda")),
])
def test_no_asserted_stance(extract, text, fact):
    assert fact not in facts(extract(text), modality="asserted")


def test_talks_that_resumed_are_talks(extract):
    found = facts(extract("Peace talks between Kenya and Uganda resumed in May."), modality="asserted")
    assert ("Kenya", "negotiatesWith", "Uganda") in found
