"""Censure and blame news writes without "criticize" or "accuse" taking an object: "called out X for ..." (the
subject of a statement's participle is the statement's owner), "pointed the finger at X", an attack in words on X's
act, charges and cases laid against X, a charge or fine the prosecuting body reports, and an official body's
inquiry into a named party."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import agents, noun_holder, participles, prep_objects, prep_objects_of, subject_tokens
from .owners import ACT_NOUNS, act_owners

# Nouns of something said or written whose participle clause speaks for its owner.
UTTERANCES = {"statement", "letter", "communique", "communiqué", "release", "speech", "post", "tweet", "report",
              "petition", "complaint", "motion", "resolution", "memo", "memorandum", "op-ed", "column", "lawsuit",
              "suit"}

# Verbs by which a suit, complaint or plea is filed.
FILING = {"file", "lodge", "bring", "submit"}
# Verbs whose subject issues the statement it takes as object.
ISSUING = {"issue", "release", "publish", "send", "post", "write", "sign", "deliver", "make", "put", "give"} | FILING
FILED = ISSUING - {"make", "put", "give"}


def _speakers(rules, verb: Token) -> list[Token]:
    """Who does a verb: its subject, or for "a statement calling out X" the statement's owner (its possessor, or
    who it is by); a statement owned by no one named speaks for no one."""
    subjects = subject_tokens(verb)
    if verb.dep_ != "acl" or not subjects:
        return subjects
    noun = subjects[0]
    if noun.lemma_.lower() not in UTTERANCES:
        return [] if noun.pos_ == "NOUN" and rules.args.table.entity_at(noun) is None else subjects
    return utterance_owners(rules, noun)


def utterance_owners(rules, noun: Token) -> list[Token]:
    """Whose a statement or a suit is: its possessor, who it is by or from, who issued or filed it."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, ("by", "from"))
    # "X issued a statement calling out Y"; not "X responded to a statement calling out Y".
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING:
        owners += subject_tokens(noun.head)
    # "the lawsuit, filed by X, alleges ...".
    owners += [p for v in participles(noun) if v.lemma_.lower() in FILED for p in agents(v)]
    # "X said in a statement condemning Y": the statement the speaker speaks in is theirs.
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in SAID:
        owners += subject_tokens(noun.head.head)
    return owners + act_owners(rules, [noun])


def called_out(rules, verb: Token) -> list:
    """ "Senator Wanjiru called out the federation for its failure to pay": "call out" with an object criticizes
    it, and with "for" a wrong also accuses it. Only with "for" or "over": "called out the National Guard" sends
    troops, and "called out names" reads them aloud."""
    if verb.lemma_.lower() != "call" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return []
    reasons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "over"}]
    if not reasons:
        return []
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    targets += act_owners(rules, targets)
    speakers = _speakers(rules, verb)
    out = rules._pairs(speakers, targets, "criticizes", verb, "verb.called_out")
    if any(c.lower_ == "for" for c in reasons):
        out += rules._pairs(speakers, targets, "accuses", verb, "verb.called_out")
    return [f for f in out if f.object.via != "concept"]


# Legal steps a prosecuting body takes against someone; written in the passive, the body is often only the one
# who reports it: "X was indicted on Monday, the prosecutors' office said".
PROSECUTING = {"charge", "indict", "fine", "prosecute"}
# Words that make a named body a prosecuting authority.
AUTHORITY_WORDS = {"prosecutor", "prosecutors", "prosecution", "prosecutions", "procurator", "procuratorate",
                   "procuracy", "attorney"}


def _authority(rules, token: Token) -> bool:
    span = rules.args.table.entity_at(token)
    return span is not None and span.label_ == "ORG" and any(
        t.lower_.rstrip("’'s") in AUTHORITY_WORDS or t.lower_ in AUTHORITY_WORDS for t in span)


def reported_charge(rules, verb: Token) -> list:
    """ "Teng was fined NT$500,000, the district prosecutors' office said": a prosecuting body that reports a
    charge or fine with no other agent named is who brought it. A body that is no prosecutor ("the ministry
    said X was charged") reports only, and gives nothing."""
    # The lemmatiser gives "fined" the lemma "fin".
    if verb.lemma_.lower() not in PROSECUTING and verb.lower_ != "fined":
        return []
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAID:
        return []
    if any(c.dep_ == "agent" for c in verb.children) or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if verb.lemma_.lower() == "charge" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    accused = [c for c in verb.children if c.dep_ == "nsubjpass"]
    sayers = [s for s in subject_tokens(verb.head) if _authority(rules, s)]
    return rules._pairs(sayers, accused, "accuses", verb, "verb.reported_charge")


SAID = {"say", "announce", "state", "confirm", "report", "add", "tell"}


def pointed_finger(rules, verb: Token) -> list:
    """ "Senator Wanjiru pointed the finger at the ministry": to point the finger at someone is to blame them.
    Only "the finger": "pointed a gun at X" is no blame."""
    if verb.lemma_.lower() != "point":
        return []
    fingers = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "finger"]
    if not fingers:
        return []
    blamed = prep_objects(verb, ("at",)) + [p for f in fingers for p in prep_objects(f, ("at",))]
    return [f for f in rules._pairs(subject_tokens(verb), blamed, "accuses", verb, "verb.pointed_finger")
            if f.object.via != "concept"]


# Verbs of an official inquiry into someone: the body that investigates a named party accuses it.
INQUIRING = {"investigate", "probe"}
# Bodies whose inquiry is a charge: a person or a news outlet investigating is reporting, not accusing.
INQUIRING_TYPES = {"Organization"}


# An inquiry as a noun, and the verbs that open one: "opened an investigation into X".
INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "enquiry"}
OPENING = {"open", "launch", "begin", "start", "initiate", "announce", "order"}


def investigated(rules, verb: Token) -> list:
    """ "The Anti-Corruption Commission is investigating Governor Kamau", "Kamau was investigated by the
    commission", "the commission opened an investigation into Kamau": an official body's inquiry into a named
    person or body accuses it (the gold's convention). Not an inquiry into a thing ("investigating the crash"),
    nor one by a person or a country, nor one not opened."""
    lemma = verb.lemma_.lower()
    if lemma in OPENING and not any(c.dep_ == "neg" for c in verb.children):
        inquiries = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS]
        if not inquiries:
            return []
        # The parser hangs "into X" on the noun or on the verb.
        probed = prep_objects_of(inquiries, ("into",)) + prep_objects(verb, ("into",))
        pairs = rules._pairs(subject_tokens(verb), probed, "accuses", verb, "verb.investigated")
    elif lemma not in INQUIRING:
        return []
    elif agents(verb):
        pairs = rules._pairs(agents(verb), [c for c in verb.children if c.dep_ == "nsubjpass"], "accuses", verb,
                             "verb.investigated")
    else:
        pairs = rules._pairs(subject_tokens(verb), [c for c in verb.children if c.dep_ == "dobj"], "accuses", verb,
                             "verb.investigated")
    return [f for f in pairs if f.object.via not in {"concept", "coref", "example"}
            and rules.mention_type(f.subject) in INQUIRING_TYPES
            and rules.mention_type(f.object) in {"Person", "Organization"}]


# A body's process against one of its own: "a disciplinary hearing", "disciplinary proceedings".
DISCIPLINARY = {"hearing", "inquiry", "probe", "investigation", "proceeding", "proceedings", "process", "action",
                "case"}


def disciplined(rules, verb: Token) -> list:
    """ "Otieno was subjected to a closed disciplinary hearing by Wanjiru", "Otieno faced disciplinary proceedings
    brought by the party": who brings a disciplinary process against someone charges them. Only "disciplinary"."""
    lemma = verb.lemma_.lower()
    if lemma == "subject" and any(c.dep_ == "auxpass" for c in verb.children):
        processes, faced = prep_objects(verb, ("to",)), [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif lemma == "face":
        processes, faced = [c for c in verb.children if c.dep_ == "dobj"], subject_tokens(verb)
    else:
        return []
    processes = [p for p in processes if p.lemma_.lower() in DISCIPLINARY and any(
        a.dep_ == "amod" and a.lower_ == "disciplinary" for a in p.children)]
    from .blame import MODALS  # here, for blame reads this module's rules

    if not processes or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return []
    # Who brought it: after "by" on the verb or the noun, or the agent of a participle on the noun.
    bringers = agents(verb) + prep_objects_of(processes, ("by",)) + [
        p for n in processes for v in participles(n) for p in agents(v)]
    return rules._pairs(bringers, faced, "accuses", verb, "verb.disciplined")


# Whom one reports a wrongdoer to or lodges a complaint with: "reported X to the police", "a complaint with the
# police against X".
AUTHORITIES = {"police", "authorities", "prosecutor", "prosecutors", "prosecution", "court", "ombudsman"}
# Nouns of a charge laid: "allegations of corruption against X", "legal action against X".
CHARGE_NOUNS = {"allegation", "accusation", "charge", "complaint", "case"}
# Verbs that aim a charge "at" someone: "levelled accusations at X".
LEVELLING = {"level", "levy", "hurl", "direct", "aim", "throw"}


def charge_against(rules, noun: Token) -> list:
    """ "Wanjiru made allegations of corruption against Kamau" (the parser hangs "against" on the wrong), "X took
    legal action against Y": whoever brings it accuses Y. Not who faces, denies or investigates it, and not an
    action that is no legal one ("military action against X")."""
    lemma = noun.lemma_.lower()
    if lemma in CHARGE_NOUNS:
        # "a complaint with the police against X": the parser hangs "against" on the authority told.
        targets = [p for o in prep_objects(noun, ("of",)) for p in prep_objects(o, ("against",))] + [
            p for o in prep_objects(noun, ("with", "to")) if o.lower_ in AUTHORITIES
            for p in prep_objects(o, ("against",))]
        # "levelled accusations at X".
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEVELLING:
            targets += prep_objects(noun, ("at",)) + prep_objects(noun.head, ("at",))
    elif lemma == "action" and any(c.dep_ == "amod" and c.lower_ in {"legal", "court", "judicial"}
                                   for c in noun.children):
        targets = prep_objects(noun, ("against",))
        if not targets and noun.dep_ == "dobj":
            targets = [p for p in prep_objects(noun.head, ("against",)) if p.i > noun.i]
    else:
        return []
    if not targets or noun.dep_ == "pobj":
        return []
    from .disputes import NOT_BRINGING  # here, for disputes reads this module's rules

    holders, verb = noun_holder(noun, exclude=set(targets))
    if verb is not None and verb.lemma_.lower() in NOT_BRINGING | {"plan", "threaten", "consider", "weigh"}:
        return []
    return [f for f in rules._pairs(holders, targets, "accuses", verb or noun, "noun.charge_against")
            if f.object.via != "concept"]


def allegation_that(rules, noun: Token) -> list:
    """ "X's allegation that Y stole the funds", "allegations by X that Y lied", "X levelled the accusation that Y
    ...": who makes the allegation accuses the subject of its clause. Not who denies or faces it, nor "it"."""
    lemma = noun.lemma_.lower()
    if lemma not in {"allegation", "accusation", "claim"} or noun.dep_ == "pobj":
        return []
    clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    # "X's claims that Y stole the land": a claim accuses only of a wrong, and only one not hedged.
    if lemma == "claim":
        from .blame import MODALS, wrongdoing  # here, for blame reads this module's rules

        clauses = [c for c in clauses if wrongdoing(c) and not any(
            d.dep_ == "neg" or d.dep_ == "aux" and d.lower_ in MODALS for d in c.children)]
    # A claim's passive subject is who the wrong was done to ("claims that Y was harassed").
    roles = {"nsubj"} if lemma == "claim" else {"nsubj", "nsubjpass"}
    accused = [s for c in clauses for s in c.children if s.dep_ in roles and s.pos_ != "PRON"]
    if not accused:
        return []
    from .disputes import NOT_BRINGING  # here, for disputes reads this module's rules

    holders = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, ("by", "from"))
    verb = None
    if not holders:
        holders, verb = noun_holder(noun, exclude=set(accused))
        if verb is not None and verb.lemma_.lower() in NOT_BRINGING | {"deny", "reject", "investigate", "probe"}:
            return []
    return rules._pairs(holders, accused, "accuses", verb or noun, "noun.allegation_that")


# Acts one attacks only in words: "attacked the minister's record", "assailed the government's handling".
VERBAL_TARGETS = ACT_NOUNS | {"record", "credentials", "leadership", "stance", "position", "remark", "comment",
                              "speech", "budget", "reform", "reforms", "law", "bill"}
ASSAILING = {"attack", "assail", "savage", "hammer", "pillory"}


def verbal_attack(rules, verb: Token) -> list:
    """ "Wanjiru attacked President Ruto's record", "assailed the government's handling of the crisis": an attack
    on someone's act or words is a criticism of them (an attack on a person or place is left to "attacks")."""
    if verb.lemma_.lower() not in ASSAILING:
        return []
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in VERBAL_TARGETS]
    return [f for f in rules._pairs(subject_tokens(verb), act_owners(rules, acts), "criticizes", verb,
                                    "verb.verbal_attack") if f.object.via != "concept"]
