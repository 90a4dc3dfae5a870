"""Whether a clause asserts, denies, hedges or only supposes its fact, and who reports it."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon


def _clause_chain(verb: Token):
    """The verb and the verbs it hangs under, up to the sentence root."""
    token = verb
    while True:
        yield token
        if token.dep_ == "ROOT":
            return
        token = token.head


def modality(verb: Token) -> str:
    if verb.sent.text.rstrip().rstrip('"”’\'').endswith("?"):
        return "question"
    for token in _clause_chain(verb):
        children = list(token.children)
        if any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} and c.dep_ in {"neg", "advmod"}
               for c in children):
            return "negated"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in children):
            return "conditional"
        # Only the verb's own clause decides hedging and negation, plus the saying verbs above it.
        if token.i != verb.i and token.dep_ not in {"ccomp", "xcomp", "conj"} and token.dep_ != "ROOT":
            break
    for token in (verb, verb.head):
        children = list(token.children)
        if any(c.lower_ in lexicon.HEDGES for c in children):
            return "hedged"
        if any(c.dep_ == "aux" and c.lower_ in lexicon.HEDGE_AUX for c in children):
            return "hedged"
        if token.i != verb.i and verb.dep_ == "xcomp" and token.lemma_.lower() in lexicon.HEDGE_VERBS:
            return "hedged"
        if token.dep_ == "ROOT":
            break
    return "asserted"


def speaker(verb: Token) -> Token | None:
    """The token naming who reports the clause: "Interfax reported ...", "according to Reuters"."""
    token = verb
    while True:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for grand in child.subtree:
                    if grand.dep_ == "pobj":
                        return grand
        if token.dep_ == "ROOT":
            return None
        head = token.head
        # The content of a saying verb is its ccomp: "Guaido said that negotiations ... had been exhausted".
        if token.dep_ in {"ccomp", "parataxis"} and head.lemma_.lower() in lexicon.SPEECH_VERBS:
            subj = [c for c in head.children if c.dep_ == "nsubj"]
            if subj:
                return subj[0]
        token = head
