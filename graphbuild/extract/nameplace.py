"""Where a name stands in its clause, as reference resolution weighs it: the subject, the subject of the
sentence's main verb, or a name under a preposition."""
from __future__ import annotations

from spacy.tokens import Span

from .clauses import title_preposition


def in_prepositional_phrase(ent: Span) -> bool:
    """ "talks with Maduro", "a spokesman for Putin": a name under a preposition is not what the clause is about."""
    token = ent.root
    while token.dep_ in {"compound", "appos", "conj", "poss", "amod", "nmod"} and token.head is not token:
        token = token.head
    # "said Under Secretary Zeya": the title's first word read as a preposition.
    return (token.dep_ == "pobj" and not title_preposition(token.head)) or token.dep_ == "agent"


def is_subject(ent: Span) -> bool:
    token = ent.root
    while token.dep_ in {"compound", "appos", "conj", "amod", "nmod"} and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and title_preposition(token.head):
        return token.head.head.lemma_ == "say"  # "said Under Secretary Zeya" is who said it
    return token.dep_ in {"nsubj", "nsubjpass"}


def main_subject(ent: Span) -> bool:
    """Whether the name is the subject of its sentence's main verb."""
    token = ent.root
    while token.dep_ in {"compound", "appos", "amod", "nmod"} and token.head is not token:
        token = token.head
    return token.dep_ == "nsubj" and token.head.dep_ == "ROOT"
