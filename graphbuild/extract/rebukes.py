"""Stances of the third round: who judges an act is no party to it ("condemned the attack on Kenya"), praise and
protest by idiom ("spoke highly of X", "protested the executions", "took issue with X", "came out against X",
"came under criticism from X"), a demand that someone stop ("urged X to stop interfering"), a stance in a
statement's participle ("issued a statement condemning X"), a suit at law ("took X to court") and a threat made
("threatened to impose sanctions on X")."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .callouts import UTTERANCES, _speakers
from .clauses import prep_objects, subject_tokens
from .owners import act_owners

# Verbs that judge what they take: the subject of "condemned the attack on Kenya" or "rejected the deal with
# Uganda" neither attacks Kenya nor deals with Uganda.
JUDGED = lexicon.STANCES | {"warns", "threatens"}
JUDGING_VERBS = {lemma for lemma, (predicate, _) in lexicon.VERBS.items() if predicate in JUDGED} | {
    "protest", "vote", "campaign", "rally", "demonstrate", "march", "lobby", "petition", "question", "challenge"}


# Deeds done to others, nodes of their own even with a doer named: "condemned the regime's executions".
DEEDS = {"execution", "attack", "killing", "violence", "crackdown", "bombing", "massacre", "assassination",
         "invasion", "annexation", "coup", "war", "strike", "blockade", "embargo", "arrest", "detention"}


def for_owners(rules, objects: list[Token]) -> list[Token]:
    """The objects of a stance, an act with a named doer given as its doer: "supportive of the policy of the
    Government of Mongolia" supports Mongolia, and the policy is no node to keep beside it."""
    return [o for o in objects if o.lemma_.lower() in DEEDS or not act_owners(rules, [o])] + act_owners(
        rules, objects)


def judges(verb: Token | None) -> bool:
    """Whether a relational noun's clause verb judges the act the noun names rather than doing it."""
    return verb is not None and verb.lemma_.lower() in JUDGING_VERBS


# Words of warm regard one speaks or thinks "of" someone with: "spoke highly of X", "thinks warmly of X".
REGARD = {"highly", "glowingly", "warmly", "fondly"}


def spoke_highly(rules, verb: Token) -> list:
    """ "Aoun spoke highly of the Kuwaiti government": praise by idiom. Not "spoke of X" alone (a mention)."""
    if verb.lemma_.lower() not in {"speak", "think", "talk"} or not any(
            c.dep_ == "advmod" and c.lower_ in REGARD for c in verb.children):
        return []
    praised = prep_objects(verb, ("of", "about"))
    # "spoke highly of the government and people": praise goes to an actor, not to a bare common noun.
    return [f for f in rules._pairs(subject_tokens(verb), praised + act_owners(rules, praised), "praises", verb,
                                    "verb.regard") if f.object.via != "concept"]


def protested(rules, verb: Token) -> list:
    """ "Heyns strongly protested the executions", "protested Ruto's decision": protest with a direct object
    opposes it (with "to", the verb's entry reads a complaint lodged). "protested his innocence" claims it."""
    if verb.lemma_.lower() != "protest":
        return []
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in {"innocence", "ignorance"}]
    return rules._pairs(subject_tokens(verb), acts + act_owners(rules, acts), "opposes", verb, "verb.protested")


# Verbs of telling another what to do, and where the one told stands: "urged X to stop", "called on X to end".
DEMANDING = {"urge", "call", "demand", "ask", "press", "tell", "implore", "exhort"}
STOPPING = {"stop", "cease", "end", "halt", "quit"}


def told_to_stop(rules, verb: Token) -> list:
    """ "Wang urged the United States to stop interfering", "called on Kenya to end its occupation": telling
    another to stop what it does accuses it of doing it (as "said X should stop" does). Not "to stop in Nairobi"
    (a halt, with nothing stopped), nor "not to stop"."""
    if verb.lemma_.lower() not in STOPPING or verb.dep_ not in {"xcomp", "ccomp", "advcl"} \
            or verb.head.lemma_.lower() not in DEMANDING or any(c.dep_ == "neg" for c in verb.children):
        return []
    if not any(c.dep_ in {"dobj", "xcomp"} for c in verb.children):
        return []
    demand = verb.head
    # "called on X to stop" names the one told after "on"; "urged X to stop" as the object.
    told = [c for c in demand.children if c.dep_ == "dobj"] + prep_objects(demand, ("on",))
    told += [c for c in verb.children if c.dep_ == "nsubj"]
    told = [t for t in told if t.lower_ not in {"us", "me", "you", "them", "everyone", "all"}]
    # "urged the regime to end the violence": the one accused is named, not a bare common noun.
    return [f for f in rules._pairs(subject_tokens(demand), told, "accuses", demand, "verb.told_to_stop")
            if f.object.via != "concept"]


def stood_against(rules, verb: Token) -> list:
    """ "The party is against the bill", "X came out against President Y": a stance against what follows
    "against". Not "came against" without "out", and a subject that is no named actor ("the odds are against
    Kenya") gives nothing."""
    lemma = verb.lemma_.lower()
    if lemma == "come" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) \
            or lemma not in {"be", "come"}:
        return []
    targets = prep_objects(verb, ("against",))
    return rules._pairs(subject_tokens(verb), targets + act_owners(rules, targets), "opposes", verb, "verb.against")


# What one comes under from another: "came under criticism from X"; "attack" and "fire" only from a person, for
# soldiers come under both.
UNDER = {"criticism": "criticizes", "attack": "criticizes", "censure": "criticizes", "condemnation": "condemns",
         "fire": "criticizes"}
GUNFIRE = {"attack", "fire"}


def came_under(rules, verb: Token) -> list:
    """ "Ruto came under criticism from the opposition": who gives it is after "from", and its target is the
    verb's subject."""
    if verb.lemma_.lower() != "come":
        return []
    out = []
    for noun in prep_objects(verb, ("under",)):
        predicate = UNDER.get(noun.lemma_.lower())
        if predicate is None:
            continue
        givers = prep_objects(noun, ("from",)) or prep_objects(verb, ("from",))
        # "came under attack from rebels" may be gunfire: in words only when the giver is a person named.
        out += [f for f in rules._pairs(givers, subject_tokens(verb), predicate, verb, "verb.came_under")
                if noun.lemma_.lower() not in GUNFIRE or rules.mention_type(f.subject) == "Person"]
    return out


def took_issue(rules, verb: Token) -> list:
    """ "Wanjiru took issue with President Ruto", "took X to task", "poured scorn on X": idioms of criticism."""
    lemma = verb.lemma_.lower()
    if lemma == "pour" and any(c.dep_ == "dobj" and c.lower_ == "scorn" for c in verb.children):
        targets = prep_objects(verb, ("on",)) + [p for c in verb.children if c.dep_ == "dobj"
                                                 for p in prep_objects(c, ("on",))]
        return rules._pairs(subject_tokens(verb), for_owners(rules, targets), "criticizes", verb, "verb.idiom")
    # The parser may read "to task" as an infinitive.
    if lemma == "take" and (any(p.lower_ == "task" for p in prep_objects(verb, ("to",))) or any(
            c.dep_ in {"xcomp", "advcl"} and c.lower_ == "task" for c in verb.children)):
        targets = [c for c in verb.children if c.dep_ == "dobj"]
        return rules._pairs(subject_tokens(verb), for_owners(rules, targets), "criticizes", verb, "verb.idiom")
    if lemma != "take" or not any(c.dep_ == "dobj" and c.lower_ == "issue" and not any(
            d.dep_ in {"det", "amod"} for d in c.children) for c in verb.children):
        return []
    targets = prep_objects(verb, ("with",)) + [p for c in verb.children if c.dep_ == "dobj"
                                               for p in prep_objects(c, ("with",))]
    return rules._pairs(subject_tokens(verb), targets + act_owners(rules, targets), "criticizes", verb, "verb.idiom")


def statement_stance(rules, verb: Token) -> list:
    """ "X issued a statement condemning the attack", "a letter by X praising Kenya": a stance verb on an utterance
    speaks for the utterance's owner. A statement owned by no one named speaks for no one."""
    entry = lexicon.VERBS.get(verb.lemma_.lower())
    if entry is None or entry[0] not in JUDGED or verb.dep_ != "acl" or verb.tag_ != "VBG" \
            or verb.head.lemma_.lower() not in UTTERANCES or verb.lemma_.lower() in lexicon.NEEDS_PREP:
        return []
    objects = prep_objects(verb, entry[1])
    return rules._pairs(_speakers(rules, verb), objects + act_owners(rules, objects), entry[0], verb, "verb.statement")


# Verbs that bring a party "to court".
SUING = {"take", "drag", "haul"}


def took_to_court(rules, verb: Token) -> list:
    """ "X took (dragged) Y to court", "Y was taken to court by X": a suit at law, in which X accuses Y and the two
    oppose each other, both ways. "took her son to school" goes nowhere near a court."""
    from .disputes import suit, suit_sides  # here, for disputes reads the stances this module reads

    # The parser may read "to court" as an infinitive.
    if verb.lemma_.lower() not in SUING or not any(p.lemma_.lower() == "court" for p in prep_objects(verb, ("to",))) \
            and not any(c.dep_ in {"xcomp", "advcl"} and c.lower_ == "court" for c in verb.children):
        return []
    return suit(rules, *suit_sides(verb), verb, "verb.to_court")


def threatened_to(rules, verb: Token) -> list:
    """ "China threatened to retaliate against the United States", "threatened to impose sanctions on Lithuania",
    "threatened to sue Kenya": the threat is made, whatever becomes of the act, and its target is the act's. Only a
    named actor: "threatened to quit the talks" threatens no one."""
    if verb.lemma_.lower() != "threaten":
        return []
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    targets = [o for a in acts for o in a.children if o.dep_ == "dobj"] + [
        p for a in acts for p in prep_objects(a, ("against", "on"))]
    # "impose sanctions on Lithuania": the target of the act's noun; "threatened sanctions against Lithuania".
    targets += [p for a in acts for o in a.children if o.dep_ == "dobj" for p in prep_objects(o, ("on", "against"))]
    targets += [p for o in verb.children if o.dep_ == "dobj" for p in prep_objects(o, ("on", "against"))]
    if any(o.dep_ == "dobj" for o in verb.children):
        targets += prep_objects(verb, ("against",))
    return [f for f in rules._pairs(subject_tokens(verb), targets, "threatens", verb, "verb.threatened_to")
            if f.object.via != "concept"]


# Consequences a warning says someone will meet: "warned that X would pay a heavy price".
# Not "response": "would face a slow response from donors" is a forecast.
CONSEQUENCES = {"price", "consequence", "consequences", "responsibility", "retaliation"}
BEARING = {"pay", "face", "bear", "suffer", "regret", "reap"}


def warned_that(rules, verb: Token) -> list:
    """ "China warned that the United States would pay a heavy price": a warning of what a named party will bear
    warns that party. Not a forecast ("warned that Kenya's economy would shrink"), nor a warning not given."""
    if verb.lemma_.lower() != "warn" or any(c.dep_ == "neg" for c in verb.children):
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in BEARING
               and (c.lemma_.lower() == "regret" or any(o.dep_ == "dobj" and o.lemma_.lower() in CONSEQUENCES
                                                        for o in c.children))]
    warned = [s for c in clauses for s in c.children if s.dep_ == "nsubj"
              and rules.args.table.entity_at(s) is not None]
    return rules._pairs(subject_tokens(verb), warned, "warns", verb, "verb.warned_that")


def verb_rebukes(rules, verb: Token) -> list:
    return (spoke_highly(rules, verb) + protested(rules, verb) + told_to_stop(rules, verb)
            + stood_against(rules, verb) + came_under(rules, verb) + took_issue(rules, verb)
            + statement_stance(rules, verb) + took_to_court(rules, verb) + threatened_to(rules, verb)
            + warned_that(rules, verb))
