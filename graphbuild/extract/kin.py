"""Kin told inside a noun phrase: "X, the wife of Y", "Y's daughter X", "his son, X", "X is the daughter of Y".

A tie named in a noun phrase with its possessor's name stands whatever the clause says ("Y's son X will start
school"); one a clause states, or one read through a pronoun, is as sure as its clause."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .clauses import set_beside
from .nominal import pairs_where
from .titlekinds import FORMER

# "the former wife", "his estranged son", "the late husband": a tie that no longer holds.
ENDED_TIES = FORMER | {"estranged"}

FAMILY_NOUNS = {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow", "widower",
                "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
                "grandmother", "sibling", "spouse", "stepson", "stepdaughter", "stepfather", "stepmother"}


def family(rules, noun: Token) -> list:
    # "X, the wife of Y", "Y's daughter X", "his son, X", "X is the daughter of Y".
    if noun.lemma_.lower() not in FAMILY_NOUNS:
        return []
    if any(c.lower_ in ENDED_TIES for c in noun.children):
        return []
    kin = [c for c in noun.children if c.dep_ == "poss"]
    kin += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj"]
    verb = noun.head
    # A tie named inside a noun phrase ("Verel's son X was not charged") holds whatever its clause says; only one the
    # clause states ("X is not his son", "X had no sons") takes the clause's modality.
    rule = "noun.kin"
    if noun.dep_ in {"appos", "compound"}:
        relatives = [noun.head]
    elif noun.dep_ == "attr" and verb.lower_ in {"’s", "'s"} and verb.i > 0 and not verb.nbor(-1).whitespace_:
        # "Mahinda’s younger brother, X, escaped": a possessive the parser read as "is"; its subject is the kin.
        kin = [c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1 and c.ent_type_ == "PERSON"]
        relatives = [c for c in noun.children if c.dep_ == "appos"]
    elif noun.dep_ == "attr":
        rule = "noun.family"
        relatives = [c for c in noun.head.children if c.dep_ == "nsubj"]
        # "The heir was Hugo Marr's son Ivo Marr": the name beside the kin noun is the relative.
        relatives += [c for c in noun.children if c.dep_ == "appos"] if kin else []
        # "X and Y are brothers": each is the other's kin; "brothers in arms" are none.
        if not kin and noun.tag_ == "NNS" and not any(c.dep_ == "prep" for c in noun.children):
            # "X and Y, who are brothers,": the relative clause's names.
            relatives = [noun.head.head if r.lower_ == "who" and noun.head.dep_ == "relcl" else r for r in relatives]
            kin = [c for r in relatives for c in r.conjuncts]
    elif noun.dep_ == "dobj" and verb.lemma_ == "have" and not kin:
        # "Verel had two sons, Ivo and Tarek": the subject is the named relatives' kin.
        rule = "noun.family"
        kin = [c for c in verb.children if c.dep_ == "nsubj"]
        relatives = [c for c in noun.children if c.dep_ == "appos"]
    else:
        relatives = [c for c in noun.children if c.dep_ == "appos"]
        # "The widow of X, Y, said": the parser hangs the relative's name on the kin's, the nearer noun.
        if not relatives and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            relatives = [a for k in kin if k.dep_ == "pobj" and k.ent_type_ == "PERSON" for a in k.children
                         if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    # "identified as Clara Marr wife of Hugo Marr": a name run into the kin noun, with no comma, is the relative.
    relatives = relatives or [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1
                              and c.ent_type_ == "PERSON" and any(k.dep_ == "pobj" for k in kin)]
    # "Shapoor, his eldest son, took over": the name the kin phrase is set beside is the relative, however the
    # parser hung the noun (often as an adverbial of the verb), where the kin noun closes the phrase ("Y, his son's
    # doctor," is no son).
    closes = noun.i + 1 < len(noun.doc) and noun.nbor(1).text == ","
    beside = set_beside(kin[0], rules.args.table.entity_at) if len(kin) == 1 and closes else None
    if not relatives and beside is not None:
        relatives = [beside]
    # "his brothers, including Gotabaya and Basil": the named ones are among them.
    relatives += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "including" for p in c.children
                  if p.dep_ == "pobj"]
    # "Carlos Vega, whose son Pedro is a minister": "whose" stands for the name the clause describes.
    kin = [next((a.head for a in k.ancestors if a.dep_ == "relcl"), k) if k.lower_ == "whose" else k for k in kin]
    found = pairs_where(rules, relatives, kin, "familyOf", noun, rule, lambda s, o: s == o == "Person")
    # "X stepped back after Y, his eldest son, took over": the possessive is no relative it names, so it is the
    # subject of a clause around the kin noun, where the reference rules saw two subjects.
    if not found and len(kin) == 1 and kin[0].lower_ in {"his", "her"} and relatives:
        found = pairs_where(rules, relatives, _clause_subject(rules, noun, kin[0], relatives), "familyOf", noun,
                            "noun.family", lambda s, o: s == o == "Person")
    # "A, son of B, and C, son of D": a conjunct with a kin noun of its own is not this noun's relative.
    others = {arg.mention for r in relatives for c in r.conjuncts if _described(c)
              if (arg := rules.args._one(c, agent=False, concepts=False)) is not None}
    # "rejected claims that he broke with his brother X": a tie read through a pronoun is only as sure as its clause.
    found = [replace(f, rule="noun.family") if f.object.via == "coref" else f for f in found]
    # "his son X": a one-letter name is a witness the court or paper keeps anonymous, not a person to link.
    return [f for f in found if f.subject.mention not in others
            and min(len(rules.args.table.get(a.mention).name.strip(". ")) for a in (f.subject, f.object)) > 1]


def _clause_subject(rules, noun: Token, pronoun: Token, relatives: list[Token]) -> list[Token]:
    # The nearest subject of a verb above the noun that is neither the kin nor the relative, when it is a name
    # written before the pronoun ("who" stands for the name it follows). A nearer subject that names no one
    # ("the ex-leader never agreed with his brother X") leaves the pronoun to no name further up.
    # A quotation's "his" and a name the article gives the other gender name no one here.
    refs = rules.args.references
    if refs._quoted(pronoun):
        return []
    own = {t.i for r in [noun, *relatives] for t in r.subtree}
    for verb in noun.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.lower_ == "who" and verb.dep_ == "relcl":
                subject = verb.head
            if subject.i in own:
                continue
            ent = rules.args.table.entity_at(subject)
            fits = subject.i < pronoun.i and ent is not None and ent.label_ == "PERSON"
            return [subject] if fits and refs._gender_fits(ent, pronoun) else []
    return []


def _described(token: Token) -> bool:
    # "son of D", "the latter's girlfriend": the conjunct's own noun names its own kin, even where the parser makes
    # the noun the conjunct ("X and the latter's girlfriend Y"); "mother X and husband Y" share the first one's.
    if token.pos_ == "NOUN" and any(k.dep_ == "poss" or any(x.dep_ == "case" for x in k.children)
                                    for k in token.children):
        return True
    return any(c.dep_ in {"appos", "compound"} and c.pos_ == "NOUN" and any(
        k.dep_ == "poss" or k.dep_ == "prep" and k.lower_ == "of" for k in c.children) for c in token.children)
