"""A name the recogniser did not tag, known by the title set after it: "Sanu Ankor, chairman of the Westland Chamber
of Commerce, warned ...". Capitalised words opening a clause, then a comma, a title and the body it is "of": the
words are a person's name, and the person holds the title in the body.
"""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import Arg
from .titled import HONORIFIC_WORDS, TITLE_WORDS, title_kind

OPENERS = {",", "“", '"', "”", "said", "says"}


def _name_end(doc, i: int) -> int:
    """The end of a run of two to four capitalised words from ``i`` that no entity holds, or ``i``."""
    j = i
    while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].ent_type_ == "" \
            and doc[j].lower_ not in TITLE_WORDS and doc[j].lower_.strip(".") not in HONORIFIC_WORDS:
        j += 1
    return j if j - i >= 2 else i


def untagged_titled(rules) -> list[tuple[Arg, str, Arg, Token]]:
    doc, table = rules.doc, rules.args.table
    out = []
    for sent in doc.sents:
        for i in range(sent.start, sent.end - 5):
            if i > sent.start and doc[i - 1].lower_ not in OPENERS:
                continue
            end = _name_end(doc, i)
            if end == i or end + 4 >= sent.end or doc[end].text != ",":
                continue
            k = end + 1 + (doc[end + 1].lower_ in {"a", "an", "the"})
            start = k
            while k < sent.end and doc[k].lower_ in TITLE_WORDS:
                k += 1
            if k == start or k + 1 >= sent.end or doc[k].lower_ != "of":
                continue
            j = k + 1 + (doc[k + 1].lower_ == "the")
            org = table.entity_at(doc[j]) if j < sent.end else None
            kind = title_kind([t.text for t in doc[start:k]])
            if org is None or org.label_ != "ORG" or org.start != j or kind is None:
                continue
            bodies = [b for b in rules.args.resolve(org.root, concepts=False)
                      if table.get(b.mention).type == "Organization"]
            if not bodies:
                continue
            span = doc[i:end]
            person = Arg(table.add_words(span, span.text, "Person"), (span.start_char, span.end_char), "name")
            out += [(person, kind, b, doc[k - 1]) for b in bodies]
    return out
