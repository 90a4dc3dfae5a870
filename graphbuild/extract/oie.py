"""Open information extraction: (argument, relation, argument, ...) as text spans, for every clause.

Unlike the typed rules, arguments here are whole phrases, not only named things, so that the output
can be scored on CaRB. One rule a construction; the confidence reflects how often each rule was right
on CaRB dev.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .clauses import subject_tokens

SUBJECT_CUT = {"relcl", "acl", "appos", "punct", "advcl", "cc", "conj"}
ARG_CUT = {"relcl", "punct", "advcl", "cc", "conj", "appos"}
# How often each rule's tuples match a gold tuple, measured on CaRB dev (never on test); long arguments
# match less often, so a tuple's confidence falls with its length.
CONFIDENCE = {"intransitive": 0.7, "prep": 0.65, "dobj": 0.62, "passive": 0.62, "copula": 0.57, "appos": 0.55}
LONG = 8  # words in all arguments together before the length penalty starts


def confidence(rule: str, args: tuple[str, ...]) -> float:
    words = sum(len(a.split()) for a in args)
    return round(CONFIDENCE[rule] / (1 + 0.03 * max(0, words - LONG)), 4)


@dataclass(frozen=True)
class OpenTuple:
    sentence: str
    relation: str
    args: tuple[str, ...]
    confidence: float
    rule: str


def _phrase(token: Token, cut: set[str]) -> str:
    """The token's subtree, leaving out clauses and lists hanging off it."""
    skip: set[int] = set()
    for child in token.children:
        if child.dep_ in cut:
            skip.update(t.i for t in child.subtree)
    words = [t for t in token.subtree if t.i not in skip]
    while words and words[-1].is_punct:
        words.pop()
    while words and words[0].is_punct:
        words.pop(0)
    return " ".join(t.text for t in words)


def _relation_words(verb: Token) -> list[Token]:
    words = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i]
    words.append(verb)
    words += [c for c in verb.children if c.dep_ == "prt"]
    # "wants to buy": the governing verb is part of the relation.
    if verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        words += _relation_words(verb.head)
    return sorted(words, key=lambda t: t.i)


def _extras(verb: Token, used: set[int]) -> list[str]:
    """Prepositional phrases and time phrases on the verb that no slot took: the third argument onwards."""
    out = []
    for child in verb.children:
        if child.i in used:
            continue
        if child.dep_ == "prep":
            out.append(_phrase(child, ARG_CUT))
        elif child.dep_ == "npadvmod" and child.ent_type_ in {"DATE", "TIME"}:
            out.append(_phrase(child, ARG_CUT))
    return [o for o in out if o]


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    # "Ken Follett and John Buchan wrote ...": each conjunct fills the slot in a tuple of its own.
    out = []
    for token in tokens:
        out += [token] + [c for c in token.conjuncts if c.i > token.i]
    return out


def clause_tuples(verb: Token) -> list[OpenTuple]:
    subjects = [s for s in subject_tokens(verb) if s.pos_ not in {"PRON"} or s.lower_ not in {"who", "which", "that"}]
    subjects = _with_conjuncts(subjects)
    if verb.dep_ == "relcl" and not subjects:
        subjects = [verb.head]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    sent = verb.sent.text
    out = []
    rel_words = _relation_words(verb)
    relation = " ".join(t.text for t in rel_words)
    base = {t.i for t in rel_words}
    for subj in subjects + passive:
        arg1 = _phrase(subj, SUBJECT_CUT)
        if subj.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            arg1 = _phrase(verb.head, SUBJECT_CUT)
        if not arg1:
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr", "acomp", "oprd", "dative"}]
        preps = [c for c in verb.children if c.dep_ in {"prep", "agent"}]
        for obj in _with_conjuncts(objects[:1]):
            used = base | {objects[0].i, subj.i}
            rule = "copula" if verb.lemma_ == "be" else "dobj"
            args = (arg1, _phrase(obj, ARG_CUT), *_extras(verb, used))
            out.append(OpenTuple(sent, relation, args, confidence(rule, args), rule))
        for prep in preps:
            pobj = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if not pobj:
                continue
            used = base | {prep.i, subj.i} | {o.i for o in objects}
            rule = "passive" if prep.dep_ == "agent" else "prep"
            rel = f"{relation} {prep.text}"
            for target in _with_conjuncts(pobj[:1]):
                args = (arg1, _phrase(target, ARG_CUT), *_extras(verb, used))
                out.append(OpenTuple(sent, rel, args, confidence(rule, args), rule))
        if not objects and not preps and not any(c.dep_ == "xcomp" for c in verb.children):
            out.append(OpenTuple(sent, relation, (arg1,), confidence("intransitive", (arg1,)), "intransitive"))
    return out


def appositions(sent: Span) -> list[OpenTuple]:
    """ "Ken Follett, a Welsh author, ..." states (Ken Follett; is; a Welsh author)."""
    out = []
    for token in sent:
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":
            args = (_phrase(token.head, SUBJECT_CUT), _phrase(token, ARG_CUT))
            out.append(OpenTuple(sent.text, "is", args, confidence("appos", args), "appos"))
    return out


def open_tuples(doc: Doc) -> list[OpenTuple]:
    out = []
    for sent in doc.sents:
        for token in sent:
            if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in {"ROOT", "ccomp", "relcl", "conj"}):
                out += clause_tuples(token)
        out += appositions(sent)
    return out
