"""Abbreviations a text defines: "the National Liberation Army (ELN)" makes "ELN" a name of that army; and
short names: "Mitsubishi Heavy" after "Mitsubishi Heavy Industries" is that company; and other names a text
gives a person: "Eliecer Chamorro, known by his nom de guerre Antonio Garcia"."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..records import DocExtraction
from ..ingest.boilerplate import AGENCIES
from .gazetteer import fold

# "(ELN)", "(WHO)", "( U.N. )": capitals, digits and dots, right after the full name (or its possessive: "the
# Council's (SAMRC)").
_DEFINED = re.compile(r"^(?:['’]s)?\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
_DEFINERS = {"Organization", "Place", "Event", "Group", "Country", "City"}


def abbreviates(abbr: str, full: str) -> bool:
    """Two of the abbreviation's capitals are initials of the name's words ("ELN": "National Liberation
    Army"), so that "(BRA)" after a racer's name or "(Reuters)" is no abbreviation of it."""
    words = full.split()
    initials = {w[:1].upper() for w in words}
    capitals = {ch for ch in abbr if ch.isupper()}
    return len(words) > 1 and (len(capitals & initials) >= min(2, len(capitals)) or within(abbr, full))


COMPANY_WORDS = frozenset({"technologies", "technology", "international", "internacional", "holding", "holdings",
                           "general", "command", "initiative"})
LEGISLATURES = frozenset({"assembly", "congress", "parliament", "senate"})
# Head words of a body named "<head> of <field>".
DEPARTMENT_HEADS = frozenset({"department", "ministry", "office", "bureau", "secretariat", "directorate"})
# A body's head word written alone for the one body of the article it ends ("the Embassy", "the University").
LONE_HEADS = frozenset({"embassy", "consulate", "university", "college", "commission", "tribunal", "foundation",
                        "institute", "academy", "hospital", "army", "navy", "school"})
# A prize's head word, whose plural names its ceremony too ("Grammy Award", "Grammy Awards").
PRIZE_WORDS = frozenset({"award", "prize", "championship"})
_SMALL = {"of", "and", "the", "for", "de", "la", "del", "des", "du", "et", "&"}


def within(abbr: str, full: str) -> bool:
    """Every word's initial in order, and the other letters inside the word before them ("PPRP": "Palang
    Pracharath Party"), where a letter repeats and the two-initials test fails."""
    letters = "".join(ch for ch in abbr if ch.isalpha()).upper()
    words = [w.upper() for w in full.split() if w.lower() not in _SMALL]

    def match(i: int, k: int) -> bool:
        if k == len(words):
            return i == len(letters)
        if i >= len(letters) or letters[i] != words[k][:1]:
            return False
        rest, j = words[k][1:], i + 1
        while True:
            if match(j, k + 1):
                return True
            if j >= len(letters) or letters[j] not in rest:
                return False
            rest, j = rest[rest.index(letters[j]) + 1:], j + 1

    return len(words) > 1 and len(letters) >= 2 and match(0, 0)


def spells(abbr: str, full: str) -> bool:
    """The abbreviation is the initials of every word of the name, in order."""
    letters = "".join(ch for ch in abbr if ch.isalpha()).upper()
    return len(letters) >= 2 and letters == "".join(w[:1] for w in full.split()).upper()


def initials_of(name: str) -> set[str]:
    """The initials of every word of a name, and of its words less the small ones, each half of a hyphened word
    counted ("AMC" of "Assembly of Manitoba Chiefs", "AFNQL" of "Assembly of First Nations Quebec-Labrador")."""
    words = name.split()
    parts = [p for w in words if w.lower() not in _SMALL for p in w.split("-") if p]
    whole = {"".join(w[:1] for w in words).upper()}
    return whole | ({"".join(p[:1] for p in parts).upper()} if len(parts) > 1 else set())


def defined_here(text: str, end: int) -> str | None:
    match = _DEFINED.match(text[end:end + 20])
    if not match:
        return None
    abbr = match.group(1)
    # At least two capitals: "(ELN)", "(UNHCR)", "(U.N.)"; not "(Reuters)" nor "(Ltd)".
    return abbr if sum(ch.isupper() for ch in abbr) >= 2 else None


def abbreviations(extractions: Sequence[DocExtraction], placed: dict) -> dict[tuple[str, int], str]:
    """(article id, mention id) -> the group key of the full name, for each mention of a defined
    abbreviation: in the article that defines it, and elsewhere when the corpus defines it one way only."""
    local: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    anywhere: dict[str, set[str]] = defaultdict(set)
    definers: set[tuple[str, int]] = set()
    for ex in extractions:
        for m in ex.mentions:
            if m.type not in _DEFINERS | {"Person"}:
                continue
            abbr = defined_here(ex.article.text, m.end)
            # A name tagged a person defines an abbreviation only when it spells it out whole
            # ("Perusahaan Listrik Negara (PLN)", "Mohammed bin Salman (MBS)").
            if m.type == "Person" and not (abbr and spells(abbr, m.name)):
                continue
            # A party is often known by the initials of its name in its own language: "Chinese Nationalist
            # Party (KMT)", "Prosperous Justice Party (PKS)".
            native = m.type == "Organization" and m.name.lower().endswith("party") and abbr and abbr.isupper()
            # "ISIL (ISIS)": a body's other abbreviation in brackets after one; not a wire's credit ("(AFP)").
            native = native or bool(m.type == "Organization" and abbr and m.name.isalpha() and m.name.isupper()
                                    and abbr.isalpha() and abbr.isupper() and min(len(abbr), len(m.name)) >= 3
                                    and abbr.lower() not in AGENCIES)
            # A region cut from a longer one: "North Africa" + "(MENA)" spells more than the name.
            words = [w for w in m.name.split() if w.lower() not in _SMALL]
            if m.type == "Place" and abbr and len(abbr) > len(words) + 1:
                continue
            if abbr and fold(abbr) != fold(m.name) and (abbreviates(abbr, m.name) or native):
                target = placed[(ex.article.id, m.id)][0]
                local[ex.article.id][fold(abbr)].add(target)
                anywhere[fold(abbr)].add(target)
                definers.add((ex.article.id, m.id))
    # "Jordanian National Commission for Women (JNCW)", then "... for Women's Affairs (JNCW)": one body, named short
    # and in full, each time defining the abbreviation.
    whole: dict[tuple[str, str], str] = {}  # (article id, the short name's group key) -> the full name's
    for article_id, defined in local.items():
        for abbr, targets in defined.items():
            longest = max(targets, key=len)
            # (Compared as keys, where "Women's" is "womens": the shorter key starts the longer, three words or more.)
            if len(targets) > 1 and all(longest.startswith(t) and len(t.split()) > 2 for t in targets - {longest}):
                defined[abbr] = {longest}
                whole.update({(article_id, t): longest for t in targets - {longest}})
    out = {}
    for ex in extractions:
        for m in ex.mentions:
            target = whole.get((ex.article.id, placed[(ex.article.id, m.id)][0]))
            if target:
                out[(ex.article.id, m.id)] = target
        # "LPM" in an article that names the "Linion Pep Morisien" but never defines it: the initials say so.
        spelled: dict[str, set[str]] = defaultdict(set)
        for m in ex.mentions:
            if m.type == "Organization" and len(m.name.split()) > 1:
                for initials in initials_of(m.name):
                    spelled[initials].add(placed[(ex.article.id, m.id)][0])
        for m in ex.mentions:
            here = local[ex.article.id].get(fold(m.name)) or (
                spelled.get(m.name) if m.name.isupper() and m.type == "Organization" else None)
            # "PKU" of "Peking University", "IAF" of "Indian Air force": never defined, but spelt by the one name here.
            if (not here and m.type == "Organization" and m.name.isalpha() and m.name.isupper() and len(m.name) > 2
                    and m.name.lower() not in AGENCIES):  # "PTI reported" is the agency, whatever party it spells
                # (One letter at most besides the initials: "IRNA" is no "Iranian Army".)
                here = {placed[(ex.article.id, o.id)][0] for o in ex.mentions if o.type == "Organization"
                        and len(o.name.split()) > 1 and o.name[:1] == m.name[:1] and within(m.name, o.name)
                        and len(m.name) <= len([w for w in o.name.split() if w.lower() not in _SMALL]) + 1}
                here = here if len(here) == 1 else None
            # "SP Group" of "Shapoorji Pallonji Group": initials, then the longer name's last words.
            words = m.name.split()
            if not here and m.type == "Organization" and len(words) > 1 and words[0].isupper() and len(words[0]) > 1:
                here = {placed[(ex.article.id, o.id)][0] for o in ex.mentions if o.type == "Organization"
                        and o.name.split()[-(len(words) - 1):] == words[1:] and len(o.name.split()) > len(words)
                        and words[0] in initials_of(" ".join(o.name.split()[:-(len(words) - 1)]))} or None
            # Elsewhere an abbreviation is believed only for an organisation or place the tagger found.
            targets = here or (anywhere.get(fold(m.name), set()) if m.type != "Person" else set())
            if len(targets) != 1 or (ex.article.id, m.id) in definers or m.type == "Concept":
                continue
            target = next(iter(targets))
            if placed[(ex.article.id, m.id)][0] != target:
                out[(ex.article.id, m.id)] = target
    return out


def shortened(extractions: Sequence[DocExtraction], placed: dict, heads: frozenset) -> dict[tuple[str, int], str]:
    """(article id, mention id) -> the group key of the one organisation of the same article whose name is
    this one's plus company words only ("Mitsubishi Heavy" of "Mitsubishi Heavy Industries"); also a lone chamber
    word or "the House" for the one chamber named in full, a prize for its ceremony ("Award" of "Awards"), and a
    gathering named without its head word ("Ondara" of "the Ondara Festival")."""
    from ..nlp.events import STRONG_HEADS
    from .chambers import house_of, qualified_chamber
    from .gazetteer import country_of
    from .kinds import PLACE_HEADS

    out = {}
    for ex in extractions:
        names = {(m.type, tuple(fold(m.name).split())): placed[(ex.article.id, m.id)][0] for m in ex.mentions
                 if m.type in {"Organization", "Place", "Event"}}
        places = {" ".join(name) for (type_, name) in names if type_ == "Place"}
        for m in ex.mentions:
            words = tuple(fold(m.name).split())
            # "Keelung City" where the article names the city "Keelung": the city's node.
            town = names.get(("Place", words[:-1])) if len(words) > 1 and words[-1] == "city" else None
            if m.type == "Place" and town and town.startswith("city/"):
                out[(ex.article.id, m.id)] = town
                continue
            # "City of Joburg", the metro, where the article names "Joburg" (the City of London is no London).
            if m.type in {"Place", "Organization"} and words[:2] == ("city", "of") and words[2:] not in {(), ("london",)}:
                town = next((placed[(ex.article.id, o.id)][0] for o in ex.mentions if o.type in {"Place", "City"}
                             and tuple(fold(o.name).split()) == words[2:]), None)
                if town:
                    out[(ex.article.id, m.id)] = town
                    continue
            # "a Canadian Screen Award" at "the Canadian Screen Awards": one prize-giving, one node.
            if m.type == "Event" and len(words) > 1 and words[-1] in PRIZE_WORDS:
                longer = {key for (type_, name), key in names.items()
                          if type_ == "Event" and name == words[:-1] + (words[-1] + "s",)}
                if len(longer) == 1 and placed[(ex.article.id, m.id)][0] not in longer:
                    out[(ex.article.id, m.id)] = next(iter(longer))
            # "Ondara" of "the Ondara Festival": the one gathering of the article named so, without its head word.
            elif m.type == "Event" and words:
                longer = {key for (type_, name), key in names.items() if type_ == "Event"
                          and name[:-1] == words and name[-1] in STRONG_HEADS}
                if len(longer) == 1 and placed[(ex.article.id, m.id)][0] not in longer:
                    out[(ex.article.id, m.id)] = next(iter(longer))
            if m.type not in {"Organization", "Place"} or not words:
                continue
            # "Huawei" of "Huawei Technologies Co", "National Theatre" of "National Theatre of China", a region
            # without its "Governorate".
            tails = (heads | COMPANY_WORDS) if m.type == "Organization" else PLACE_HEADS
            longer = {key for (type_, name), key in names.items() if type_ == m.type and len(name) > len(words)
                      and name[:len(words)] == words and (all(w in tails for w in name[len(words):])
                                                          or name[len(words)] == "of"
                                                          and (country_of(" ".join(name[len(words) + 1:]))
                                                               or " ".join(name[len(words) + 1:]) in places))}
            # "Department of Economic Affairs" of "Keelung Department of Economic Affairs": a body named after a
            # place the article names, and its name without the place.
            # One word only where it is a name: not a body's common noun ("Police"), nor an abbreviation (the rule
            # above's), so "Hawks" of "Dover Hawks".
            named = len(words) > 1 or (words[0] not in tails | LEGISLATURES and not m.name.isupper()
                                       and words[0] not in _lower_words(ex.article.text))
            if m.type == "Organization" and named:
                longer |= {key for (type_, name), key in names.items() if type_ == m.type
                           and len(name) > len(words) and name[-len(words):] == words
                           and " ".join(name[:-len(words)]) in places}
            # "the Assembly" where the article names one "Legislative Assembly": that chamber.
            if len(words) == 1 and words[0] in LEGISLATURES:
                longer |= {key for (type_, name), key in names.items() if type_ == m.type and len(name) > 1
                           and name[-1] == words[0] and qualified_chamber(name[:-1])}
                # "Congress" where the article writes "the Congress party": the party, not a chamber.
                longer |= {placed[(ex.article.id, o.id)][0] for o in ex.mentions if o.type == m.type
                           and tuple(fold(ex.article.text[o.start:o.end]).split()) == words + ("party",)}
            # "Homeland Security" of the "US Department of Homeland Security": a department by its field.
            if m.type == "Organization" and len(words) > 1:
                n = len(words)
                longer |= {key for (type_, name), key in names.items() if type_ == m.type and len(name) > n + 1
                           and name[-n:] == words and name[-n - 1] == "of" and name[-n - 2] in DEPARTMENT_HEADS}
            # "Mechanism for the Prevention of Torture" of the "National Mechanism for the Prevention of Torture".
            if m.type == "Organization" and len(words) > 2:
                longer |= {key for (type_, name), key in names.items() if type_ == m.type and name == ("national",) + words}
            # "Appellate Division" of the "Appellate Division of the Supreme Court", "Democratic Party" of the
            # "Democratic Party of Korea": a body's name cut before its "of"; not another court ("... of Appeal").
            if m.type == "Organization" and len(words) > 1:
                n = len(words)
                longer |= {key for (type_, name), key in names.items() if type_ == m.type and len(name) > n + 1
                           and name[:n] == words and name[n] in {"of", "for"} and name[-1] not in {"appeal", "appeals"}}
            # "the Embassy" where the article names one "German Embassy": that body.
            if m.type == "Organization" and len(words) == 1 and words[0] in LONE_HEADS:
                longer |= {key for (type_, name), key in names.items()
                           if type_ == "Organization" and len(name) > 1 and name[-1] == words[0]}
            # "the House" where the article names one chamber ("Lok Sabha"): that chamber.
            if m.type == "Organization":
                longer |= house_of(words, names)
            # "TF Boys" and "TFBoys": one name written with and without a space.
            longer |= {key for (type_, name), key in names.items() if type_ == m.type and len(name) < len(words)
                       and "".join(name) == "".join(words)}
            # "Baffinland" of "Baffinland Iron Mines": the first word of one longer name, a word the article never
            # writes in lower case (so not "National" of "National Theatre" where "national" is written too), no
            # body's head word ("Parliament" of "Parliament House") and no national unit ("ExxonMobil Guyana").
            # Not an abbreviation: "IRGC Ground Force" is a unit of the IRGC, not its full name.
            if (not longer and m.type == "Organization" and len(words) == 1 and len(words[0]) > 3
                    and words[0] not in tails | LEGISLATURES and not m.name.isupper()):
                longer = {key for (type_, name), key in names.items() if type_ == "Organization" and len(name) > 1
                          and name[0] == words[0] and not any(country_of(w) for w in name[1:])}
                if len(longer) != 1 or words[0] in _lower_words(ex.article.text):
                    longer = set()
            if len(longer) == 1 and placed[(ex.article.id, m.id)][0] not in longer:
                out[(ex.article.id, m.id)] = next(iter(longer))
    return out


@lru_cache(maxsize=8)  # read once an article, however many of its names ask
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z'-]+", text))


def person_initials(extractions: Sequence[DocExtraction], placed: dict) -> dict[tuple[str, int], str]:
    """(article id, mention id) -> the group key of the one person of the same article whose initials the mention
    is ("KKS" of "Kalpana Koonjoo-Shah", each half of a hyphened surname counted): papers call a politician by
    initials, in a heading or in brackets after the name, and the tagger takes them for a body. Only capitals, at
    least three letters (two are too often a state or a code), one person of the article with them, and no body
    of the article spelled by them (that is the abbreviations' rule)."""
    from .names import display_name

    out = {}
    for ex in extractions:
        people: dict[str, set[str]] = defaultdict(set)
        bodies: set[str] = set()
        for m in ex.mentions:
            if m.type == "Person" and len(display_name(m.name).split()) > 1:
                for initials in initials_of(display_name(m.name)):
                    people[initials].add(placed[(ex.article.id, m.id)][0])
            elif m.type == "Organization" and len(m.name.split()) > 1:
                bodies |= initials_of(m.name)
        for m in ex.mentions:
            name = m.name
            if (m.type in {"Organization", "Person", "Place", "Group"} and name.isalpha() and name.isupper()
                    and len(name) >= 3 and name not in bodies and len(people.get(name, ())) == 1):
                target = next(iter(people[name]))
                if placed[(ex.article.id, m.id)][0] != target:
                    out[(ex.article.id, m.id)] = target
    return out
