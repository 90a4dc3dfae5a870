"""Titles shared by the names of a list, read on the words where the parse does not join the names: "Unity Party
lawmakers A, B and C" (the plural title before the first name holds for the later ones), "A and B, both Unity Party
lawmakers," or "A, B and C, all members of the Harbour Council," (a plural title after the list holds for each
name), and "the Harbour Council's members, A and B," (the list in apposition to a plural title). A title written
past another person's name is not the first name's.

Mixed into RoleRules, whose title rules it reads.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .arguments import Arg
from .titled import TITLE_WORDS, singular

# Words before a plural title that give it to every name of the list: "both", "all", "two".
SHARING = {"both", "all", "each"}
# Words that may stand between the list and its plural title: the body's name and its qualifiers.
QUALIFYING = {"DET", "ADJ", "PROPN", "NOUN", "NUM"}


def listed_names(table, ent: Span) -> list[Span]:
    """The names written in one list with ``ent``, joined by commas and "and", in their order."""
    doc = ent.doc
    names = [ent]
    i = ent.start
    while i >= 2 and doc[i - 1].lower_ in {",", "and"}:
        j = i - 1 - (doc[i - 1].lower_ == "and" and doc[i - 2].text == ",")
        before = table.entity_at(doc[j - 1]) if j >= 1 else None
        if before is None or before.label_ != "PERSON" or before.end != j or _apart(before, ent):
            break
        names.insert(0, before)
        i = before.start
    k = ent.end
    while k + 1 < len(doc) and doc[k].lower_ in {",", "and"}:
        m = k + 1 + (doc[k].text == "," and doc[k + 1].lower_ == "and")
        after = table.entity_at(doc[m]) if m < len(doc) else None
        if after is None or after.label_ != "PERSON" or after.start != m or _apart(after, ent):
            break
        names.append(after)
        k = after.end
    return names


def _apart(other: Span, ent: Span) -> bool:
    # "A spoke to B, and C of the Green Party said": a subject of another clause, not one list with B.
    a, b = other.root, ent.root
    return (a.dep_ in {"nsubj", "nsubjpass"} or b.dep_ in {"nsubj", "nsubjpass"}) and a.head != b.head \
        and a not in b.conjuncts


def name_between(table, start: int, end: int) -> bool:
    """Whether another item of a list, a person's name set off by a comma or a semicolon, is written between words
    ``start`` and ``end`` (a word taken for a name inside a run of titles is no item)."""
    # The name must be followed by its separator inside the range: the first name's own apposition comma, at
    # either end of it, sets off no item.
    return any((e := table.entity_at(t)) is not None and e.label_ == "PERSON" and e.end < end
               and table.doc[e.end].text in {",", ";"} for t in table.doc[start:end])


def named_between(table, title: Token, other: Token) -> bool:
    """Whether a person's name stands among the conjuncts between two titles: the later title is that person's."""
    low, high = sorted((title.i, other.i))
    return any(low < c.i < high and (e := table.entity_at(c)) is not None and e.label_ == "PERSON"
               for c in title.conjuncts)


class SharedTitles:
    def listed_title(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """The plural title a list shares, written before its first name, after its last, or in apposition."""
        names = listed_names(self.table, ent)
        return self.title_before_list(person, ent, names) or self.title_after_list(person, ent, names) \
            or self.title_apposed_list(person, ent, names)

    def title_before_list(self, person: Arg, ent: Span, names: list[Span]) -> list[tuple[Arg, str, Arg, Token]]:
        """ "Unity Party lawmakers A, B and C": a later name holds the plural title of the list's first."""
        first = names[0]
        if first.start == ent.start:
            return []
        run = self._run_before(ent.doc, self._name_start(first))
        if not run or singular(run[-1].text) == run[-1].lower_:
            return []
        return [(person, kind, body, anchor) for _, kind, body, anchor in self.person(first)
                if anchor.i == run[-1].i]

    def title_after_list(self, person: Arg, ent: Span, names: list[Span]) -> list[tuple[Arg, str, Arg, Token]]:
        """ "A and B, both Unity Party lawmakers,", "A, B and C, all members of the Y": each listed name holds the
        plural title written after the list."""
        doc = ent.doc
        k = names[-1].end
        if len(names) < 2 or k + 2 >= len(doc) or doc[k].text != ",":
            return []
        k += 1 + (doc[k + 1].lower_ in SHARING or doc[k + 1].like_num)
        for word in doc[k: k + 6]:
            title = singular(word.text)
            if word.tag_ in {"NNS", "NNPS"} and title in TITLE_WORDS and title != word.lower_:
                return self._noun_title(person, word) if self.table.entity_at(word) is None else []
            if word.pos_ not in QUALIFYING:
                return []
        return []

    def title_apposed_list(self, person: Arg, ent: Span, names: list[Span]) -> list[tuple[Arg, str, Arg, Token]]:
        """ "Chile's foreign and finance ministers, A and B,", "two Harwick Bank economists, A and B,": each listed
        name holds the plural title the list stands in apposition to. Closed by a comma, or so parsed: "After
        meeting the ministers, A and B said" makes the names the clause's subject."""
        doc = ent.doc
        first, last = names[0], names[-1]
        if first.start < 2 or doc[first.start - 1].text != ",":
            return []
        title = doc[first.start - 2]
        if title.tag_ not in {"NNS", "NNPS"} or singular(title.text) not in TITLE_WORDS \
                or singular(title.text) == title.lower_ or self.table.entity_at(title) is not None:
            return []
        closed = last.end < len(doc) and doc[last.end].text == ","
        if not closed and not (first.root.dep_ == "appos" and first.root.head.i == title.i):
            return []
        return self._noun_title(person, title)
