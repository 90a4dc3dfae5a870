"""A chamber called "the House": papers name a legislature's chamber once in full ("the Lok Sabha", "the House of
Representatives") and then "the House"; the tagger keeps each as a body of its own, two nodes for one chamber. Also what may stand before a lone chamber
word's full name ("the Assembly" of the "Legislative Assembly", not "Congress" of the "Trinamool Congress")."""
from __future__ import annotations

# Chambers "the House" may stand for, as folded words. Not a senate: in an American story naming only "the Senate",
# "the House" is the other chamber, which the story has not named. Not "Lower House" or "Upper House" either: of
# two names of as many words the label vote would keep "Lower House" over "Lok Sabha".
CHAMBERS = frozenset({("lok", "sabha"), ("rajya", "sabha"), ("vidhan", "sabha"), ("vidhan", "parishad"),
                      ("house", "of", "representatives"), ("house", "of", "commons"), ("house", "of", "lords"),
                      ("house", "of", "assembly"), ("house", "of", "councillors"), ("national", "assembly"),
                      ("chamber", "of", "deputies")})

# Words that qualify a chamber without making it another body: "the Assembly" of a "Legislative Assembly", but
# "Congress" is no short name of a party such as the "Trinamool Congress".
QUALIFIERS = frozenset({"legislative", "national", "constituent", "federal", "general", "consultative", "peoples",
                        "state", "provincial", "regional", "union", "lower", "upper", "grand", "supreme",
                        "plurinational", "parliamentary", "islamic"})


def of_a_country(words: tuple[str, ...]) -> bool:
    """Every word names a country or its people ("Australian", "Kenya"); true of no words."""
    from .gazetteer import country_of, demonyms

    return all(w in demonyms() or country_of(w) for w in words)


def qualified_chamber(words: tuple[str, ...]) -> bool:
    """The words before a chamber word only qualify it or name its country ("Legislative", "Salvadoran")."""
    return all(w in QUALIFIERS or of_a_country((w,)) for w in words)


def house_of(words: tuple[str, ...], names: dict) -> set[str]:
    """The group keys of the chambers of one article that a bare "House" (`words`, folded) may stand for; the
    caller joins it only where there is one. `names` maps (type, folded words) to the group key of each of the
    article's bodies; a chamber's name may carry its country before it ("Australian House of Representatives")."""
    if words != ("house",):
        return set()
    out = set()
    for (type_, name), key in names.items():
        for chamber in CHAMBERS:
            rest = name[:len(name) - len(chamber)]
            if (type_ == "Organization" and name[len(rest):] == chamber
                    and of_a_country(rest)):
                out.add(key)
    return out
