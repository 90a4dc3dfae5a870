"""The comparison key of a personal name: titles off, transliterations folded, particles known.

"Sheikh Tamim bin Hamad Al Thani", "H.E. Dr. Tedros Adhanom Ghebreyesus" and "Mohamed" / "Muhammad" /
"Mohammed" all reduce to keys that compare as a reader compares them. Keys keep every script's letters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import demonyms, fold

# Honorifics, ranks and office titles: never part of whom a name names ("Sheikh Tamim" is "Tamim").
HONORIFICS = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady madame madam mme mlle monsieur señor senor sheikh sheikha
shaikh sheik shaykh sayyid his her their h e hrh hh excellency majesty highness royal prince princess crown king
queen emir amir sultan sultana emira president presidential vice prime premier minister ministers foreign defence
defense interior finance state chancellor general gen lt lieutenant col colonel maj major capt captain admiral adm
brig brigadier sgt sergeant marshal field commander senator sen rep representative governor gov mayor chairman
chairwoman chairperson chair ceo secretary undersecretary spokesman spokeswoman spokesperson ambassador envoy
deputy judge justice father pope cardinal imam ayatollah grand mufti rabbi reverend rev bishop archbishop
patriarch pastor saint hajj haji hojatoleslam mullah comrade minister mp chief head director ambassadors official
former late acting interim opposition leader speaker attorney special coordinator hojatoleslam
datuk dato datin shri smt alhaji alhaja maulana hon honourable honorable engr
dgp adgp igp ssp treasurer emperor empress advocate legislator councillor councilor superintendent inspector
frenchman frenchwoman englishman englishwoman dutchman dutchwoman spaniard briton welshman scotsman irishman
lokmanya netaji deshbandhu
""".split())

# Words of courtesy from South and Southeast Asia and West Africa, alone or in the phrases below ("Datuk Seri",
# "Tan Sri"): they sit between an office and a name ("PDRM secretary Datuk X") and hold no office themselves.
COURTESY = frozenset("datuk dato datin seri sri tan puan shri smt alhaji alhaja maulana hon honourable honorable "
                     "engr lokmanya netaji deshbandhu".split())

# Titles of more than one word that no single word of gives away ("Hojjat al-Islam").
# Malaysian ranks of two words: "Tan" and "Seri" alone are names.
TITLE_PHRASES = (("hojjat", "al", "islam"), ("hojjat", "ol", "eslam"), ("hujjat", "al", "islam"), ("tan", "sri"),
                 ("datuk", "seri"), ("dato", "seri"), ("dato", "sri"), ("datuk", "sri"), ("puan", "sri"),
                 ("charge", "daffaires"), ("charges", "daffaires"), ("charge", "d", "affaires"),
                 ("quaid", "e", "azam"), ("qaed", "e", "azam"), ("quaid", "i", "azam"))

# "Son of" and "daughter of" in Arabic and Hebrew names; a name never starts with the Arabic ones, so a title word
# before one is a given name ("Sultan bin Saad"; "President Ben Ali" keeps his title off).
SON_OF = frozenset({"bin", "ibn", "bint", "ben"})
NEVER_FIRST = frozenset({"bin", "ibn", "bint"})

# Titles that are given names too: "Amir Khan Muttaqi" and "General Amir Ali Hajizadeh", beside "the Amir Sheikh
# Nawaf". Before a name of two words that starts with no honorific, the word is the given name.
GIVEN_TITLES = frozenset({"amir"})


def given_title(words: list[str], i: int) -> bool:
    """Whether folded ``words[i]``, a title word, is the given name of the name that follows it."""
    return (words[i] in GIVEN_TITLES and len(words) - i > 2 and words[i + 1] not in HONORIFICS
            and words[i + 1] not in NEVER_FIRST)


# Particles that sit between given name and family name; they never make a name on their own.
# "Abu" and "Umm" head a name of their own ("Umm Ayman"), so they are not particles.
PARTICLES = frozenset("al el ul bin ben ibn bint de da di du del della dos das van von der den ter ten la le "
                      "ould ka wa arap".split())  # "Misuzulu ka Zwelithini", "Ngugi wa Thiong'o", "Daniel arap Moi"

# One spelling stands for each family of transliterations of the same Arabic or Persian name.
_VARIANTS = {
    "muhammad": "mohamed mohammed mohammad muhammed mohamad muhamad mohamud mouhamed mehmed mohd muhd",
    "ahmad": "ahmed ahmet", "husayn": "hussein husain hussain husein hossein hussien", "hasan": "hassan",
    "abdullah": "abdallah abdulla", "yusuf": "yousef youssef yousif yusef youssif yousuf", "khalid": "khaled",
    "mahmud": "mahmoud", "mustafa": "mostafa moustafa mustapha", "umar": "omar", "usama": "osama",
    "salih": "saleh", "faisal": "faysal feisal", "abd": "abdel abdul abdal", "al": "el ul",
    "abu": "abou aboul abul", "rashid": "rashed", "sulayman": "suleiman sulaiman soliman", "ali": "aly",
    "jafar": "jaafar jaffar", "nasir": "nasser naser", "said": "saeed saied", "uthman": "othman osman",
}
VARIANTS = {spelling: key for key, spellings in _VARIANTS.items() for spelling in spellings.split()}

# "AlHajri" is "Al Hajri": a glued article before a capital.
_GLUED = re.compile(r"\b(Al|El)(?=[A-Z][a-z])")
# A possessive left on a name by the tagger ("Al-Rajhi's").
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# A results table's "(SAU)/Michael Orr": what stands before a closing bracket is not the name.
_BRACKETED = re.compile(r"^[^()]*\)\s*/?\s*")


# The sentence's full stop taken into a name that ends one ("known as Antonio García."); not an initial ("J.").
_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")


def clean(name: str) -> str:
    return _STOP.sub("", _POSSESSIVE.sub("", _BRACKETED.sub("", name.strip())).strip()) or name.strip()


@dataclass(frozen=True)
class PersonKey:
    words: tuple[str, ...]  # folded, transliterations folded, particles kept
    core: tuple[str, ...]  # the words without particles

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def full(self) -> bool:
        return len(self.core) > 1


@lru_cache(maxsize=65536)
def person_key(name: str) -> PersonKey:
    """The key a person's name is compared by; never empty while the name has a letter."""
    words = fold(_GLUED.sub(r"\1 ", clean(name))).split()
    words = strip_titles(words)
    words = [VARIANTS.get(w, w) for w in words]
    return PersonKey(tuple(words), person_key_core(words))


def person_key_core(words: list[str]) -> tuple[str, ...]:
    """The words of a folded name that are not particles."""
    # "Ben Ralston": a leading "Ben" of a two-word name is as often the given name as the particle of "Ben Ali";
    # read as a word, a lone "Ralston" (or "Ali") later in the article finds its full name.
    return tuple(w for i, w in enumerate(words) if w not in PARTICLES or (i, w, len(words)) == (0, "ben", 2)) \
        or tuple(words)


def strip_titles(words: list[str]) -> list[str]:
    """Leading titles, honorifics and nationality words off a folded name; the last word always stays."""
    start, moved = 0, True
    while moved:
        moved = False
        for phrase in TITLE_PHRASES:
            if len(words) - start > len(phrase) and tuple(words[start:start + len(phrase)]) == phrase:
                start, moved = start + len(phrase), True
        while (start < len(words) - 1 and (words[start] in HONORIFICS or words[start] in demonyms())
               and words[start + 1] not in NEVER_FIRST and not given_title(words, start)):
            start, moved = start + 1, True
    # "His Majesty King" leaves nothing: the last word is a title too.
    return words[start:]


def display_name(name: str) -> str:
    """A person's name as written, less the titles before it and a possessive after it."""
    parts = clean(name).split()
    start = 0
    while (start < len(parts) - 1 and all(w in HONORIFICS or w in demonyms() for w in fold(parts[start]).split())
           and fold(parts[start + 1]) not in NEVER_FIRST and not given_title([fold(p) for p in parts], start)):
        # "H" of "H D Deve Gowda" is an initial: only "H E" is a title (His Excellency).
        if len(parts[start]) == 1 and len(parts[start + 1].rstrip(".")) == 1 and parts[start + 1][0] != "E":
            break
        start += 1
    rest = parts[start:]
    # A title of several words ("Hojjat al-Islam"): as many written words as the phrase folds to.
    for phrase in TITLE_PHRASES:
        for n in range(1, min(len(phrase), len(rest) - 1) + 1):
            if tuple(fold(" ".join(rest[:n])).split()) == phrase:
                rest = rest[n:]
                break
    return " ".join(rest) or name


# A Chinese given name of two syllables joined by a hyphen ("Suk-fan", "Ka-chiu").
_CHINESE_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def family_word(name: str) -> str | None:
    """The folded family name of a Chinese or Korean name, which comes before the given name: "Yoon" of "Yoon
    Suk-yeol", "Chong" of "Sophia Chong Suk-fan" (an English given name first, in Hong Kong)."""
    words = display_name(name).split()
    if 2 <= len(words) <= 3 and _CHINESE_GIVEN.match(words[-1]) and all(w.isalpha() and w[:1].isupper()
                                                                         for w in words[:-1]):
        return fold(words[-2])
    return None


def is_title_only(name: str) -> bool:
    """A "name" made of titles and nationality words alone ("Egyptian Presidential", "Majesty")."""
    words = fold(name).split()
    return bool(words) and all(w in HONORIFICS or w in demonyms() for w in words)


# "Sheikh" is an honorific in the Gulf but part of the name in Bangladesh ("Sheikh Hasina"): the label drops it,
# the written form stays findable as an alias; so does a pope's, whose title is how the world names him.
NAME_HONORIFICS = frozenset({"sheikh", "sheikha", "shaikh", "sheik", "pope"})


def written_forms(mention) -> tuple[str, ...]:
    """The forms a mention offers as a name of its entity: its name, its text and, after "Sheikh", both together
    ("the late Pope Bruno" gives "Pope Bruno": the title's last word is the one written against the name)."""
    role = (mention.role or "").split()
    # A common noun that stands for a country ("the capital", "the government") is no name of it.
    text = () if mention.type == "Country" and mention.text.islower() else (mention.text,)
    return (mention.name, *text) + ((f"{role[-1]} {mention.text}",) if role and role[-1].lower() in
                                    NAME_HONORIFICS else ())
