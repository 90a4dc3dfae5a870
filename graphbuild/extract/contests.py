"""Election opponents and rivals, who oppose each other both ways: "X defeated Y in the election", "X ran against
Y", "X lost to Y in the runoff", "X won the primary against Y", "X's main rival, Y". Only people and parties, and
only in a contest for office: "Arsenal defeated Chelsea in the final" and "Kenya defeated Italy in the battle" name
no electoral rivals."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clauses import prep_objects, subject_tokens
from .mutual import opposed

# Contests for office a win or loss may be "in".
ELECTIONS = {"election", "elections", "vote", "poll", "polls", "runoff", "run-off", "primary", "primaries", "ballot",
             "race", "by-election", "referendum", "contest", "leadership", "seat"}
# Verbs of a contest and the preposition that names the other side ("" for the direct object).
CONTESTING = {"defeat": "", "beat": "", "challenge": "", "face": "", "lose": "to", "run": "against",
              "stand": "against", "win": "against", "contest": "against"}
# What one runs for: "ran for president against Y" (not "ran for the bus against Y").
OFFICES = lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES | ELECTIONS | {"office", "re-election", "reelection"}
# Verbs whose object is the contest itself, the rival after "against": "won (contested) the seat against Y".
CONTEST_OBJECT = {"win", "contest"}
# Nouns for the other side in a contest: "X's main rival, Y".
RIVALS = {"rival", "arch-rival", "archrival", "opponent", "challenger"}
# "his opponent in the final" may be a sportsman's: an opponent or challenger needs a political word beside it.
POLITICAL = {"political", "main", "chief", "presidential", "electoral", "election", "principal", "closest",
             "nearest", "leadership", "opposition"}
PARTIES = {"Person", "Organization"}


def _both_parties(rules, first, second) -> bool:
    # A contest is between people or bodies: a country or a place is no rival here.
    return {rules.mention_type(first), rules.mention_type(second)} <= PARTIES


def _resolved(rules, tokens) -> list:
    return [a for t in tokens for a in rules.args.resolve(t, agent=True, concepts=False)
            if a.via not in {"coref", "example"}]


def contested(rules, verb: Token) -> list:
    """ "X defeated Y in the presidential election", "X lost to Y in the runoff", "X ran against Y", "X won the
    runoff against Y", "X challenged Y for the leadership": the two sides of an election oppose each other. "run"
    and "stand" need "against"; the others an election after "in" ("won" one as its object: "won the match
    against Y" is no election), or one won beside them ("won the election, defeating Y")."""
    lemma = verb.lemma_.lower()
    if lemma not in CONTESTING:
        return []
    prep = CONTESTING[lemma]
    others = prep_objects(verb, (prep,)) if prep else [c for c in verb.children if c.dep_ == "dobj"]
    # "won the election against Y", "ran for president against Y": the parser hangs "against" on the contest or
    # the office.
    contests = [c for c in verb.children if c.dep_ == "dobj" and lemma in CONTEST_OBJECT]
    contests += [o for o in prep_objects(verb, ("for",)) if prep == "against" and o.lemma_.lower() in OFFICES]
    others += [p for o in contests for p in prep_objects(o, (prep,))]
    if not prep or lemma == "lose" or lemma in CONTEST_OBJECT:
        settings = prep_objects(verb, ("in", "at")) + [p for o in others for p in prep_objects(o, ("in", "at"))]
        # "won the runoff against Y": what is won is the contest; "challenged Y for the leadership" names it
        # after "for".
        settings += contests[:1] + (prep_objects(verb, ("for",)) if lemma == "challenge" else [])
        # "won the election, defeating Y", "beat Y to win the runoff": the contest is what the win beside it won.
        wins = [verb.head] if verb.dep_ == "advcl" else []
        wins += [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]
        settings += [o for w in wins if w.lemma_.lower() == "win" for o in w.children if o.dep_ == "dobj"]
        if not any(s.lemma_.lower() in ELECTIONS or s.lower_ in ELECTIONS for s in settings):
            return []
    return opposed(rules, _resolved(rules, subject_tokens(verb)), _resolved(rules, others), verb, "verb.contest",
                   keep=lambda a, b: _both_parties(rules, a, b))


def rival(rules, noun: Token) -> list:
    """ "Kamau's main rival, Senator Wanjiru", "Wanjiru, a political rival of Kamau": rivals oppose each other."""
    lemma = noun.lemma_.lower()
    if lemma not in RIVALS:
        return []
    if lemma != "rival" and lemma not in {"arch-rival", "archrival"} and not any(
            c.dep_ in {"amod", "compound"} and c.lower_ in POLITICAL for c in noun.children):
        return []
    holders = [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"] + prep_objects(noun, ("of",))
    named = [c for c in noun.children if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])
    return opposed(rules, _resolved(rules, named), _resolved(rules, holders), noun, "noun.rival",
                   keep=lambda a, b: _both_parties(rules, a, b))
