"""Personal names across a corpus: full names anchor short forms, spelling variants meet.

"Maduro" joins "Nicolas Maduro"; "Zelenskiy" joins "Volodymyr Zelensky"; "al-Sudani" and "Sudani" join
"Mohammed Shia al-Sudani"; "Xi" joins "Xi Jinping" and "Tamim" joins "Tamim bin Hamad Al Thani" in an article
that names him in full. Names are compared by their keys (names.person_key: titles off, transliterations
folded, particles set aside). Every decision names its rule for the merge ledger.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache

from .names import PARTICLES, SON_OF, VARIANTS, person_key_core

# Two spellings of a surname are one when this similar (Zelensky / Zelenskiy / Zelenskyy: 0.94).
SIMILAR = 0.85
MIN_LENGTH = 5


@lru_cache(maxsize=1 << 16)
def similar(a: str, b: str) -> bool:
    # The ratio counts matched letters, so it is at most 2 * shorter / (len(a) + len(b)), and at most the same
    # with the letters the two share counted instead (difflib's quick_ratio): most pairs fail on those.
    return (a[:1] == b[:1] and _within_length(len(a), len(b))
            and 2.0 * sum((_letters(a) & _letters(b)).values()) / (len(a) + len(b)) >= SIMILAR
            and SequenceMatcher(None, a, b).ratio() >= SIMILAR)


def _within_length(x: int, y: int) -> bool:
    """Whether words of these lengths may be similar at all."""
    return min(x, y) >= MIN_LENGTH and 2.0 * min(x, y) / (x + y) >= SIMILAR


@lru_cache(maxsize=1 << 16)
def _letters(word: str) -> Counter:
    return Counter(word)


# Words that mark an Arabic chain of names, whose inner words are fathers and grandfathers.
ARABIC_LINKS = SON_OF | {"al", "el", "ul"}

# Given names whose spellings the key folds ("Abdullah", "Hussein", "Ali"): family names too, so never enough alone.
GIVEN_NAMES = frozenset(VARIANTS) | frozenset(VARIANTS.values())


@lru_cache(maxsize=1 << 16)
def core(key: str) -> tuple[str, ...]:
    """The words of a name key that are not particles ("al sudani" -> ("sudani",))."""
    return person_key_core(key.split())


# A ruler's title makes the word after it a regnal or royal given name ("Emperor Theodore", "King Charles").
ROYAL = frozenset("emperor empress king queen sultan sultana pope tsar czar tsarina czarina shah emir amir pharaoh "
                  "khedive negus kaiser monarch prince princess maharaja raja rajah".split())


# Offices no ruler holds; words of address ("Sheikh", "Dr") and demonyms say nothing either way.
OFFICES = frozenset("president minister premier chancellor secretary governor senator mayor general commander "
                    "ambassador director chairman chairwoman chair judge speaker spokesman spokeswoman".split())


def royal(titles: set[str]) -> bool | None:
    """Whether the titles written with a name are a ruler's (True), another office's (False), or neither (None)."""
    words = {w for t in titles for w in t.split()}
    return True if words & ROYAL else False if words & OFFICES else None


def given(words: tuple[str, ...]) -> str:
    """The first name after any initials ("zameer" of "b z zameer ahmed khan")."""
    return next((w for w in words[:-1] if len(w) > 1), words[0])


class PersonNames:
    def __init__(self, full_names: Counter, by_article: dict[str, set[str]], families: dict[str, str] | None = None,
                 first_at: dict[tuple[str, str], int] | None = None,
                 titles: dict[tuple[str, str], set[str]] | None = None,
                 last_at: dict[tuple[str, str], int] | None = None):
        """``full_names``: keys of names with two words or more besides particles, with how often each was
        seen; ``by_article``: the keys of the person names each article holds; ``families``: the family name of
        a full name whose family name is not its last word ("chong" of "sophia chong suk fan"); ``first_at``:
        where in its article each (article, key) is first written; ``titles``: the titles written before each
        (article, key), lower case ("emperor"); ``last_at``: where each is last written."""
        self.by_article = by_article
        self.first_at = first_at or {}
        self.last_at = last_at or {}
        self.titles = titles or {}
        self.canonical: dict[str, str] = {}
        reps: list[str] = []
        # Reps by first word, in the order found: the only ones a name's spelling test can pick.
        by_first: dict[str, list[str]] = defaultdict(list)
        # The most frequent spelling of a full name stands for its variants.
        for name in sorted(full_names, key=lambda n: (-full_names[n], n)):
            first, last = core(name)[0], core(name)[-1]
            rep = next((r for r in by_first.get(first, ()) if similar(core(r)[-1], last)), None)
            if rep is None:
                reps.append(name)
                by_first[first].append(name)
            self.canonical[name] = rep or name
        # The titles each full name is written with, in any article, under the spelling that stands for it.
        self._titles_of: dict[str, set[str]] = defaultdict(set)
        for (_, key), words in self.titles.items():
            self._titles_of[self.canonical.get(key, key)] |= words
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.patronyms: dict[str, set[str]] = defaultdict(set)
        for rep in reps:
            words = rep.split()
            # "Salman" of "Mohammed bin Salman" is his father (King Salman), not a family name.
            if len(words) > 2 and words[-2] in SON_OF:
                self.patronyms[" ".join(words[-2:])].add(rep)
            else:
                self.surnames[(families or {}).get(rep) or core(rep)[-1]].add(rep)
        # Indexes over the reps, so that each lookup reads only the names that can fit, in the order a scan
        # of every surname would meet them: by first word, by first letter of the surname, by last word.
        self._spelt: dict[str, list[str]] = defaultdict(list)
        self._ends: dict[str, list[str]] = defaultdict(list)
        for surname, names in self.surnames.items():
            for rep in sorted(names):
                self._spelt[core(rep)[0]].append(rep)
                self._ends[rep.split()[-1]].append(rep)
        self._initials: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        for surname in self.surnames:
            self._initials[surname[:1]][len(surname)].append(surname)
        self._local: dict[str, set[str]] = {}

    def local(self, article_id: str) -> set[str]:
        """The canonical full names of the people an article names."""
        if article_id not in self._local:
            self._local[article_id] = {self.canonical.get(n, n) for n in self.by_article.get(article_id, ())}
        return self._local[article_id]

    def resolve(self, key: str, article_id: str) -> tuple[str, str | None]:
        """The key a person mention goes under, and the rule that moved it (None: unchanged)."""
        if not key:
            return key, None
        if key in self.canonical:
            rep = self.canonical[key]
            if rep != key:
                return rep, "spelling"
            part = self._part(key, article_id)
            # "Ben-Dror" alone reads as a given name and a surname; after the one full name of the article that
            # ends so ("Yoram Ben-Dror") it is that family name, as "bin Salman" below.
            if part[1] is not None or key.split()[0] != "ben":
                return part
            at = self.first_at.get((article_id, key), -1)
            fits = [f for f in sorted(self.patronyms.get(key, ())) if f in self.local(article_id)
                    and self.first_at.get((article_id, f), at) < at]
            return (fits[0], "surname") if len(fits) == 1 else part
        words = core(key)
        if len(words) > 1:
            # A full name spelt another way, whatever type the model gave it ("Volodymyr Zelenskiy").
            rep = next((r for r in self._spelt.get(words[0], ()) if similar(core(r)[-1], words[-1])), None)
            if rep:
                return rep, "spelling"
            return self._tail(key, article_id)
        word = words[0]
        if key in self.patronyms:
            # "bin Salman" alone: the one full name ending so.
            fits = sorted(self.patronyms[key])
            return (fits[0], "surname") if len(fits) == 1 else (key, None)
        local = self.local(article_id)
        exact = sorted(self.surnames.get(word, ()))
        if exact:
            # A woman's married name ("Gabriela Rodriguez de Bukele") carries her husband's surname after "de": the
            # bare surname is as often the husband, so it joins only a name written with the "de" ("de Bukele").
            exact = [c for c in exact if self._fits(key, article_id, c)
                     and not (len(c.split()) > 2 and c.split()[-2] == "de" and key.split()[0] != "de")]
            here = [c for c in exact if c in local]
            # "Karimi Qodousi" the tail of "Javad Karimi Qodousi" here: two names of one person.
            whole = {self._part(c, article_id)[0] for c in here}
            here = sorted(whole) if len(whole) == 1 else here
            # A surname goes to the one full name that carries it, preferring one in the same article;
            # two people who fit keep it apart.
            # The full name may itself be the start of a longer one here: "Lux" of "Nhlanhla Lux" of "Nhlanhla
            # Lux Dlamini" is the one person.
            # Two of them here: the one named before the surname is first used, as the story's own person
            # ("Pallonji Mistry ... Mistry ...", his father named later). A family name written first ("Lee
            # Dae-jun", "Huang Chien-feng") is shared by many in one story, and "Lee said" once both Lees are
            # named may be either (one key holds all its uses): only where every use comes before the other's name.
            at = self.first_at.get((article_id, key), -1)
            before = [c for c in here if self.first_at.get((article_id, c), at) < at]
            if before and before[0].split()[0] == word:
                end = self.last_at.get((article_id, key), -1)
                before = before if len([c for c in here if self.first_at.get((article_id, c), end) < end]) == 1 else []
            if len(here) == 1 or len(before) == 1:
                return self._part((before or here)[0], article_id)[0], "surname"
            # From another article only where the word is no one's given name: "King Abdullah" of one story is
            # not "Farooq Abdullah" of the next.
            if not here and len(exact) == 1 and word not in GIVEN_NAMES and word not in self._spelt:
                return exact[0], "surname"
            return key, None
        # A first name ("Tamim", "Tedros"; "Xi" for "Xi Jinping"), only beside the one full name here; a word
        # after a particle is a family name ("Ben Ali" is not Ali Hajizadeh).
        first = ([] if key.split()[0] in PARTICLES
                 else sorted(n for n in local if len(core(n)) > 1 and given(core(n)) == word))
        first = [f for f in first if not any(g != f and core(g)[:len(core(f))] == core(f) for g in first)]
        # A first name points back to a full name written before it: "Crown Prince Hussein" ahead of "Hussein
        # Sheikh" is someone else. (A Korean or Chinese family name, written first, is a surname above.)
        here = self.first_at.get((article_id, key))
        first = [f for f in first if (here is None or self.first_at.get((article_id, f), -1) < here)
                 and self._fits(key, article_id, f)]
        if len(first) == 1:
            return self._longer(word, first[0], article_id), "first-name"
        paternal = self._paternal(word, article_id, here)
        if paternal and self._fits(key, article_id, paternal):
            return self._longer(word, paternal, article_id), "paternal-surname"
        lengths = self._initials.get(word[:1], {})
        close = sorted(rep for length, lasts in lengths.items() if _within_length(length, len(word))
                       for last in lasts if similar(last, word) for rep in self.surnames[last]
                       if self._fits(key, article_id, rep))
        if len(close) == 1:
            return close[0], "surname-spelling"
        return key, None

    def _fits(self, key: str, article_id: str, full: str) -> bool:
        """Whether the title a short name is written with fits the full name: "Emperor Theodore" is not
        "President Theodore Roosevelt", nor "King Charles" "Charles Michel"."""
        short = royal(self.titles.get((article_id, key), set()))
        if short is None:
            return True
        # A title the recogniser kept inside the full name counts too ("Zulu King Misuzulu"; not "Amit Shah").
        titled = royal(self._titles_of.get(full, set()) | {full.rsplit(" ", 1)[0]})
        # A full name written with no title may be anyone's: the short name keeps the rules above.
        return titled is None or short == titled

    def _longer(self, word: str, name: str, article_id: str) -> str:
        """The longer name of the article that ``name`` is the end of ("Villalta Brenes" of "Ernesto Villalta Brenes"),
        where ``word`` is then the first of two family names; only while no other name here holds the word."""
        longer = self._part(name, article_id)[0]
        others = [n for n in self.local(article_id) if n not in {name, longer} and len(core(n)) > 1 and word in core(n)]
        return name if others else longer

    def _paternal(self, word: str, article_id: str, here: int | None) -> str | None:
        """The one full name written before it in the same article whose second-last word this is: the father's
        surname a Spanish or Portuguese name is known by ("Abdo" of "Mario Abdo Benitez", "Lopez" of "Andres
        Manuel Lopez Obrador", "Lula" of "Luiz Inacio Lula da Silva"). Never a given name, nor a word of an Arabic
        chain of fathers' names ("Hamad" of "Tamim bin Hamad Al Thani" is his father)."""
        if word in GIVEN_NAMES or word in self._spelt:
            return None
        fits = [n for n in self.local(article_id) if len(core(n)) > 2 and core(n)[-2] == word
                and not set(n.split()) & ARABIC_LINKS
                and (here is None or self.first_at.get((article_id, n), -1) < here)]
        return fits[0] if len(fits) == 1 else None

    def _part(self, key: str, article_id: str) -> tuple[str, str | None]:
        """A name of two words or more that is the start or the end of the one longer name in the same
        article: "Anderson-Pyrz" of "Hilda Anderson-Pyrz", "Mishal Al-Ahmad" of "Mishal Al-Ahmad Al-Jaber
        Al-Sabah". Only within an article, where the longer name says who is meant."""
        words, start = key.split(), core(key)
        # Compared on the words besides particles, so "Ahmad Nawaf Al-Ahmad" is the start of "Ahmad Al-Nawaf
        # Al-Ahmad Al-Sabah" as well; each longer name counts as the one it is spelt for.
        fits = sorted({self.canonical.get(n, n) for n in self.by_article.get(article_id, ()) if n != key and (
            len(start) > 1 and len(core(n)) > len(start) and core(n)[:len(start)] == start
            # The tail only as a family name of two words after given names: the tail of a longer chain
            # ("Nawaf Al-Ahmad Al-Jaber" of "Ahmad Nawaf Al-Ahmad Al-Jaber") is the father, not the son; a
            # middle name is no chain ("Ramjan-Shah" of "Anita Devi Ramjan-Shah").
            or len(n.split()) > len(words) and n.split()[-2:] == words and len(words) == 2
            and not set(words) & PARTICLES and (len(n.split()) == 3 or not set(n.split()) & ARABIC_LINKS))}
            - {self.canonical.get(key, key)})
        # Only the longest of names that start one another: "Ahmad Al-Nawaf" of "Ahmad Nawaf Al-Ahmad" of the full.
        fits = [f for f in fits if not any(g != f and core(g)[:len(core(f))] == core(f) for g in fits)]
        if len(fits) == 1:
            return fits[0], "part-of-name"
        return key, None

    def _tail(self, key: str, article_id: str) -> tuple[str, str | None]:
        """A family name of two words ("Aboul-Gheit" of "Ahmed Aboul Gheit"), to the one full name ending so;
        never the tail of a chain of fathers' names ("Hamad Al Thani" of "Tamim bin Hamad Al Thani")."""
        words = key.split()
        fits = sorted(r for r in self._ends.get(words[-1], ())
                      if len(r.split()) > len(words) and r.split()[-len(words):] == words
                      and r.split()[-len(words) - 1] not in SON_OF)
        local = self.local(article_id)
        here = [r for r in fits if r in local]
        if len(here) == 1 or (not here and len(fits) == 1):
            return (here or fits)[0], "surname"
        return key, None
