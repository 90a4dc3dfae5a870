"""Opposition and other stances that news states without "oppose" or "criticize" taking an object: a dispute or a
lawsuit between two parties ("Kenya's border dispute with Uganda", "X sued Y"), acting against someone ("protested
against the government", "voted against the bill"), calling for someone's removal ("demanded X's resignation"),
"opposed to", a stance its target receives ("drew criticism from X") and idioms ("took a swipe at X")."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .callouts import allegation_that, charge_against
from .contests import contested, rival
from .clauses import agents, noun_holder, noun_objects, prep_objects, subject_tokens
from .mutual import opposed
from .owners import act_owners
from .quarrelwords import CONTESTS, QUARRELLING, quarrel_noun

# Lawsuits: who sues and who is sued are parties at odds, both ways.
SUING = {"sue", "countersue"}
# Act nouns of a step already taken: "a legal move by X to sue Y" (not "a plan to sue").
TAKEN_STEPS = {"move", "step", "decision", "action"}


def _parties(rules, tokens) -> list:
    return [a for t in tokens for a in rules.args.resolve(t, agent=True, concepts=False)]


def dispute(rules, noun: Token) -> list:
    """ "Kenya's dispute with Uganda", "the row between Kenya and Uganda", "Kenya is locked in a dispute with
    Uganda", "a legal battle with X": the two sides oppose each other."""
    if not quarrel_noun(noun):
        return []
    # "a legal battle against X": a fight named a quarrel (quarrel_noun asks for the word) may name its foe so.
    partners = prep_objects(noun, ("with", "against") if noun.lemma_.lower() in {"battle", "fight"} else ("with",))
    # "put his dispute with X on hold", "went to war with X": the parser may hang "with" on the verb, just after.
    if not partners and noun.dep_ in {"dobj", "pobj"}:
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        partners = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                    and c.i == noun.right_edge.i + 1 for p in c.children if p.dep_ == "pobj"]
    between = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children
               if p.dep_ == "pobj"]
    if between:
        # "a rift between him and Gotabaya", "a dispute between the two parties": a pronoun or a plural reference
        # there is too loose a guess to set two parties at odds; so is a people ("wealthy Chinese") for its state.
        sides = [a for a in _parties(rules, between) if a.via not in {"coref", "example"}]
        if rules.args.table.entity_at(between[0]) is None or any(t.ent_type_ == "NORP" for t in between[0].conjuncts
                                                                 + (between[0],)):
            return []
        return opposed(rules, sides[:1], sides[1:], noun, "noun.dispute")
    if not partners:
        return []
    holders, verb = noun_holder(noun, exclude=set(partners))
    # "locked in a dispute with", "embroiled in a row with": the noun hangs from the verb through "in".
    if not holders and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in {"VERB", "AUX"}:
        holders = subject_tokens(noun.head.head) or [c for c in noun.head.head.children if c.dep_ == "nsubjpass"]
    return opposed(rules, _parties(rules, holders), _parties(rules, partners), verb or noun, "noun.dispute")


def clashed(rules, verb: Token) -> list:
    """ "He clashed with Narendra Modi on farm policy", "X fell out with Y", "Ethiopia fought Somalia": the two are at
    odds, both ways. Not "fell with", and "the crisis clashes with the world" has no party for a subject."""
    lemma = verb.lemma_.lower()
    # "Ethiopia fought Somalia in 1977", "the Kurds battled Islamic State": the two sides of a war; a fight against a
    # concept ("fought corruption") names no party, "fought with X" may be at X's side, two people fight a bout and
    # a match is played ("fought Uganda in the final").
    if lemma in {"fight", "battle"}:
        if any(t.lemma_.lower() in CONTESTS for t in verb.subtree):
            return []
        foes = [c for c in verb.children if c.dep_ == "dobj"]
        sides = {"Country", "Organization", "Group"}
        return opposed(rules, _parties(rules, subject_tokens(verb)), _parties(rules, foes), verb, "verb.clash",
                       keep=lambda a, b: {rules.mention_type(a), rules.mention_type(b)} <= sides)
    if lemma not in QUARRELLING or lemma == "fall" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                               for c in verb.children):
        return []
    partners = prep_objects(verb, ("with",))
    return opposed(rules, _parties(rules, subject_tokens(verb)), _parties(rules, partners), verb, "verb.clash")


def lawsuit(rules, verb: Token) -> list:
    """ "X sued Y", "Y was sued by X": parties to a lawsuit oppose each other (the verb's entry gives accuses)."""
    if verb.lemma_.lower() not in SUING:
        return []
    plaintiffs, sued = suit_sides(verb)
    # "a legal move by X to sue Y", "X's decision to sue Y": the act's owner sues, and the act noun, not the
    # infinitive, says whether it was done ("X's plan to sue Y" is no lawsuit yet).
    acts = [p for p in plaintiffs if verb.dep_ == "acl" and not agents(verb) and p.lemma_.lower() in TAKEN_STEPS]
    owners = act_owners(rules, acts)
    if owners:
        return suit(rules, owners, sued, acts[0], "verb.lawsuit")
    return opposed(rules, _parties(rules, plaintiffs), _parties(rules, sued), verb, "verb.lawsuit")


def suit_sides(verb: Token) -> tuple[list[Token], list[Token]]:
    """Plaintiffs and defendants of a verb of suing: "X sued Y", "Y was sued by X"."""
    by = agents(verb)
    return by or subject_tokens(verb), [c for c in verb.children if c.dep_ == ("nsubjpass" if by else "dobj")]


def suit(rules, plaintiffs: list[Token], sued: list[Token], anchor: Token, rule: str) -> list:
    """A suit at law: the plaintiff accuses the defendant, and the two oppose each other both ways."""
    return (opposed(rules, _parties(rules, plaintiffs), _parties(rules, sued), anchor, rule)
            + rules._pairs(plaintiffs, sued, "accuses", anchor, rule))


# Verbs of acting against someone: "protested against the government", "voted against the bill".
AGAINST_VERBS = {"protest", "demonstrate", "rally", "march", "campaign", "vote", "lobby", "petition", "agitate",
                 "mobilise", "mobilize", "speak", "turn", "side", "stand", "rebel", "revolt", "fight"}
# "took up arms against X", "rose up against X": an armed or popular revolt opposes its target.
UPRISING = {"take", "rise"}


def _rising(verb: Token) -> bool:
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return up and (verb.lemma_.lower() == "rise" or any(c.dep_ == "dobj" and c.lower_ == "arms" for c in verb.children))


FOR_VERBS = {"vote", "campaign", "lobby", "rally", "petition"}
# Nouns of acting against someone, on a verb whose subject acts: "staged a protest against", "led a campaign".
AGAINST_NOUNS = {"protest", "demonstration", "rally", "march", "campaign", "vote", "petition", "motion",
                 "uprising", "revolt", "rebellion", "resistance", "appeal", "challenge"}
# A suit at law: plaintiff and defendant oppose each other, both ways. A "case" only where one files it ("made
# the case against X" argues).
LAWSUIT_NOUNS = {"lawsuit", "suit", "countersuit", "counterclaim", "litigation", "case"}
FILING = {"file", "lodge", "bring", "register", "institute", "launch", "initiate"}


# Verbs whose subject meets or decides an action against someone rather than bringing it.
NOT_BRINGING = {"face", "survive", "dismiss", "reject", "drop", "withdraw", "throw", "hear", "quash", "settle",
                "defeat", "block", "overturn", "uphold", "win", "lose", "fight", "contest", "receive", "cite", "report",
                "investigate", "probe", "examine", "review", "deny", "refute"}
# Nor does who "led the charge against X", an idiom of attack, lay a charge.
NOT_CHARGING = NOT_BRINGING | {"lead"}


def against(rules, token: Token) -> list:
    """ "Thousands protested against President X", "the party voted against the bill", "X led a campaign against
    Y", "spoke out against": the subject opposes what follows "against". Not "warned against", "rule against"
    (verdicts have their own entry), nor "fight against" without a named object ("fought against corruption"
    keeps the concept, as opposing it)."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"}:
        if lemma not in AGAINST_VERBS | UPRISING or lemma in UPRISING and not _rising(token):
            return []
        # "fighting this War Against Gangs": an "against" inside a name is no preposition of the verb's.
        targets = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "against"
                   and rules.args.table.entity_at(c) is None for p in c.children if p.dep_ == "pobj"]
        targets += [p for c in token.children if c.dep_ == "dobj" and lemma in UPRISING
                    for p in prep_objects(c, ("against",))]
        # "spoke against the bill" may be a speech in a debate; "spoke against Senator X" opposes a named party.
        if lemma == "speak" and not any(c.lower_ == "out" for c in token.children):
            targets = [t for t in targets if rules.args.table.entity_at(t) is not None]
        # "voted for the budget", "campaigned for Ruto": the same verbs with "for" support.
        backed = prep_objects(token, ("for",)) if lemma in FOR_VERBS else []
        return (rules._pairs(subject_tokens(token), targets + act_owners(rules, targets), "opposes", token,
                             "verb.against")
                + rules._pairs(subject_tokens(token), backed + act_owners(rules, backed), "supports", token,
                               "verb.for"))
    if lemma not in AGAINST_NOUNS | LAWSUIT_NOUNS:
        return []
    targets = prep_objects(token, ("against",))
    # "filed a lawsuit against X": the parser may hang "against" on the verb.
    if not targets and token.dep_ == "dobj":
        targets = [p for p in prep_objects(token.head, ("against",)) if p.i > token.i]
    if not targets:
        return []
    holders, verb = noun_holder(token, exclude=set(targets))
    # "Nicaragua is in a crisis, with mass demonstrations against the regime": a protest in a phrase on a verb
    # is the verb subject's only when it says so ("X's protest against").
    if token.dep_ == "pobj":
        holders, verb = [c for c in token.children if c.dep_ == "poss"], None
    # "protests by the party against X": who acts is named after "by".
    holders = holders or prep_objects(token, ("by",))
    # "X is facing a lawsuit against him", "the court dismissed the appeal": the verb's subject is no plaintiff.
    if verb is not None and verb.lemma_.lower() in NOT_BRINGING:
        return []
    if lemma == "case" and (verb is None or verb.lemma_.lower() not in FILING):
        return []
    if lemma in LAWSUIT_NOUNS:
        return opposed(rules, _parties(rules, holders), _parties(rules, targets), verb or token, "noun.lawsuit")
    return rules._pairs(holders, targets + act_owners(rules, targets), "opposes", verb or token, "noun.against")


# Removals one may call for: "called for X's resignation" opposes X.
REMOVALS = {"resignation", "removal", "ouster", "impeachment", "suspension", "dismissal", "sacking", "recall",
            "expulsion", "firing", "overthrow", "departure"}
DEMANDING = {"call", "demand", "seek", "urge", "push", "press", "petition", "want", "request", "ask"}
# "called on X to resign": the acts of leaving an office.
LEAVING = {"resign", "quit", "step", "leave", "go"}


def removal_call(rules, verb: Token) -> list:
    """ "Kriegler called for Hlophe's suspension", "demanded the resignation of X", "called on X to resign":
    to demand someone's removal from office is to oppose them. "called for the release of X" is no removal."""
    if verb.lemma_.lower() not in DEMANDING or any(c.dep_ == "neg" for c in verb.children):
        return []
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("for",))
    nouns = [n for n in nouns if n.lemma_.lower() in REMOVALS]
    removed = [c for n in nouns for c in n.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    removed += [p for n in nouns for p in prep_objects(n, ("of",))]
    # "called on X to resign", "urged X to step down".
    told = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("on",))
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in LEAVING]
    acts += [c for t in told for c in t.children if c.dep_ in {"xcomp", "acl"} and c.lemma_.lower() in LEAVING]
    if acts and all(a.lemma_.lower() != "step" or any(c.lower_ == "down" for c in a.children) for a in acts):
        removed += [t for t in told if t.lemma_.lower() not in REMOVALS]
    return [f for f in rules._pairs(subject_tokens(verb), removed, "opposes", verb, "verb.removal")
            if f.object.via != "concept"]


def opposed_to(rules, verb: Token) -> list:
    """ "X is opposed to the plan", "X was strongly opposed to Y": the participle the parser reads as a verb (the
    adjective reading has its lexicon entry)."""
    if verb.lemma_.lower() != "oppose" or verb.tag_ != "VBN":
        return []
    if verb.dep_ == "acomp":
        holders = subject_tokens(verb.head)
    elif any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        holders = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return []
    targets = prep_objects(verb, ("to",))
    return rules._pairs(holders, targets + act_owners(rules, targets), "opposes", verb, "verb.opposed")


# A stance its target receives: "drew criticism from X", "faced condemnation from X", "won praise from X".
RECEIVED = {"criticism": "criticizes", "condemnation": "condemns", "backlash": "criticizes", "rebuke": "criticizes",
            "censure": "criticizes", "praise": "praises", "accusation": "accuses", "accusations": "accuses"}
RECEIVING = {"draw", "face", "attract", "receive", "earn", "win", "meet", "spark", "provoke", "trigger", "invite",
             "prompt", "come"}
# "X responded to criticism from Y": a stance answered was received.
ANSWERING = {"respond", "react", "reply"}


def received(rules, verb: Token) -> list:
    """ "The plan drew criticism from Kenya", "X came under fire from Y", "X won praise from Y": who gives the
    stance is after "from", and its target is the verb's subject (an act's subject stands for its owner)."""
    if verb.lemma_.lower() not in RECEIVING | ANSWERING:
        return []
    # Not "came under fire from": soldiers do that too.
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in RECEIVED]
    if verb.lemma_.lower() in ANSWERING:
        nouns = [p for p in prep_objects(verb, ("to",)) if p.lemma_.lower() in RECEIVED]
    out = []
    for noun in nouns:
        givers = prep_objects(noun, ("from",)) or prep_objects(verb, ("from",))
        targets = subject_tokens(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
        # "The Kenyan plan won praise" praises Kenya; the plan itself is no node to keep beside it.
        out += rules._pairs(givers, act_owners(rules, targets) or targets, RECEIVED[noun.lemma_.lower()], verb,
                            "verb.received")
    return out


# "took a swipe at X": a verbal jab; "took aim at" is left alone, for soldiers do it too.
JABS = {"swipe", "jab", "dig", "potshot", "jibe"}
# "rallied behind X", "threw its weight (its support) behind X": backing a party.
BACKING = {"rally", "unite", "throw", "line", "close"}
THROWN = {"weight", "support", "backing"}  # "threw its support behind X"


def idioms(rules, verb: Token) -> list:
    """ "took a swipe at X" criticizes X; "rallied behind X", "threw its weight behind X" supports X; "sang X's
    praises" praises X. Not "stood behind the podium" (no "stand"), nor "threw a stone behind the house" (only one's
    weight)."""
    lemma = verb.lemma_.lower()
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in JABS for c in verb.children):
        targets = prep_objects(verb, ("at",)) + [p for c in verb.children if c.dep_ == "dobj"
                                                 for p in prep_objects(c, ("at",))]
        return rules._pairs(subject_tokens(verb), targets + act_owners(rules, targets), "criticizes", verb,
                            "verb.idiom")
    # "sang Zuma's praises": praise given.
    if lemma == "sing" and any(c.dep_ == "dobj" and c.lower_ == "praises" for c in verb.children):
        sung = [p for c in verb.children if c.dep_ == "dobj" for p in c.children
                if p.dep_ == "poss" and p.tag_ != "PRP$"]
        return rules._pairs(subject_tokens(verb), sung, "praises", verb, "verb.idiom")
    if lemma not in BACKING or lemma == "throw" and not any(c.dep_ == "dobj" and c.lemma_.lower() in THROWN
                                                           for c in verb.children):
        return []
    backed = prep_objects(verb, ("behind",)) + [p for c in verb.children if c.dep_ == "dobj"
                                                for p in prep_objects(c, ("behind",))]
    return rules._pairs(subject_tokens(verb), backed, "supports", verb, "verb.idiom")


def verb_disputes(rules, verb: Token) -> list:
    return (lawsuit(rules, verb) + clashed(rules, verb) + opposed_to(rules, verb) + against(rules, verb) + removal_call(rules, verb)
            + received(rules, verb) + idioms(rules, verb) + contested(rules, verb))


def stance_by(rules, noun: Token) -> list:
    """ "the criticism of X by Y", "the condemnation of the attack by Kenya": a stance noun's holder after "by"
    (its possessor and its clause's subject are read with the noun's entry)."""
    entry = lexicon.NOUNS.get(noun.lemma_.lower())
    if entry is None or entry[0] not in lexicon.STANCES | {"praises", "warns"}:
        return []
    holders = prep_objects(noun, ("by",))
    objects = noun_objects(noun, tuple(s for s in entry[1] if s != "poss"))
    return rules._pairs(holders, objects + act_owners(rules, objects), entry[0], noun, "noun.by")


def noun_disputes(rules, noun: Token) -> list:
    return (dispute(rules, noun) + against(rules, noun) + stance_by(rules, noun) + rival(rules, noun)
            + charge_against(rules, noun) + allegation_that(rules, noun))
