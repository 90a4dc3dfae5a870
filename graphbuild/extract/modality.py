"""Whether a clause asserts, denies, hedges, only plans or only supposes its fact, and who reports it."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon


def modality(anchor: Token) -> str:
    if anchor.sent.text.rstrip().rstrip('"”’\'').endswith("?"):
        return "question"
    token, prev = anchor, None
    while True:
        children = list(token.children)
        # "Kenya's support for Ukraine has not wavered": a stance that does not weaken holds.
        steadfast = prev is not None and prev.dep_ in {"nsubj", "nsubjpass"} and token.lemma_.lower() in _WEAKENING
        if not steadfast and any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} and c.dep_ in {"neg", "advmod"}
                                 for c in children):
            return "negated"
        # "there was no meeting with Putin"
        if token is anchor and token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in children):
            return "negated"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in children):
            return "conditional"
        if prev is not None:
            # "refused to back", "denied that it had sent", "failed to attend"
            if prev.dep_ in {"xcomp", "ccomp"} and token.lemma_.lower() in lexicon.NEGATING_VERBS:
                return "negated"
            # "denied bribing him by giving him money": the means of a denied act is denied with it
            if _means(prev) and token.lemma_.lower() in lexicon.NEGATING_VERBS:
                return "negated"
            # "left without meeting Putin"
            if prev.dep_ == "pcomp" and token.lower_ == "without":
                return "negated"
            # "rejected reports that it had sent troops"
            if (prev.dep_ in {"acl", "ccomp", "relcl"} and token.lemma_.lower() in lexicon.CLAIM_NOUNS
                    and token.head.lemma_.lower() in lexicon.NEGATING_VERBS):
                return "negated"
        if token.dep_ == "ROOT":
            break
        # Only the anchor's own clause decides, plus the verbs whose complement it is.
        if token is not anchor and token.dep_ not in {"ccomp", "xcomp", "conj", "pcomp"} and not _means(token):
            break
        prev, token = token, token.head
    return _mood(anchor)


# Verbs of a stance weakening: their negation says it holds ("support has never wavered").
_WEAKENING = {"waver", "falter", "wane", "weaken", "diminish", "flag", "fade", "change", "shift", "erode", "slip"}

# "could send warships", "would meet", "might attack", "should attend": what may happen, not what did. "may" stays a hedge
# ("Turkey may have sent troops"), read as a reported fact with less confidence.
_HYPOTHETICAL_AUX = {"could", "might", "would", "should", "ought"}
# "invited Sisi to attend", "urged Iran to halt": someone asks for the act, which has not happened.
_REQUEST_VERBS = {"invite", "urge", "ask", "request", "call", "encourage", "press", "appeal", "implore"}


def _reported(token: Token) -> bool:
    """Whether ``token``'s clause is the content of a saying verb ("said he would ...")."""
    while token.dep_ in {"ccomp", "conj", "xcomp"} and token.head is not token:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in lexicon.SPEECH_VERBS:
            return True
        token = token.head
    return False


def _means(token: Token) -> bool:
    """The "by" of "by giving him money": the act it introduces is done as part of its head's."""
    return token.dep_ == "prep" and token.lower_ == "by" and any(c.dep_ == "pcomp" for c in token.children)


def _mood(anchor: Token) -> str:
    """hedged, future or asserted, from the anchor and the word it hangs from."""
    # "an invitation to attend the summit", "flew to Cairo to meet Sisi": an infinitive on a noun, or of
    # purpose, says what is meant to happen, not what happened.
    if anchor.dep_ in {"acl", "advcl"} and any(c.dep_ == "aux" and c.tag_ == "TO" for c in anchor.children):
        return "future"
    if anchor.pos_ == "NOUN":
        if _prospect(anchor):
            return "conditional"
        # "the planned visit to Moscow", "a possible attack on the port"
        for child in anchor.children:
            if child.dep_ in {"amod", "compound"} and child.lower_ in lexicon.FUTURE_MODIFIERS:
                return "future"
            if child.dep_ in {"amod", "compound"} and child.lower_ in {"possible", "potential"}:
                return "conditional"
            if child.dep_ in {"amod", "compound"} and child.lower_ in lexicon.HEDGES:
                return "hedged"
        # "fresh Dutch loans to Ghana are unlikely": what is judged likely or not has not happened. The
        # parser may hang the noun on a preposition before the copula.
        clause = next((t for t in anchor.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if clause is not None and anchor.i < clause.i and any(
                c.dep_ == "acomp" and c.lower_ in {"unlikely", "likely", "possible"} for c in clause.children):
            return "conditional"
    for token in (anchor, anchor.head):
        children = list(token.children)
        # "said Kuwait would continue to back China", "will continue to support": what goes on holds now.
        if token is not anchor and (_continued(anchor, token) or _performative(anchor, token)):
            return "asserted"
        # Before the hedges: "would probably team up" is still only supposed.
        hypothetical = [c for c in children if c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX]
        if hypothetical:
            # "officials said he would meet Bourita": a plan reported in the past tense.
            if hypothetical[0].lower_ == "would" and _reported(token):
                return "future"
            return "conditional"
        if any(c.lower_ in lexicon.HEDGES for c in children):
            return "hedged"
        if any(c.dep_ == "aux" and c.lower_ in lexicon.HEDGE_AUX for c in children):
            return "hedged"
        if any(c.dep_ == "aux" and c.lower_ in lexicon.FUTURE_AUX for c in children):
            return "future"
        if token is not anchor and anchor.dep_ == "xcomp":
            # "hopes to attend": the lemmatiser gives "hop" for "hopes", "hoped" and "hoping".
            lemma = "hope" if token.lower_ in {"hopes", "hoped", "hoping"} else token.lemma_.lower()
            if lemma in lexicon.FUTURE_VERBS or lemma in _REQUEST_VERBS or lemma == "go" and token.tag_ == "VBG":
                return "future"
            if lemma in lexicon.HEDGE_VERBS:
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


def _continued(anchor: Token, head: Token) -> bool:
    """ "will continue to support", a reported "would continue to stand by": the act is going on already. Not
    "could continue" or "would continue" outside reported speech: those only suppose."""
    if anchor.dep_ != "xcomp" or head.lemma_.lower() != "continue":
        return False
    auxes = [c.lower_ for c in head.children if c.dep_ == "aux"]
    if not auxes or any(c.lower_ in lexicon.HEDGES or c.dep_ == "advmod" and c.lower_ in {"only", "maybe"}
                        for c in head.children):
        return False
    return all(a in lexicon.FUTURE_AUX for a in auxes) or auxes == ["would"] and _reported(head)


# Nouns for what may come: "the prospects of resuming talks", "the possibility of talks" are no talks.
_PROSPECTS = {"prospect", "possibility", "chance", "likelihood", "hope", "option", "idea", "question", "risk"}


def _prospect(noun: Token) -> bool:
    """Whether the noun, or the gerund whose object it is, hangs on "of" after a noun of what may come."""
    token = noun.head if noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" else noun
    prep = token.head
    return (token.dep_ in {"pobj", "pcomp"} and prep.lower_ == "of"
            and prep.head.lemma_.lower() in _PROSPECTS)


# Verbs whose saying is the act: "I would like to thank Kenya" thanks Kenya.
_PERFORMATIVES = {"thank", "congratulate", "commend", "praise", "salute", "welcome", "express", "extend", "convey",
                  "condemn", "acknowledge", "apologize", "apologise", "reiterate"}


def _performative(anchor: Token, head: Token) -> bool:
    """ "I would like to congratulate Mongolia", "we want to thank Kenya": a speaker's wish to thank, said aloud,
    is the thanks."""
    if anchor.dep_ != "xcomp" or anchor.lemma_.lower() not in _PERFORMATIVES or head.lemma_.lower() not in {
            "like", "want", "wish"}:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in head.children) and not any(
        c.dep_ == "neg" or c.lower_ in {"could", "might"} for c in head.children)
