"""Repairs to single tagged spans of news text: where a name starts and ends, and spans that name no entity.

Each rule is one construction seen in the entity nodes of real articles (tests/gold/newswire/judged/nodes.json):
a title glued to the name after an outlet, a place joined to its region, a party's bracketed wing cut off,
an amount, a disease or a law taken for an organisation, a holiday or a war taken for a place."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..resolve import kinds
from ..resolve.abbreviations import abbreviates
from ..resolve.gazetteer import capitals, country_of, demonyms, fold, organisation_names
from ..resolve.kinds import CONTINENTS
from ..resolve.names import PARTICLES
from .kindwords import described
from .unnamed import shouted, work_title
from .spanwords import (AMOUNT_WORDS, BODY_HEADS, COMMON, COMPANY_WORDS, COMPASS, COMPASS_ADJECTIVES,
                         DEITY_NOUNS, DOCUMENT_WORDS, DROP, EVENT_FIRST, EVENT_HEADS, FAMILY_HEADS, FIGURE,
                         GLUED_AMOUNT, GROUP_HEADS, INNER_HONORIFICS, LAW_HEADS, LEADING, OBSERVANCES,
                         PERSON_EVENT_HEADS, PLACE_RULERS, PLURAL_MEMBERS, POSTS, SURVEY_BODIES, TRAILING,
                         TREATY_HEADS, VISION_WORDS)


def repair(ent: Span) -> list[Span]:
    """The span with its bounds mended, or the names it joins, each as its own span."""
    doc, start, end = ent.doc, ent.start, ent.end
    # "JD(S" + ")" and "Janata Dal" + "(United)": a bracketed part of a party's name belongs to it.
    if end < len(doc) and "(" in ent[-1].text and ")" not in ent[-1].text and doc[end].text == ")":
        end += 1
    # Not a body's short name the text writes alone too: "Freedom and Refoundation (Libre)" ... "by Libre" (a wing
    # written as a word, "Maoists", still belongs: "CPI (Maoist)").
    elif (ent.label_ == "ORG" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
          and doc[end + 1].is_title and not abbreviates(doc[end + 1].text, ent.text)
          and not any(e.label_ == "ORG" and e.text == doc[end + 1].text and e.start != end + 1 for e in doc.ents)):
        end += 3
    # "Group of" + "16", "Municipal Finance Management" + "Act".
    if ent.label_ == "ORG" and end < len(doc) and doc[end - 1].lower_ == "of" and doc[end].like_num:
        end += 1
    elif ent.label_ == "ORG" and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num:
        end += 2
    if ent.label_ == "ORG" and end < len(doc) and doc[end].text == "Act":
        end += 1
    # "Prevention of Atrocities" + "(PoA) Act": the law, its abbreviation inside.
    elif (ent.label_ == "ORG" and end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
          and doc[end + 3].text == "Act"):
        end += 4
    # "Luis Zelaya 14.02": a figure after a name in a list is no part of it ("Flight AV662" keeps its code).
    while ent.label_ == "PERSON" and end - 1 > start and FIGURE.match(doc[end - 1].text):
        end -= 1
    # "western Maharashtra": a lower-case compass adjective describes the place; "West Bengal" names it, and so
    # do "east Jerusalem" and "southern Africa", a region of a continent.
    # "central Asia" with "Asia" tagged alone: the region is the continent's part, not the continent.
    if (ent.label_ in {"GPE", "LOC"} and start > 0 and doc[start - 1].is_lower
            and doc[start - 1].lower_ in COMPASS_ADJECTIVES and fold(doc[start:end].text) in CONTINENTS):
        start -= 1
    if (ent.label_ in {"GPE", "LOC"} and end - start > 1 and doc[start].lower_ in COMPASS_ADJECTIVES
            and doc[start].is_lower and doc[start + 1].is_title and fold(doc[start + 1:end].text) not in CONTINENTS):
        start += 1
    while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].lower_ in TRAILING:
        end -= 1
    # "Igloolik, NU", "Austin, TX": a place and its state's or province's postal code; the code names no place
    # of its own that the tables could find ("NU" is no country), so the town stands alone.
    if (ent.label_ in {"GPE", "LOC"} and end - start > 2 and doc[end - 2].text == ","
            and re.fullmatch(r"[A-Z]{2}", doc[end - 1].text)):
        end -= 2
    # "Eastern Cape department" + "of health": a body named by a lower-case head noun goes on to its field.
    if ent.label_ == "ORG" and doc[end - 1].lower_ in {"department", "ministry"} and doc[end - 1].is_lower:
        field = end + 1
        while field < len(doc) and field - end < 5 and (doc[field].pos_ in {"NOUN", "ADJ", "PROPN"}
                                                         or doc[field].lower_ == "and" and field > end + 1):
            field += 1
        if end < len(doc) and doc[end].lower_ == "of" and field > end + 1 and doc[field - 1].lower_ != "and":
            end = field
    # "Board of Control for Hockey" + "in Kenya (BCHK)": the abbreviation after it spells the whole name.
    if ent.label_ == "ORG":
        stop = next((i for i in range(end, min(end + 5, len(doc) - 2)) if doc[i].text == "("), None)
        # Only a preposition goes on ("in India"), not a possessive ("Qatar University's Computing Club (QUCC)").
        if (stop is not None and stop > end and doc[stop + 2].text == ")"
                and doc[end].lower_ in {"in", "of", "for", "on"}
                and doc[stop + 1].text == _initials(doc[start:stop]) != _initials(doc[start:end])):
            end = stop
    # "State Grid Corp" + "of China": a company's name goes on to the country it is "of".
    if (ent.label_ == "ORG" and end + 1 < len(doc) and doc[end - 1].lower_ in {"corp", "corporation", "company"}
            and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE" and country_of(doc[end + 1].text)):
        end += 2
    # "Umm Al Quwain Ruler", "Lagos State Governor": a place's ruler's title glued after its name.
    if (ent.label_ in {"GPE", "LOC"} and end - start > 1 and doc[end - 1].lower_ in PLACE_RULERS
            and doc[end - 1].is_title):
        end -= 1
    # "Reiterating" + "Government ...": a sentence's first verb is no word of the name after it.
    if end - start > 1 and doc[start].is_sent_start and doc[start].tag_ == "VBG":
        start += 1
    # "H" + "D Kumaraswamy": initials before a name that starts with one.
    if ent.label_ == "PERSON":
        while start > 0 and is_initial(doc[start]) and is_initial(doc[start - 1]) and doc[start - 1].text not in "AI":
            start -= 1
    label = ent.label_
    # "Democratic" + "Republic of the Congo": a country's name the tagger began one word late is the other country.
    if label in {"GPE", "LOC", "ORG"} and start > 0 and doc[start - 1].is_title and doc[start - 1].ent_iob_ == "O":
        whole = country_of(doc[start - 1: end].text)
        if whole and whole != country_of(doc[start:end].text):
            start, label = start - 1, "GPE"
    span = ent if (start, end, label) == (ent.start, ent.end, ent.label_) else Span(doc, start, end, label=label)
    return (_split_honorific(span) or _split_posted_place(span) or _split_places(span) or _split_origin(span)
            or [span])


def _initials(span) -> str:
    """ "BCHK" of "Board of Control for Hockey in Kenya": the capitals of its words, small words left out."""
    return "".join(t.text[0] for t in span if t.text[:1].isupper())


def relabel(ent: Span) -> str | None:
    """DROP for a span that names no entity, EVENT or LAW for one our classes would misfile, else None."""
    text = fold(ent.text.removeprefix("the ").removeprefix("The "))
    words = text.split()
    if not words or ent.label_ not in {"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP", "PRODUCT"}:
        return None
    # "G" of "5G": a letter alone names nothing ("P." may stand for a person the paper will not name; X is a platform).
    if text in COMMON or len(text.replace(".", "")) < 2 and ent.label_ != "PERSON" and ent.text != "X":
        return DROP
    if text in OBSERVANCES:
        return "EVENT"
    told = described(ent)
    if told:
        return told
    # A sentence all in capitals (only a country's name is believed there), the title of a film or a painting.
    if shouted(ent.sent) and not country_of(ent.text) or work_title(ent):
        return DROP
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    # "the Zulu King", "Zulu King" just before the name: a ruler's title, no one's name.
    if ent.label_ == "PERSON" and len(words) == 2 and words[1] in {"king", "queen", "monarch"} and (
            ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
            or after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "B"):
        return DROP
    # "Samut Prakan MPs": a person's name is no one's constituency; a town or province the tables know is.
    if (ent.label_ == "PERSON" and after is not None
            and after.lower_ in PLURAL_MEMBERS
            and kinds.city_of(ent.text)):
        return "GPE"
    # "the Omicron variant": a strain of a virus is no one.
    if after is not None and after.lower_ in {"variant", "variants", "subvariant", "subvariants"}:
        return DROP
    # "the god Shiva", "the sea goddess Matsu": a deity, as "God" above, not a person (not "guitar god X").
    before = ent.doc[ent.start - 2] if ent.start > 1 else None
    if (ent.start > 0 and ent.doc[ent.start - 1].text in DEITY_NOUNS
            and (before is None or before.tag_ not in {"NN", "NNS"} or before.lower_ in {"sea", "sun", "war"})):
        return DROP
    # "the Lokmanya Tilak Express" read as a place: a train, which we have no class for ("Indian Express", a
    # paper, is tagged a body and kept; "the carrier Coastal Express" is a body).
    if ent.label_ in {"GPE", "LOC", "FAC"} and len(words) > 1 and words[-1] == "express":
        after_noun = ent.start > 0 and ent.doc[ent.start - 1].lower_ in COMPANY_WORDS | {"newspaper", "daily"}
        return "ORG" if after_noun else DROP
    if any(t.lower_ in AMOUNT_WORDS for t in ent) and any(ch.isdigit() for ch in ent.text):
        return DROP
    if GLUED_AMOUNT.match(ent.text.strip()):
        return DROP
    doc, end = ent.doc, ent.end
    # "Crown-Indigenous Relations Minister Jane Roe", "MMC for Economic Development John Doe": a portfolio
    # in a title before a name, not a body (an "Air Force Commander" keeps his force).
    if (ent.label_ == "ORG" and end < len(doc) and not kinds.org_kind(ent.text) and not ent.text.isupper()
            and text not in organisation_names()
            and (doc[end].lower_ == "minister" or "for" in words and doc[end].ent_type_ == "PERSON")):
        return DROP
    # "Replying to a query, ...": a verb at a sentence's start.
    if len(ent) == 1 and ent[0].is_sent_start and ent[0].tag_ in {"VBG", "VBD", "VBN", "VBZ"}:
        return DROP
    if ent.label_ in {"GPE", "LOC", "FAC"} and len(words) > 1 and (words[-1] in BODY_HEADS
                                                                 or words[0] in kinds.ORG_FIRST - {"centro"}):
        return "ORG"
    if ent.label_ == "PERSON" and "(" in ent.text:
        return "ORG"  # "JD(S)": no person's name holds a bracket
    if ent.label_ == "PERSON" and len(words) > 1 and words[0] in COMPASS:
        return "GPE"  # "Norte de Santander", "North Kivu"
    if len(words) > 1 and words[-1] in GROUP_HEADS:
        return "NORP"  # "Scheduled Castes", "Stolen Generations": people, not a person, place or body
    if ent.label_ == "PERSON" and len(words) > 1 and words[-1] in FAMILY_HEADS:
        return "NORP"
    if ent.label_ == "PERSON" and len(words) > 1 and words[-1] in PERSON_EVENT_HEADS:
        return "EVENT"
    # "the Scheduled Tribes (Prevention of Atrocities) Act": the bracketed part of a law's title.
    if 0 < ent.start and end + 1 < len(doc) and doc[ent.start - 1].text == "(" and doc[end].text == ")" \
            and doc[end + 1].text == "Act":
        return "LAW"
    # "Code on Social Security", "National Action Plan on Youth, Jobs and Skills": a document, where no
    # body's head word comes before its document word.
    for i, word in enumerate(words[:-1]):
        if word in kinds.ORG_HEADS:
            break
        if word in DOCUMENT_WORDS and words[i + 1] in {"on", "for"} and ent.label_ != "PERSON":
            return "LAW"
    # "state utility Perusahaan Listrik Negara": a name the noun for a company describes is no person's.
    if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ in COMPANY_WORDS:
        return "ORG"
    if ent.label_ == "PERSON" or kinds.org_kind(ent.text) or any(w in kinds.ORG_HEADS for w in words):
        return None
    last = next((w for w in reversed(words) if not w.isdigit()), words[-1])
    if len(words) > 1 and last in LAW_HEADS:
        return "LAW"
    # "Saudi Vision 2030", "the Economic Modernisation Vision": a plan; "World Vision" is a charity.
    if len(words) > 1 and last == "vision" and (words[-1] != "vision" or after is not None and after.like_num
                                                 or words[-2] in VISION_WORDS or country_of(words[-2])
                                                 or words[-2] in demonyms()):
        return "LAW"
    # "National Family Health Survey": a study, filed with documents; a "Geological Survey" is a body.
    if len(words) > 1 and last in {"survey", "surveys"} and not SURVEY_BODIES & set(words):
        return "LAW"
    # "Lunar New Year": a holiday tagged a place; "NAIDOC Week" too, but a body's "Week" is a paper ("Jewish Week").
    if len(words) > 1 and (last in EVENT_HEADS | TREATY_HEADS or words[0] in EVENT_FIRST
                           or words[-2:] == ["new", "year"] or last == "week" and ent.label_ != "ORG"):
        return "EVENT"
    return None


def defined_laws(ents: list[Span], labels: list[str | None]) -> set[str]:
    """Abbreviations of the text's laws (``labels``: each span's ``relabel``), defined ("the Digital Security
    Act (DSA)") or only spelled by its initials: every use of them is the law."""
    out = set()
    for ent, label in zip(ents, labels):
        doc, end = ent.doc, ent.end
        if label != "LAW":
            continue
        initials = "".join(w[:1] for w in ent.text.split() if w[:1].isupper())
        # "Prevention of Atrocities (PoA) Act": the abbreviation written inside the law's name.
        out |= {t.nbor().text for t in ent[:-2] if t.text == "(" and t.nbor(2).text == ")"}
        if len(initials) > 2:  # "PA" of a "Patriot Act" would take the Palestinian Authority's too
            out.add(initials)
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and abbreviates(doc[end + 1].text,
                                                                                                   ent.text):
            out.add(doc[end + 1].text)
    return out


def is_initial(token) -> bool:
    return len(token.text.rstrip(".")) == 1 and token.text[:1].isupper()


def leads_initials(token) -> bool:
    """A letter before another initial ("H D ..."), except the "H E" of His Excellency."""
    doc = token.doc
    return (len(token.text) == 1 and token.i + 1 < len(doc) and is_initial(doc[token.i + 1])
            and doc[token.i + 1].text[0] != "E")


def _split_honorific(ent: Span) -> list[Span] | None:
    """"The Gazette Dr. Karim Haddad": the outlet before the title keeps its label, the person follows;
    "Nuncio Jan Novak": the person after the title."""
    doc = ent.doc
    if ent.label_ == "PERSON" and len(ent) > 2 and doc[ent.start].lower_ in LEADING:
        return [Span(doc, ent.start + 1, ent.end, label="PERSON")]
    cut = next((t.i for t in ent if t.i > ent.start and t.lower_ in INNER_HONORIFICS), None)
    if ent.label_ == "PERSON" or cut is None or cut + 1 >= ent.end or not doc[cut - 1].text[:1].isupper():
        return None
    return [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label="PERSON")]


def _split_posted_place(ent: Span) -> list[Span] | None:
    """"Ambassador to Azerbaijan Sami Ghousheh", "Ambassador in Cairo Mariam Al Kaabi" tagged one name: the
    place of the post, then the person."""
    doc, start = ent.doc, ent.start
    if (ent.label_ not in {"PERSON", "GPE", "LOC", "ORG"} or len(ent) < 3 or start < 2
            or doc[start - 1].lower_ not in {"to", "in"} or doc[start - 2].lower_ not in POSTS):
        return None
    for cut in range(min(ent.end - 2, start + 3), start, -1):
        place, rest = doc[start:cut], doc[cut:ent.end]
        if not (country_of(place.text) or fold(place.text) in capitals() or kinds.city_of(place.text)):
            continue
        # The rest a name: capitalised words, or the lowercase particles of one ("bin", "al").
        if rest[0].text[:1].isupper() and all(t.text[:1].isupper() or t.lower_ in PARTICLES for t in rest):
            return [Span(doc, start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
        return None
    return None


def _split_places(ent: Span) -> list[Span] | None:
    """"Parana in Entre Rios Province", "Asan, South Chungcheong", "Nilambur (Malappuram": a place and its region,
    two places."""
    if ent.label_ not in {"GPE", "LOC"}:
        return None
    cut = next((t.i for t in ent[1:-1] if t.text in {"in", ",", "("}), None)
    if cut is None or not (ent.doc[cut + 1].is_title and ent.doc[cut - 1].is_title):
        return None
    return [Span(ent.doc, ent.start, cut, label=ent.label_), Span(ent.doc, cut + 1, ent.end, label=ent.label_)]


def _split_origin(ent: Span) -> list[Span] | None:
    """"Rafiq Alam of Assam" tagged one person: the man, and the place he is from."""
    cut = next((t.i for t in ent[1:-1] if t.text == "of"), None) if ent.label_ == "PERSON" else None
    if cut is None or not ent.doc[cut + 1].is_title:
        return None
    return [Span(ent.doc, ent.start, cut, label="PERSON"), Span(ent.doc, cut + 1, ent.end, label="GPE")]
