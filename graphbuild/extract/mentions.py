"""Mentions: named entities and concepts of one Doc, held as plain records by character offset."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp.kindwords import PLACE_NOUNS
from ..nlp.splits import given_name
from ..records import Mention
from ..resolve import gazetteer
from . import lexicon
from .gatheringwords import GATHERING_NOUNS, gathering_phrase
from .storynames import NAMED_BY_STORY, home_place, home_short, named_by_story, names_of_people, ranked_only
from .institutions import bare_country, state_bodies

ENTITY_LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
                 "FAC": "Place", "EVENT": "Event",
                 # the CoNLL04 profile's labels
                 "Peop": "Person", "Org": "Organization", "Loc": "Place"}


# Last words only a firm's name ends with; "Bank" is left out ("West Bank").
FIRM_LAST = {"capital", "holdings", "partners", "ltd", "inc", "corp", "llc", "plc", "securities", "investments",
             "associates", "advisors", "advisers", "research"}



def known_place(name: str) -> tuple[str, str] | None:
    """(class, gazetteer key) of a country's name, formal or not, or of a capital; None for other names."""
    iso = gazetteer.country_of(name) or formal_country(name)
    if iso:
        return "Country", f"country:{iso}"
    iso = gazetteer.capitals().get(gazetteer.fold(name))
    return ("City", f"city:{iso}") if iso else None


def entity_type(span: Span) -> tuple[str, str | None]:
    """Our class for a spaCy entity, and a gazetteer key when the name is known."""
    label = span.label_
    name = clean_name(span)
    # "a Chile embassy": a country before a facility's noun, tagged a facility, is still the country.
    if label in {"GPE", "LOC", "NORP", "Loc", "FAC"} or label == "ORG" and name in NAMED_BY_STORY:
        iso = named_by_story(span, name)
        if iso:
            return "Country", f"country:{iso}"
    if label in {"GPE", "LOC", "NORP", "Loc", "FAC"}:
        iso = lexicon.demonym(name) if label == "NORP" else None
        known = ("Country", f"country:{iso}") if iso else known_place(name)
        if known:
            return known
        if label == "NORP":
            return "Group", None
        # "Harwick Capital", "Brent Holdings" read as places: a firm's last word makes it a firm, and so does
        # "London-based" before it.
        if name.split() and name.split()[-1].lower().strip(".") in FIRM_LAST and len(name.split()) > 1 or (
                span.start >= 2 and span.doc[span.start - 1].lower_ == "based" and span.doc[span.start - 2].text == "-"):
            return "Organization", None
    if label in {"ORG", "Org"}:
        iso = formal_country(name)  # "the State of Kuwait" is often read as an organisation
        if iso:
            return "Country", f"country:{iso}"
        canonical = gazetteer.organisation_names().get(gazetteer.fold(name))
        return "Organization", f"org:{canonical}" if canonical else None
    return ENTITY_LABELS.get(label, "Place"), None


# Formal names of states: "the State of Kuwait" is Kuwait. "Republic of China", "Republic of Korea" and
# "Republic of the Congo" name other states than the bare word, so those words are left to the gazetteer.
FORMAL_PREFIXES = ("federal republic of ", "arab republic of ", "islamic republic of ", "hashemite kingdom of ",
                   "republic of ", "kingdom of ", "state of ", "sultanate of ", "united republic of ")


def formal_country(name: str) -> str | None:
    lower = name.lower().removeprefix("the ")
    for prefix in FORMAL_PREFIXES:
        rest = lower.removeprefix(prefix)
        if rest != lower and not any(w in rest for w in ("china", "korea", "congo")):
            return gazetteer.country_of(rest)
    return None


RANKS = {"province", "district", "region", "governorate", "county", "prefecture", "municipality", "subdistrict",
         "upazila", "upazilla", "taluk", "taluka", "tehsil"}
# Ranks that make a name written only with them the area: not "municipality", "county" or "state", which news writes
# of the city itself ("the Tirana municipality", "Nairobi county", "Beijing state media").
AREA_RANKS = frozenset(RANKS - {"municipality", "county"})


# Words of leaning or standing news writes before a body's name.
LEANINGS = {"islamist", "leftist", "rightist", "left-wing", "right-wing", "far-right", "far-left", "ruling",
            "centre-left", "centre-right", "center-left", "center-right", "hardline", "hard-line", "jihadist"}
GENERIC_BODIES = {"party", "front", "movement", "alliance", "group", "union", "league", "army", "government"}


# Titles of a ruler written after the name of the people or land ruled ("Zulu King", "Ashanti Queen").
RULERS = frozenset({"king", "queen", "monarch"})  # not "Sultan" nor "Emir": given names too


def clean_name(span: Span) -> str:
    tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    if span.label_ == "PERSON":
        # "Conservative MPs Tom Hale" read as one name: the title and party words are not the name.
        titles = lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES | lexicon.WORKS_TITLES | lexicon.TITLE_PARTS
        # "Sultan bin Saad", "Minister Amir Khan Muttaqi": a title word that is the given name stays.
        while len(tokens) > 2 and not given_name(tokens[0]) and (
                tokens[0].lower_ in lexicon.PARTY_ADJECTIVES or tokens[0].lower_ in titles
                or tokens[0].lower_.endswith("s") and tokens[0].lower_[:-1] in titles):
            tokens = tokens[1:]
        # "Zulu King Misuzulu": a people's or a land's ruler's title glued before the name.
        if (len(tokens) > 2 and tokens[1].lower_ in RULERS and tokens[2].text[:1].isupper()
                and not given_name(tokens[0])):
            tokens = tokens[2:]
    # "the Islamist Prosperous Justice Party", "the ruling Unity Party": a word of the body's leaning or standing
    # written before its name describes it ("Populist Party" alone keeps its word).
    while span.label_ == "ORG" and len(tokens) > 1 and tokens[0].lower_ in LEANINGS and tokens[1].text[:1].isupper() \
            and not (len(tokens) == 2 and tokens[1].lower_ in GENERIC_BODIES):
        tokens = tokens[1:]
    # "the Democratic Center party": a lower-case "party" after the name describes it; the name is the rest.
    if span.label_ == "ORG" and len(tokens) > 1 and tokens[-1].text == "party" and tokens[-2].text[:1].isupper():
        tokens = tokens[:-1]
    # "Oran province": the place's name is "Oran"; the lower-case rank describes it ("Eastern Province" is a name).
    # "Phala Phala farm" is "Phala Phala" too.
    # "Marsabit sub-county" is another area than "Marsabit County" and keeps its rank.
    sub_rank = len(tokens) > 3 and tokens[-2].text == "-" and tokens[-3].lower_ == "sub"
    if (span.label_ in {"GPE", "LOC"} and len(tokens) > 1 and tokens[-1].is_lower and not sub_rank
            and (tokens[-1].lower_ in RANKS or tokens[-1].lower_ in PLACE_NOUNS)):
        tokens = tokens[:-1]
    text = "".join(t.text_with_ws for t in tokens).strip()
    # "(Abdelmadjid) Tebboune": given names in brackets are part of the name, the brackets are not.
    if span.label_ == "PERSON" and {"(", ")"} <= {t.text for t in tokens}:
        text = re.sub(r"\s+", " ", re.sub(r"[()]", " ", text)).strip()
    # "central Asia": a region's name is written with a capital (not "northern coast", no name at all).
    if span.label_ in {"GPE", "LOC"} and text[:1].islower() and any(t.text[:1].isupper() for t in tokens[1:]):
        text = text[:1].upper() + text[1:]
    return text[:-2] if text.endswith("'s") else text


def person_role(ent: Span) -> str | None:
    """The title written before a name: "opposition leader" in "opposition leader Juan Guaido"."""
    from ..nlp.components import TITLES

    titles = [t for t in ent.root.children if t.dep_ == "compound" and t.i < ent.start and t.lower_ in TITLES]
    if not titles:
        return None
    first = min(t.left_edge.i for t in titles)
    words = [t.text for t in ent.doc[first : ent.start] if t.pos_ in {"NOUN", "PROPN"}]
    return " ".join(words) or None


def bare_kingdom(ent: Span) -> bool:
    """ "the Kingdom" capitalised alone, as Jordanian and Saudi papers write their country."""
    return ent.label_ in {"GPE", "ORG", "LOC", "Org", "Loc"} and clean_name(ent) == "Kingdom"


def _spans(doc: Doc, text: str) -> bool:
    # A cheap check that text is the doc's own: the same length.
    return len(doc) > 0 and doc[-1].idx + len(doc[-1].text_with_ws) == len(text) or len(doc) == len(text) == 0


class MentionTable:
    """Mentions of one document, created on demand so only what is used or named becomes a record."""

    def __init__(self, doc: Doc, text: str | None = None, kingdom: str | None = None, home: str | None = None):
        """``text``: the string ``doc`` was parsed from, where the caller holds it (spaCy keeps every character,
        so it is ``doc.text``, which costs a Token object a word to rebuild); ``kingdom``: the country "the
        Kingdom" stands for (story.kingdom); ``home``: the story's country (story.story_country)."""
        self.doc = doc
        # Where no kingdom is the story's, the site's or the dateline's, "the Kingdom" is too bare for a node.
        self.kingdom = kingdom
        self.mentions: list[Mention] = []
        self._by_key: dict[tuple[int, int, str], int] = {}
        self._ent_of_token: dict[int, Span] = {}
        self._of_entity: dict[tuple[int, int, int], int] = {}
        # spaCy builds doc.ents and doc.text anew from the tokens at each read: the rules read these copies.
        self.ents: tuple[Span, ...] = tuple(e for e in doc.ents if self.kingdom or not bare_kingdom(e))
        # Each pass over a Doc builds a Token object a word: the rules that read every word share one pass.
        self.tokens: tuple = tuple(doc)
        self.text: str = text if text is not None and _spans(doc, text) else doc.text
        # "the Senate", "Parliament": a country's institution, keyed by its country (institutions.py).
        self.home = home
        self.bodies, self._written_bodies = state_bodies(doc, self.ents, home)
        self.people = names_of_people(self.ents)
        self.areas = ranked_only(self.ents, AREA_RANKS, clean_name)
        for ent in self.ents:
            if ent.label_ in ENTITY_LABELS:
                self.add_entity(ent)
        self.named = len(self.mentions)  # mentions past this one exist only if a relation uses them
        for ent in self.ents:
            if ent.label_ in ENTITY_LABELS or ent.label_ == "NORP":
                for token in ent:
                    self._ent_of_token[token.i] = ent

    def _add(self, start: int, end: int, text: str, name: str, type_: str, link: str | None,
             role: str | None = None) -> int:
        # A name the story writes only with its rank is the area, whichever rule names it (storynames.ranked_only).
        if name in self.areas and type_ in {"City", "Place"} and not (link or "").startswith("country:"):
            type_, link = "Place", "area:"
        # Spans are one thing per class; the dateline's places all stand on the empty span at 0.
        key = (start, end, type_) if end > start else (start, end, type_, name)
        if key not in self._by_key:
            self._by_key[key] = len(self.mentions)
            self.mentions.append(Mention(len(self.mentions), start, end, text, name, type_, link, role))
        return self._by_key[key]

    def add_entity(self, ent: Span) -> int:
        # Rules ask for the same entities again and again; its record depends on the span and label alone.
        key = (ent.start, ent.end, ent.label)
        if key not in self._of_entity:
            type_, link = entity_type(ent)
            if self.kingdom and bare_kingdom(ent):
                self._of_entity[key] = self.country_for(ent, self.kingdom)
                return self._of_entity[key]
            body = self.bodies.get((ent.start, ent.end))
            if body is not None:
                name, iso = body
                self._of_entity[key] = self._add(ent.start_char, ent.end_char, ent.text, name, "Organization",
                                                 f"body:{iso}")
                return self._of_entity[key]
            role = person_role(ent) if ent.label_ == "PERSON" else None
            name = clean_name(ent)
            if name in self.areas and type_ == "Person" or home_place(ent, self.home, self.people, role):
                type_, role = "Place", None
            elif iso := home_short(ent, self.home):
                type_, link = "Country", f"country:{iso}"
            self._of_entity[key] = self._add(ent.start_char, ent.end_char, ent.text, name, type_, link, role)
        return self._of_entity[key]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, sliced from the text instead of joined from new Token objects."""
        end = min(end, len(self.doc))
        if start >= end:
            return ""
        last = self.doc[end - 1]
        return self.text[self.doc[start].idx : last.idx + len(last.text)]

    def ents_within(self, span: Span) -> list[Span]:
        """``span.ents`` (the entities wholly inside it) from this copy; spaCy's rebuilds every entity."""
        out = []
        for ent in self.ents:
            if ent.start >= span.start:
                if ent.end > span.end:
                    break
                out.append(ent)
        return out

    def entity_at(self, token: Token) -> Span | None:
        return self._ent_of_token.get(token.i)

    def add_words(self, span: Span, name: str, type_: str) -> int:
        """A name the recogniser did not read as one ("Rattaphum" in "Songkhla's Rattaphum district")."""
        return self._add(span.start_char, span.end_char, span.text, name, type_, None)

    def state_body(self, span: Span, iso: str | None = None) -> int:
        """A country's institution the recogniser did not tag ("Senate" of "Senate President X"), of the country
        ``iso``, else as institutions.bare_country finds it."""
        name = span.text
        if iso is None:
            iso = bare_country(span.sent, name, self._written_bodies.get(name.lower(), set()), self.home)
        return self._add(span.start_char, span.end_char, span.text, name, "Organization", f"body:{iso or ''}")

    def country_for(self, span: Span, iso: str) -> int:
        """A country mention standing on a span that names it indirectly (a capital, a demonym)."""
        name = gazetteer.countries()[iso].name
        return self._add(span.start_char, span.end_char, span.text, name, "Country", f"country:{iso}")

    def party(self, token: Token, name: str) -> int:
        """An organisation written only as an adjective ("Liberal MPs"), under its full name."""
        return self._add(token.idx, token.idx + len(token.text), token.text, name, "Organization", None)

    def concept(self, token: Token) -> int:
        span = self.doc[token.i : token.i + 1]
        lemma = token.lemma_.lower()
        # "the launching ceremony": a gathering is named with the words that say which one (gatherings.py).
        name = gathering_phrase(token) if lemma in GATHERING_NOUNS or token.lower_ in GATHERING_NOUNS else token.lower_
        return self._add(span.start_char, span.end_char, span.text, name, "Concept", f"concept:{lemma}")

    def datelines(self, places: str) -> tuple[int, ...]:
        """The places a dateline names ("NAIROBI, July 3 (Xinhua) --", "TOKYO/JAKARTA", "OYAM & GULU"): the
        dateline is cut from the text, so each mention is an empty span at the start; a country or a capital keeps
        its gazetteer key."""
        out = []
        # "TRINIDAD & TOBAGO" is one country; "OYAM & GULU" two places.
        whole = places.replace("&", "and")
        for place in [whole] if gazetteer.country_of(whole) else (p.strip() for p in re.split(r"[/&]", places)):
            if place:
                # Another place: resolution makes it the city of the text's same name, or a region.
                type_, link = known_place(place) or ("Place", None)
                out.append(self._add(0, 0, place, place, type_, link))
        return tuple(dict.fromkeys(out))

    def get(self, mention_id: int) -> Mention:
        return self.mentions[mention_id]
