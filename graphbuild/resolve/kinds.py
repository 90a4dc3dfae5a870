"""What kind of thing a name names, where the name itself says so whatever the tagger thought.

"Hamad Medical Corporation" is an organisation even when tagged a person; "Taliban" and "... Brigades" are
armed organisations; "Muscat" is a city; "Delhi" is "New Delhi". Tables only: no model, no network.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .gazetteer import capitals, countries, country_of, fold, geonames_cities

# Last words that make a name a company or an institution.
ORG_HEADS = frozenset("""
ltd limited inc incorporated corp corporation company co llc plc gmbh ag sa pvt pte bhd llp tbk group bank
airlines airways holding biotech pharma pharmaceuticals therapeutics
holdings industries enterprises foundation fund institute university college school academy hospital clinic
ministry council committee commission authority agency association federation union party club league police
court tribunal organisation organization network media news times post tribune gazette telecom petroleum energy
motors racing chamber centre center society trust cooperative board bureau office department directorate service
services administration secretariat programme
""".split()) | frozenset(
    # Hindi and Kannada head words of bodies ("Vishwa Hindu Parishad", "Samyukt Kisan Morcha", "Lok Sabha",
    # "Janandolana Samiti"), which the tagger often takes for a person's last name. Not "sena", "sangha" or
    # "nigam": they are surnames too.
    "samiti parishad morcha sabha sangathan".split())

# First words that make a name a body in Spanish, Portuguese or French ("Centro Humboldt", "Confederaciones
# Rurales Argentina"), whatever the words after them.
ORG_FIRST = frozenset("""
centro confederacion confederaciones federacion asociacion instituto universidad partido movimiento comision
consejo ministerio fundacion sindicato camara corporacion associacao fundacao pacto
""".split())

# Last words that make a name an armed group ("National Liberation Army", "Al-Quds Brigades", "Air Force").
ARMED_HEADS = frozenset("army front brigades brigade movement militia militias force forces mujahideen guards "
                        "corps".split())

# Last words that make a name a place ("Al Wusta Governorate"); the name without one is the same place.
PLACE_HEADS = frozenset("governorate province district region county municipality village camp valley "
                        "peninsula island islands strip constituency bridge dam crossing airport township river "
                        "ocean".split())

# Armed groups and movements named without such a word.
ARMED_NAMES = frozenset(fold(n) for n in (
    "Taliban", "Hamas", "Hezbollah", "Hizbollah", "Hizballah", "al-Shabaab", "al-Shabab", "Shabaab", "Houthis",
    "Houthi", "Ansar Allah", "Ansarallah", "Boko Haram", "ISIS", "ISIL", "Islamic State", "Daesh", "al-Qaeda",
    "al-Qaida", "Wagner", "FARC", "ELN", "Hayat Tahrir al-Sham", "HTS", "PKK", "YPG", "SDF", "M23", "JNIM",
    "Islamic Jihad", "Janjaweed", "RSF", "Rapid Support Forces",
))

# Short or older forms of a city name, and the city they stand for (name as GeoNames writes it).
CITY_ALIASES = {
    "delhi": "New Delhi", "washington dc": "Washington", "washington d c": "Washington", "kiev": "Kyiv",
    "tel aviv yafo": "Tel Aviv", "addis": "Addis Ababa", "kl": "Kuala Lumpur", "rangoon": "Yangon",
    "bombay": "Mumbai", "peking": "Beijing", "saigon": "Ho Chi Minh City", "hcmc": "Ho Chi Minh City",
    "abu dhabi city": "Abu Dhabi", "calcutta": "Kolkata", "madras": "Chennai",
    # "Washington, D.C.": news means the city; "DC" without its dots is also a district commissioner.
    "d c": "Washington", "district of columbia": "Washington",
}

# Cities this large are cities when tagged a person or an organisation; smaller ones are too often names.
BIG_CITY = 50_000
CITY = 15_000
# Companies are named after cities ("Toyota"): an organisation must be a city of millions to be one.
HUGE_CITY = 1_000_000


def org_kind(name: str) -> str | None:
    """The rule that makes this name an organisation: "armed-group", "first-nation", "org-suffix", or None."""
    words = fold(name).split()
    if not words:
        return None
    if " ".join(words) in ARMED_NAMES or " ".join(w for w in words if w not in {"al", "el"}) in ARMED_NAMES:
        return "armed-group"
    if len(words) > 1 and words[-1] in ARMED_HEADS:
        return "armed-group"
    if " ".join(words) in FORMER_STATES:
        return None
    # A First Nation is its band's government in Canadian news, a body, not the land it holds.
    if len(words) > 2 and words[-2:] in (["first", "nation"], ["first", "nations"]):
        return "first-nation"
    # "the Foundation", "the Ministry" alone are the institution the text names in full elsewhere.
    if words[-1] in ORG_HEADS and (len(words) > 1 or len(words[0]) > 3) or len(words) > 1 and words[0] in ORG_FIRST:
        return "org-suffix"
    return None


# Titles only a person bears before a name: "King Abdullah II" is a man whatever the tagger thought, unless
# the name goes on to a thing named after someone ("King Fahd Causeway", "Prince Sultan Air Base").
PERSON_TITLES = frozenset("king queen emir amir sultan sheikh sheikha shaikh prince princess pope mr mrs ms dr "
                          "sir dame president ayatollah".split())
NAMED_AFTER = frozenset("airport base bridge causeway street road avenue square mosque stadium park port highway "
                        "canal hall palace city complex cup award prize trophy stakes hotel tower mall land bay lake "
                        "river town hospital mountains strait sound".split())


def is_titled_person(name: str) -> bool:
    words = fold(name).split()
    return (1 < len(words) <= 5 and words[0] in PERSON_TITLES and "of" not in words and words[-1] not in NAMED_AFTER
            and not is_place_name(name) and org_kind(name) is None)


def group_name(folded: str) -> str:
    """One key for the forms of an armed group's name: "Houthis" and "Houthi movement" are "houthi"."""
    words = folded.split()
    if len(words) > 1 and words[-1] in ARMED_HEADS and " ".join(words[:-1]) in ARMED_NAMES:
        return " ".join(words[:-1])
    if folded.endswith("s") and folded[:-1] in ARMED_NAMES:
        return folded[:-1]
    return folded


def is_place_name(name: str) -> bool:
    words = fold(name).split()
    return len(words) > 1 and words[-1] in PLACE_HEADS or " ".join(words) in FORMER_STATES


# States of the past, which news still names; "Union" here is no body.
FORMER_STATES = {"soviet union", "ussr", "yugoslavia", "czechoslovakia", "east germany", "west germany",
                 "ottoman empire", "austria hungary", "zaire", "rhodesia", "prussia", "south vietnam",
                 "north yemen", "south yemen"}


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[str, str, int]]:
    """Folded city name -> (name, ISO, population): the most populous city of each name."""
    out: dict[str, tuple[str, str, int]] = {}
    for row in geonames_cities().values():
        key, population = fold(row["name"]), int(row.get("population") or 0)
        if key and (key not in out or population > out[key][2]):
            out[key] = (row["name"], row["countrycode"], population)
    return out


# First-level divisions a news name means before a town of the same name: ISO 3166-2 types.
REGION_TYPES = {"province", "state", "territory", "region", "autonomous region", "autonomous community", "oblast",
                "governorate", "land", "autonomous province", "union territory", "canton", "department"}
# Chinese division names carry their kind in pinyin ("Jiangxi Sheng"); the news writes the first word.
PINYIN_KINDS = ("sheng", "shi", "zizhiqu")
# A town smaller than this is not what its own country's news means by its province's name ("Jiangxi"); a
# foreign one smaller than the other is not what anyone's news means by a province's ("Ontario", not California's).
TOWN_UNDER_REGION = 30_000
FOREIGN_TOWN_UNDER_REGION = 300_000


def regions_table() -> str:
    """regions.tsv's text, from pycountry's ISO 3166-2 divisions: a folded name and its countries' ISO codes.
    Shipped as a table because reading pycountry's divisions costs a build 0.4 s of CPU; a test holds the two equal.
    Written with: python -c "from graphbuild.resolve.kinds import regions_table as t;
    open('graphbuild/resolve/regions.tsv', 'w', encoding='utf-8').write(t())" """
    import pycountry

    # A division under a mere grouping (Indonesia's provinces under its islands) is still first-level.
    def top(code: str) -> bool:
        return pycountry.subdivisions.get(code=code).type.lower() in {"geographical unit", "geographical region"}

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type.lower() not in REGION_TYPES or "," in sub.name or sub.parent_code and not top(sub.parent_code):
            continue
        name = fold(sub.name)
        if sub.country_code == "CN" and name.endswith(PINYIN_KINDS):
            name = name.split()[0]
        out.setdefault(name, set()).add(sub.country_code)
    head = f"# First-level divisions by folded name, from pycountry {pycountry.__version__} (kinds.regions_table).\n"
    return head + "".join(f"{name}\t{' '.join(sorted(isos))}\n" for name, isos in sorted(out.items()))


@lru_cache(maxsize=1)
def regions() -> dict[str, frozenset[str]]:
    """Folded name of a province, state or territory -> the ISO codes of the countries that have one so named."""
    text = (resources.files("graphbuild.resolve") / "regions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: frozenset(isos.split()) for name, isos in rows}


# Continents and seas' regions: no town of the tables is meant by them ("Asia" is a town in Peru).
CONTINENTS = frozenset({"africa", "asia", "europe", "america", "americas", "latin america", "south america",
                        "north america", "central america", "oceania", "australasia", "arctic", "antarctica",
                        "mediterranean", "caribbean"})


# Mountain ranges, deserts and basins that share a name with a town of the tables ("Andes" in Colombia).
WIDE_REGIONS = frozenset({"andes", "alps", "himalayas", "himalaya", "sahara", "sahel", "amazon", "amazonia",
                          "patagonia", "siberia", "caucasus", "balkans", "urals", "rockies", "pyrenees", "gobi",
                          "kalahari", "karakoram", "hindu kush"})


def city_of(name: str, minimum: int = CITY, regions_first: bool = False) -> tuple[str, str] | None:
    """(canonical name, ISO) of the city a name stands for, or None. A country's name is never a city.

    ``regions_first``: a province's or state's name is that region, not a foreign town ("Ontario", "Yukon") nor a
    small town of its own country ("Jiangxi"): for typing a place, not for asking whether a word is a place."""
    folded = fold(name)
    if not folded or country_of(name) or folded in CONTINENTS or folded in WIDE_REGIONS:
        return None
    if folded in CITY_ALIASES:
        canonical = CITY_ALIASES[folded]
        row = cities().get(fold(canonical))
        return (canonical, row[1]) if row else None
    # "WA" (Western Australia) is no "Wa" of Ghana, "MENA" no "Mena": four capitals or fewer are a city only by alias.
    if name.isupper() and len(name) <= 4:
        return None
    if folded in capitals():
        iso = capitals()[folded]
        return countries()[iso].capital, iso
    row = cities().get(folded)
    if not row or row[2] < minimum:
        return None
    isos = regions().get(folded, frozenset()) if regions_first else frozenset()
    if isos and row[2] < (TOWN_UNDER_REGION if row[1] in isos else FOREIGN_TOWN_UNDER_REGION):
        return None
    return name, row[1]


def place_name(name: str) -> bool:
    """A country's, a town's or a province's name, as the tables know it."""
    return bool(country_of(name) or city_of(name) or fold(name) in regions())
