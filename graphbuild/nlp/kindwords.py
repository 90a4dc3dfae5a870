"""What the word after a name, or its own last word, says it is: "US dollars" is money, "the Hirak movement" a
body, "the Phala Phala farm" a place, "the Energy Efficiency Program" a programme, "Shanghai Pride" a festival."""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve.gazetteer import country_of, demonyms, fold
from ..resolve.kinds import place_name

DROP = "DROP"

# Currencies written after their country's name ("US dollars", "Hong Kong dollars"): the money, not the place.
CURRENCY_NOUNS = frozenset({"dollar", "dollars", "yuan", "pound", "pounds", "peso", "pesos", "rupee", "rupees",
                            "rand", "shilling", "shillings", "franc", "francs", "real", "reais", "won", "yen",
                            "euro", "euros", "dinar", "dinars", "riyal", "riyals", "dirham", "dirhams", "naira",
                            "cedi", "cedis", "ringgit", "baht", "taka", "lira"})
# Lower-case nouns after a name that make it a body's: "the Hirak movement", "the Nga Tamatoa movements".
BODY_NOUNS = frozenset({"movement", "movements", "think-tank", "thinktank"})
# Lower-case nouns after a name that make it a place's ("Phala Phala farm"); mentions.clean_name cuts them off.
PLACE_NOUNS = frozenset({"farm", "ranch", "estate", "plantation"})
# Last words of a programme, a project or a doctrine, which our ontology has no class for.
PROGRAMME_HEADS = frozenset({"programme", "programmes", "program", "programs", "doctrine"})
# A project tagged a place is a works ("Suame Interchange Project"); tagged a body it may be one ("China Africa
# Project", a newsroom).
PROJECT_HEADS = frozenset({"project", "projects"})
# First words of the United Nations' own programmes, which are bodies ("World Food Programme", "UN Environment
# Programme", "United Nations Development Programme").
UN_FIRST = frozenset({"un", "u.n.", "united", "world"})
# Last words of a festival or a parade ("Shanghai Pride", "Sydney Mardi Gras"), of a meeting, whatever body holds
# it ("CII-Exim Bank Conclave", "Muslim League Convention", "Loya Jirga"), and of a prize ("Goldman Environmental
# Prize"), filed with events as awards are.
FESTIVAL_HEADS = frozenset({"pride", "carnival", "carnaval", "gras", "conclave", "jirga", "convention", "conventions",
                            "prize", "prizes"})
# Languages the tagger takes for a people or a body ("a video in Hindi"); a person's surname ("Al Hindi") stays.
LANGUAGES = frozenset({"hindi", "urdu", "swahili", "kiswahili", "tagalog", "mandarin", "cantonese", "sanskrit",
                       "esperanto"})
# Faiths whose plural names a community ("Sikhs"), as a demonym's names a people ("Bolivians").
FAITHS = frozenset({"sikh", "hindu", "muslim", "christian", "jew", "parsi", "buddhist", "jain", "sunni", "shia",
                    "shiite", "catholic", "protestant", "druze", "yazidi", "alawite", "copt", "evangelical"})
# Plural heads after a nationality: "British Universities" names no one body.
PLURAL_HEADS = frozenset({"universities", "colleges", "schools", "hospitals", "companies", "banks", "ministries",
                          "embassies", "courts", "newspapers"})


def described(ent: Span) -> str | None:
    """DROP, a spaCy label to retag ``ent`` with, or LAW / EVENT for what our classes would misfile; None where
    these words say nothing."""
    doc, end = ent.doc, ent.end
    after = doc[end] if end < len(doc) else None
    words = fold(ent.text.removeprefix("the ").removeprefix("The ")).split()
    if not words:
        return None
    # "mujahideen", "this year", "+123%": a name has a capital ("quirkycampers.com", a site, stays).
    if not any(ch.isupper() for ch in ent.text) and "." not in ent.text:
        return DROP
    if after is not None and ent.label_ == "GPE" and after.lower_ in CURRENCY_NOUNS and after.pos_ in {"NOUN", "PROPN"}:
        return DROP
    # A people's, a place's or a person's movement ("the Kurdish movement", "the Tibet movement", "the Gandhi
    # movement ... Gandhi was killed") is left as it is: no named body.
    # (An organisation's own label is given back too: same_names reads it for the name's other mentions.)
    if (after is not None and after.is_lower and after.lower_ in BODY_NOUNS
            and ent.label_ in {"GPE", "LOC", "PERSON", "FAC", "ORG"} and " ".join(words) not in demonyms()
            and not place_name(ent.text) and not _named_alone(ent)):
        return "ORG"
    # "the think tank Chatham House", "the Wilson Centre, a think tank": a body, not a place or a person.
    if ent.label_ in {"GPE", "LOC", "FAC", "PERSON", "ORG"} and _think_tank(ent):
        return "ORG"
    if (ent.label_ in {"ORG", "FAC", "PERSON", "LOC"} and len(ent) > 1 and ent[-1].is_lower
            and ent[-1].lower_ in PLACE_NOUNS):
        return "LOC"
    if len(words) > 1 and (words[-1] in PROGRAMME_HEADS and not _united_nations(words)
                           or words[-1] in PROJECT_HEADS and ent.label_ in {"GPE", "LOC", "FAC"}):
        return "LAW"
    # "the Saudi Program for Separating Conjoined Twins": a programme named for its aim (not the UN's, "the Joint
    # United Nations Programme on HIV/AIDS").
    if not _united_nations(words) and any(w in PROGRAMME_HEADS and nxt == "for" for w, nxt in zip(words, words[1:])):
        return "LAW"
    # "the War Against Gangs", "the War on Terror": a campaign, no entity of ours, whoever wages it (the charity War
    # on Want is a body).
    if len(words) > 2 and words[0] == "war" and words[1] in {"on", "against"} and words != ["war", "on", "want"]:
        return "LAW"
    # "the Pitt Rivers Museum", "the Museum of X": its curators and collections make it a body, as a hospital is
    # ("Museum Hill", "Museum station" are places).
    if ent.label_ in {"FAC", "LOC", "GPE"} and len(words) > 1 and (words[-1] == "museum" or words[:2] == ["museum", "of"]):
        return "ORG"
    # "the Belt and Road Initiative" read as a place: a policy; an initiative read as a body may be one.
    if len(words) > 1 and words[-1] == "initiative" and ent.label_ in {"GPE", "LOC", "FAC"}:
        return "LAW"
    if len(words) > 1 and words[-1] in FESTIVAL_HEADS and not (ent.label_ == "PERSON" and words[-1] == "pride"):
        return "EVENT"  # (the singer Charley Pride stays a person)
    # "the Lucknow Pact" tagged a place: a treaty; "the Warsaw Pact", tagged a body, is an alliance.
    if len(words) > 1 and words[-1] == "pact" and ent.label_ != "ORG":
        return "EVENT"
    # "Elder of the Order of the Burning Spear", "Order of the British Empire": an honour, filed with awards.
    if "order of the" in " ".join(words):
        return "EVENT"
    if words[0] in LANGUAGES and len(words) == 1 and ent.label_ in {"NORP", "ORG", "GPE"}:
        return DROP
    # "Castroism", "Correismo": a creed named for its leader is no people, body or place.
    if len(words) == 1 and words[0].endswith(("ism", "ismo")) and len(words[0]) > 5:
        return DROP
    # "Sikhs", "Bolivians", "Indian Parsi": a community or a people, whatever the tagger made of it.
    if (ent.label_ != "NORP" and (all(_people(w) for w in words) and _people(words[-1], plural=len(words) == 1)
                                  or len(words) > 1 and _people(" ".join(words), plural=True))
            and not country_of(ent.text)):  # "Philippines" is no plural of "Philippine"
        return "NORP"
    if len(words) == 2 and words[1] in PLURAL_HEADS and (words[0] in demonyms() or _people(words[0])):
        return DROP
    # "Pacto del Zanjón": a treaty, filed with events ("Pacto Histórico", a coalition, is no "pacto de").
    if words[:1] == ["pacto"] and words[1:2] in (["de"], ["del"]):
        return "EVENT"
    # "the Race Relations Act of 1968", "Ley Antibloqueo", "the Payment Services Act": laws.
    if (len(words) > 3 and words[-3:-1] == ["act", "of"] and words[-1].isdigit()
            or len(words) > 1 and words[0] == "ley" and ent.label_ != "PERSON"
            or len(words) > 1 and ent[-1].text == "Act" and ent.label_ != "PERSON"):
        return "LAW"
    # "Cabinet Secretaries": a Kenyan minister's title, no cabinet acting.
    if words == ["cabinet"] and after is not None and after.lower_ in {"secretary", "secretaries"}:
        return DROP
    # "the Alba Caracas Hotel": a place, where it stands and what changes hands.
    if ent.label_ == "ORG" and len(words) > 1 and words[-1] == "hotel":
        return "LOC"
    # "the Ranisankail Police Station", "the Defence Headquarters": a body, as any police force or ministry.
    if words[-2:] == ["police", "station"] or words[-2:] in (["defence", "headquarters"], ["defense", "headquarters"],
                                                              ["police", "headquarters"]):
        return "ORG"
    # "International Day Against Homophobia", "World Day of Peace": a day, whatever words follow.
    if len(words) > 2 and words[1] == "day" and words[0] in {"international", "world", "national", "global"}:
        return "EVENT"
    return None


def _united_nations(words: list[str]) -> bool:
    return words[0] in UN_FIRST or "united nations" in " ".join(words) or "un" in words[:3]


def _think_tank(ent: Span) -> bool:
    doc = ent.doc
    before = " ".join(t.lower_ for t in doc[max(ent.start - 3, 0): ent.start])
    after = " ".join(t.lower_ for t in doc[ent.end: ent.end + 5])
    return before.endswith(("think tank", "think - tank", "think-tank")) or after.startswith(
        (", a think tank", ", the think tank", "think tank", ", a think - tank", ", a washington - based think tank"))


def same_names(spans: list[Span], kinds: list[str | None]) -> list[str | None]:
    """``kinds`` (each span's relabel) with what one mention's words made of a name given to its other mentions
    ("the think tank Chatham House ... Chatham House said"; "the Phala Phala farm ... owns Phala Phala")."""
    told: dict[str, str] = {}
    for ent, kind in zip(spans, kinds):
        # Only what this module's words said (relabel read them already): a movement, a think tank, a farm.
        if kind == "ORG" and (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in BODY_NOUNS or _think_tank(ent)):
            told[ent.text] = "ORG"
        elif kind == "LOC" and ent[-1].lower_ in PLACE_NOUNS:
            told[ent[:-1].text] = "LOC"
    out = []
    for ent, kind in zip(spans, kinds):
        # A country, a town or a province keeps its own mentions.
        given = told.get(ent.text)
        given = None if given is None or place_name(ent.text) else given
        # A farm's name makes a person's or a body's mention a place, not a country's or a town's.
        takes = {"PERSON", "GPE", "LOC", "FAC"} if given == "ORG" else {"PERSON", "ORG"}
        out.append(kind or (given if ent.label_ in takes else None))
    return out


def _named_alone(ent: Span) -> bool:
    """A person's name written elsewhere in the article without the word after it ("Gandhi was killed")."""
    return ent.label_ == "PERSON" and any(e.text == ent.text and e.label_ == "PERSON" and e.start != ent.start
                                          and not (e.end < len(e.doc) and e.doc[e.end].lower_ in BODY_NOUNS)
                                          for e in ent.doc.ents)


def _people(word: str, plural: bool = False) -> bool:
    """A demonym or a faith's member, or such a phrase ("south african"); with ``plural``, only their plural
    ("Sikhs", "Bolivians", "South Africans")."""
    if plural:
        return word.endswith("s") and _people(word[:-1])
    word = word.removesuffix("s")
    return word in FAITHS or word in demonyms()
