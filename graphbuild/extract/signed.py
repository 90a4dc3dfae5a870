"""Titles written as a signature or a list of participants writes them, each part set off by commas: "Jane Doe,
Director, Westland Centre for Policy", "Kofi Mensah, MP, Akim North and Ranking Member, Finance Committee". The parser
makes little of such lines; the words keep their order: a title alone between commas, then the body's name.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .arguments import Arg
from .titled import TITLE_WORDS, title_kind
from .found import ROLES

# How far past the name the line may run: a few short parts.
REACH = 16


def _title_run(doc, i: int, end: int) -> int | None:
    """The end of a run of capitalised title words from ``i`` ("Ranking Member", "Director"), or None."""
    j = i
    while j < end and doc[j].text[:1].isupper() and (doc[j].lower_ in TITLE_WORDS or doc[j].lower_ == "ranking"):
        j += 1
    return j if j > i and doc[j - 1].lower_ in TITLE_WORDS else None


def signed_titles(rules, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end].text != ",":
        return []
    person = [a for a in rules.args.resolve(ent.root, concepts=False) if a.span[0] == ent.start_char]
    if not person or rules.args.table.get(person[0].mention).type != "Person":
        return []
    end = min(ent.sent.end, ent.end + REACH)
    out, i = [], ent.end + 1
    while i < end:
        token = doc[i]
        if token.pos_ == "VERB":
            break  # the clause's verb: the line is over
        other = rules.args.table.entity_at(token) if token.ent_type_ == "PERSON" else None
        if other is not None:
            # Another person with titles of his own ("Tom Reyes, Chairman, ..."); a constituency read as a name
            # ("MP, Akim North and ...") is passed over.
            if other.end + 1 < end and doc[other.end].text == "," and _title_run(doc, other.end + 1, end):
                break
            i = other.end
            continue
        start = i + (token.lower_ == "and")
        stop = _title_run(doc, start, end) if start == i + 1 or doc[i - 1].text == "," else None
        if stop is not None and stop + 1 < end and doc[stop].text == ",":
            org = rules.args.table.entity_at(doc[stop + 1])
            if org is not None and org.label_ == "ORG" and org.start == stop + 1 and (
                    org.end >= len(doc) or doc[org.end].text in {",", ".", ";"}):
                kind = title_kind([t.text for t in doc[start:stop] if t.lower_ != "ranking"])
                bodies = [b for b in rules.args.resolve(org.root, concepts=False)
                          if rules.args.table.get(b.mention).type == "Organization"]
                out += [(person[0], kind, b, doc[stop - 1]) for b in bodies if kind]
                i = org.end
                continue
        i += 1
    return out


def signed(rules, found: list) -> list[tuple[Arg, str, Arg, Token]]:
    """Every such title no other rule has given the pair."""
    held = {(f.subject.mention, f.object.mention) for f in found if f.predicate in ROLES}
    return [t for ent in rules.args.table.ents for t in signed_titles(rules, ent)
            if (t[0].mention, t[2].mention) not in held]
