"""Personal names across a corpus: full names anchor short forms, spelling variants meet.

"Maduro" joins "Nicolas Maduro"; "Zelenskiy" joins "Volodymyr Zelensky"; "Xi" joins "Xi Jinping" in an
article that names him in full (family name first). Every decision names its rule for the merge ledger.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher

# Two spellings of a surname are one when this similar (Zelensky / Zelenskiy / Zelenskyy: 0.94).
SIMILAR = 0.85
MIN_LENGTH = 5


def similar(a: str, b: str) -> bool:
    return a[:1] == b[:1] and min(len(a), len(b)) >= MIN_LENGTH and SequenceMatcher(None, a, b).ratio() >= SIMILAR


class PersonNames:
    def __init__(self, full_names: Counter, by_article: dict[str, set[str]]):
        """``full_names``: folded names of two words or more, with how often each was seen;
        ``by_article``: the folded person names each article holds."""
        self.by_article = by_article
        self.canonical: dict[str, str] = {}
        reps: list[str] = []
        # The most frequent spelling of a full name stands for its variants.
        for name in sorted(full_names, key=lambda n: (-full_names[n], n)):
            first, last = name.split()[0], name.split()[-1]
            rep = next((r for r in reps if r.split()[0] == first and similar(r.split()[-1], last)), None)
            if rep is None:
                reps.append(name)
            self.canonical[name] = rep or name
        self.surnames: dict[str, set[str]] = defaultdict(set)
        for rep in reps:
            self.surnames[rep.split()[-1]].add(rep)

    def resolve(self, folded: str, article_id: str) -> tuple[str, str | None]:
        """The folded name a person mention goes under, and the rule that moved it (None: unchanged)."""
        if folded in self.canonical:
            rep = self.canonical[folded]
            return rep, None if rep == folded else "spelling"
        words = folded.split()
        if len(words) > 1:
            # A full name spelt another way, whatever type the model gave it ("Volodymyr Zelenskiy").
            rep = next((r for reps in self.surnames.values() for r in sorted(reps)
                        if r.split()[0] == words[0] and similar(r.split()[-1], words[-1])), None)
            return (rep, "spelling") if rep else (folded, None)
        word = words[0]
        local = {self.canonical.get(n, n) for n in self.by_article.get(article_id, ())}
        exact = sorted(self.surnames.get(word, ()))
        if exact:
            here = [c for c in exact if c in local]
            # A surname goes to the one full name that carries it, preferring one in the same article.
            if len(here) == 1 or len(exact) == 1:
                return (here or exact)[0], "surname"
            return folded, None
        close = sorted(rep for last, reps in self.surnames.items() if similar(last, word) for rep in reps)
        if len(close) == 1:
            return close[0], "surname-spelling"
        # Family name first ("Xi" for "Xi Jinping"), only beside the full name in the same article.
        first = sorted(n for n in local if len(n.split()) == 2 and n.split()[0] == word)
        if len(first) == 1:
            return first[0], "family-name"
        return folded, None
