"""Blame that news states without "accuse" taking an object: blame laid on someone ("blamed the crisis on X"), an
allegation ("X alleged that Y had rigged the vote"), a harm someone is said to be answerable for ("said X was
responsible for the attack"), a wrongdoing someone is said to have done ("said X had violated the truce") and a
censure said of someone ("said X's decision was illegal")."""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import gazetteer
from .callouts import (AUTHORITIES, UTTERANCES, _speakers, called_out, disciplined, investigated, pointed_finger,
                       reported_charge, utterance_owners, verbal_attack)
from .clauses import agents, participles, prep_objects, subject_tokens
from .rebukes import verb_rebukes
from .owners import act_owners
from .stances import CENSURES


# Verbs that lay blame as their object: "pinned the blame on X".
LAYING = {"pin", "put", "place", "lay", "shift", "heap"}


def blamed_on(rules, verb: Token) -> list:
    """ "X blamed the crisis on Y", "X pinned the blame on Y": Y is blamed (the verb's entry reads "blamed Y for the
    crisis")."""
    if verb.lemma_.lower() != "blame" and not (verb.lemma_.lower() in LAYING and any(
            c.dep_ == "dobj" and c.lower_ == "blame" for c in verb.children)):
        return []
    blamed = prep_objects(verb, ("on", "onto")) + [p for c in verb.children if c.dep_ == "dobj"
                                                   for p in prep_objects(c, ("on", "onto"))]
    # "blamed the disaster on the blockade": blame laid on a thing names no one.
    return [f for f in rules._pairs(subject_tokens(verb), blamed + act_owners(rules, blamed), "accuses", verb,
                                    "verb.blamed_on") if f.object.via != "concept"]


def alleged(rules, verb: Token) -> list:
    """ "X alleged that Y had rigged the vote", "X charged that Y was lying": to allege an act of someone is to
    accuse them of it. The alleged act's doer must be an actor, not "the suspension amounted to ..."."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in {"allege", "charge"} or verb.pos_ != "VERB":
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    doers = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in {"i", "we", "it", "this", "that"}]
    # "alleging that they were hounded by X": the doer of an alleged act done to someone is its agent.
    doers += agents(verb)
    # "X filed a lawsuit alleging that Y ...", "the suit, filed by X, alleges ...": the suit speaks for its filer.
    speakers = [o for s in subject_tokens(verb.head) for o in (
        utterance_owners(rules, s) if s.lemma_.lower() in UTTERANCES else [s])]
    if verb.head.dep_ == "acl":
        speakers = _speakers(rules, verb.head)
    return [f for f in rules._pairs(speakers, doers, "accuses", verb.head, "verb.alleged")
            if f.object.via != "concept"]


# Harms one is said to be responsible for: "said X was responsible for the attack" accuses X.
HARMS = {"attack", "violence", "killing", "death", "crisis", "bombing", "explosion", "blast", "massacre", "crime",
         "abuse", "corruption", "fraud", "failure", "collapse", "damage", "loss", "shooting", "murder", "unrest",
         "assassination", "chaos", "war", "atrocity", "genocide", "disaster", "leak", "hack", "sabotage", "fire"}


# Schemes one may be said to be behind, beside the harms: "said Kenya was behind the plot".
PLOTS = {"plot", "scheme", "conspiracy", "coup", "campaign", "protest", "protests", "riot", "riots", "smear",
         "leaks", "attacks", "killings", "kidnapping", "abduction", "disappearance", "fraud", "scam"}
# What one may be said to be behind; and what one may be linked to as a wrong: a protest or a campaign is none.
AUTHORED = HARMS | PLOTS
LINKED_HARMS = AUTHORED - {"protest", "protests", "campaign"}
# Words of guilt a speaker may state of another: "alleged that the governor was corrupt".
CULPABLE = {"corrupt", "guilty", "complicit", "culpable", "criminal", "dishonest", "fraudulent"}


# News agencies and outlets, whose "according to" reports what others say.
OUTLETS = frozenset(gazetteer.fold(o) for o in gazetteer.OUTLETS)
# Verbs whose clause may say another is answerable for a harm: "said X was responsible for the attack".
ANSWERABLE_SAYING = {"say", "allege", "claim", "charge", "insist", "argue", "believe", "state", "tell", "add",
                     "contend", "maintain"}


def reporter(verb: Token, saying: set[str]) -> tuple[Token, list[Token], list[Token]] | None:
    """The verb that reports a clause, who speaks, and the clause's subject where the parser gave it to the saying
    verb: "X said Y was ...", "Y, X said, was ...", "according to X, Y was ...". None when no one says it."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in saying:
        return verb.head, subject_tokens(verb.head), []
    for child in verb.children:
        # "Y, X said, was ...": the parser may hang Y on "said" as well, before the speaker.
        if child.dep_ == "parataxis" and child.lemma_.lower() in saying and child.i < verb.i:
            subjects = [c for c in child.children if c.dep_ == "nsubj"]
            return (child, subjects[-1:], subjects[:-1]) if subjects else None
        # "according to Reuters" reports what others say: an outlet accuses no one.
        if child.dep_ == "prep" and child.lower_ == "according":
            speakers = [p for t in child.children if t.lower_ == "to" for p in t.children if p.dep_ == "pobj"
                        and not _outlet(p)]
            return (verb, speakers, []) if speakers else None
    return None


def _outlet(token: Token) -> bool:
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), token)
    return gazetteer.fold(name.text) in OUTLETS


# What one holds another to be for a harm: "held X responsible for the attack".
ANSWERABLE = {"responsible", "accountable", "liable", "culpable"}


def held_responsible(rules, verb: Token) -> list:
    """ "Iran holds the United States responsible for the attack": to hold someone answerable blames them. Not
    one who may or will be held so ("vowed to hold X accountable" is the modality's to judge)."""
    if verb.lemma_.lower() != "hold" or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS
                                            for c in verb.children):
        return []
    answers = [c for c in verb.children if c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} and c.lower_ in ANSWERABLE
               and not any(g.dep_ == "neg" for g in c.children)]
    if not answers:
        return []
    # The parser reads the held party as the complement's subject, or as the verb's object.
    held = [s for a in answers for s in a.children if s.dep_ == "nsubj"] + [
        c for c in verb.children if c.dep_ == "dobj"]
    return [f for f in rules._pairs(subject_tokens(verb), held, "accuses", verb, "verb.held_responsible")
            if f.object.via != "concept"]


def said_responsible(rules, verb: Token) -> list:
    """ "Kamau said Ruto was responsible for the violence": who says another is answerable for a harm blames
    them. "responsible for the project" is a duty, not a blame."""
    if verb.lemma_.lower() != "be":
        return []
    report = reporter(verb, ANSWERABLE_SAYING)
    if report is None or any(c.dep_ == "neg" for c in verb.children):
        return []
    answerable = any(c.dep_ == "acomp" and c.lower_ in {"responsible", "culpable", "accountable"}
                     and any(p.lemma_.lower() in HARMS for p in prep_objects(c, ("for",))) for c in verb.children)
    # "said X was behind the attack", "alleged that X was corrupt": a harm's author, or a guilt said outright.
    behind = any(p.lemma_.lower() in AUTHORED for p in prep_objects(verb, ("behind",)))
    guilty = any(c.dep_ == "acomp" and c.lower_ in CULPABLE and not any(g.dep_ == "neg" for g in c.children)
                 for c in verb.children)
    if not (answerable or behind or guilty) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return []
    blamed = [c for c in [*verb.children, *report[2]] if c.dep_ == "nsubj" and c.lower_ not in {"i", "we"}
              and (answerable or c.tag_ != "PRP")]  # "said they were behind it": whom "they" means is a guess
    return [f for f in rules._pairs(report[1], blamed, "accuses", report[0], "verb.responsible")
            if f.object.via != "concept"]


# Acts that are wrongs whoever does them: "said Israel had violated the truce" accuses Israel. Killing, attacking
# and invading are left to their own relations: "officials said Russia attacked Kyiv" reports the attack.
WRONGDOING = {"violate", "breach", "lie", "steal", "loot", "rig", "manipulate", "fabricate", "falsify", "bribe",
              "embezzle", "launder", "smuggle", "torture", "harass", "kidnap", "abduct", "sabotage", "interfere",
              "meddle", "obstruct", "undermine", "betray", "mislead", "deceive", "cheat", "defraud", "plunder",
              "persecute", "oppress", "intimidate", "destabilise", "destabilize", "incite", "misuse",
              "misappropriate", "siphon", "extort", "forge", "collude", "conspire", "trespass", "rob", "cover", "abuse"}
SAYING = {"say", "claim", "insist", "argue", "state", "tell", "add", "write", "contend", "maintain", "charge",
          "allege", "note", "explain", "stress", "complain", "tweet", "assert", "declare"}
# Verbs of an attempt whose infinitive is the act tried: "was trying to rig the vote".
TRYING = {"try", "attempt", "seek"}
MODALS = {"could", "might", "would", "may", "should", "will", "shall", "must", "can", "'ll", "wo", "ca"}


# Manners that make any act a wrong: "said the police had unlawfully detained him".
WRONGFULLY = {"illegally", "unlawfully", "unconstitutionally", "fraudulently", "corruptly", "wrongfully",
              "improperly", "arbitrarily"}


def wrongdoing(verb: Token) -> bool:
    """A verb of a wrong done: "rigged", "meddled", any act done "illegally"; "covered" only with "up"
    ("covered the costs" is none)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "advmod" and c.lower_ in WRONGFULLY for c in verb.children):
        return verb.pos_ == "VERB"
    return lemma in WRONGDOING and (lemma != "cover" or any(c.dep_ == "prt" and c.lower_ == "up"
                                                             for c in verb.children))


def said_wrongdoing(rules, verb: Token) -> list:
    """ "Khan said the army had rigged the vote", "X claimed Y was meddling in its affairs": a speaker who states
    that another did a wrong accuses them of it. Not a wrong that may, would or should happen, nor one denied,
    nor "covered" without "up". "said Y was trying to rig the vote": an attempt at a wrong is charged too."""
    if not wrongdoing(verb):
        return []
    doing = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TRYING else verb
    report = reporter(doing, SAYING)
    if report is None:
        return []
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "mark"
           and c.lower_ in {"if", "whether"} for t in {verb, doing, report[0]} for c in t.children):
        return []
    doers = [c for c in [*doing.children, *report[2]] if c.dep_ == "nsubj"
             and c.lower_ not in {"i", "we", "it", "this", "that", "they", "he", "she"}]
    # "said she was harassed by X": in the passive the wrong's doer is the agent, and only a named one.
    if any(c.dep_ == "auxpass" for c in verb.children):
        doers = agents(verb)
    else:
        doers += said_of(doing, report[0])
    return [f for f in rules._pairs(report[1], doers, "accuses", report[0], "verb.wrongdoing")
            if f.object.via != "concept"]


def said_involved(rules, verb: Token) -> list:
    """ "Kamau said Ruto was involved in the fraud", "was implicated in the killings", "had a hand in the attack":
    a part said to be taken in a harm is a charge. Not a part that may be, or was not, taken."""
    lemma = verb.lemma_.lower()
    if lemma in {"involve", "implicate"}:
        roles = {"nsubjpass"}
    elif lemma == "have" and any(c.dep_ == "dobj" and c.lower_ == "hand" for c in verb.children):
        roles = {"nsubj"}
    else:
        return []
    harms = prep_objects(verb, ("in",)) + [p for c in verb.children if c.dep_ == "dobj"
                                           for p in prep_objects(c, ("in",))]
    if not any(h.lemma_.lower() in AUTHORED or h.lower_ in AUTHORED | {"scandal"} for h in harms):
        return []
    report = reporter(verb, SAYING)
    if report is None or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS
                             for t in (verb, report[0]) for c in t.children):
        return []
    doers = [c for c in [*verb.children, *report[2]] if c.dep_ in roles and c.tag_ != "PRP"]
    return [f for f in rules._pairs(report[1], doers, "accuses", report[0], "verb.involved")
            if f.object.via != "concept"]


def said_of(verb: Token, saying: Token) -> list[Token]:
    """ "\"He is a thief,\" Wanjiru said of Kamau": whom a quote's "he" or "she" means, named after "of"."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"he", "she"} for c in verb.children):
        return []
    return prep_objects(saying, ("of",))


def said_censure(rules, verb: Token) -> list:
    """ "Kamau said Ruto's decision was illegal", "Wanjiru said the commission was a farce": a censuring verdict
    on a party, or on a party's act, in what one says criticizes the party (as "called X illegal" does)."""
    report = reporter(verb, SAYING) if verb.lemma_.lower() == "be" else None
    if report is None or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS
                             for t in (verb, report[0]) for c in t.children):
        return []
    words = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    words += [c for w in words for c in w.conjuncts]
    if not any(w.lemma_.lower() in CENSURES or w.lower_ in CENSURES for w in words):
        return []
    judged = [c for c in [*verb.children, *report[2]] if c.dep_ == "nsubj" and c.tag_ not in {"PRP", "DT", "EX"}]
    judged += said_of(verb, report[0])
    out = rules._pairs(report[1], act_owners(rules, judged) or judged, "criticizes", report[0], "verb.said_censure")
    return [f for f in out if f.object.via != "concept"]


# Nouns of an accusation one may deny: "denied Uganda's accusations", "rejected allegations by X".
ACCUSATIONS = {"accusation", "allegation", "charge"}
# Nouns of criticism one may answer: "dismissed Uganda's criticism".
CRITICISMS = {"criticism", "censure", "rebuke"}
DENYING = {"deny", "reject", "dismiss", "refute", "rebuff", "counter", "contest", "dispute"}


def denied_accusation(rules, verb: Token) -> list:
    """ "Kenya rejected Uganda's accusations", "X denied allegations made by Y", "X dismissed Y's criticism": the
    denial says the accusation or criticism was made, by its named maker against the verb's subject. One with no
    named maker gives nothing."""
    if verb.lemma_.lower() not in DENYING:
        return []
    criticisms = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CRITICISMS]
    if criticisms:
        critics = [c for n in criticisms for c in n.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
        critics += [p for n in criticisms for p in prep_objects(n, ("by", "from"))]
        return rules._pairs(critics, subject_tokens(verb), "criticizes", verb, "verb.denied")
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ACCUSATIONS]
    makers = [c for n in nouns for c in n.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    makers += [p for n in nouns for p in prep_objects(n, ("by", "from"))]
    makers += [p for n in nouns for v in participles(n) for p in agents(v)]
    # "rejected Uganda's allegations against the army": the accused is named after "against".
    accused = [p for n in nouns for p in prep_objects(n, ("against",))] or subject_tokens(verb)
    return rules._pairs(makers, accused, "accuses", verb, "verb.denied")


# Verbs that tie a party to a harm: "linked X to the attack".
LINKING = {"link", "tie", "connect"}


def charged_by_deed(rules, verb: Token) -> list:
    """ "X alleged corruption by Y", "X reported Y to the police", "X linked Y to the bombing": an accusation
    written with the wrong, the authority told, or the harm tied to Y. Not a thing reported to the police, nor a
    tie to anything but a harm."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "allege":
        accused = [p for o in objects for p in prep_objects(o, ("by",))]
    elif lemma == "report":
        told = prep_objects(verb, ("to",))
        accused = objects if any(t.lemma_.lower() in AUTHORITIES for t in told) else []
    elif lemma in LINKING:
        harms = prep_objects(verb, ("to",)) + [p for o in objects for p in prep_objects(o, ("to",))]
        accused = objects if any(h.lemma_.lower() in LINKED_HARMS for h in harms) else []
    else:
        return []
    return [f for f in rules._pairs(subject_tokens(verb), accused, "accuses", verb, "verb.charged_by_deed")
            if f.object.via != "concept"]


def verb_blame(rules, verb: Token) -> list:
    return (blamed_on(rules, verb) + held_responsible(rules, verb) + alleged(rules, verb)
            + said_responsible(rules, verb) + said_wrongdoing(rules, verb) + said_involved(rules, verb)
            + said_censure(rules, verb) + denied_accusation(rules, verb) + charged_by_deed(rules, verb)
            + called_out(rules, verb) + reported_charge(rules, verb) + pointed_finger(rules, verb)
            + investigated(rules, verb) + disciplined(rules, verb) + verbal_attack(rules, verb)
            + verb_rebukes(rules, verb))
