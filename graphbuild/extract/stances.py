"""Stances beyond the plain verb: towards the owner of an act ("praised Kenya's efforts"), by an adjective after a
copula ("Ruto was critical of the bill"), a dispute ("Kenya is at odds with Uganda"), blame in reported speech ("said
Y was to blame"), a side or a phrase ("on China's side", "in support of X"), a censuring verdict ("called the move
baseless"), what another should have done or should stop, a welcomed act, aid for a purpose and a guilty verdict."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clauses import agents, bygone, prep_objects, subject_tokens
from .mutual import both_ways
from .owners import act_owners


def adjective_stance(rules, adjective: Token) -> list:
    predicate = lexicon.ADJECTIVES.get(adjective.lemma_.lower())
    # Only the copula's complement speaks of its subject: "a critical report" names no stance.
    if predicate is None or adjective.dep_ != "acomp":
        return []
    verb = adjective.head
    from .rebukes import for_owners  # here, for rebukes reads this module's rules

    objects = for_owners(rules, prep_objects(adjective, lexicon.ADJECTIVE_PREPS.get(adjective.lemma_.lower(), ("of",))))
    return rules._pairs(subject_tokens(verb), objects, predicate, verb, "verb.adjective")


def at_odds(rules, noun: Token) -> list:
    """ "Kenya is at odds with Uganda", "Ghana and Togo have long been at odds": parties in a dispute oppose each
    other, both ways."""
    prep = noun.head
    # "at loggerheads with" is the same quarrel in other words.
    if noun.lower_ not in {"odds", "loggerheads"} or noun.dep_ != "pobj" or prep.lower_ != "at" or prep.head.pos_ not in {"VERB", "AUX"}:
        return []
    verb = prep.head
    # "no longer at odds": the dispute is over.
    if bygone(verb):
        return []
    subjects = [a for s in subject_tokens(verb) for a in rules.args.resolve(s, agent=True, concepts=False)]
    partners = [a for p in prep_objects(noun, ("with",)) + prep_objects(verb, ("with",))
                for a in rules.args.resolve(p, agent=True, concepts=False)]
    pairs = [(s, p) for s in subjects for p in partners]
    if not partners:
        pairs = [(s, p) for i, s in enumerate(subjects) for p in subjects[i + 1:]]
    return both_ways(rules, pairs, "opposes", verb, "verb.odds")


def to_blame(rules, verb: Token) -> list:
    """Blame stated without "blame" taking an object: "X said Y was to blame" (the speaker accuses Y) and "X held
    Y responsible for the attack"."""
    lemma = verb.lemma_.lower()
    # "held Y responsible": the object is blamed by the verb's subject.
    if lemma == "hold":
        if not any(c.dep_ in {"oprd", "acomp", "xcomp"} and c.lower_ in {"responsible", "accountable"}
                   for c in verb.children):
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return rules._pairs(subject_tokens(verb), objects, "accuses", verb, "verb.blame")
    # "Y was to blame": only a saying verb's content has someone who blames; alone it is the writer's word.
    if lemma != "be" or not any(c.dep_ == "xcomp" and c.lemma_.lower() == "blame"
                                and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return []
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexicon.SPEECH_VERBS:
        return []
    blamed = [c for c in verb.children if c.dep_ == "nsubj"]
    return rules._pairs(subject_tokens(verb.head), blamed, "accuses", verb, "verb.blame")


def on_side(rules, noun: Token) -> list:
    """ "Kuwait stands on China's side", "stood by Kenya's side": being at a party's side supports the party.
    "on Kenya's side of the border" is a place, and "on the Palestinian side" names no one."""
    if noun.lower_ != "side" or noun.dep_ != "pobj" or noun.head.lower_ not in {"on", "by", "at"}:
        return []
    if any(c.dep_ == "prep" for c in noun.children):
        return []
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in {"stand", "be", "remain", "stay"}:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    return rules._pairs(subject_tokens(verb), owners, "supports", verb, "verb.side")


# "came out in support of", "voted in favour of", "marched in protest against": the phrase on a verb states the
# verb's subject's stance towards the object, with the preposition each noun takes.
STANCE_PHRASES = {"support": ("supports", ("of",)), "favour": ("supports", ("of",)), "favor": ("supports", ("of",)),
                  "solidarity": ("supports", ("with",)), "defence": ("supports", ("of",)),
                  "defense": ("supports", ("of",)), "opposition": ("opposes", ("to",)),
                  "protest": ("opposes", ("against",))}


def in_stance(rules, noun: Token) -> list:
    entry = STANCE_PHRASES.get(noun.lower_)
    if entry is None or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.pos_ not in {"VERB", "AUX"}:
        return []
    # "the support of the United States" says whose support, "in support of" whom: only the bare phrase counts.
    if any(c.dep_ in {"det", "poss", "amod"} for c in noun.children):
        return []
    predicate, preps = entry
    verb = noun.head.head
    # "stood in solidarity with Ukraine": the parser may hang the noun's preposition on the verb.
    objects = prep_objects(noun, preps) or [p for p in prep_objects(verb, preps) if p.i > noun.i]
    objects += act_owners(rules, objects)
    return rules._pairs(subject_tokens(verb), objects, predicate, verb, "verb.phrase")


# Verbs that put a name to their object: "called the plan reckless", "described X as a disgrace".
NAMING_VERBS = {"call", "describe", "brand", "label", "term", "characterize", "characterise"}
# Words of a verdict that censures what they name (CAMEO 111): "called the move baseless".
CENSURES = {"unacceptable", "unfounded", "baseless", "groundless", "irresponsible", "provocative", "hasty", "reckless",
            "illegal", "illegitimate", "absurd", "ridiculous", "shameful", "outrageous", "hypocritical", "unjust",
            "disgraceful", "deplorable", "regrettable", "counterproductive", "misguided", "unwarranted",
            "disgrace", "provocation", "farce", "travesty", "blunder", "insult", "sham", "lie", "lies", "hypocrisy",
            "threat", "mistake", "betrayal", "violation", "interference", "aggression",
            "invalid", "frivolous", "unconstitutional", "untrue", "false", "biased", "unfair", "void", "wrong", "unfit",
            "liar", "dictator", "traitor", "thief", "crook", "puppet", "tyrant", "hypocrite", "incompetent", "corrupt",
            "unlawful", "flawed", "unsound", "unjustified", "inadequate", "misleading",
            "disappointing", "appalling", "scandalous", "unprofessional", "undemocratic", "unethical", "dishonest",
            "negligent", "inhumane", "barbaric", "arrogant", "racist", "unfortunate", "inaccurate", "unreasonable", "irrational", "discriminatory",
            "offensive", "danger", "failure", "fiasco", "shambles", "embarrassment"}


def verdict(rules, verb: Token) -> list:
    if verb.lemma_.lower() not in NAMING_VERBS:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "called X's decision illegal": the parser may make the object the subject of the verdict.
    objects += [s for c in verb.children if c.dep_ in {"oprd", "ccomp"} for s in c.children if s.dep_ == "nsubj"]
    if not objects:
        return []
    # The verdict: a complement ("called it reckless"), a second object ("branded Kenya a threat"), or after "as".
    words = [c for c in verb.children
             if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} or c.dep_ == "dobj" and c is not objects[0]]
    # "as" may hang on the object ("described X's claim as \"frivolous\""), a second noun on it as an apposition.
    words += [p for c in [*verb.children, *objects[0].children] if c.dep_ == "prep" and c.lower_ == "as"
              for p in c.children if p.dep_ in {"pobj", "amod", "acomp"}]
    words += [c for c in objects[0].children if c.dep_ == "appos"]
    # "described the claim as frivolous": the parser may read "as" as the adjective's adverb, the adjective a clause.
    words += [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "ADJ"
              and any(a.lower_ == "as" and a.i < c.i for a in c.children)]
    # "called the response \"hasty and unfounded\"": the parser may hang a quoted verdict on the object.
    words += [c for c in objects[0].children if c.dep_ == "amod" and c.i > objects[0].i]
    words += [c for w in words for c in w.conjuncts]
    if not any(w.lemma_.lower() in CENSURES or w.lower_ in CENSURES for w in words):
        return []
    owners = act_owners(rules, objects[:1])
    # "called the decision by the court illegal" censures the court; the act itself is no node to keep beside it.
    return rules._pairs(subject_tokens(verb), owners or objects[:1], "criticizes", verb, "verb.verdict")


# Verbs that voice a judgement of their clause: "said Kenya should have acted", "believes the council should have".
JUDGING_VERBS = lexicon.SPEECH_VERBS | {"believe", "think", "argue", "contend", "feel", "charge", "complain"}


def should_have(rules, verb: Token) -> list:
    """ "X said Y should have called an inquiry": what one says another ought to have done, and did not, is a
    criticism of them, and so is "should not have". Not "Y should have been consulted" (Y was wronged) nor "Y
    should act" (advice)."""
    if verb.dep_ != "ccomp" or verb.tag_ != "VBN" or verb.head.lemma_.lower() not in JUDGING_VERBS:
        return []
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if auxes[:2] != ["should", "have"] or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []
    blamed = [c for c in verb.children if c.dep_ == "nsubj"]
    return rules._pairs(subject_tokens(verb.head), blamed, "criticizes", verb.head, "verb.should_have")


# Acts one may welcome: "welcomed the EU move", "welcomed Kenya's decision to reopen the border". A guest's
# participation in a meeting, welcomed, is hospitality, not an endorsement of the guest.
WELCOMED_ACTS = {"move", "decision", "step", "announcement", "initiative", "plan", "proposal", "effort", "offer",
                 "commitment", "pledge", "gesture", "measure", "reform", "ruling", "resolution",
                 "stance", "position", "approach", "involvement", "efforts"}


def welcomed_act(rules, verb: Token) -> list:
    """ "Spain welcomed the EU move": to welcome an actor's act is to endorse it (CAMEO 051), a support of the
    actor. Welcoming a person or a delegation is a meeting, read by the verb's own entry."""
    if verb.lemma_.lower() != "welcome":
        return []
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WELCOMED_ACTS]
    # An act that is a node of its own ("welcomed India's proposal") is what is supported; a passing one ("the EU
    # move") stands for its actor.
    passing = [a for a in acts if a.lemma_.lower() not in lexicon.CONCEPTS]
    owners = act_owners(rules, passing)
    # "the EU move": a name before the act names its owner; "the move by Kenya" one after it.
    owners += [c for a in passing for c in a.children if c.dep_ == "compound" and rules.args.table.entity_at(c)]
    owners += [p for a in passing for c in a.children if c.dep_ == "prep" and c.lower_ == "by"
               for p in c.children if p.dep_ == "pobj"]
    return rules._pairs(subject_tokens(verb), acts + owners, "supports", verb, "verb.welcomed")


# Giving verbs, what they give when it is aid, and the purposes that name its recipient.
GIVING = {"provide", "give", "allocate", "donate", "grant", "disburse", "contribute", "extend"}
AID_THINGS = {"fund", "funds", "funding", "aid", "assistance", "grant", "loan", "money", "equipment", "food",
              "supplies", "vaccine", "vaccines", "weapon", "weapons", "arms", "support", "relief"}
HELPING = {"help", "support", "strengthen", "assist", "fund", "finance", "rebuild", "aid", "bolster", "boost"}


def aid_purpose(rules, verb: Token) -> list:
    """ "provided $3 million to improve Zambia's road safety", "gave $15 million to help Malawi": money or
    aid given for a purpose is aid to whom the purpose helps. Not "gave a speech to support Kenya"."""
    if verb.lemma_.lower() not in GIVING or any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
                                                  for c in verb.children):
        return []
    given = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(g.ent_type_ == "MONEY" or g.lemma_.lower() in AID_THINGS for g in given):
        return []
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in HELPING
                and any(a.tag_ == "TO" for a in c.children)]
    helped = [o for p in purposes for o in p.children if o.dep_ == "dobj"]
    # Aid goes to an actor: "to support the talks" funds no one by name.
    return [f for f in rules._pairs(subject_tokens(verb), helped + act_owners(rules, helped), "providesAidTo", verb,
                                    "verb.aid_purpose") if f.object.via != "concept"]


def should_stop(rules, verb: Token) -> list:
    """ "Wang said the US should stop interfering", "must end its occupation": telling another to stop what it does
    accuses it of doing it. Not "should not stop", nor a first person's own resolve."""
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in {"stop", "cease", "end", "halt", "quit"} \
            or verb.head.lemma_.lower() not in JUDGING_VERBS:
        return []
    if not any(c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in verb.children) \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    # What it is to stop: "stop interfering", "stop a series of practices"; "should stop in Nairobi" is a halt.
    if not any(c.dep_ in {"dobj", "xcomp"} for c in verb.children):
        return []
    told = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in {"we", "i", "you"}]
    return rules._pairs(subject_tokens(verb.head), told, "accuses", verb.head, "verb.should_stop")


# Idioms of sharp words and the preposition their target follows.
WORDY_IDIOMS = {"rail": "against", "round": "on", "tear": "into"}


def rebuke_idiom(rules, verb: Token) -> list:
    """ "lashed out at X", "hit out at X": idioms of sharp criticism (CAMEO 111). "hit at dawn" has no "out"; "took
    aim at" and "came under fire from" are left alone, for soldiers do both."""
    lemma = verb.lemma_.lower()
    # "railed against X", "rounded on X", "tore into X": words only, whatever the particle.
    if lemma in WORDY_IDIOMS:
        targets = prep_objects(verb, (WORDY_IDIOMS[lemma],))
        # An actor by its own name: "tore into Accra" is a drive, not a stance towards Ghana.
        named = [t for t in targets if rules.args.table.entity_at(t) is not None and all(
            rules.mention_type(a) in {"Person", "Organization", "Country"} for a in rules.args.resolve(t))]
        return rules._pairs(subject_tokens(verb), named + act_owners(rules, targets), "criticizes", verb, "verb.idiom")
    # "Wanjiru hit back at X": a person's retort is in words; a country or an army hitting back strikes.
    if lemma == "hit" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children):
        named = [t for t in prep_objects(verb, ("at",)) if rules.args.table.entity_at(t) is not None]
        return [f for f in rules._pairs(subject_tokens(verb), named, "criticizes", verb, "verb.idiom")
                if rules.mention_type(f.subject) == "Person"]
    if lemma not in {"lash", "hit"} or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return []
    targets = prep_objects(verb, ("at",))
    return rules._pairs(subject_tokens(verb), targets + act_owners(rules, targets), "criticizes", verb, "verb.idiom")


def found_guilty(rules, verb: Token) -> list:
    """ "The court found X guilty", "X was found guilty by the court": a verdict against X. Not "not guilty"."""
    if verb.lemma_.lower() != "find" or any(c.dep_ == "neg" for c in verb.children):
        return []
    verdicts = [c for c in verb.children if c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} and c.lower_ == "guilty"
                and not any(g.dep_ == "neg" for g in c.children)]
    if not verdicts:
        return []
    passive_doers = agents(verb)
    if passive_doers:
        return rules._pairs(passive_doers, [c for c in verb.children if c.dep_ == "nsubjpass"], "rulesAgainst", verb,
                            "passive.guilty")
    found = [c for v in verdicts for c in v.children if c.dep_ == "nsubj"]
    found += [c for c in verb.children if c.dep_ == "dobj"]
    return rules._pairs(subject_tokens(verb), found, "rulesAgainst", verb, "verb.guilty")


def verb_stances(rules, verb: Token) -> list:
    """The stances read off a verb beyond its lexicon entry."""
    return (to_blame(rules, verb) + verdict(rules, verb) + should_have(rules, verb) + welcomed_act(rules, verb)
            + should_stop(rules, verb) + rebuke_idiom(rules, verb)
            + aid_purpose(rules, verb) + found_guilty(rules, verb))


def noun_stances(rules, noun: Token) -> list:
    """The stances read off a noun in a phrase on a verb: "on X's side", "in support of X"."""
    return on_side(rules, noun) + in_stance(rules, noun)
