"""Reciprocal relations whose parties stand together: "Ministers Hale and Brook met", "Kenya and Uganda agreed to
reopen the border", "leaders of Chile and Peru agreed", "Chile and Peru signed a treaty", "Kenya and Uganda held
talks", "the treaty agreed between Chile and Peru", "X and Y said in a joint statement", "Jordanian-Palestinian
coordination".

Each named party does it with each other one; the relation is written from the first named to the others.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon, plural, they
from .clauses import agents, subject_tokens
from .modality import modality
from .nominal import _country

RECIPROCAL = {"meet": "meetsWith", "agree": "agreesWith", "negotiate": "negotiatesWith", "discuss": "negotiatesWith",
              "cooperate": "cooperatesWith", "collaborate": "cooperatesWith", "partner": "cooperatesWith"}
# Verbs whose object is the topic, not a party: "Peru and Chile discussed trade".
TOPIC_VERBS = {"discuss", "negotiate"}
# "signed a treaty", "held talks": a light verb whose noun names a relation that two parties share.
SHARED = {"meetsWith", "negotiatesWith", "agreesWith", "cooperatesWith"}
# "leaders of Chile and Peru": a plural noun for the people who act for the countries named after it.
ACTING_NOUNS = {"leader", "head", "minister", "president", "government", "delegation", "official", "envoy"}


# A statement two parties issue together is an agreement between them: "issued a joint statement".
JOINT_NOUNS = {"statement", "declaration", "communique", "communiqué"}


def _joint(noun: Token) -> bool:
    return noun.lemma_.lower() in JOINT_NOUNS and any(c.lower_ == "joint" for c in noun.children)


def _noun_predicate(noun: Token) -> str | None:
    """The shared relation a noun names, unless it names its other party itself ("talks with X")."""
    entry = ("agreesWith", ()) if _joint(noun) else lexicon.NOUNS.get(noun.lemma_.lower())
    if entry is None or entry[0] not in SHARED:
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children):
        return None
    return entry[0]


# Verbs whose object noun names what the parties do together: "signed a treaty", "held talks", and "share" for
# working together only ("Peru and Chile share a close partnership"; "share a call for reform" is no phone call).
PAIR_VERBS = lexicon.LIGHT_VERBS | {"share"}


def _predicate(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    if lemma in RECIPROCAL and (not objects or lemma in TOPIC_VERBS):
        return RECIPROCAL[lemma]
    if lemma in PAIR_VERBS:
        for noun in objects:
            predicate = _noun_predicate(noun)
            if predicate and (lemma != "share" or predicate == "cooperatesWith"):
                return predicate
    # "Kishida and Martin said in a joint statement": what they state together they agree on.
    if any(_joint(p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children):
        return "agreesWith"
    return None


# Nouns for what a pair just did together: "X and Y said after a meeting in Tokyo", "they spoke after talks".
# Only beside a verb of saying: "Peru and Chile closed the border after the meeting" need not have met each other.
AFTER_NOUNS = {"meeting", "talk", "talks", "negotiation", "negotiations"}


def _predicates(verb: Token) -> list[str]:
    out = [p] if (p := _predicate(verb)) else []
    if verb.lemma_.lower() not in lexicon.SPEECH_VERBS | {"speak"}:
        return out
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"after", "during", "following"}:
            out += [q for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in AFTER_NOUNS
                    and not any(m.dep_ == "poss" for m in n.children) and (q := _noun_predicate(n))]
    return list(dict.fromkeys(out))


def reciprocal(rules, verb: Token) -> list:
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []  # "did not meet" states nothing met
    if verb.lemma_.lower() in lexicon.AGENDA_VERBS and modality(verb) != "asserted":
        return []
    return _coordinated(rules, verb) + _between(rules, verb) + _signed_by(rules, verb)


def _coordinated(rules, verb: Token) -> list:
    return [f for predicate in _predicates(verb) for f in _coordinated_as(rules, verb, predicate)]


def _coordinated_as(rules, verb: Token, predicate: str) -> list:
    # A partner ("met with X", "agreed with X") leaves it to the verb rule.
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    subjects = subject_tokens(verb)
    if len(subjects) != 1:
        return []
    subject = subjects[0]
    # "the two ministers signed": the pair named before. "X and Y condemn ..., they said in a joint statement":
    # "they" doing what takes two is the two people named just before.
    pair = plural.pair(rules.args, subject, they=True)
    if pair:
        return [rules.make(pair[0], predicate, pair[1], verb, "verb.reciprocal")]
    # "Kenya and Uganda signed a deal. They also agreed ...": the names coordinated before.
    named = they.members(rules.args, subject, agent=True) if subject.dep_ in {"nsubj", "nsubjpass"} else []
    if named:
        return [rules.make(named[0], predicate, other, verb, "verb.reciprocal") for other in named[1:]]
    if subject.lemma_.lower() in ACTING_NOUNS and subject.tag_ == "NNS":
        subject = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), None)
        if subject is None:
            return []
    # "Colombia's government and the rebels signed": a government stands for its country.
    if not subject.conjuncts or (rules.args.table.entity_at(subject) is None
                                 and rules.args.government_owner(subject) is None):
        return []
    return _parties(rules, subject, predicate, verb)


def _between(rules, verb: Token) -> list:
    # "the treaty agreed between Chile and Peru", "talks were held between Kenya and Uganda".
    lemma = verb.lemma_.lower()
    predicate = RECIPROCAL.get(lemma) or ("agreesWith" if lemma == "sign" else None)
    if predicate is None and lemma in lexicon.LIGHT_VERBS:
        nouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        predicate = next((p for p in map(_noun_predicate, nouns) if p), None)
    if predicate is None:
        return []
    sides = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
             for p in c.children if p.dep_ == "pobj"]
    if len(sides) != 1 or not sides[0].conjuncts:
        return []
    return _parties(rules, sides[0], predicate, verb)


def _signed_by(rules, verb: Token) -> list:
    # "The accord was signed by A and B", "a security pact signed by A and B": the signatories agree with each
    # other. The parser may hang B on the verb ("signed by the negotiator, A, and the commander B").
    deal = verb.dep_ == "acl" and verb.tag_ == "VBN" and _noun_predicate(verb.head) == "agreesWith"
    if verb.lemma_.lower() != "sign" or not deal and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    passive_doers = agents(verb)
    if len(passive_doers) != 1:
        return []
    sides = [passive_doers[0], *passive_doers[0].conjuncts] + [c for c in verb.children if c.dep_ == "conj"
                                                  and c.pos_ in {"PROPN", "NOUN"}]
    # "signed by X, president of A, and Y, president of B": the parser joins Y to X's title.
    sides += [k for a in passive_doers[0].children if a.dep_ == "appos" for k in a.conjuncts if k.pos_ == "PROPN"]
    parties = [a for side in sides for a in rules.args.resolve(side, agent=True, concepts=False)[:1]]
    parties = [p for i, p in enumerate(parties) if all(p.mention != q.mention for q in parties[:i])]
    if len(parties) != 2 or len({rules.mention_type(p) for p in parties}) != 1:
        return []
    return [rules.make(parties[0], "agreesWith", parties[1], verb, "verb.reciprocal")]


# Nouns for what two states do together, written with the pair before them: "Jordanian-Palestinian coordination",
# "Egypt-Ethiopia talks". Not agreements: "the Kuwaiti-Ethiopian memorandum" may be one still unsigned.
PAIR_NOUNS = {"cooperation": "cooperatesWith", "coordination": "cooperatesWith", "partnership": "cooperatesWith",
              "talk": "negotiatesWith", "talks": "negotiatesWith", "negotiation": "negotiatesWith",
              "negotiations": "negotiatesWith"}


def hyphen_pair(rules, noun: Token) -> list:
    predicate = PAIR_NOUNS.get(noun.lemma_.lower())
    if predicate is None or noun.pos_ != "NOUN":
        return []
    # Past up to two describing words between the pair and the noun: "Peru-Chile bilateral trade cooperation".
    j = noun.i - 1
    while j > noun.i - 3 and j >= 0 and noun.doc[j].head == noun and noun.doc[j].pos_ in {"ADJ", "NOUN"} \
            and _country(rules, noun.doc[j]) is None:
        j -= 1
    if j < 2 or noun.doc[j - 1].text not in {"-", "–"}:
        return []
    first, second = _country(rules, noun.doc[j - 2]), _country(rules, noun.doc[j])
    if first is None or second is None or first.mention == second.mention:
        return []
    return [rules.make(first, predicate, second, noun, "noun.pair")]


def _parties(rules, first_token: Token, predicate: str, verb: Token) -> list:
    parties = rules.args.resolve(first_token, agent=True, concepts=False)
    # "Kenya and its president agreed": not two parties of a kind. A state and an armed group or a company
    # are both bodies that sign.
    kinds = {"Organization" if rules.mention_type(p) == "Country" else rules.mention_type(p) for p in parties}
    if len(parties) < 2 or len(kinds) != 1:
        return []
    first = parties[0]
    return [rules.make(first, predicate, other, verb, "verb.reciprocal") for other in parties[1:]]
