"""The model's own components made cheaper, each giving exactly the annotations of the stock one.

spaCy's English rule lemmatizer and attribute ruler are general tools; on news they were two of the model's
costliest steps for work that a set or a dictionary answers. Each speed-up is checked against the stock
component in tests/nlp/test_model.py."""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG


class _WordIndex(list):
    """One part of speech's words in the rule lemmatizer's lemma_index table: still the list the table holds
    (and saves), but answering ``in`` from a set. spaCy tests every candidate lemma against the list by a
    linear scan (58,000 nouns): that made the lemmatizer the model's third costliest component."""

    def __init__(self, words):
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._words


LEMMA_MEMO = 500_000  # (word, part of speech, morphology) keys kept before the memo starts over: bounded memory


def quick_lemmas(nlp) -> None:
    """The model's rule lemmatizer made cheaper, every lemma the same: lemma_index answers membership from sets,
    and each word's lemma is remembered by (word, part of speech, morphology), all the rules read; spaCy caches
    only words not in their base form, and recomputes the rest at every occurrence."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "rule_lemmatize"):
        return
    if lemmatizer.lookups.has_table("lemma_index"):
        index = lemmatizer.lookups.get_table("lemma_index")
        for key, words in list(index.items()):
            if type(words) is list:
                index[key] = _WordIndex(words)
    if nlp.lang != "en":
        return  # the memo's key is what English's rules read; other languages' rules may read more
    rule = lemmatizer.rule_lemmatize
    memo: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = memo.get(key)
        if forms is None:
            if len(memo) >= LEMMA_MEMO:
                memo.clear()
            forms = memo[key] = rule(token)
        return forms

    lemmatizer.lemmatize = lemmatize


# What an attribute-ruler pattern may test here, in the column order of _COLUMNS.
_COLUMNS = (TAG, LOWER, DEP, IS_SPACE)
_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
ATTRIBUTE_MEMO = 200_000  # (tag, word, dependency, space) keys kept before the memo starts over


def _test(name: str, value, strings):
    """(column, kind, value) for one attribute of a token pattern, as spaCy's Matcher reads it: the token's
    value in the column is (kind "in") or is not ("out") one of a set, or its text fits a regular expression;
    None for what only the Matcher reads."""
    column = _NAMES.index(name)
    if name == "IS_SPACE":
        return (column, "in", frozenset([int(value)])) if isinstance(value, bool) else None
    if isinstance(value, str):
        return column, "in", frozenset([strings[value]])
    if isinstance(value, dict) and len(value) == 1:
        (op, words), = value.items()
        if op == "REGEX" and isinstance(words, str):
            return column, "re", re.compile(words)
        if op in ("IN", "NOT_IN") and isinstance(words, list) and all(isinstance(w, str) for w in words):
            return column, "in" if op == "IN" else "out", frozenset(strings[w] for w in words)
    return None


def _tokens(pattern: list, strings):
    """Each token's tests of a fixed-length pattern (no operators, only the attributes above), or None."""
    if not pattern or not all(name in _NAMES for token in pattern for name in token):
        return None
    tokens = tuple(tuple(_test(name, value, strings) for name, value in token.items()) for token in pattern)
    return None if any(None in token for token in tokens) else tokens


def _fits(row: tuple, tests: tuple, strings) -> bool:
    for column, kind, value in tests:
        if kind == "re":
            if not value.search(strings[row[column]]):
                return False
        elif (row[column] in value) != (kind == "in"):
            return False
    return True


def quick_attributes(nlp) -> None:
    """The model's attribute ruler matching its patterns (all 179 of the English model's: fixed length, tests
    of tag, word, dependency and space) by a dictionary from a token's tag, word, dependency and space flag to
    the patterns that may start there; any other pattern with spaCy's Matcher as before. The Matcher tries
    every pattern at every token: 17 microseconds a word, the model's fourth costliest step. Matches, their
    order and so every annotation are the stock ones."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not all(hasattr(ruler, name) for name in ("matcher", "attrs", "match")):
        return
    from spacy.matcher import Matcher

    strings = nlp.vocab.strings
    rest = Matcher(nlp.vocab)
    by_tag: dict[int, list] = {}
    by_word: dict[int, list] = {}
    general: list = []
    for attr_id in range(len(ruler.attrs)):
        key = str(attr_id)
        patterns = ruler.matcher.get(key)[1]
        tokens = _tokens(patterns[0], strings) if len(patterns) == 1 else None
        if tokens is None:
            rest.add(key, patterns)
            continue
        rule = (attr_id, strings[key], tokens)
        # Filed under the tag (or else the word) its first token demands: a token is tried only against those.
        filed = next(((column, index, value) for column, index in ((0, by_tag), (1, by_word))
                      for c, kind, value in tokens[0] if c == column and kind == "in"), None)
        if filed is None:
            general.append(rule)
        else:
            for value in filed[2]:
                filed[1].setdefault(value, []).append(rule)
    memo: dict[tuple, tuple] = {}

    def starting(row: tuple) -> tuple:
        rules = by_tag.get(row[0], []) + by_word.get(row[1], []) + general
        return tuple(rule for rule in rules if _fits(row, rule[2][0], strings))

    def match(doc):
        rows = list(map(tuple, doc.to_array(_COLUMNS).tolist()))
        found = []
        for i, row in enumerate(rows):
            rules = memo.get(row)
            if rules is None:
                if len(memo) >= ATTRIBUTE_MEMO:
                    memo.clear()
                rules = memo[row] = starting(row)
            for attr_id, match_id, tokens in rules:
                end = i + len(tokens)
                if end <= len(rows) and all(_fits(rows[i + k], tokens[k], strings) for k in range(1, len(tokens))):
                    found.append((attr_id, match_id, i, end))
        if len(rest):
            found.extend((int(strings[m]), m, s, e) for m, s, e in rest(doc, allow_missing=True, as_spans=False))
        found.sort()  # as the stock ruler sorts: by rule, so that later rules win
        return found

    ruler.match = match
