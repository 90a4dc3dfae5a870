"""The Worldwide Newswire corpus's BIO files as spaCy Docs, and entity recognition scored on them.

A file holds one token a line, then a tab and its tag (O, B-Person, I-Person, ...), and a blank line between
sentences. Nested names carry further tag columns; only the first, the outermost name, is read. A few lines
separate token and tag with spaces instead of a tab, and a few tokens hold a space ("7:00 pm"): those become
several words, the first keeping the tag's B-.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from ..errors import InputError
from .metrics import Counts

TYPES = ("Person", "Location", "Facility", "Organization", "NORP", "Misc", "Product", "Date", "Money")
# The corpus's types as CoNLL04's, for scoring. Dates, sums and products have no CoNLL04 type.
GOLD_TYPES = {"Person": "Peop", "Organization": "Org", "Location": "Loc", "Facility": "Loc",
              "NORP": "Other", "Misc": "Other"}
# spaCy's labels as CoNLL04's on this corpus: as eval ner maps them on CoNLL04, except that numbers
# (PERCENT, QUANTITY) are never names here, and laws, works and languages are the corpus's Misc.
PREDICTED_TYPES = {"PERSON": "Peop", "ORG": "Org", "GPE": "Loc", "LOC": "Loc", "FAC": "Loc",
                   "NORP": "Other", "EVENT": "Other", "LAW": "Other", "WORK_OF_ART": "Other",
                   "LANGUAGE": "Other"}
# Tokens written without a space before them, and after them.
_CLOSERS = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "’s", "’"}
_OPENERS = {"(", "[", "{", "$"}


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]


def read_bio(path: str | Path) -> list[Sentence]:
    """The sentences of one BIO file; an InputError naming the file and line for anything else."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot be read as a BIO file ({err})", path=str(path)) from None
    sentences, words, tags = [], [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            if words:
                sentences.append(Sentence(tuple(words), tuple(tags)))
                words, tags = [], []
            continue
        cells = line.split("\t") if "\t" in line else line.rsplit(None, 1)
        tag = cells[1].strip() if len(cells) > 1 else ""
        parts = cells[0].split()
        if not parts or not (tag == "O" or tag[:2] in {"B-", "I-"} and len(tag) > 2):
            raise InputError(f"line {number} is not a token, a tab and a BIO tag: {line[:60]!r}", path=str(path))
        for n, word in enumerate(parts):
            words.append(word)
            tags.append(tag if n == 0 or tag == "O" else "I-" + tag[2:])
    if words:
        sentences.append(Sentence(tuple(words), tuple(tags)))
    if not sentences:
        raise InputError("holds no tokens", path=str(path))
    return sentences


def bio_spans(tags) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans; an I- tag that does not continue its type starts a name."""
    spans, start, kind = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            spans.append((start, i, kind))
            start = None
        if tag != "O" and start is None:
            start, kind = i, tag[2:]
    return spans


def to_doc(vocab, sentences: list[Sentence]) -> tuple[Doc, list[tuple[int, int, str]]]:
    """One Doc of the file's words, with sentence starts and guessed spaces, and its gold spans."""
    words = [w for s in sentences for w in s.words]
    tags = [t for s in sentences for t in s.tags]
    starts = [n == 0 for s in sentences for n in range(len(s.words))]
    spaces = [not (nxt in _CLOSERS or word in _OPENERS) for word, nxt in zip(words, [*words[1:], ","])]
    spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, sent_starts=starts), bio_spans(tags)


def tsv_files(path: str | Path) -> list[Path]:
    """A .tsv file, or the sorted .tsv files of a folder."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(".tsv"))
        if not files:
            raise InputError("holds no .tsv file", path=str(path))
        return files
    if not path.is_file():
        raise InputError("no such file or folder", path=str(path))
    return [path]


def score(pairs, predicted_types: dict | None = None) -> dict:
    """Strict micro-F1 (span and type exact) of (predicted Doc, gold spans) pairs, in CoNLL04's types."""
    predicted_types = predicted_types or PREDICTED_TYPES
    total, by_type = Counts(), defaultdict(Counts)
    for doc, gold_spans in pairs:
        pred = {(e.start, e.end, predicted_types[e.label_]) for e in doc.ents if e.label_ in predicted_types}
        gold = {(a, b, GOLD_TYPES[t]) for a, b, t in gold_spans if t in GOLD_TYPES}
        total.add(pred, gold)
        for kind in {t for *_, t in pred | gold}:
            by_type[kind].add({e for e in pred if e[2] == kind}, {e for e in gold if e[2] == kind})
    return {"ner_strict": total.as_dict(), "ner_by_type": {k: v.as_dict() for k, v in sorted(by_type.items())}}


def load_docs(vocab, files) -> list[tuple[Doc, list]]:
    return [to_doc(vocab, read_bio(f)) for f in files]


def evaluate(nlp, files) -> dict:
    """The pipeline over each file's own tokens, scored strictly."""
    docs = load_docs(nlp.vocab, files)
    predicted = nlp.pipe([doc for doc, _ in docs], batch_size=8)
    result = score(zip(predicted, [gold for _, gold in docs]))
    return {"files": len(docs), **result}
