"""Plural pronouns: "they", "them", "their" stand for the names coordinated just before.

"Kenya and Uganda signed a deal on Monday. They also agreed to reopen the crossing": the subject of the
latest clause before the pronoun (this sentence or the one before) is a coordination of names, and the
pronoun stands for each of them. Precision first: any other reading that fits leaves it unread.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..resolve import gazetteer
from . import plural
from .descriptions import PERSON_NOUNS

THEY = {"they", "them", "their"}
SUBJECTS = {"nsubj", "nsubjpass"}
RELATIVE = {"which", "that", "who"}


def members(resolver, pronoun: Token, *, agent: bool) -> list:
    """The mentions a plural pronoun stands for, each with the pronoun's span; [] when unclear."""
    if pronoun.lower_ not in THEY or pronoun.tag_ not in {"PRP", "PRP$"}:
        return []
    # Inside a quotation "they" is the speaker's, most often people the text never names.
    if resolver.references._quoted(pronoun):
        return []
    # "they say", "they call it": the generic "they" of hearsay.
    if pronoun.dep_ in SUBJECTS and pronoun.head.lemma_ in {"say", "call"} and pronoun.head.tag_ == "VBP":
        return []
    busy = resolver.plurals_open
    if pronoun.i in busy:
        return []  # a pronoun met again while being read binds nothing
    busy.add(pronoun.i)
    try:
        # "Before they met, Kenya and Uganda ...": a plural subject after the pronoun may be what it names.
        later = [c for c in pronoun.sent.root.children if c.dep_ in SUBJECTS and c.i > pronoun.i and c.tag_ != "PRP"]
        found = [] if any(_plural(resolver, c, agent) != [] for c in later) else _antecedent(resolver, pronoun, agent)
    finally:
        busy.discard(pronoun.i)
    # "Kenya and Uganda met. Kenya criticised them": one of them acting on "them" means others.
    wanted = _names(resolver, found)
    own = _own_subject(resolver, pronoun) if found and pronoun.dep_ not in SUBJECTS else set()
    if own & wanted and own != wanted:
        return []
    from .arguments import Arg, token_span

    return [Arg(a.mention, token_span(pronoun), "coref") for a in found]


def _window(pronoun: Token) -> int:
    """The first token the pronoun may reach back to: the start of the sentence before its own."""
    sent = pronoun.sent
    return pronoun.doc[sent.start - 1].sent.start if sent.start else 0


def _clauses(pronoun: Token) -> list[Token]:
    """Verbs with a subject of their own before the pronoun, latest first; not the pronoun's own clause."""
    doc, verbs = pronoun.doc, []
    for i in range(pronoun.i - 1, _window(pronoun) - 1, -1):
        verb = doc[i]
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not subjects or any(s.i == pronoun.i for s in subjects) or pronoun.head.i == verb.i:
            continue
        verbs.append(verb)
    return verbs


def _antecedent(resolver, pronoun: Token, agent: bool) -> list:
    for verb in _clauses(pronoun):
        subject = next(c for c in verb.children if c.dep_ in SUBJECTS)
        found = _plural(resolver, subject, agent)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        named_objects = [o for o in objects if _coordination(resolver, o, agent)]
        if found is None:
            return []  # a plural the text does not name ("officials said"): it may be what "they" is
        if found:
            # "Kenya and Uganda accused Rwanda and Burundi": two coordinations fit.
            return [] if named_objects or _rival(resolver, pronoun, subject, found, agent) else found
        if not _singular_thing(resolver, subject):
            return []  # a person or a named body: "they" may be it and others
        if named_objects:
            found = _coordination(resolver, named_objects[0], agent)
            return [] if len(named_objects) > 1 or _rival(resolver, pronoun, named_objects[0], found, agent) else found
        if any(o.tag_ in {"NNS", "NNPS"} or o.lower_ in {"them", "us"} for o in objects):
            return []  # "banned the protesters. They ...": the object may be who "they" are
        # "..., and it will take effect in May": a clause about one thing is passed over.
    return []


def _plural(resolver, subject: Token, agent: bool) -> list | None:
    """The members a subject names when it is plural; [] when it is singular, None for a plural it does
    not name."""
    named = _coordination(resolver, subject, agent)
    if named:
        return named
    # "the two countries", "both leaders": a pair the binder already reads.
    pair = plural.pair(resolver, subject)
    if pair:
        return pair
    if subject.lower_ in THEY | {"we", "these", "those", "both"}:
        # "They also agreed ..., and they said": a "they" already bound carries on.
        if subject.lower_ in THEY:
            return resolver.resolve(subject, agent=agent, concepts=False) or None
        return None
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        noun = subject.head.head
        return None if noun.tag_ in {"NNS", "NNPS"} or noun.conjuncts else []
    if subject.tag_ in {"NNS", "NNPS"} or subject.conjuncts:
        return None
    return []


def _coordination(resolver, token: Token, agent: bool) -> list:
    """ "Kenya and Uganda", "X, Y and Z": two or more names of one kind, every conjunct a name."""
    if token.dep_ == "conj" or not token.conjuncts:
        return []
    found = []
    for tok in [token, *token.conjuncts]:
        arg = resolver._one(tok, agent=agent, concepts=False)
        if arg is None or arg.via in {"coref", "concept"}:
            return []  # "Kenya and other states": the pronoun names more than the names
        if _names(resolver, [arg]) - _names(resolver, found):
            found.append(arg)
    kinds = {resolver.table.get(a.mention).type == "Person" for a in found}
    return found if len(found) >= 2 and len(kinds) == 1 else []


def _singular_thing(resolver, subject: Token) -> bool:
    """ "it", "the court", "the deal": one thing that is no person and no named body, so no part of "they"."""
    if resolver.table.entity_at(subject) is not None:
        return False
    if subject.lower_ == "it":
        return True
    if subject.lower_ in RELATIVE:
        return subject.head.dep_ == "relcl" and subject.head.head.tag_ == "NN"
    return subject.tag_ == "NN" and subject.lower_ not in PERSON_NOUNS and not subject.conjuncts


def _rival(resolver, pronoun: Token, chosen: Token, found: list, agent: bool) -> bool:
    """Another plural that may be what the pronoun stands for: a coordination of other names in the window, or
    after the chosen names a plural subject, a plural object before "them", or a plural pronoun that stands
    for something else ("approached them ... their")."""
    doc, wanted = pronoun.doc, _names(resolver, found)
    for tok in doc[_window(pronoun) : pronoun.i]:
        if tok.i != chosen.i and tok.conjuncts and tok.dep_ != "conj":
            other = _coordination(resolver, tok, agent)
            if other and _names(resolver, other) != wanted:
                return True
    after = max(t.i for t in [chosen, *chosen.conjuncts]) + 1
    for tok in doc[after : pronoun.i]:
        if tok.dep_ not in {"dobj", "dative", "nsubj", "nsubjpass"} or resolver.table.entity_at(tok) is not None:
            continue
        if tok.lower_ in THEY | {"we", "us"} and tok.tag_ == "PRP":
            if _names(resolver, resolver.resolve(tok, agent=agent, concepts=False)) != wanted:
                return True
        # "to develop plantations, equipping them"; but "shared concerns ... They agreed" keeps its subject.
        elif tok.tag_ in {"NNS", "NNPS"} and (tok.dep_ in SUBJECTS or pronoun.lower_ == "them"):
            return True
    return False


def _own_subject(resolver, pronoun: Token) -> set[str]:
    """The names the subject of the pronoun's own clause names."""
    verb = pronoun.head
    while verb.dep_ not in {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp"} and verb.head.i != verb.i:
        verb = verb.head
    return _names(resolver, [a for c in verb.children if c.dep_ in SUBJECTS
                             for a in resolver.resolve(c, agent=True, concepts=False)])


def _names(resolver, args: list) -> set[str]:
    # Each mention of a name is its own mention: "Kenya" twice is compared by name.
    return {gazetteer.fold(resolver.table.get(a.mention).name) for a in args}
