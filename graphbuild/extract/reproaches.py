"""Reproach and rivalry in the forms news writes beside the plain verbs: "X said Y had failed to act", "X
questioned Y's decision", "allegations by X against Y", "X and Y have long been rivals"."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clauses import agents, bygone, has_prep, participles, prep_objects, subject_tokens
from .contests import PARTIES
from .disputes import JABS
from .quarrelwords import DISPUTE_NOUNS, QUARREL_KINDS
from .callouts import FILING
from .mutual import among
from .owners import act_owners

# Acts whose soundness one may call into question: "questioned the minister's handling of the crisis". Not a
# person ("questioned Kamau's wife" is an interview), nor a role ("police questioned his role in the raid").
QUESTIONED = {"decision", "move", "handling", "policy", "conduct", "motive", "motives", "integrity", "competence",
              "credibility", "legitimacy", "judgment", "judgement", "commitment", "sincerity", "independence",
              "approach", "stance", "ruling", "claim", "claims", "choice", "actions", "impartiality",
              "neutrality", "account", "figures", "plan", "proposal"}
# Nouns of a grievance whose target may hang from the name after "by": "allegations by X against Y".
GRIEVANCES = {"accusation", "allegation", "lawsuit", "complaint", "charge", "case", "indictment"}
# Rivals as a predicate: "Iran and Saudi Arabia are regional rivals". Countries too, unlike an election's sides.
RIVAL_NOUNS = {"rival", "arch-rival", "archrival"}
COPULAS = {"be", "remain", "become"}
# Nouns of blame two parties exchange: "traded accusations", "traded barbs".
TRADED = {"accusation": "accuses", "allegation": "accuses", "blame": "accuses", "barb": "criticizes",
          "insult": "criticizes", "criticism": "criticizes"}
EXCHANGING = {"trade", "exchange"}


def failed_to(rules, verb: Token) -> list:
    """ "X said Y had failed to protect the workers": a failure one states of another is a criticism of them. Not
    "Y may have failed" (a guess) nor "Y did not fail"; one's own failure ("we failed to") blames no other."""
    if verb.lemma_.lower() != "fail" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexicon.SPEECH_VERBS:
        return []
    if not any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children):
        return []
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return []
    blamed = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return rules._pairs(subject_tokens(verb.head), blamed, "criticizes", verb.head, "verb.failed_to")


def questioned(rules, verb: Token) -> list:
    """ "X questioned Y's decision": to call an actor's act into question is to criticize the actor."""
    if verb.lemma_.lower() != "question":
        return []
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in QUESTIONED]
    # "questioned why Y had not acted": doubt cast on a named actor's deed ("whether Y would come" asks only).
    # "questioned why Y would come" asks what Y will do: a deed questioned is one done.
    doubted = [s for c in verb.children if c.dep_ == "ccomp" and any(
        w.lower_ == "why" and w.dep_ == "advmod" for w in c.children) and not any(w.tag_ == "MD" for w in c.children)
        for s in c.children if s.dep_ == "nsubj" and rules.args.table.entity_at(s) is not None]
    return rules._pairs(subject_tokens(verb), act_owners(rules, acts) + doubted, "criticizes", verb,
                        "verb.questioned")


def rivals(rules, verb: Token) -> list:
    """ "X and Y have long been rivals": rivals named together oppose each other, both ways. Not "X and Y are
    rivals' allies" nor a single subject ("X is a rival", whose other side is elsewhere)."""
    if verb.lemma_.lower() not in COPULAS or not any(c.dep_ == "attr" and c.lemma_.lower() in RIVAL_NOUNS
                                                      and not any(d.dep_ == "prep" for d in c.children)
                                                      for c in verb.children) or bygone(verb):
        return []
    return among(rules, coordinated(rules, verb), "opposes", verb, "verb.rivals")


def coordinated(rules, verb: Token) -> list:
    """The named parties of a verb's subject: "Kenya and Uganda"; a pronoun or an example is too loose a guess."""
    sides = []
    # "Kenya and Uganda are locked in a dispute": a passive's subject.
    for token in subject_tokens(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]:
        for arg in rules.args.resolve(token, agent=True, concepts=False):
            if arg.via not in {"coref", "example"} and all(arg.mention != s.mention for s in sides) \
                    and rules.mention_type(arg) in PARTIES | {"Country"}:
                sides.append(arg)
    return sides


def in_dispute(rules, verb: Token) -> list:
    """ "Kenya and Uganda are locked in a dispute over the island": the parties named together are the two
    sides. With "with" or "between" the dispute names its sides itself (read where disputes are)."""
    nouns = [n for n in prep_objects(verb, ("in",)) if n.lemma_.lower() in DISPUTE_NOUNS
             and not any(c.dep_ == "prep" and c.lower_ in {"with", "between", "of"} for c in n.children)]
    if not nouns or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    # "locked in a battle" may be gunfire: a fight is a quarrel only with a word of politics or law.
    nouns = [n for n in nouns if n.lemma_.lower() not in {"battle", "fight", "clash", "conflict"}
             or any(c.dep_ in {"amod", "compound"} and c.lower_ in QUARREL_KINDS for c in n.children)]
    return among(rules, coordinated(rules, verb), "opposes", verb, "verb.in_dispute") if nouns else []


def each_other(rules, verb: Token) -> list:
    """ "Kenya and Uganda accused each other", "traded accusations", "traded barbs": blame that goes both ways."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in {"accuse", "blame", "criticize", "criticise"} and any(
            o.lower_ in {"other", "another"} and any(d.lower_ in {"each", "one"} for d in o.children) for o in objects):
        predicate = "criticizes" if lemma.startswith("critic") else "accuses"
    elif lemma in EXCHANGING and any(o.lemma_.lower() in TRADED for o in objects):
        predicate = next(TRADED[o.lemma_.lower()] for o in objects if o.lemma_.lower() in TRADED)
    else:
        return []
    return among(rules, coordinated(rules, verb), predicate, verb, "verb.each_other")


def grievance_by(rules, noun: Token) -> list:
    """ "allegations by X against Y": the parser hangs "against Y" from X; it still names the grievance's
    target. "a complaint filed by X against Y", "Y faces charges brought by X": the participle of filing names
    who brought it."""
    if noun.lemma_.lower() not in GRIEVANCES:
        return []
    holders = prep_objects(noun, ("by",))
    out = rules._pairs(holders, [t for h in holders for t in prep_objects(h, ("against",))], "accuses", noun,
                       "noun.grievance_by")
    # "Kamau faces charges brought by X": who faces them is their target.
    facing = subject_tokens(noun.head) if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "face" else []
    for filed in participles(noun):
        if filed.lemma_.lower() in FILING and not any(c.dep_ == "neg" for c in filed.children):
            out += rules._pairs(agents(filed), prep_objects(filed, ("against",)) + facing, "accuses", filed,
                                "noun.grievance_by")
    return out


# Jabs a remark is made as: "in a veiled jibe at X, Y said ...".
REMARK_JABS = JABS


def in_jab(rules, noun: Token) -> list:
    """ "In a veiled swipe at Governor Kamau, Wanjiru said ...": the remark is a jab at X by the clause's subject.
    Only a jab the remark is made "in"; "a swipe at X" that is reported, denied or answered is no one's here."""
    if noun.lemma_.lower() not in REMARK_JABS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"} or noun.head.dep_ != "prep":
        return []
    targets = prep_objects(noun, ("at",))
    return rules._pairs(subject_tokens(verb), targets + act_owners(rules, targets), "criticizes", verb, "noun.in_jab")


def spoke_against(rules, verb: Token) -> list:
    """ "X spoke (out) against Y": words said against a named party criticize it, beside the opposition the
    "against" rule reads. "spoke against the bill" may be a turn in a debate, and is left to that rule."""
    if verb.lemma_.lower() != "speak":
        return []
    targets = [t for t in prep_objects(verb, ("against",)) if rules.args.table.entity_at(t) is not None]
    return rules._pairs(subject_tokens(verb), targets, "criticizes", verb, "verb.spoke_against")


# Passive verbs of doing a wrong whose agent is its doer: "the attacks were perpetrated by X".
PERPETRATING = {"perpetrate", "commit", "orchestrate", "mastermind", "carry"}
# Harms whose doer, named in what one says, is accused: "said the attacks were carried out by X".
HARMS = {"attack", "attacks", "killing", "killings", "bombing", "bombings", "murder", "murders", "crime", "crimes",
         "abuse", "abuses", "arson", "massacre", "assassination", "kidnapping", "kidnappings", "raid", "raids",
         "atrocity", "atrocities", "violence", "fraud", "theft"}
# Verbs that name a wrong whatever is done: "they were perpetrated by X" (not "funds were committed by X").
WRONG_DOING = {"perpetrate", "orchestrate", "mastermind"}
BELIEVING = {"believe", "think", "suspect"}


def said_done_by(rules, verb: Token) -> list:
    """ "X said (he believed) the attacks were carried out by Y": a harm's doer named in what one says or believes
    is accused by the speaker. Not "may have been carried out by Y" (a guess) nor "not carried out by Y"."""
    lemma = verb.lemma_.lower()
    if lemma not in PERPETRATING or not any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ != "ccomp":
        return []
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return []
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return []
    # "most of the attacks": the harm after "of".
    done = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if lemma not in WRONG_DOING and not any(d.lower_ in HARMS for d in done + [p for d in done
                                                                             for p in prep_objects(d, ("of",))]):
        return []
    head = verb.head
    # "said he believed that ...": the belief is the speaker's.
    if head.lemma_.lower() in BELIEVING and head.dep_ == "ccomp" and head.head.lemma_.lower() in lexicon.SPEECH_VERBS:
        head = head.head
    if head.lemma_.lower() not in lexicon.SPEECH_VERBS | BELIEVING:
        return []
    return [f for f in rules._pairs(subject_tokens(head), agents(verb), "accuses", head, "verb.done_by")
            if f.object.via != "concept"]


# Pronouns a participle of blame may take for the main clause's object: "criticised X, accusing it of ...".
BACK_POINTING = {"it", "them", "him", "her"}


def accusing_it(rules, verb: Token) -> list:
    """ "Wanjiru criticised the Kenyan government, accusing it of theft": the participle's pronoun is the object
    of the clause it hangs on, whom the clause's subject accuses."""
    entry = lexicon.VERBS.get(verb.lemma_.lower())
    # "charging it with fraud": a verb that states the accusation only beside its preposition needs it.
    needed = lexicon.NEEDS_PREP.get(verb.lemma_.lower())
    if entry is None or entry[0] != "accuses" or verb.dep_ != "advcl" or verb.tag_ != "VBG" \
            or needed and not has_prep(verb, needed) or any(c.dep_ == "neg" for c in verb.children):
        return []
    if not any(c.dep_ == "dobj" and c.lower_ in BACK_POINTING for c in verb.children):
        return []
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    owners = act_owners(rules, objects)
    return [f for f in rules._pairs(subject_tokens(verb.head), owners or objects, "accuses", verb, "verb.accusing_it")
            if f.object.via != "concept" and rules.mention_type(f.object) in {"Person", "Organization", "Country"}]


def verb_reproaches(rules, verb: Token) -> list:
    return (failed_to(rules, verb) + questioned(rules, verb) + rivals(rules, verb) + spoke_against(rules, verb)
            + in_dispute(rules, verb) + each_other(rules, verb) + said_done_by(rules, verb) + accusing_it(rules, verb))


def noun_reproaches(rules, noun: Token) -> list:
    return grievance_by(rules, noun) + in_jab(rules, noun)
