"""An office passed on: "X's predecessor, Y", "his successor Y", "X, who replaced Y as president", "X became the
firm's chairman, succeeding Y". Y held (or holds) the office the article's titles give X, where they give X one
office only: a predecessor or successor shares the office, not the person's other posts.

Read once the sentence rules have spoken, from their titles. A predecessor's office is a former one.
"""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import Arg
from .clauses import agents, subject_tokens
from .listed import SUCCEEDING
from .modality import modality
from .titlekinds import TITLE_WORDS, title_kind

# Whose office the noun's possessor held: "X's predecessor, Y" came before X; "X's successor, Y" after.
NOUNS = {"predecessor": True, "successor": False}
# What may stand before the noun of an office already passed on: "his immediate predecessor".
SETTLED = {"immediate", "direct", "former", "late"}
# Entity types whose mention under a verb's preposition names a place or body of its own.
NAMED = {"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"}


def successions(rules, found: list) -> list[tuple[Arg, Arg, Token, bool]]:
    """(person, body, anchor, former) for each holder of an office passed on, with the body the titles give."""
    offices: dict[int, dict[int, Arg]] = {}
    ended = set()  # (holder, body) of an office the text says is over
    for f in found:
        if f.predicate == "leaderOf" and f.rule.startswith("role"):
            offices.setdefault(f.subject.mention, {})[f.object.mention] = f.object
            if f.rule.endswith(".former"):
                ended.add((f.subject.mention, f.object.mention))
    out = []
    for token in rules.args.table.tokens:
        lemma = token.lemma_.lower()
        if lemma in NOUNS and token.pos_ == "NOUN" and token.tag_ == "NN":
            pairs = _noun_pairs(rules, token)
        elif lemma in SUCCEEDING and token.pos_ == "VERB":
            pairs = _verb_pairs(rules, token)
        else:
            continue
        for holder, other, former, named in pairs:
            bodies, holders = _offices(rules, holder, offices)
            if len(bodies) != 1 or other.mention == holder.mention:
                continue
            body = next(iter(bodies.values()))
            # "his successor, Y" holds the office only once the holder's term is over ("the former president").
            if lemma == "successor" and not any((m, body.mention) in ended for m in holders):
                continue
            said = [a.mention for t in named for a in rules.args.resolve(t, concepts=False)]
            if other.mention != body.mention and all(m == body.mention for m in said) and len(said) == len(named):
                out.append((other, body, token, former))
    return out


def _offices(rules, holder: Arg, offices: dict[int, dict[int, Arg]]) -> tuple[dict[str, Arg], list[int]]:
    # "Park Jie-won ... Park's predecessor": a one-word name is the titled person whose name holds that word.
    name = rules.args.table.get(holder.mention).name
    out, holders = {}, []
    for mention, bodies in offices.items():
        full = rules.args.table.get(mention).name
        if full == name or " " not in name and name in full.split():
            out.update({rules.args.table.get(b.mention).name: b for b in bodies.values()})
            holders.append(mention)
    return out, holders


def _person(rules, token: Token) -> Arg | None:
    ent = rules.args.table.entity_at(token)
    if token.tag_ != "PRP$" and (ent is None or ent.label_ != "PERSON"):
        return None
    args = rules.args.resolve(token, concepts=False)
    return args[0] if len(args) == 1 and rules.mention_type(args[0]) == "Person" else None


def _noun_pairs(rules, noun: Token) -> list[tuple[Arg, Arg, bool, list[Token]]]:
    # "Park's predecessor, Suh" and "his successor Scott". Not "his predecessor as finance minister", another
    # office, nor "a successor to the treaty".
    if any(c.dep_ == "prep" for c in noun.children) or any(c.lower_ in {"no", "not"} for c in noun.children):
        return []
    # "his chosen successor", "a likely successor": one named for an office not yet held.
    if any(c.dep_ in {"amod", "compound"} and c.lower_ not in SETTLED for c in noun.children):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    named = [c for c in noun.children if c.dep_ == "appos"]
    # "the latter's successor Silvina": the name the parser hangs the noun on; "Y, his predecessor,": the name set
    # beside it.
    if noun.dep_ in {"compound", "appos"}:
        named.append(noun.head)
    holder = _person(rules, owners[0]) if len(owners) == 1 else None
    other = _person(rules, named[0]) if len(named) == 1 else None
    if holder is None or other is None:
        return []
    return [(holder, other, NOUNS[noun.lemma_.lower()], [])]


def _verb_pairs(rules, verb: Token) -> list[tuple[Arg, Arg, bool, list[Token]]]:
    # "X replaced Y as president", "X, who succeeded Y", "X became chairman, succeeding Y"; "Y was replaced by X".
    # Only an office the verb passes on: "as" a leader's title, or none said; not "replaced Y as goalkeeper".
    # A planned, denied or hedged succession passes nothing on ("will replace Y", "may succeed Y").
    if modality(verb) != "asserted":
        return []
    preps = [c for c in verb.children if c.dep_ == "prep"]
    titles = [p for c in preps if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    if any(p.lower_ not in TITLE_WORDS or title_kind([p.text]) != "leaderOf" for p in titles):
        return []
    # "replaced Y with Z", "replaced Y at Harwick Bank": the verb names its own office or body, which need not be
    # the one the titles give the holder.
    if any(c.lower_ == "with" or c.lower_ != "as" and any(p.ent_type_ in NAMED for p in c.children) for c in preps):
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    new = agents(verb) if passive else subject_tokens(verb)
    old = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    # "X, who replaced Y": the relative pronoun stands for the name it describes.
    new = [verb.head if t.lower_ == "who" and verb.dep_ == "relcl" else t for t in new]
    holders = [a for t in new if (a := _person(rules, t)) is not None]
    others = [a for t in old if (a := _person(rules, t)) is not None]
    if len(holders) != 1 or len(others) != 1:
        return []
    # "as chairman of the Lome Stars": the office's own body, which must be the one the titles give.
    named = [b for p in titles for c in p.children if c.dep_ == "prep" for b in c.children if b.dep_ == "pobj"]
    return [(holders[0], others[0], True, named)]
