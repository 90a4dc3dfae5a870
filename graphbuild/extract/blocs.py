"""Countries in blocs, where a sentence says so in passing: "Portugal and its partners in the 27-nation bloc", "EU
member Ireland", "other EAC heads of state, among them Uganda's ... and Burundi's ...".

The sentence must name the country and the bloc and speak of membership, and the country must be one of the
bloc's members below. Only memberships that held from 2014 to 2025 are listed (no Britain in the EU, no Finland
or Sweden in NATO, no OPEC member that left or joined), so that an article's date cannot make one wrong.
"""
from __future__ import annotations

from ..resolve import gazetteer
from .arguments import Arg

MEMBERS = {
    "European Union": "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
    "NATO": "AL BE BG CA HR CZ DK EE FR DE GR HU IS IT LV LT LU NL NO PL PT RO SK SI ES TR GB US",
    "African Union": ("DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG "
                      "MW ML MR MU MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH"),
    "ASEAN": "BN KH ID LA MY MM PH SG TH VN",
    "Gulf Cooperation Council": "BH KW OM QA SA AE",
    "Arab League": "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD TN AE YE",
    "OPEC": "DZ IR IQ KW LY NG SA AE VE",
    "Mercosur": "AR BR PY UY",
    "East African Community": "KE TZ UG RW BI",
    "Economic Community of West African States": "BJ CV CI GM GH GN GW LR NG SN SL TG",
    "Southern African Development Community": "AO BW CD SZ LS MG MW MU MZ NA SC ZA TZ ZM ZW",
    "G7": "US GB FR DE IT JP CA",
    "BRICS": "BR RU IN CN ZA",
    "Intergovernmental Authority on Development": "DJ ET KE SO SS SD UG",
}
# Nouns a bloc's name qualifies to speak of its members: "EU member Ireland", "EU countries", "EAC heads of state".
CUES = {"member", "membership"} | {"country", "nation", "state", "head", "leader", "government", "minister"}
# Words that make it about becoming, leaving or not being a member.
NOT_MEMBER = {"join", "accession", "candidate", "observer", "suspend", "suspension", "expel", "leave", "exit",
              "withdraw", "withdrawal", "aspire", "apply", "application", "bid", "nonmember", "non", "former",
              "readmit", "rejoin", "quit"}


def _bloc_names() -> dict[str, str]:
    names = {}
    for canonical, shorts in gazetteer.BODIES.items():
        if canonical in MEMBERS:
            for name in (canonical, *shorts):
                names[gazetteer.fold(name)] = canonical
    names[gazetteer.fold("East Africa Community")] = "East African Community"
    return names


BLOC_NAMES = _bloc_names()


def read(rules) -> list:
    """memberOf for each country a sentence names with a bloc it belongs to, where the sentence speaks of
    membership."""
    table = rules.args.table
    named = _named_blocs(rules)
    if not named:
        return []  # most articles name no bloc: nothing to read
    sentences: dict[int, tuple[list, list]] = {}
    for ent in table.ents:
        blocs, countries = sentences.setdefault(ent.sent.start, ([], []))
        for arg in rules.args.resolve(ent.root, concepts=False):
            mention = table.get(arg.mention)
            bloc = BLOC_NAMES.get(gazetteer.fold(mention.name))
            if bloc is not None:
                blocs.append((arg, bloc, ent.root))
            elif mention.type == "Country" and (mention.link or "").startswith("country:"):
                countries.append((arg, mention.link.split(":", 1)[1]))
    out = []
    for start, (blocs, countries) in sentences.items():
        sent = rules.doc[start].sent
        if not countries or ({t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}) & NOT_MEMBER:
            continue
        # "the regional bloc"; "ASEAN member states", "members of the EU" (not "a member of parliament");
        # "EU countries such as Spain", "other EAC heads of state".
        cue = next((t for t in sent if t.lemma_.lower() == "bloc"), None)
        cue = cue or next(filter(None, (_qualified(root) for _, _, root in blocs)), None)
        if cue is None:
            continue
        if not blocs and len(named) == 1 and cue.lemma_.lower() == "bloc":
            # "the 27-nation bloc" where the article names one bloc: that one.
            name, bloc = named[0]
            mention = table.add_words(rules.doc[cue.i: cue.i + 1], name, "Organization")
            blocs = [(Arg(mention, (cue.idx, cue.idx + len(cue)), "coref"), bloc, cue)]
        for bloc_arg, bloc, _ in blocs:
            members = set(MEMBERS[bloc].split())
            out += [rules.make(country_arg, "memberOf", bloc_arg, cue, "noun.bloc-member")
                    for country_arg, iso in countries if iso in members]
    return out


def _qualified(root):
    """The noun of members a bloc's name qualifies: "ASEAN member states", "members of the EU"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif root.dep_ not in {"compound", "nmod", "poss", "amod"}:
        return None
    while head.dep_ == "compound" and head.head.i != head.i:  # "member" in "member states"
        if head.lemma_.lower() in CUES:
            return head
        head = head.head
    return head if head.lemma_.lower() in CUES else None


def _named_blocs(rules) -> list[tuple[str, str]]:
    """The blocs the article names, each once: (the name as written, the bloc)."""
    seen: dict[str, str] = {}
    for ent in rules.args.table.ents:
        words = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        bloc = BLOC_NAMES.get(gazetteer.fold(words))
        if bloc is not None:
            seen.setdefault(bloc, words)
    return [(name, bloc) for bloc, name in seen.items()]
