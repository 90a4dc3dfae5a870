"""Censure, charges and verdicts in the shapes the parser gives them beside the plain ones: a verdict word read as
the object's predicate or hung on the object, a jab a remark is made in, criticism come under from a person, a
complaint lodged with the police or filed by someone against another, a suit that alleges, a verdict given in a
named court. Sentences written for the test, read with the real pipeline; each has a near miss that gives no edge."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # The parser reads the object as the subject of the verdict, hangs "as" on it, or makes the verdict an apposition.
    ("Senator Grace Wanjiru called Governor Peter Kamau's decision illegal.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ('In a radio interview, spokesman Tomas Verel described Peter Kamau\'s claim as "frivolous."',
     ("Tomas Verel", "criticizes", "Peter Kamau")),
    ("Senator Grace Wanjiru labelled the Velmora Revenue Authority's budget a disgrace.",
     ("Grace Wanjiru", "criticizes", "Velmora Revenue Authority")),
    # A jab the remark is made in.
    ("In a veiled swipe at Governor Peter Kamau, Senator Grace Wanjiru said leaders must be honest.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Senator Grace Wanjiru, in a jibe at Governor Peter Kamau, told reporters the roads were empty.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    # Fire from a person is words.
    ("Governor Peter Kamau came under fire from Senator Grace Wanjiru.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Senator Grace Wanjiru reprimanded Governor Peter Kamau.", ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    # Idioms and adjectives of criticism; questions raised about an actor's act; an act said to be a failure.
    ("Senator Grace Wanjiru poured scorn on Governor Peter Kamau's plan.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Senator Grace Wanjiru took Governor Peter Kamau to task over the floods.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Senator Grace Wanjiru was scathing about Governor Peter Kamau's record.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Senator Grace Wanjiru raised questions about Governor Peter Kamau's conduct.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Senator Grace Wanjiru said Governor Peter Kamau's handling of the floods was a failure.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Senator Grace Wanjiru hit back at Governor Peter Kamau.", ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    # A statement the speaker speaks in is theirs; criticism dismissed was made by its owner.
    ("Senator Grace Wanjiru said in a statement criticizing Governor Peter Kamau that the roads were empty.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ("Governor Peter Kamau rejected Senator Grace Wanjiru's criticism.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    # A quote's "he" is whom the speaker says it of.
    ('"He is a thief," Senator Grace Wanjiru said of Governor Peter Kamau.',
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    ('"He stole the money," Senator Grace Wanjiru said of Governor Peter Kamau.',
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    # A participle's "it" is the object of the clause it hangs on.
    ("Senator Grace Wanjiru criticised the Kenyan government, accusing it of stealing the funds.",
     ("Grace Wanjiru", "accuses", "Kenya")),
    # Complaints and suits: lodged with the police, filed by someone, alleging a wrong.
    ("Senator Grace Wanjiru lodged a complaint with the police against Governor Peter Kamau.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("A complaint filed by Senator Grace Wanjiru against Governor Peter Kamau was heard on Monday.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Senator Grace Wanjiru filed a lawsuit alleging that Governor Peter Kamau stole public land.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("The lawsuit, filed by Senator Grace Wanjiru, alleges that Governor Peter Kamau stole public land.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    # A passive stance on an actor's act is a stance on the actor; doubt cast on a named actor.
    ("President William Ruto's decision was criticised by Senator Grace Wanjiru.",
     ("Grace Wanjiru", "criticizes", "William Ruto")),
    ("Senator Grace Wanjiru questioned why Governor Peter Kamau had not acted.",
     ("Grace Wanjiru", "criticizes", "Peter Kamau")),
    # Any act said to be done unlawfully is a wrong the speaker charges.
    ("Senator Grace Wanjiru argued that Governor Peter Kamau illegally sold the land.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    # A wrong tried, a part taken in a harm, said or tweeted.
    ("Senator Grace Wanjiru said Governor Peter Kamau was trying to rig the election.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Senator Grace Wanjiru said Governor Peter Kamau was involved in the fraud.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Senator Grace Wanjiru said Governor Peter Kamau had a hand in the killings.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Senator Grace Wanjiru tweeted that Governor Peter Kamau had rigged the election.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    # Blame laid, answerability held, accusations aimed, a claim of a wrong, charges brought, a suit by idiom.
    ("Senator Grace Wanjiru pinned the blame on Governor Peter Kamau.", ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Kenya holds Uganda responsible for the shelling of the border post.", ("Kenya", "accuses", "Uganda")),
    ("Senator Grace Wanjiru held Governor Peter Kamau accountable for the deaths.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Senator Grace Wanjiru levelled accusations at Governor Peter Kamau.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Senator Grace Wanjiru's claims that Governor Peter Kamau stole public land were rejected.",
     ("Grace Wanjiru", "accuses", "Peter Kamau")),
    ("Governor Peter Kamau faces charges brought by the Velmora Anti-Corruption Commission.",
     ("Velmora Anti-Corruption Commission", "accuses", "Peter Kamau")),
    ("Senator Grace Wanjiru dragged Governor Peter Kamau to court.", ("Grace Wanjiru", "accuses", "Peter Kamau")),
    # A disciplinary process brought against someone.
    ("Peter Otieno was subjected to a lengthy disciplinary hearing by Senator Grace Wanjiru last May.",
     ("Grace Wanjiru", "accuses", "Peter Otieno")),
    ("Peter Otieno faced a disciplinary hearing initiated by Senator Grace Wanjiru.",
     ("Grace Wanjiru", "accuses", "Peter Otieno")),
    # An inquiry an official body opens into a named party.
    ("The Velmora Anti-Corruption Commission opened an investigation into Governor Peter Kamau.",
     ("Velmora Anti-Corruption Commission", "accuses", "Peter Kamau")),
    # A court undoes a party's win or act, lays a penalty on it, issues a warrant for it, orders it to stop, or
    # finds it voided or its office abused.
    ("The Velmora High Court nullified Governor Peter Kamau's election.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
    ("The Velmora High Court declared Governor Peter Kamau's election null and void.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
    ("The Velmora High Court ruled that Governor Peter Kamau's election was invalid.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
    ("The Velmora High Court overturned Governor Peter Kamau's acquittal.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
    ("The Velmora High Court imposed a fine on Governor Peter Kamau.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
    ("The Velmora High Court issued an arrest warrant for Governor Peter Kamau.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
    ("The International Court of Justice ordered Russia to halt its offensive.",
     ("International Court of Justice", "rulesAgainst", "Russia")),
    ("The Velmora High Court found that Governor Peter Kamau had abused his office.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
    # Warnings and threats: a price a named party will pay, sanctions threatened against it, a warning sent.
    ("China warned that the United States would pay a heavy price.", ("China", "warns", "United States")),
    ("China threatened sanctions against Lithuania.", ("China", "threatens", "Lithuania")),
    ("China's threat against Taiwan drew a sharp response.", ("China", "threatens", "Taiwan")),
    ("China sent a stern warning to Washington.", ("China", "warns", "United States")),
    # A verdict given in a named court.
    ("Governor Peter Kamau was convicted in the Velmora High Court of fraud.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
    ("Governor Peter Kamau was found guilty at the Velmora High Court on three counts of fraud.",
     ("Velmora High Court", "rulesAgainst", "Peter Kamau")),
])
def test_reads_the_censure_shape(extract, text, fact):
    got = facts(extract(text), modality="asserted")
    assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    # Praise is no verdict that censures; a description that is no verdict.
    ("Senator Grace Wanjiru called Governor Peter Kamau's decision brave.", "criticizes"),
    ("Senator Grace Wanjiru described Governor Peter Kamau's plan as a first step.", "criticizes"),
    # A remark made in a letter is no jab; gunfire from no person named is no criticism.
    ("Senator Grace Wanjiru, in a letter to Governor Peter Kamau, said the roads were empty.", "criticizes"),
    ("The convoy came under fire from the Velmora army.", "criticizes"),
    # A complaint against a thing, or one not filed; a suit one only answers is another's.
    ("Senator Grace Wanjiru lodged a complaint with the police against the noise.", "accuses"),
    ("Governor Peter Kamau answered a lawsuit alleging that Senator Grace Wanjiru stole land.", "accuses"),
    # Doubt about a plan; a named person questioned by the police is asked, not criticized.
    ("Senator Grace Wanjiru questioned whether the plan would work.", "criticizes"),
    ("Senator Grace Wanjiru questioned whether Governor Peter Kamau would attend.", "criticizes"),
    ("The Velmora police questioned Governor Peter Kamau over the missing funds.", "criticizes"),
    # An act done lawfully, or one that may have been done unlawfully, charges no one.
    ("Senator Grace Wanjiru said Governor Peter Kamau had legally sold the land.", "accuses"),
    ("Senator Grace Wanjiru said Governor Peter Kamau may have illegally sold the land.", "accuses"),
    # One taken to the airport; a question about a budget no one owns; the plan scorned is no node beside its owner.
    ("Senator Grace Wanjiru took Governor Peter Kamau to the airport.", "criticizes"),
    ("Senator Grace Wanjiru raised a question about the budget.", "criticizes"),
    ("Senator Grace Wanjiru poured scorn on Governor Peter Kamau's plan.", "criticizes plan"),
    # A part in talks; a part denied or guessed; a wrong tried to be stopped.
    ("Senator Grace Wanjiru said Governor Peter Kamau was involved in the talks.", "accuses"),
    ("Senator Grace Wanjiru said Governor Peter Kamau was not involved in the fraud.", "accuses"),
    ("Senator Grace Wanjiru said Governor Peter Kamau may have been involved in the fraud.", "accuses"),
    ("Senator Grace Wanjiru said Governor Peter Kamau was trying to stop the fraud.", "accuses"),
    # Criticism dismissed with no one named as its maker; a statement one is named in is another's.
    ("Governor Peter Kamau dismissed the criticism.", "criticizes"),
    ("Senator Grace Wanjiru was named in a statement criticizing Governor Peter Kamau.", "criticizes"),
    # Praise said of someone censures no one.
    ('"He is a good man," Senator Grace Wanjiru said of Governor Peter Kamau.', "criticizes"),
    # A charge not made; a thing is no party to accuse.
    ("Senator Grace Wanjiru criticised the Kenyan government, not accusing it of theft.", "accuses"),
    ("Senator Grace Wanjiru praised the report, accusing it of nothing.", "accuses"),
    # A country hitting back strikes.
    ("Israel hit back at Hamas with airstrikes.", "criticizes"),
    # Blame on the weather, a hand held, answerability refused; a claim of no wrong, or of a wrong suffered.
    ("Senator Grace Wanjiru put the blame on the weather.", "accuses"),
    ("Senator Grace Wanjiru held Governor Peter Kamau's hand.", "accuses"),
    ("Senator Grace Wanjiru did not hold Governor Peter Kamau responsible for the deaths.", "accuses"),
    ("Senator Grace Wanjiru's claim that Governor Peter Kamau will win was rejected.", "accuses"),
    ("Senator Grace Wanjiru's claims that Governor Peter Kamau was harassed were rejected.", "accuses"),
    # A hearing that is no disciplinary one, one that may come; harm suffered is no process brought.
    ("Peter Otieno faced a hearing by the Democratic Party.", "accuses"),
    ("Peter Otieno could face a disciplinary hearing by the Democratic Party.", "accuses"),
    ("Peter Otieno was subjected to torture by the Velmora police.", "accuses"),
    # An inquiry into a thing accuses no one.
    ("The Velmora Anti-Corruption Commission launched a probe into the collapse of the bridge.", "accuses"),
    # A conviction overturned rules for its owner; a win declared, an election found valid, a name struck off a
    # list; a verdict that may come.
    ("The Velmora High Court overturned Governor Peter Kamau's conviction.", "rulesAgainst"),
    ("The Velmora High Court declared Governor Peter Kamau the winner.", "rulesAgainst"),
    ("The Velmora High Court declared Governor Peter Kamau's election valid.", "rulesAgainst"),
    ("The Velmora High Court struck Governor Peter Kamau's name from the list.", "rulesAgainst"),
    ("The Velmora High Court may annul Governor Peter Kamau's election.", "rulesAgainst"),
    # One who is no court voids nothing.
    ("Senator Grace Wanjiru declared Governor Peter Kamau's election null and void.", "rulesAgainst"),
    # A forecast is no warning to the country it names.
    ("The IMF warned that Kenya would face a recession.", "warns"),
    # A verdict that may come, or did not; "found" anything but guilty; a conviction with no court named.
    ("Governor Peter Kamau could be convicted in the Velmora High Court.", "rulesAgainst"),
    ("Governor Peter Kamau was not convicted in the Velmora High Court.", "rulesAgainst"),
    ("Governor Peter Kamau was found dead at the Velmora High Court.", "rulesAgainst"),
    ("Governor Peter Kamau was convicted in 2019 of fraud.", "rulesAgainst"),
])
def test_near_miss_gives_no_censure(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    # A predicate alone, or a predicate and the object that must not follow it.
    assert not [f for f in got if " ".join(f[1:]).startswith(predicate)], got
