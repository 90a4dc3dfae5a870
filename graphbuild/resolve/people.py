"""Personal names across a corpus: full names anchor short forms, spelling variants meet.

"Maduro" joins "Nicolas Maduro"; "Zelenskiy" joins "Volodymyr Zelensky"; "al-Sudani" and "Sudani" join
"Mohammed Shia al-Sudani"; "Xi" joins "Xi Jinping" and "Tamim" joins "Tamim bin Hamad Al Thani" in an article
that names him in full. Names are compared by their keys (names.person_key: titles off, transliterations
folded, particles set aside). Every decision names its rule for the merge ledger.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher

from .names import PARTICLES

# Two spellings of a surname are one when this similar (Zelensky / Zelenskiy / Zelenskyy: 0.94).
SIMILAR = 0.85
MIN_LENGTH = 5
SON_OF = {"bin", "ibn", "bint", "ben"}


def similar(a: str, b: str) -> bool:
    return a[:1] == b[:1] and min(len(a), len(b)) >= MIN_LENGTH and SequenceMatcher(None, a, b).ratio() >= SIMILAR


def core(key: str) -> tuple[str, ...]:
    """The words of a name key that are not particles ("al sudani" -> ("sudani",))."""
    words = key.split()
    return tuple(w for w in words if w not in PARTICLES) or tuple(words)


def given(words: tuple[str, ...]) -> str:
    """The first name after any initials ("zameer" of "b z zameer ahmed khan")."""
    return next((w for w in words[:-1] if len(w) > 1), words[0])


class PersonNames:
    def __init__(self, full_names: Counter, by_article: dict[str, set[str]]):
        """``full_names``: keys of names with two words or more besides particles, with how often each was
        seen; ``by_article``: the keys of the person names each article holds."""
        self.by_article = by_article
        self.canonical: dict[str, str] = {}
        reps: list[str] = []
        # The most frequent spelling of a full name stands for its variants.
        for name in sorted(full_names, key=lambda n: (-full_names[n], n)):
            first, last = core(name)[0], core(name)[-1]
            rep = next((r for r in reps if core(r)[0] == first and similar(core(r)[-1], last)), None)
            if rep is None:
                reps.append(name)
            self.canonical[name] = rep or name
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.patronyms: dict[str, set[str]] = defaultdict(set)
        for rep in reps:
            words = rep.split()
            # "Salman" of "Mohammed bin Salman" is his father (King Salman), not a family name.
            if len(words) > 2 and words[-2] in SON_OF:
                self.patronyms[" ".join(words[-2:])].add(rep)
            else:
                self.surnames[core(rep)[-1]].add(rep)

    def resolve(self, key: str, article_id: str) -> tuple[str, str | None]:
        """The key a person mention goes under, and the rule that moved it (None: unchanged)."""
        if not key:
            return key, None
        if key in self.canonical:
            rep = self.canonical[key]
            if rep != key:
                return rep, "spelling"
            return self._part(key, article_id)
        words = core(key)
        if len(words) > 1:
            # A full name spelt another way, whatever type the model gave it ("Volodymyr Zelenskiy").
            rep = next((r for reps in self.surnames.values() for r in sorted(reps)
                        if core(r)[0] == words[0] and similar(core(r)[-1], words[-1])), None)
            if rep:
                return rep, "spelling"
            return self._tail(key, article_id)
        word = words[0]
        if key in self.patronyms:
            # "bin Salman" alone: the one full name ending so.
            fits = sorted(self.patronyms[key])
            return (fits[0], "surname") if len(fits) == 1 else (key, None)
        local = {self.canonical.get(n, n) for n in self.by_article.get(article_id, ())}
        exact = sorted(self.surnames.get(word, ()))
        if exact:
            here = [c for c in exact if c in local]
            # A surname goes to the one full name that carries it, preferring one in the same article;
            # two people who fit keep it apart.
            if len(here) == 1 or (not here and len(exact) == 1):
                return (here or exact)[0], "surname"
            return key, None
        # A first name ("Tamim", "Tedros"; "Xi" for "Xi Jinping"), only beside the one full name here.
        first = sorted(n for n in local if len(core(n)) > 1 and given(core(n)) == word)
        first = [f for f in first if not any(g != f and core(g)[:len(core(f))] == core(f) for g in first)]
        if len(first) == 1:
            return first[0], "first-name"
        close = sorted(rep for last, reps in self.surnames.items() if similar(last, word) for rep in reps)
        if len(close) == 1:
            return close[0], "surname-spelling"
        return key, None

    def _part(self, key: str, article_id: str) -> tuple[str, str | None]:
        """A name of two words or more that is the start or the end of the one longer name in the same
        article: "Anderson-Pyrz" of "Hilda Anderson-Pyrz", "Mishal Al-Ahmad" of "Mishal Al-Ahmad Al-Jaber
        Al-Sabah". Only within an article, where the longer name says who is meant."""
        words, start = key.split(), core(key)
        # Compared on the words besides particles, so "Ahmad Nawaf Al-Ahmad" is the start of "Ahmad Al-Nawaf
        # Al-Ahmad Al-Sabah" as well; each longer name counts as the one it is spelt for.
        fits = sorted({self.canonical.get(n, n) for n in self.by_article.get(article_id, ()) if n != key and (
            len(start) > 1 and len(core(n)) > len(start) and core(n)[:len(start)] == start
            # The tail only as a family name of two words after one given name: the tail of a longer chain
            # ("Nawaf Al-Ahmad Al-Jaber" of "Ahmad Nawaf Al-Ahmad Al-Jaber") is the father, not the son.
            or len(n.split()) == len(words) + 1 and n.split()[1:] == words and len(words) == 2
            and not set(words) & PARTICLES)} - {self.canonical.get(key, key)})
        # Only the longest of names that start one another: "Ahmad Al-Nawaf" of "Ahmad Nawaf Al-Ahmad" of the full.
        fits = [f for f in fits if not any(g != f and core(g)[:len(core(f))] == core(f) for g in fits)]
        if len(fits) == 1:
            return fits[0], "part-of-name"
        return key, None

    def _tail(self, key: str, article_id: str, here_only: bool = False) -> tuple[str, str | None]:
        """A family name of two words ("Aboul-Gheit" of "Ahmed Aboul Gheit"), to the one full name ending so;
        never the tail of a chain of fathers' names ("Hamad Al Thani" of "Tamim bin Hamad Al Thani")."""
        words = key.split()
        fits = sorted(r for reps in self.surnames.values() for r in reps
                      if len(r.split()) > len(words) and r.split()[-len(words):] == words
                      and r.split()[-len(words) - 1] not in SON_OF)
        local = {self.canonical.get(n, n) for n in self.by_article.get(article_id, ())}
        here = [r for r in fits if r in local]
        if len(here) == 1 or (not here and not here_only and len(fits) == 1):
            return (here or fits)[0], "surname"
        return key, None
