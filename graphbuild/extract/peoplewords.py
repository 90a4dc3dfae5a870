"""Words for a country's people and a party's members: "Kenyan", "Liberal"."""
from __future__ import annotations


# Demonyms the gazetteer's table lacks, mostly of smaller African and Asian states that news of those regions
# writes before titles ("Mozambican President X"). "Congolese" and "Guinean" name more than one state: left out.
EXTRA_DEMONYMS = {
    "mozambican": "MZ", "tanzanian": "TZ", "ugandan": "UG", "burundian": "BI", "rwandan": "RW", "zambian": "ZM",
    "malawian": "MW", "namibian": "NA", "botswanan": "BW", "angolan": "AO", "beninese": "BJ", "burkinabe": "BF",
    "ivorian": "CI", "gabonese": "GA", "gambian": "GM", "liberian": "LR", "malagasy": "MG", "malian": "ML",
    "mauritanian": "MR", "mauritian": "MU", "nigerien": "NE", "senegalese": "SN", "chadian": "TD",
    "togolese": "TG", "eritrean": "ER", "djiboutian": "DJ", "croatian": "HR", "kyrgyz": "KG", "tajik": "TJ",
    "turkmen": "TM", "nepali": "NP", "nepalese": "NP", "bhutanese": "BT", "maltese": "MT", "montenegrin": "ME",
    "jamaican": "JM", "guyanese": "GY", "fijian": "FJ", "laotian": "LA", "bruneian": "BN", "kosovar": "XK",
    "seychellois": "SC", "eswatini": "SZ", "swazi": "SZ", "lesothan": "LS", "luxembourgish": "LU",
    "equatoguinean": "GQ",
    # Second spellings of demonyms the table holds in one form ("Somali", "Kazakh", "Filipino", "Salvadoran").
    "somalian": "SO", "azeri": "AZ", "kazakhstani": "KZ", "filipina": "PH", "salvadorean": "SV",
}


def demonym(word: str) -> str | None:
    """ISO code of the country a demonym names ("Kenyan" -> KE), or None."""
    from ..resolve import gazetteer

    folded = gazetteer.fold(word)
    return gazetteer.demonyms().get(folded) or EXTRA_DEMONYMS.get(folded)


# Party adjectives before a party title ("Liberal leader X", "Republican senators"): the party they name.
PARTY_ADJECTIVES = {"liberal": "Liberal Party", "labor": "Labor Party", "labour": "Labour Party",
                    "conservative": "Conservative Party", "republican": "Republican Party",
                    "democratic": "Democratic Party", "democrat": "Democratic Party"}
