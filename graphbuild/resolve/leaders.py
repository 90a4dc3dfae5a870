"""Heads of state and government a reader knows: who held which office of which country, and when.

The table (leaders.tsv, shipped with the package) is written from general knowledge of public office holders,
1990-2025. Names are compared by their person keys (names.person_key): case, accents, hyphens, particles and
transliterations folded, titles off. A roman numeral or "Jr." after a name may be left out ("Abdullah II" is
also "Abdullah"), as news writes both.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .names import person_key

# Title words as news writes them, and the office title each stands for.
TITLE_SYNONYMS = {"premier": "prime minister", "amir": "emir", "monarch": "king"}
# Numerals and generation suffixes that news writes or leaves out after a ruler's or a son's name.
SUFFIXES = frozenset("ii iii iv v vi vii viii ix x xi xii xiii xiv jr sr".split())
OFFICES = ("state", "government")


@dataclass(frozen=True)
class Leader:
    iso: str
    office: str  # "state" or "government"
    titles: tuple[str, ...]
    name: str
    aliases: tuple[str, ...]
    start: int
    end: int

    def holds(self, title: str) -> bool:
        """Whether a title word or phrase ("president", "premier", "prime minister") names this office."""
        title = TITLE_SYNONYMS.get(title, title)
        # "King Abdullah", "Queen Elizabeth": a monarch's title is read whichever the holder bears.
        return title in self.titles or title == "king" and "queen" in self.titles or \
            title == "prime minister" and "premier" in self.titles


def name_key(name: str, *, numeral: bool = False) -> str:
    """The key a holder's name is looked up by: the person key less middle initials ("Joseph R. Biden" is
    "Joseph Biden") and, unless ``numeral``, less a trailing numeral or "Jr."."""
    key = person_key(name)
    # "al-Sisi" is "Sisi", but "Ben Ali", "bin Salman" and "dos Santos" are not "Ali", "Salman" and "Santos".
    kept = [w for w in key.words if w not in {"al", "el"}]
    words = list(key.core) if len(key.core) > 1 or len(kept) < 2 else kept
    while not numeral and len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    words = [w for i, w in enumerate(words) if len(w) > 1 or i in (0, len(words) - 1)]
    return " ".join(words)


def parse(text: str) -> list[Leader]:
    """The rows of a table in leaders.tsv's form; lines starting with "#" and the header are skipped."""
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("iso\t"):
            continue
        iso, office, titles, name, aliases, start, end = line.split("\t")
        # An empty alias column: the family name alone is the short form ("Merkel").
        short = tuple(a.strip() for a in aliases.split(";") if a.strip()) or (name.split()[-1],)
        rows.append(Leader(iso, office, tuple(t.strip() for t in titles.split(",")), name, short,
                           int(start), int(end)))
    return rows


@lru_cache(maxsize=1)
def table() -> tuple[Leader, ...]:
    from importlib import resources

    text = (resources.files("graphbuild.resolve") / "leaders.tsv").read_text(encoding="utf-8")
    return tuple(parse(text))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Leader, ...]]:
    out: dict[str, list[Leader]] = {}
    for leader in table():
        forms = (leader.name, *leader.aliases)
        for form in {name_key(n, numeral=keep) for n in forms for keep in (True, False)}:
            if form:
                out.setdefault(form, []).append(leader)
    return {k: tuple(v) for k, v in out.items()}


def named(name: str) -> tuple[Leader, ...]:
    """Every row whose holder is written so (full name or a listed short form). A numeral, when written,
    says which of two kings of one name ("Abdullah II")."""
    return _index().get(name_key(name, numeral=True)) or _index().get(name_key(name), ())


def country_of(rows: tuple[Leader, ...], title: str, years: tuple[int, int] | None, former: bool) -> str | None:
    """The one country that holders in ``rows``, bearing this title, lead (or led, when ``former``), or None.

    Rows of several countries decide nothing. ``years`` is when the article was written (first and last year it
    may be); without ``former`` a term must meet them, give or take a year; with it, the term must have begun."""
    rows = tuple(r for r in rows if r.holds(title))
    if years is not None:
        first, last = years
        rows = tuple(r for r in rows if r.start - 1 <= last and (former or r.end + 1 >= first))
    countries = {r.iso for r in rows}
    return countries.pop() if len(countries) == 1 else None


def term_of(rows: tuple[Leader, ...], title: str) -> tuple[int, int] | None:
    """The years a titled holder's rows span, when they are one country's: what an article naming him in
    office can date from."""
    rows = tuple(r for r in rows if r.holds(title))
    if len({r.iso for r in rows}) != 1:
        return None
    return min(r.start for r in rows), max(r.end for r in rows)


MONARCHS = frozenset({"king", "queen", "emir", "sultan", "emperor", "empress", "monarch", "pope"})


@lru_cache(maxsize=1)
def republics() -> frozenset[str]:
    """Countries whose head of state in the table is a president and never a monarch: a "King X" of such a
    country's story is a traditional or foreign ruler, not its head ("the Zulu King" in South Africa)."""
    heads: dict[str, set[str]] = {}
    for row in table():
        if row.office == "state":
            heads.setdefault(row.iso, set()).update(row.titles)
    return frozenset(iso for iso, titles in heads.items() if "president" in titles and not titles & MONARCHS)


@lru_cache(maxsize=1)
def kingdoms() -> frozenset[str]:
    """Countries whose head of state in the table is a king or queen: those whose own papers call the country
    "the Kingdom" (Jordan, Saudi Arabia, Morocco, Bahrain...). A realm whose monarch reigns from abroad (Canada)
    has no row of its own, and is left out."""
    return frozenset(row.iso for row in table() if row.office == "state" and {"king", "queen"} & set(row.titles))
