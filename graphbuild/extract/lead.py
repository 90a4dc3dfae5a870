"""An office named before its holder: a news lead often gives the title alone ("Norway's trade minister on Monday
warned ...", "the acting Chilean interior minister said ...") and names the person in the next sentence ("...,
Ingrid Dahl said."). The name is the title's holder when nothing else could be: the title's sentence names no
person, the next sentence names one person only, new to the article, written bare (no title or description of
its own) as the subject of its main verb, and the article gives that person no office anywhere.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .arguments import Arg
from .bare import _kind, _title_word, surname
from .story import named_countries
from .titled import TITLE_WORDS, singular

# The title's noun is what the lead's clause is about: its subject.
SUBJECTS = {"nsubj", "nsubjpass"}
# Verbs whose passive subject takes an office: "X was sworn in", "X was appointed on Monday"; not "named" or
# "picked", which also befall ("was named as a suspect", "was picked up by police").
TAKING_OFFICE = {"appoint", "swear", "elect", "install", "inaugurate"}


def lead_titles(rules, found: list) -> list[tuple[Arg, str, Arg, Token]]:
    """(person, kind, country, title noun) for each title named in one sentence and held by the bare name of the
    next one."""
    sents = list(rules.doc.sents)
    titled = {f.subject.mention for f in found if f.rule.startswith("role")}
    out = []
    for sent, after in zip(sents, sents[1:]):
        if any(e.label_ == "PERSON" for e in sent.ents):
            continue
        for noun in sent:
            title = _country_title(rules, noun)
            # "Kenya's president fired the finance minister. X said": the next name may hold either office.
            if title is None or any(t.i != noun.i and t.pos_ == "NOUN" and singular(t.text) in TITLE_WORDS
                                    for t in sent):
                continue
            person = _bare_newcomer(rules, after)
            if person is not None and person.mention not in titled:
                kind, country = title
                out.append((person, kind, country, noun))
    return out


def _country_title(rules, noun: Token) -> tuple[str, Arg] | None:
    """(kind, country) of "Norway's trade minister" or "the Chilean interior minister" as a clause's subject:
    one office of one country, held by no one the phrase names."""
    # The subject of the sentence's own verb: in "He added that India's minister had agreed" the next name is
    # as likely the speaker's counterpart.
    if noun.dep_ not in SUBJECTS or noun.head.dep_ != "ROOT" or noun.tag_ != "NN" \
            or rules.args.table.entity_at(noun) is not None:
        return None
    if any(c.dep_ in {"appos", "conj", "acl", "relcl"} for c in noun.children):
        return None  # "the minister, X,", "the minister and her deputy", "the minister who ...": not a bare office
    words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and _title_word(c)]
    found = _kind([*words, noun])
    if found is None or found[0] not in {"leaderOf", "memberOf"}:
        return None
    # The country written as the title's possessor or demonym, and no other.
    owners = [c for c in noun.lefts if c.dep_ in {"poss", "amod", "compound", "nmod"}]
    places = named_countries(noun.sent)
    isos = {i for start, end, found_isos, how in places if how != "place" and len(found_isos) == 1
            and any(start <= o.i < end for o in owners) for i in found_isos}
    if len(isos) != 1:
        return None
    owner = next(o for o in owners if any(start <= o.i < end for start, end, _, _ in places))
    country = [a for a in rules.args.resolve(owner, concepts=False)
               if (rules.args.table.get(a.mention).link or "") == f"country:{next(iter(isos))}"]
    return (found[0], country[0]) if country else None


def _bare_newcomer(rules, sent: Span) -> Arg | None:
    """The one person ``sent`` names, when the name is new to the article, written bare and the subject of the
    sentence's main verb ("..., Ingrid Dahl said")."""
    table = rules.args.table
    people = [e for e in sent.ents if e.label_ == "PERSON"]
    if len(people) != 1:
        return None
    ent = people[0]
    root = ent.root
    # "X was sworn in": a passive subject given the office, not one an event befell ("X was arrested");
    # "X, 52,": an age, no description.
    passive = root.dep_ == "nsubjpass" and root.head.lemma_.lower() in TAKING_OFFICE
    if root.dep_ != "nsubj" and not passive or root.head.dep_ != "ROOT" \
            or any(c.dep_ == "appos" and c.pos_ != "NUM" for c in root.children):
        return None
    before = ent.doc[ent.start - 1] if ent.start > sent.start else None
    if before is not None and (before.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or before.lower_ in {"'s", "’s"}):
        return None  # "Economist X", "trade envoy X", "the bank's X": a description of its own
    person = rules.args.resolve(root, concepts=False)
    if not person or table.get(person[0].mention).type != "Person":
        return None
    # New to the article: no earlier name shares its surname.
    name = surname(table.get(person[0].mention).name)
    if any(e.label_ == "PERSON" and e.start < sent.start and surname(e.text) == name for e in table.ents):
        return None
    return person[0]
