"""Evidence as the panel shows it: sentences without the quote marks and blanks that sentence splitting
leaves at their ends, with the highlighted mentions moved to match; and the articles, dated or not."""
from __future__ import annotations

import rdflib
from rdflib.namespace import RDF

from ..rdf.namespaces import SCHEMA

STRAIGHT = "\"'"
OPENING, CLOSING = "“‘«„", "”’»"


def _stray_start(text: str) -> bool:
    ch = text[0]
    if ch in CLOSING:
        return True
    if ch in OPENING:
        partner = CLOSING[OPENING.index(ch)] if ch != "„" else "“”"
        return not any(p in text[1:] for p in partner)
    # An odd straight quote: stray at the start when a blank follows it, or when pairing the quotes from
    # the left leaves it alone; otherwise the unpaired one is at the end.
    return ch in STRAIGHT and text.count(ch) % 2 == 1 and (len(text) == 1 or text[1].isspace()
                                                           or text.count(ch) == 1 and not text[-1] == ch)


def _stray_end(text: str) -> bool:
    ch = text[-1]
    if ch in OPENING:
        return True
    if ch in CLOSING:
        partner = OPENING[CLOSING.index(ch)]
        return partner not in text[:-1] and not (ch == "”" and "„" in text[:-1])
    return ch in STRAIGHT and text.count(ch) % 2 == 1


def trim_sentence(sentence: str) -> tuple[str, int]:
    """(the sentence without stray quotes and whitespace at its ends, how many characters left its start)."""
    start, end = 0, len(sentence)
    while start < end:
        text = sentence[start:end]
        if text[0].isspace() or _stray_start(text):
            start += 1
        elif text[-1].isspace() or _stray_end(text):
            end -= 1
        else:
            break
    return sentence[start:end], start


def tidy_evidence(rows: list[dict]) -> list[dict]:
    out = []
    for row in rows:
        sentence, cut = trim_sentence(row["sentence"])
        row = dict(row, sentence=sentence)
        for name in ("subject", "object"):
            span = row.get(name)
            if span:
                start, end = max(span[0] - cut, 0), min(span[1] - cut, len(sentence))
                row[name] = [start, end] if start < end else None
        out.append(row)
    return out


def article_table(graph: rdflib.Graph) -> dict[str, dict]:
    """Article IRI -> its headline and publication date ("" when the article has none: .txt input)."""
    out = {}
    for article in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        out[str(article)] = {"title": str(graph.value(article, SCHEMA.headline) or ""),
                             "date": str(graph.value(article, SCHEMA.datePublished) or "")[:10]}
    return out
