"""Opposition, blame and stances stated without "oppose" or "accuse" taking an object: disputes and lawsuits (both
ways), acting against someone, calling for someone's removal, blame laid on someone, allegations and wrongs said to
be done, accusations denied, stances received
("drew criticism from"), "opposed to", "opposition to", verdicts on an act by someone. Sentences written for the
test, read with the real pipeline; each construction has a near miss that must give no edge."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, wanted", [
    # Parties to a dispute or a lawsuit oppose each other, both ways.
    ("Kenya is locked in a border dispute with Uganda.", [("Kenya", "opposes", "Uganda"), ("Uganda", "opposes", "Kenya")]),
    ("The dispute between Kenya and Uganda has lasted a decade.",
     [("Kenya", "opposes", "Uganda"), ("Uganda", "opposes", "Kenya")]),
    ("Baffin Copper Mines sued the Arctic Land Guardians in February.",
     [("Baffin Copper Mines", "opposes", "Arctic Land Guardians"),
      ("Arctic Land Guardians", "opposes", "Baffin Copper Mines")]),
    ("The Arctic Land Guardians filed a lawsuit against Baffin Copper Mines.",
     [("Arctic Land Guardians", "accuses", "Baffin Copper Mines"),
      ("Baffin Copper Mines", "opposes", "Arctic Land Guardians")]),
    ("Senator Grace Wanjiru clashed with President William Ruto on farm policy.",
     [("Grace Wanjiru", "opposes", "William Ruto"), ("William Ruto", "opposes", "Grace Wanjiru")]),
    # Acting against someone.
    ("The Democratic Party voted against President William Ruto's budget.",
     [("Democratic Party", "opposes", "William Ruto")]),
    ("The Popular Union staged a protest against President Teodoro Obiang on Sunday.",
     [("Popular Union", "opposes", "Teodoro Obiang")]),
    # The same verbs with "for" support; solidarity expressed.
    ("Senator Grace Wanjiru campaigned for President William Ruto in 2022.",
     [("Grace Wanjiru", "supports", "William Ruto")]),
    ("Kenya expressed solidarity with Ukraine.", [("Kenya", "supports", "Ukraine")]),
    # Calling for someone's removal.
    ("Senator Grace Wanjiru called for the resignation of President William Ruto.",
     [("Grace Wanjiru", "opposes", "William Ruto")]),
    ("Senator Grace Wanjiru demanded President William Ruto's resignation.", [("Grace Wanjiru", "opposes", "William Ruto")]),
    ("Senator Grace Wanjiru called on President William Ruto to step down.",
     [("Grace Wanjiru", "opposes", "William Ruto")]),
    # Blame laid on someone, and an allegation.
    ("Senator Grace Wanjiru blamed the crisis on President William Ruto.", [("Grace Wanjiru", "accuses", "William Ruto")]),
    ("Senator Grace Wanjiru alleged that President William Ruto had stolen the election.",
     [("Grace Wanjiru", "accuses", "William Ruto")]),
    # Opposition by an adjective or a noun.
    ("Senator Grace Wanjiru is strongly opposed to President William Ruto's plan.",
     [("Grace Wanjiru", "opposes", "William Ruto")]),
    ("Senator Grace Wanjiru voiced opposition to the Kenya Football Federation.",
     [("Grace Wanjiru", "opposes", "Kenya Football Federation")]),
    ("Senator Grace Wanjiru objected to President William Ruto's plan.", [("Grace Wanjiru", "opposes", "William Ruto")]),
    # A stance its target receives.
    ("President William Ruto's budget drew sharp criticism from the Kenya Football Federation.",
     [("Kenya Football Federation", "criticizes", "William Ruto")]),
    ("Minister Peter Kamau has faced condemnation from Amnesty International over the killings.",
     [("Amnesty International", "condemns", "Peter Kamau")]),
    ("Senator Grace Wanjiru paid tribute to President William Ruto.", [("Grace Wanjiru", "praises", "William Ruto")]),
    ("Norway extended its congratulations to Sweden on the vote.", [("Norway", "praises", "Sweden")]),
    ("Norway paid homage to Sweden.", [("Norway", "praises", "Sweden")]),
    # An allegation's maker accuses the subject of its clause; a stance answered was received.
    ("Senator Amos Kiprono's allegation that Governor Dalia Mwende stole funds caused a storm.",
     [("Amos Kiprono", "accuses", "Dalia Mwende")]),
    ("Senator Amos Kiprono made the allegation that Governor Dalia Mwende stole funds.",
     [("Amos Kiprono", "accuses", "Dalia Mwende")]),
    ("Governor Dalia Mwende responded to criticism from Senator Amos Kiprono.",
     [("Amos Kiprono", "criticizes", "Dalia Mwende")]),
    # Idioms of a jab and of backing; who is said to be answerable for a harm is blamed.
    ("Senator Grace Wanjiru took a swipe at President William Ruto on Monday.",
     [("Grace Wanjiru", "criticizes", "William Ruto")]),
    ("The Democratic Party rallied behind President William Ruto.", [("Democratic Party", "supports", "William Ruto")]),
    ("Senator Grace Wanjiru threw her weight behind President William Ruto.",
     [("Grace Wanjiru", "supports", "William Ruto")]),
    ("Senator Grace Wanjiru, a longtime foe of President William Ruto, spoke first.",
     [("Grace Wanjiru", "opposes", "William Ruto")]),
    ("Senator Grace Wanjiru sang President William Ruto's praises at the rally.",
     [("Grace Wanjiru", "praises", "William Ruto")]),
    ("Minister Peter Kamau appreciated the Velmora Wage Board for its cooperation.",
     [("Peter Kamau", "praises", "Velmora Wage Board")]),
    # A battle over a matter, for control, or one a party is locked in, is a quarrel.
    ("Senator Grace Wanjiru is locked in a battle with Governor Peter Kamau for control of the party.",
     [("Grace Wanjiru", "opposes", "Peter Kamau"), ("Peter Kamau", "opposes", "Grace Wanjiru")]),
    ("Senator Grace Wanjiru's fight with Governor Peter Kamau over the budget dragged on.",
     [("Grace Wanjiru", "opposes", "Peter Kamau"), ("Peter Kamau", "opposes", "Grace Wanjiru")]),
    # Who acts against a party may be named after "by".
    ("The protest against Governor Peter Kamau by the Orange Party drew thousands.",
     [("Orange Party", "opposes", "Peter Kamau")]),
    # A fight named a quarrel may name its foe after "against".
    ("Senator Grace Wanjiru waged a long legal battle against Governor Peter Kamau.",
     [("Grace Wanjiru", "opposes", "Peter Kamau"), ("Peter Kamau", "opposes", "Grace Wanjiru")]),
    ("Minister Peter Kamau said President William Ruto was responsible for the violence.",
     [("Peter Kamau", "accuses", "William Ruto")]),
    # A stance towards an act is one towards who did it, named as the participle's agent.
    ("Ambassador Ali Hassan praised the critical role played by Saudi Arabia in the health sector.",
     [("Ali Hassan", "praises", "Saudi Arabia")]),
    # A stance noun's holder after "by"; a stance that has not wavered holds.
    ("The criticism of President William Ruto by Senator Grace Wanjiru angered his allies.",
     [("Grace Wanjiru", "criticizes", "William Ruto")]),
    ("Kenya's backing for Ukraine has not wavered.", [("Kenya", "supports", "Ukraine")]),
    # A wrong another is said to have done.
    ("Prime Minister Imran Khan said the Election Commission had rigged the vote.",
     [("Imran Khan", "accuses", "Election Commission")]),
    ("Minister Li Wei claimed the United States was meddling in China's internal affairs.",
     [("Li Wei", "accuses", "United States")]),
    # A denied accusation was made, by its named maker.
    ("Kenya has rejected accusations by Uganda that it armed the rebels.", [("Uganda", "accuses", "Kenya")]),
    ("Minister Peter Kamau dismissed the allegations made by Senator Grace Wanjiru.",
     [("Grace Wanjiru", "accuses", "Peter Kamau")]),
    # A censure said of a party or of its act.
    ("Minister Peter Kamau said President William Ruto's decision was illegal.",
     [("Peter Kamau", "criticizes", "William Ruto")]),
    ("Senator Grace Wanjiru said the Kenya Football Federation was a farce.",
     [("Grace Wanjiru", "criticizes", "Kenya Football Federation")]),
    # A verdict on an act by someone, or on a country's act, censures its doer.
    ('Moscow has called the 2021 decision by the International Court of Justice "illegal and void".',
     [("Russia", "criticizes", "International Court of Justice")]),
    ('The Moroccan Foreign Ministry on Tuesday called the French statement "reckless and baseless."',
     [("Moroccan Foreign Ministry", "criticizes", "France")]),
    # The sides of a war fought: both ways.
    ("Ethiopia fought Somalia in 1977 over the Ogaden.", [("Ethiopia", "opposes", "Somalia"),
                                                          ("Somalia", "opposes", "Ethiopia")]),
])
def test_reads_the_stance(extract, text, wanted):
    got = facts(extract(text), modality="asserted")
    for fact in wanted:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text, predicate", [
    # A battle that is no quarrel, and a rift between a pronoun and a name.
    ("Ethiopia defeated Italy in the battle of Adwa.", "opposes"),
    ("Tomas Verel spoke in Lisbon. A spokesman said there had been a rift between him and Anton Verel.",
     "opposes"),
    # Warning against something, or firing on someone, is no opposition or criticism.
    ("President William Ruto warned against complacency in Nairobi.", "opposes"),
    ("Police opened fire on protesters outside the Kenyan parliament.", "criticizes"),
    # The release of a prisoner is no removal; "not" denies the call.
    ("Senator Grace Wanjiru called for the release of President William Ruto's brother.", "opposes"),
    ("Senator Grace Wanjiru did not call for the resignation of President William Ruto.", "opposes"),
    # A speaker who alleges nothing of an actor.
    ("Senator Grace Wanjiru alleged that the suspension amounted to a violation.", "accuses"),
    # "critical to" means needed.
    ("Senator Grace Wanjiru said Kenya is critical to President William Ruto's plan.", "criticizes"),
    # A duty is no blame; fire from soldiers is no criticism; a stone thrown is no backing.
    ("Minister Peter Kamau said President William Ruto was responsible for the new road project.", "accuses"),
    ("The convoy came under fire from the Kenya Defence Forces.", "criticizes"),
    ("Senator Grace Wanjiru threw a stone behind President William Ruto's house.", "supports"),
    # Hymns sung are no one's praise; a battle of arms, no word of law or politics beside it, is no quarrel.
    ("Senator Grace Wanjiru sang praises at the church in Nakuru.", "praises"),
    ("General Peter Kamau recalled the battle against Colonel Grace Wanjiru at the lake.", "opposes"),
    ("General Peter Kamau recalled his battle with Colonel Grace Wanjiru at the lake.", "opposes"),
    # A defendant facing a lawsuit brings none; a plural reference sets no two parties at odds; a thing blamed.
    ("Peter Kamau is facing a lawsuit against him and against the Daily Nation.", "opposes"),
    ("The Ministry of Labour and the Velmora Wage Board will mediate in the dispute between the two parties.",
     "opposes"),
    ("Minister Peter Kamau blamed the disaster on the blockade.", "accuses"),
    # A wrong that only could happen, or is denied; a cost covered is no cover-up.
    ("Minister Li Wei said the United States could interfere in the vote.", "accuses"),
    ("Minister Li Wei said the United States had not violated the agreement.", "accuses"),
    ("Minister Li Wei said Kenya covered the cost of the road.", "accuses"),
    # Protests in a phrase on another verb are not its subject's.
    ("Nicaragua has been in crisis since April, with mass demonstrations against President Daniel Ortega.",
     "opposes"),
    # "the Kingdom" alone, taken for a name by the parser, names no one.
    ("Ambassador Mara Quill praised the steady part played by the Kingdom through the ORF.", "praises"),
    # Support not yet announced is not support.
    ("Kenya's backing for Ukraine has not been announced.", "supports"),
    # Falling is no falling out; a model clashing with another is no party.
    ("Senator Grace Wanjiru fell with President William Ruto's plane.", "opposes"),
    ("Kenya's economic model clashes with Uganda's.", "opposes"),
    # A censure denied, or said of no one.
    ("Minister Peter Kamau said President William Ruto's decision was not illegal.", "criticizes"),
    ("Minister Peter Kamau said it was a mistake.", "criticizes"),
    # An "against" inside a name.
    ('"While Mayor Dana Ruiz is fighting this War Against Hunger," Quill told reporters.', "opposes"),
    # Campaigning for a span of time backs no one.
    ("Senator Grace Wanjiru campaigned for two weeks in Nairobi.", "supports"),
    # An accusation denied with no maker named accuses no one.
    ("Minister Peter Kamau denied the allegations on Monday.", "accuses"),
    # Thanks as a cause ("thanks to X") is no praise; congratulations refused are none.
    ("The new school in Oslo opened thanks to Sweden.", "praises"),
    ("Norway refused to extend congratulations to Sweden.", "praises"),
    # An allegation denied by its subject's other, or made by no one named; questions answered are no stance.
    ("Governor Dalia Mwende denied the allegation that Senator Amos Kiprono stole funds.", "accuses"),
    ("Allegations that Governor Dalia Mwende stole funds surfaced in May.", "accuses"),
    ("Governor Dalia Mwende responded to questions from Senator Amos Kiprono.", "criticizes"),
    # Fighting a concept, a campaign, or at someone's side is no war on a party.
    ("President William Ruto fought corruption in Nairobi for years.", "opposes"),
    ("President Nayib Bukele is fighting the War Against Gangs, Ana Navarro said.", "opposes"),
    ("Ukrainian volunteers fought with Poland in 1920, said Anna Kowal.", "opposes"),
    # A match or a bout is played, not fought as a war.
    ("Kenya fought Uganda in the final of the Cecafa Cup on Sunday.", "opposes"),
    ("Manny Pacquiao fought Floyd Mayweather in Las Vegas in 2015.", "opposes"),
    # Refusing to oppose is no opposition.
    ("Senator Grace Wanjiru refused to vote against President William Ruto's budget.", "opposes"),
])
def test_near_miss_gives_no_stance(extract, text, predicate):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == predicate], got
