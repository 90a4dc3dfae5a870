"""A state's office given in the clause rather than before the name, read for home.py: "X was elected (as)
President", "X became prime minister", "X was sworn in as president", "X was appointed finance minister", and
the inverted copula "The first vice president was X". Like a title written before the name, it names no country
and holds in the story's; an office with a body of its own ("president of the union", "the party's leader",
"Senate President") is other rules' business, and so is one only wished for or denied.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .bare import _kind, _title_word
from .titled import MODALS

# Verbs that put their subject in an office: "elected", "became", "sworn in as", "appointed", "named".
TAKING = {"elect", "become", "swear", "inaugurate", "appoint", "name", "install", "re-elect", "reelect"}
# Conjunctions of a clause that is no fact: "if elected president".
UNREAL = {"if", "unless", "whether", "until"}


def predicate_title(ent: Span) -> tuple[str, Token, list[Token]] | None:
    """(kind, head word, words) of the office the clause gives the name."""
    root = ent.root
    # The passive's subject takes the office ("was elected"); the active's gives it, but for "became".
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in TAKING or root.dep_ == "nsubj" and \
            root.head.lemma_.lower() == "become":
        verb = root.head
        nouns = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                  if p.dep_ == "pobj"]
    elif root.dep_ == "attr" and root.head.lemma_ == "be":
        # "The first vice president was X".
        verb = root.head
        nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return None
    if len(nouns) != 1 or not _real(verb):
        return None
    return _office(nouns[0])


def _real(verb: Token) -> bool:
    # "would become", "did not become", "hopes to become", "if elected": no office taken.
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    if verb.dep_ in {"xcomp", "csubj", "pcomp"} or verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in UNREAL for c in verb.children):
        return False
    return True


def _office(noun: Token) -> tuple[str, Token, list[Token]] | None:
    # The noun and its title words; nothing else before it but a determiner or an order ("the first").
    if noun.tag_ not in {"NN", "NNP"} or any(c.dep_ in {"prep", "poss", "appos", "relcl", "acl"}
                                             for c in noun.children):
        return None
    words = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and _title_word(c)]
    others = [c for c in noun.lefts if c not in words]
    if any(c.dep_ not in {"det", "amod"} or c.dep_ == "amod" and c.lower_ not in {"first", "last", "new", "next"}
           for c in others) or any(c.dep_ == "det" and c.lower_ not in {"the", "a"} for c in others):
        return None
    found = _kind([*words, noun])
    return found if found is not None and found[0] in {"leaderOf", "memberOf"} else None
