"""Censure and opposition of the second round: "called out X for ...", a wrong done to the speaker by someone
("alleged that she was assaulted by X"), speaking against a named party, an armed or popular revolt, who
investigates or denies an accusation (who makes none), blame by idiom ("pointed the finger at"), an official
inquiry into a named party, a lawsuit through a step taken. Sentences written for the test, read with the real
pipeline; each construction has a near miss that must give no edge."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, wanted", [
    ("Senator Grace Wanjiru called out the Kenya Football Federation for its failure to pay players.",
     [("Grace Wanjiru", "criticizes", "Kenya Football Federation"),
      ("Grace Wanjiru", "accuses", "Kenya Football Federation")]),
    ("The Democratic Party called out President William Ruto over the debt.",
     [("Democratic Party", "criticizes", "William Ruto")]),
    ("The Democratic Party issued a statement calling out the Central Bank of Kenya for printing money.",
     [("Democratic Party", "criticizes", "Central Bank of Kenya")]),
    ("Senator Grace Wanjiru alleged that she was assaulted by the Kenya Police Service.",
     [("Grace Wanjiru", "accuses", "Kenya Police Service")]),
    ("Senator Grace Wanjiru spoke against President William Ruto at the rally.",
     [("Grace Wanjiru", "opposes", "William Ruto")]),
    ("Vice President Anastasio Morales took up arms against President Daniel Ortega and won.",
     [("Anastasio Morales", "opposes", "Daniel Ortega")]),
    ("The Popular Union rose up against President Teodoro Obiang in 2018.",
     [("Popular Union", "opposes", "Teodoro Obiang")]),
    # A lawsuit brought by an act's owner: the parties oppose each other, both ways.
    ("A legal move by the Arctic Land Guardians to sue Baffin Copper Mines is unusual, says one lawyer.",
     [("Arctic Land Guardians", "accuses", "Baffin Copper Mines"),
      ("Arctic Land Guardians", "opposes", "Baffin Copper Mines"),
      ("Baffin Copper Mines", "opposes", "Arctic Land Guardians")]),
    # A charge or fine reported by the prosecuting body that brought it.
    ("Manager Teng Yun was fined $15,000, the Nairobi District Prosecutors Office said.",
     [("Nairobi District Prosecutors Office", "accuses", "Teng Yun")]),
    ("Governor Peter Kamau was charged with fraud, the Office of the Director of Public Prosecutions said.",
     [("Office of the Director of Public Prosecutions", "accuses", "Peter Kamau")]),
    # Blame by idiom, fault found, and an official body's inquiry into a named party.
    ("Senator Grace Wanjiru pointed the finger at President William Ruto.",
     [("Grace Wanjiru", "accuses", "William Ruto")]),
    ("The Democratic Party faulted President William Ruto for the crisis.",
     [("Democratic Party", "criticizes", "William Ruto")]),
    ("The Anti-Corruption Commission is investigating Governor Peter Kamau for fraud.",
     [("Anti-Corruption Commission", "accuses", "Peter Kamau")]),
    ("Governor Peter Kamau was investigated by the Anti-Corruption Commission.",
     [("Anti-Corruption Commission", "accuses", "Peter Kamau")]),
    # Charges, cases and legal action brought against a named party; a wrong the speaker says was done to her.
    ("The Democratic Party filed charges against Governor Peter Kamau.",
     [("Democratic Party", "accuses", "Peter Kamau")]),
    ("Senator Grace Wanjiru made allegations of corruption against Governor Peter Kamau.",
     [("Grace Wanjiru", "accuses", "Peter Kamau")]),
    ("The Democratic Party has taken legal action against Governor Peter Kamau.",
     [("Democratic Party", "accuses", "Peter Kamau")]),
    ("Senator Grace Wanjiru claimed she was harassed by Governor Peter Kamau.",
     [("Grace Wanjiru", "accuses", "Peter Kamau")]),
    # An attack in words, on someone's act or record, criticizes them.
    ("Senator Grace Wanjiru attacked President William Ruto's record in a speech.",
     [("Grace Wanjiru", "criticizes", "William Ruto")]),
    ("Senator Grace Wanjiru assailed the Kenya Football Federation's handling of the crisis.",
     [("Grace Wanjiru", "criticizes", "Kenya Football Federation")]),
])
def test_reads_the_stance(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    # Calling out troops sends them; a call-out with no wrong named is left alone.
    ("Senator Grace Wanjiru called out the Kenya National Guard on Sunday.", "criticizes"),
    # A statement owned by no one speaks for no one.
    ("The Democratic Party responded to a statement calling out the Central Bank of Kenya for printing money.",
     "criticizes"),
    # A wrong done to the speaker that she denies, or a speech against a bill (no named party).
    ("Senator Grace Wanjiru denied that she was assaulted by the Kenya Police Service.", "accuses"),
    ("Senator Grace Wanjiru spoke against the bill in the Senate.", "opposes"),
    # Taking arms up a hill is no revolt.
    ("Soldiers of the Kenya Defence Forces took the arms up the hill.", "opposes"),
    # Who investigates or denies allegations against someone makes none.
    ("The University of Nairobi should investigate plagiarism allegations against Governor Peter Kamau, the "
     "Democratic Party said.", "accuses"),
    ("The Democratic Party denied allegations against Governor Peter Kamau.", "accuses"),
    # A move to sue owned by no one names no plaintiff; a plan to sue is no lawsuit yet.
    ("A legal move to sue Baffin Copper Mines is unusual, says Peter Akman.", "opposes"),
    ("The plan by the Arctic Land Guardians to sue Baffin Copper Mines is unusual, says one lawyer.", "opposes"),
    # A body that only reports a charge, or a charge with no "with", brings none.
    ("Governor Peter Kamau was charged with fraud, the Ministry of Interior said.", "accuses"),
    ("Customers were charged $5 for the service, the Nairobi District Prosecutors Office said.", "accuses"),
    # A gun pointed; an inquiry into a death, by a person, or denied.
    ("The soldier pointed a gun at President William Ruto.", "accuses"),
    ("The Kenya Police Service is investigating the death of Peter Kamau.", "accuses"),
    ("Senator Grace Wanjiru is investigating the Kenya Football Federation.", "accuses"),
    ("The Anti-Corruption Commission is not investigating Governor Peter Kamau.", "accuses"),
    # Charges faced, denied or dropped; military action; a charge one is in; a wrong denied.
    ("Governor Peter Kamau faces charges of corruption against the county.", "accuses"),
    ("Governor Peter Kamau denied the charges against him.", "accuses"),
    ("The charges against Governor Peter Kamau were dropped by the Anti-Corruption Commission.", "accuses"),
    ("The Kenya Defence Forces took military action against Al-Shabaab.", "accuses"),
    ("Senator Grace Wanjiru said she was not harassed by Governor Peter Kamau.", "accuses"),
    # "led the charge against X" is an idiom of attack, no charge laid.
    ("Senator Grace Wanjiru led the charge against Governor Peter Kamau on social media.", "accuses"),
    # An attack on a convoy is no criticism; nor is one denied.
    ("Rebels attacked President William Ruto's convoy on Monday.", "criticizes"),
    ("Senator Grace Wanjiru did not attack President William Ruto's policy.", "criticizes"),
])
def test_near_miss_gives_no_stance(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == predicate], got
