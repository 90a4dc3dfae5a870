"""Stances of the third round: praise and protest by idiom, a wrong or a guilt said of someone, a demand that
someone stop, a threat, a suit at law, and who judges an act being no party to it. Sentences written for the
test, read with the real pipeline; each construction has a near miss that must give no edge."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, wanted", [
    ("Chilean President Tomas Verel spoke highly of Peru and its farmers.",
     [("Tomas Verel", "praises", "Peru")]),
    ("The UN monitor Mara Quill sharply protested the executions in Iran.",
     [("Mara Quill", "opposes", "executions")]),
    ("Senator Grace Wanjiru protested President William Ruto's decision to close the border.",
     [("Grace Wanjiru", "opposes", "William Ruto")]),
    ("Senator Grace Wanjiru said President William Ruto was wrong to sack the minister.",
     [("Grace Wanjiru", "criticizes", "William Ruto")]),
    ("Foreign Minister Dana Ruiz urged Britain to stop meddling in Argentina's elections.",
     [("Dana Ruiz", "accuses", "Britain")]),
    ("Senator Grace Wanjiru called on President William Ruto to end his attacks on the judiciary.",
     [("Grace Wanjiru", "accuses", "William Ruto")]),
    ("The Democratic Party is against the bill.", [("Democratic Party", "opposes", "bill")]),
    ("The Democratic Party came out against President William Ruto.",
     [("Democratic Party", "opposes", "William Ruto")]),
    ("President William Ruto came under criticism from Senator Grace Wanjiru.",
     [("Grace Wanjiru", "criticizes", "William Ruto")]),
    ("Senator Grace Wanjiru took issue with President William Ruto's remarks.",
     [("Grace Wanjiru", "criticizes", "William Ruto")]),
    # A harm's author or a guilt that a speaker states of another.
    ("Senator Grace Wanjiru alleged that Governor Peter Kamau was corrupt.",
     [("Grace Wanjiru", "accuses", "Peter Kamau")]),
    ("Iran said Israel was behind the killing of the scientist.", [("Iran", "accuses", "Israel")]),
    # A doer's act named with "of": the stance is towards the doer.
    ("Senator Grace Wanjiru praised the role of Qatar in the talks.", [("Grace Wanjiru", "praises", "Qatar")]),
    ("Tomas Verel protested against the mismanagement of Kenya Railways.",
     [("Tomas Verel", "opposes", "Kenya Railways")]),
    # A stance in a statement's participle speaks for the statement's owner; anger voiced at someone.
    ("The Democratic Party released a statement praising President William Ruto.",
     [("Democratic Party", "praises", "William Ruto")]),
    ("Senator Grace Wanjiru voiced her anger at President William Ruto.",
     [("Grace Wanjiru", "criticizes", "William Ruto")]),
    # A suit at law: a case filed, a party taken to court.
    ("Senator Grace Wanjiru filed a case against Governor Peter Kamau.",
     [("Grace Wanjiru", "opposes", "Peter Kamau"), ("Peter Kamau", "opposes", "Grace Wanjiru")]),
    ("The Democratic Party has taken the Electoral Commission to court.",
     [("Democratic Party", "accuses", "Electoral Commission"),
      ("Electoral Commission", "opposes", "Democratic Party")]),
    ("Governor Peter Kamau was taken to court by Senator Grace Wanjiru.",
     [("Grace Wanjiru", "accuses", "Peter Kamau")]),
    # A threat made, whose target is the threatened act's.
    ("China threatened to retaliate against the United States.", [("China", "threatens", "United States")]),
    ("China threatened to impose sanctions on Lithuania.", [("China", "threatens", "Lithuania")]),
    # Names that censure whom they are given to.
    ("Senator Grace Wanjiru called President William Ruto a liar.", [("Grace Wanjiru", "criticizes", "William Ruto")]),
    ("Senator Grace Wanjiru said President William Ruto was a dictator.",
     [("Grace Wanjiru", "criticizes", "William Ruto")]),
    # An act with a named doer stands for the doer; a deed done to others stays a node of its own.
    ("Senator Grace Wanjiru was supportive of the housing policy of the Government of Kenya.",
     [("Grace Wanjiru", "supports", "Kenya")]),
    ("Senator Grace Wanjiru condemned President William Ruto's attack on the judiciary.",
     [("Grace Wanjiru", "condemns", "William Ruto"), ("Grace Wanjiru", "condemns", "attack")]),
])
def test_reads_the_stance(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    # Speaking of someone is no praise without a word of regard.
    ("Lebanese President Michel Aoun spoke of Kuwait and its people.", "praises"),
    # One protests one's own innocence.
    ("Governor Peter Kamau protested his innocence.", "opposes"),
    # Wrong about oneself, or about figures, blames no one.
    ("Senator Grace Wanjiru said she was wrong to doubt the figures.", "criticizes"),
    # A halt asked for, and a demand not to stop, accuse no one.
    ("President William Ruto asked Kenya Airways to stop in Nairobi.", "accuses"),
    ("Senator Grace Wanjiru urged President William Ruto not to stop the reforms.", "accuses"),
    # Who condemns an attack, or rejects a deal, is no party to it.
    ("The United States condemned the attack on Kenya.", "attacks"),
    ("Kenya rejected the agreement with Uganda.", "agreesWith"),
    ("Kenya denounced the invasion of Ukraine.", "attacks"),
    # Odds are no actor, "came against" is a match, fire may be gunfire, an issue taken to court is a case.
    ("The odds are against Kenya.", "opposes"),
    ("The Democratic Party came against President William Ruto in the final.", "opposes"),
    ("The convoy came under fire from Al-Shabaab.", "criticizes"),
    ("The convoy came under attack from Al-Shabaab.", "criticizes"),
    ("Senator Grace Wanjiru took the issue with President William Ruto to the court.", "criticizes"),
    # Guilt denied, hedged, or a project one backs; "they" is too loose a guess.
    ("Senator Grace Wanjiru said Governor Peter Kamau was not corrupt.", "accuses"),
    ("Senator Grace Wanjiru said Governor Peter Kamau may be behind the attack.", "accuses"),
    ("Senator Grace Wanjiru said Governor Peter Kamau was behind the project.", "accuses"),
    ("Senator Grace Wanjiru said they were behind the attack.", "accuses"),
    ("Senator Grace Wanjiru denied that Governor Peter Kamau was corrupt.", "accuses"),
    # "the killing of X" names its victim.
    ("Kenya condemned the killing of Peter Kamau.", "condemns Peter Kamau"),
    # A statement one only responds to is another's.
    ("The Democratic Party responded to a statement criticising President William Ruto.", "criticizes"),
    # A son taken to school; a case faced with no plaintiff named, or dropped.
    ("Senator Grace Wanjiru took her son to school.", "accuses"),
    ("Governor Peter Kamau faces a case in the High Court.", "opposes"),
    ("The case against Governor Peter Kamau was dropped.", "opposes"),
    # A misread clause after a dash ("most of them Brazilian") names no one accused.
    ("President Tomas Verel accused his rivals of having signed unfair deals with timber firms – most of "
     "them Brazilian – and said he would review them.", "accuses"),
    # A threat to quit talks threatens no one; one not made is no threat.
    ("Senator Grace Wanjiru threatened to quit the talks.", "threatens"),
    ("China did not threaten to impose sanctions on Lithuania.", "threatens"),
    # A friend is no censure.
    ("Senator Grace Wanjiru called President William Ruto a friend.", "criticizes"),
    # A guest's participation welcomed is hospitality.
    ("President Michel Aoun welcomed Sheikh Ahmad Nasser's participation in the Arab ministers' meeting.",
     "supports"),
    # The policy, its doer named, is no node beside the doer.
    ("Senator Grace Wanjiru was supportive of the housing policy of the Government of Kenya.", "supports policy"),
])
def test_near_miss_gives_no_stance(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    # A predicate alone, or a predicate and the object that must not follow it.
    assert not [f for f in got if " ".join(f[1:]).startswith(predicate)], got
