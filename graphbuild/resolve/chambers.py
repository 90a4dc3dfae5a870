"""A chamber called "the House": papers name a legislature's chamber once in full ("the Lok Sabha", "the House of
Representatives") and then "the House"; the tagger keeps each as a body of its own, two nodes for one chamber."""
from __future__ import annotations

# Chambers "the House" may stand for, as folded words. Not a senate: in an American story naming only "the Senate",
# "the House" is the other chamber, which the story has not named. Not "Lower House" or "Upper House" either: of
# two names of as many words the label vote would keep "Lower House" over "Lok Sabha".
CHAMBERS = frozenset({("lok", "sabha"), ("rajya", "sabha"), ("vidhan", "sabha"), ("vidhan", "parishad"),
                      ("house", "of", "representatives"), ("house", "of", "commons"), ("house", "of", "lords"),
                      ("house", "of", "assembly"), ("house", "of", "councillors"), ("national", "assembly"),
                      ("chamber", "of", "deputies")})


def house_of(words: tuple[str, ...], names: dict) -> set[str]:
    """The group keys of the chambers of one article that a bare "House" (`words`, folded) may stand for; the
    caller joins it only where there is one. `names` maps (type, folded words) to the group key of each of the
    article's bodies; a chamber's name may carry its country before it ("Australian House of Representatives")."""
    from .gazetteer import country_of, demonyms

    if words != ("house",):
        return set()
    out = set()
    for (type_, name), key in names.items():
        for chamber in CHAMBERS:
            rest = name[:len(name) - len(chamber)]
            if (type_ == "Organization" and name[len(rest):] == chamber
                    and all(w in demonyms() or country_of(w) for w in rest)):
                out.add(key)
    return out
