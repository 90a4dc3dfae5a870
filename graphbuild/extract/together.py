"""Parties told together where no noun or verb of the lexicon names the relation. Quarrels with both parties as the
subject, where disputes.py reads "with" and "between": "Kenya and Uganda clashed over the border", "Kenya and Uganda
have a long-running border dispute", "Chad and Niger fought a war"; each party opposes the other, both ways
(reproaches.in_dispute reads "locked in a dispute"). Working closely with a party, acting jointly or together
with it: cooperation. Parties named together as partners, allies, enemies or in talks, or as suing each other.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import plural
from .clauses import agents, bygone, noun_holder, prep_objects, subject_tokens
from .journeys import called_off
from .mutual import among
from .quarrelwords import QUARRELLING, quarrel_noun
from .reciprocal import JOINT_NOUNS
from .reproaches import COPULAS, coordinated

# Verbs that end or avert a quarrel: "Kenya and Uganda settled the dispute" says they no longer quarrel.
ENDING = {"end", "resolve", "settle", "avoid", "avert", "prevent", "defuse", "bury", "ease", "calm"}


def clashed_together(rules, verb: Token) -> list:
    """ "Kenya and Uganda clashed over the border", "X and Y fell out": a verb of quarrelling with both sides as
    its subject (with a partner, "clashed with Y", disputes.clashed reads it). Not "did not clash"."""
    lemma = verb.lemma_.lower()
    if lemma not in QUARRELLING or any(c.dep_ == "neg" for c in verb.children) or prep_objects(verb, ("with",)):
        return []
    if lemma == "fall" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return []
    return among(rules, coordinated(rules, verb), "opposes", verb, "verb.clash_together")


def shared_dispute(rules, noun: Token) -> list:
    """ "Kenya and Uganda have a border dispute", "X and Y fought a bitter war": a quarrel noun without a partner,
    held by the parties its clause's subject names. Not one they end ("settled the dispute") or deny ("have no
    dispute", "do not have a dispute")."""
    if not quarrel_noun(noun) or prep_objects(noun, ("with", "between", "of", "within", "among", "against")):
        return []
    if noun.dep_ == "pobj" or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return []
    # "X and Y are fighting this War Against Gangs": a named campaign they wage together, not a quarrel between them.
    if noun.ent_type_ or (noun.text[:1].isupper() and not noun.is_sent_start):
        return []
    holders, verb = noun_holder(noun, exclude=set())
    if verb is None or verb.lemma_.lower() in ENDING or any(c.dep_ == "neg" for c in verb.children):
        return []
    return among(rules, coordinated(rules, verb), "opposes", verb, "noun.dispute_together")


# How one works with a party when it is cooperation: "worked closely with X", "worked together with X".
# "worked with the teenagers" alone is a job.
CLOSELY = {"closely", "together", "jointly"}


def worked_closely(rules, verb: Token) -> list:
    """ "Kenya worked closely with Uganda on the dam", "X and Y have worked closely together", "X joined hands
    (forces) with Y": cooperation with a named party. Not "did not work closely with", nor a concept ("worked
    closely with the committee's report")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    # "joined hands with X", "joined forces with X": the idioms say the same.
    hands = verb.lemma_.lower() == "join" and any(c.dep_ == "dobj" and c.lower_ in {"hands", "forces"}
                                                  for c in verb.children)
    if not hands and (verb.lemma_.lower() != "work"
                      or not any(c.dep_ == "advmod" and c.lower_ in CLOSELY for c in verb.children)):
        return []
    partners = prep_objects(verb, ("with",))
    if not partners:
        sides = coordinated(rules, verb)
        return _with_first(rules, sides, "cooperatesWith", verb, "verb.worked_closely")
    found = rules._pairs(subject_tokens(verb), partners, "cooperatesWith", verb, "verb.worked_closely")
    return [f for f in found if f.object.via != "concept"]


# "Kenya and Uganda are partners", "... are close allies", "... are bitter enemies": what each is to the other
# (lexicon.NOUNS reads "a partner of X", "an ally of X"). An ally supports the other and an enemy opposes it, both
# ways; partners are written once.
PAIRED = {"partner": "cooperatesWith", "ally": "supports", "enemy": "opposes", "foe": "opposes",
          "adversary": "opposes"}
BOTH_WAYS = {"supports", "opposes"}
# "Kenya and Uganda are in talks over the border": talks with the other.
IN_TALKS = {"talk", "talks", "negotiation", "negotiations"}


def paired(rules, verb: Token) -> list:
    """ "Chad and Niger are allies", "X and Y have been partners since 2010", "X and Y are in talks", "X and Y are
    enemies". Not "are partners of Z" (a third party), nor a single subject ("X is an ally", whose other side is
    elsewhere)."""
    if verb.lemma_.lower() not in COPULAS or any(c.dep_ == "neg" for c in verb.children):
        return []
    if bygone(verb):
        return []
    kinds = [PAIRED[c.lemma_.lower()] for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in PAIRED
             and c.tag_ == "NNS" and not any(d.dep_ == "prep" or d.dep_ == "poss" for d in c.children)]
    kinds += ["negotiatesWith" for n in prep_objects(verb, ("in",)) if n.lower_ in IN_TALKS
              and not any(d.dep_ == "prep" and d.lower_ in {"with", "between"} for d in n.children)]
    if not kinds:
        return []
    sides = coordinated(rules, verb)
    if kinds[0] in BOTH_WAYS:
        return among(rules, sides, kinds[0], verb, "verb.paired")
    return _with_first(rules, sides, kinds[0], verb, "verb.paired")


# Verbs of a quarrel or a suit the two sides wage on each other: "X and Y sued each other", "clashed with one
# another".
AT_EACH_OTHER = QUARRELLING | {"sue", "countersue"}


def _each_other(token: Token) -> bool:
    # The parser heads "each other" on "other" and "one another" on either word.
    words = {c.lower_ for c in token.children}
    return token.lower_ == "other" and "each" in words or token.lower_ == "one" and "another" in words \
        or token.lower_ == "another" and token.i > 0 and token.doc[token.i - 1].lower_ == "one"


def each_other(rules, verb: Token) -> list:
    """ "X and Y sued each other", "the two clashed with one another": each side opposes the other. Not "did not
    sue each other", nor "X and Y faced each other" (a match)."""
    if verb.lemma_.lower() not in AT_EACH_OTHER or any(c.dep_ == "neg" for c in verb.children):
        return []
    if not any(_each_other(t) for t in [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("with",))):
        return []
    sides = coordinated(rules, verb)
    # "The two sued each other": the two named just before.
    if len(sides) < 2 and len(subject_tokens(verb)) == 1:
        sides = plural.pair(rules.args, subject_tokens(verb)[0])
    return among(rules, sides, "opposes", verb, "verb.each_other")


# Nouns of working together that a passive's doer holds: "the forum was organised by X in partnership with Y".
WORKING_TOGETHER = {"partnership", "cooperation", "collaboration", "coordination", "conjunction", "association"}


def partnered_by(rules, noun: Token) -> list:
    """ "The forum was organised by X in partnership with Y": the doer after "by" cooperates with the partner, and
    so does a subject the phrase is set beside ("X, in partnership with Y, hosted a forum"; with the phrase on the
    verb the noun's lexicon entry reads it). Not a passive without its doer ("was held in cooperation with Y")."""
    if noun.lemma_.lower() not in WORKING_TOGETHER or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    verb, doers, active = noun.head.head, None, False
    # The parser may hang the phrase on the doer: "organised by [X in partnership with Y]".
    if verb.dep_ == "pobj" and verb.head.dep_ == "agent":
        verb, doers = verb.head.head, [verb]
    # Or on an active subject, the phrase set off by commas: "X, in partnership with Y, hosted a forum".
    elif verb.dep_ == "nsubj" and noun.head.i > 0 and noun.head.nbor(-1).text == ",":
        verb, doers, active = verb.head, [verb], True
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children) or subject_tokens(verb) and not active:
        return []
    return rules._pairs(doers or agents(verb), prep_objects(noun, ("with",)), "cooperatesWith", verb,
                        "noun.partnered_by")


def joint_between(rules, noun: Token) -> list:
    """ "joint air drills between Peru and Chile", "a joint operation by Chad and Niger", "a joint initiative of X
    and Y": bodies that do one thing together cooperate. A statement issued jointly is an agreement (reciprocal.py
    reads it); a people named for its state, or a pronoun, is too loose a guess."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children) \
            or noun.lemma_.lower() in JOINT_NOUNS:
        return []
    firsts = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"between", "by", "of"} for p in c.children
              if p.dep_ == "pobj" and p.conjuncts and rules.args.table.entity_at(p) is not None]
    if not firsts or any(t.ent_type_ == "NORP" for t in (firsts[0], *firsts[0].conjuncts)):
        return []
    # "plans joint exercises between X and Y", "the joint exercises ... were cancelled": not done.
    if called_off(noun, None):
        return []
    sides = [a for a in rules.args.resolve(firsts[0], agent=True, concepts=False) if a.via not in {"coref", "example"}
             and rules.mention_type(a) in BODIES]
    # The verb that holds or names the work says whether it was done: "hope to hold joint exercises".
    verb = noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"} else noun
    return _with_first(rules, sides, "cooperatesWith", verb, "noun.joint")


def nouns_together(rules, noun: Token) -> list:
    return shared_dispute(rules, noun) + partnered_by(rules, noun) + joint_between(rules, noun)


# Bodies that act together: a person "together with" another may only stand beside him ("pictured together with").
BODIES = {"Organization", "Country"}


def jointly(rules, verb: Token) -> list:
    """ "X and Y jointly launched a fund", "the forum was jointly organised by X and Y", "X, together with Y,
    launched a fund": parties that do one thing together cooperate. Not "did not jointly", nor a passive "X was
    pictured together with Y"."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    if any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in verb.children):
        by = agents(verb)
        # "organised jointly by X and Y": the passive's doers; else the subject's parties.
        sides = rules.args.resolve(by[0], agent=True, concepts=False) if len(by) == 1 else coordinated(rules, verb)
        sides = [a for i, a in enumerate(sides) if a.via not in {"coref", "example"}
                 and all(a.mention != b.mention for b in sides[:i])]
        return _with_first(rules, sides, "cooperatesWith", verb, "verb.jointly")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # The parser hangs "together with Y" on the subject or on the verb, "together" above "with" or below it.
    withs = [w for s in subjects + [verb] for t in s.children if t.dep_ == "advmod" and t.lower_ == "together"
             for w in t.children if w.dep_ == "prep" and w.lower_ == "with"]
    withs += [t for s in subjects + [verb] for t in s.children if t.dep_ == "prep" and t.lower_ == "with"
              and any(c.lower_ == "together" for c in t.children)]
    partners = [p for w in withs for p in w.children if p.dep_ == "pobj"]
    found = rules._pairs(subjects, partners, "cooperatesWith", verb, "verb.jointly")
    return [f for f in found if rules.mention_type(f.subject) in BODIES and rules.mention_type(f.object) in BODIES]


def _with_first(rules, sides, predicate: str, anchor: Token, rule: str) -> list:
    """A symmetric relation of several parties, written once each: the first with every other."""
    return [rules.make(sides[0], predicate, other, anchor, rule) for other in sides[1:]
            if not rules._one_party(sides[0], other, predicate)]
