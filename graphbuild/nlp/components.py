"""spaCy components that correct the general model's entities for news text."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..resolve import gazetteer, kinds
from ..resolve.names import HONORIFICS, PARTICLES, TITLE_PHRASES, is_title_only
from . import ruled  # noqa: F401  (a factory)
from . import bracketed, events, headed, kindwords, parties, portfolios, repeated, splits
from . import spans as repairs
from .directed import directed_countries
from .spanwords import NAME_SUFFIXES, NOT_NAME_TAIL
from .statebodies import state_bodies

TITLES = HONORIFICS | {"h.e.", "hrh", "sen.", "rep.", "gen.", "col.", "lt.", "maj.", "capt.", "adm.", "brig.",
                       "sgt.", "prof.", "gov.", "rev.", "mme", "mlle"} | {
    "president", "vice", "prime", "minister", "foreign", "defense", "defence", "chancellor", "leader",
    "opposition", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "senator",
    "sen.", "rep.", "secretary", "king", "queen", "prince", "pope", "ambassador", "spokesman",
    "spokeswoman", "governor", "mayor", "chairman", "ceo", "deputy", "envoy", "commander", "colonel",
}
# Head nouns that make a name a facility, not a person ("Maiquetia airport").
FACILITY_HEADS = {"airport", "port", "base", "square", "street", "palace", "hospital", "stadium", "station",
                  "prison", "bridge", "embassy", "refinery", "plant"}

@Language.component("graphbuild_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the parser otherwise runs one on into the next paragraph when the
    first ends in a name or an abbreviation ("he wrote on X.\n\nThe United States ...")."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory("graphbuild_entity_fixes", assigns=["doc.ents"], requires=["doc.ents", "token.dep"])
def make_entity_fixes(nlp: Language, name: str):
    return EntityFixes()


class EntityFixes:
    """Titles out of names, facilities out of people, one label per name within a document."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        named = {e.text.split()[-1] for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        for ent in (part for whole in doc.ents for office in splits.split_breaks(whole)
                    for piece in splits.split_office(office) for split in splits.split_possessive(piece)
                    for joined in splits.split_and(split, named) for part in repairs.repair(joined)):
            ent = self._trim(ent)
            if ent is not None:
                spans.append(ent)
        relabels = [repairs.relabel(e) for e in spans]
        relabels = kindwords.same_names(spans, relabels)
        # A body's name tagged a person gives no surname ("Argentina" of "Confederaciones Rurales Argentina").
        # Nor does a country ("Indonesia" of a "Medieval Indonesia" tagged a person) or a capital ("Paris" of a ship
        # "Reine de Paris" tagged a person), nor a family name that names a company here ("Tata" beside "Tata Group").
        firms = {e[0].text for e in spans if e.label_ == "ORG" and len(e) > 1 and kinds.org_kind(e.text)}
        capitals = gazetteer.capitals()
        people = {form for e, kind in zip(spans, relabels) if e.label_ == "PERSON" and len(e) > 1
                  and not kinds.org_kind(e.text) and kind is None for form in splits.family_names(e)
                  if not gazetteer.country_of(form) and not _capital_after_particle(e, form, capitals)
                  and form not in firms}
        short = {splits.particles_lower(e.text) for e in spans if e.label_ == "PERSON"}
        # "Bahlil" after "Bahlil Lahadalia": a first name used alone, where it names no place.
        firsts = {e.text.split()[0] for e in spans if e.label_ == "PERSON" and len(e) > 1} - people
        people |= {f for f in firsts if not (gazetteer.country_of(f) or kinds.city_of(f))}
        fixed = []
        laws = repairs.defined_laws(spans, relabels)
        for ent, kind in zip(spans, relabels):
            label = ent.label_
            head = ent.root.head
            kind = repairs.DROP if ent.text in laws else kind
            if kind == repairs.DROP:
                continue
            # "State" of "Secretary of State", "Majesty", "Egyptian Presidential": titles, not things; a web
            # address is no name either.
            if label in {"PERSON", "ORG", "GPE", "LOC"} and (_titles_only(ent) or _office_word(ent)
                                                              or "://" in ent.text or ent.text.startswith("www.")):
                continue
            titled = _titled_person(ent) if label in {"ORG", "GPE", "LOC"} else None
            named_after = _named_after(ent) if label == "PERSON" else None
            if kind:
                label = kind
            elif titled is not None:
                ent, label = titled, "PERSON"
            elif named_after is not None:
                ent, label = named_after, "ORG"
            elif (label in {"PERSON", "ORG", "GPE"} and ent.root.dep_ in {"compound", "nmod"}
                    and head.i >= ent.end and head.lower_ in FACILITY_HEADS):
                label = "FAC"
            # A bare surname of a person named in full here is that person ("Maduro" after "Nicolas Maduro").
            elif label in {"ORG", "GPE", "NORP"} and splits.particles_lower(ent.text) in people:
                label = "PERSON"
            # "Anna van Dijk" tagged a place where "Van Dijk" is tagged a person: her full name.
            elif label in {"ORG", "GPE", "LOC"} and len(ent) > 2 and (splits.family_names(ent) - {ent[-1].text}) & short:
                label = "PERSON"
            elif label == "GPE" and gazetteer.fold(ent.text) in gazetteer.organisation_names():
                label = "ORG"
            # Companies, institutions and armed groups tagged as people or peoples ("... Corporation", "Houthis").
            elif (label in {"PERSON", "NORP"} and kinds.org_kind(ent.text)
                  or label == "GPE" and (kinds.org_kind(ent.text) == "armed-group" or _institution(ent))):
                label = "ORG"
            # A country or a capital the model took for an organisation or a person ("Belarus", "Minsk",
            # "Lesotho's minister") is a place.
            elif label in {"ORG", "NORP", "PERSON"} and (gazetteer.country_of(ent.text) or
                                                         gazetteer.fold(ent.text) in gazetteer.capitals()):
                label = "GPE"
            if label != ent.label_:
                ent = Span(doc, ent.start, ent.end, label=label)
                # A name that became a person gets a person's trimming: "von der" before "Leyen".
                ent = self._trim(ent) if label == "PERSON" else ent
            if ent is not None:
                fixed.append(ent)
        fixed = parties.with_party(fixed) + directed_countries(doc, fixed)
        # "the 3rd Regional Conference on the Protection of River Deltas": a named gathering, read whole, in place of
        # the parts the model tagged.
        gatherings = events.named_events(doc, fixed)
        if gatherings:
            within = {i for span in gatherings for i in range(span.start, span.end)}
            fixed = gatherings + [e for e in fixed if not any(i in within for i in range(e.start, e.end))]
        fixed = headed.joined_fields(doc, events.short_names(fixed))
        fixed = bracketed.bracketed_names(doc, portfolios.with_portfolio_names(doc, fixed))
        fixed = bracketed.given_before(doc, fixed)
        fixed = repeated.spelt_out(doc, fixed)
        fixed += repeated.abbreviations(doc, fixed)
        named = fixed + repeated.repeated_names(doc, fixed) + state_bodies(doc, fixed)
        doc.ents = filter_spans(named + headed.headed_bodies(doc, named))
        return doc

    @staticmethod
    def _trim(ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        # "General Intelligence Service" tagged a person is a body: its first word is no general's title.
        if ent.label_ == "PERSON" and not kinds.org_kind(ent.text):
            # Words before the name that no name starts with ("neighbours-- Reagan"): lowercase, not a particle.
            while start < end - 1 and not ent.doc[start].text[:1].isupper() and ent.doc[start].lower_ not in PARTICLES:
                start += 1
            # Titles of one word and of several, in any order ("Datuk Seri", "H.E. Hojjat al-Islam").
            moved = True
            while moved:
                before = start
                start = _after_title_phrase(ent.doc, start, end)
                while start < end - 1 and splits.is_title(ent.doc[start]):
                    start += 1
                moved = start != before
            # A name runs to its head: "Espen Barth" tagged, "Eide" left out.
            doc = ent.doc
            # Not a plural title after it ("Samut Prakan MPs"): the members of what the name names.
            while (end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end].text[:1].isupper()
                   and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
                   and doc[end].lower_ not in NOT_NAME_TAIL):
                end += 1
            # A name cut inside a hyphened word ("Chang Je-" + "won", "Ahn Cheol" + "-soo"): the rest is written on;
            # not an English word made of the name ("Modi-led", "Chun Doo-hwan-style").
            if end < len(doc) and doc[end - 1].text == "-" and not doc[end - 1].whitespace_ and _name_part(doc[end]):
                end += 1
            elif (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                  and not doc[end].whitespace_ and _name_part(doc[end + 1])):
                end += 2
            # A family name tagged without its particles ("von der" + "Leyen"): the particles belong to it.
            while start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in PARTICLES:
                start -= 1
            # A name cut after its particle ("Ursula von der" + "Leyen") or before it ("Misuzulu" + "ka Zwelithini"):
            # the family name belongs to it.
            while end < len(doc) and doc[end - 1].lower_ in PARTICLES and doc[end].text[:1].isupper():
                end += 1
            while (end + 1 < len(doc) and doc[end].is_lower and doc[end].lower_ in PARTICLES
                   and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha
                   and doc[end + 1].ent_type_ in {"", "PERSON"}):
                end += 2
            # "Abdulaziz Bin Khalid" + "Al- Shammari": a particle's hyphen written with a space after it.
            if (end + 1 < len(doc) and doc[end].text.endswith("-") and doc[end].lower_[:-1] in PARTICLES
                    and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and not doc[end + 1].ent_type_):
                end += 2
            # Headline fragments: a verb swept into a name ("Putin Tells").
            while end - 1 > start and ent.doc[end - 1].pos_ == "VERB" and doc[end - 2].text != "-":
                end -= 1
        while start < end and ent.doc[start].lower_ in {"the", "'s"}:
            start += 1
        # A possessive swept into the name ("Al-Rajhi’s"), whichever apostrophe it is written with.
        while end > start + 1 and ent.doc[end - 1].lower_ in {"'s", "’s", "'", "’"}:
            end -= 1
        if start >= end:
            return None
        return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)




# Head words that end no place's name, unlike "West Bank", "Soviet Union", "Emirates Post", "Civic Centre" or a
# hospital (a facility as much as a body).
_NO_PLACE_HEADS = kinds.ORG_HEADS - {"bank", "union", "post", "times", "center", "centre", "service", "services",
                                     "network", "media", "news", "energy", "petroleum", "racing", "motors", "co", "sa",
                                     "ag", "office", "court", "hospital", "clinic"}


def _institution(ent: Span) -> bool:
    """ "Hollins Baptist University", "Kestrel Cricket Association" tagged a place: a body, by its last word."""
    return (len(ent) > 1 and gazetteer.fold(ent[-1].text) in _NO_PLACE_HEADS and not kinds.is_place_name(ent.text)
            and not gazetteer.country_of(ent.text) and not kinds.city_of(ent.text))


def _name_part(token) -> bool:
    return token.is_alpha and not token.lower_.endswith("ed") and token.lower_ not in NAME_SUFFIXES


def _office_word(ent: Span) -> bool:
    # "Secretary of State": the state is part of the office, not a place or an organisation.
    doc = ent.doc
    return (len(ent) == 1 and ent[0].lower_ == "state" and ent.start >= 2 and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in TITLES)


def _titles_only(ent: Span) -> bool:
    # A nationality word alone is a country's adjective, except where the tagger called it a person.
    if ent.label_ == "PERSON":
        return is_title_only(ent.text)
    words = gazetteer.fold(ent.text).split()
    # "Chargé d'Affaires" tagged a place: a title of several words.
    if any(tuple(words[-len(p):]) == p for p in TITLE_PHRASES if len(words) >= len(p)):
        rest = words[:max(len(words) - len(p) for p in TITLE_PHRASES if tuple(words[-len(p):]) == p)]
        return all(w in HONORIFICS or w in gazetteer.demonyms() for w in rest)
    # "Ukrainian Foreign" cut from "Ukrainian Foreign Minister": a nationality and a title are no body.
    return (bool(words) and all(w in HONORIFICS or w in gazetteer.demonyms() for w in words)
            and any(w in HONORIFICS for w in words) and not gazetteer.country_of(ent.text))


def _titled_person(ent: Span) -> Span | None:
    """The person after the titles of "Presidential Spokesman Karim Nassar" tagged an organisation."""
    start = ent.start
    while start < ent.end and splits.is_title(ent.doc[start]):
        start += 1
    rest = ent.doc[start:ent.end]
    titles = ent.doc[ent.start:start]
    # A nationality word alone is no title ("Libyan Civil War" stays an organisation).
    if not any(w in HONORIFICS for t in titles for w in gazetteer.fold(t.text).split()):
        return None
    if ent.label_ != "ORG":
        # A place named after a title ("Prince Edward Island", "Queen Maud Land") keeps its head noun.
        if not rest or not kinds.is_titled_person(ent[len(titles) - 1:].text):
            return None
    elif len(rest) < 2:
        return None
    if any(t.pos_ != "PROPN" for t in rest) or kinds.org_kind(rest.text):
        return None
    if gazetteer.country_of(rest.text) or gazetteer.fold(rest.text) in gazetteer.organisation_names():
        return None
    return Span(ent.doc, start, ent.end, label="PERSON")


def _after_title_phrase(doc: Doc, start: int, end: int) -> int:
    """The first token after a title of several words ("Hojjat al-Islam Ali Khatib" -> "Ali")."""
    for stop in range(start + 1, min(end - 1, start + 5) + 1):
        if tuple(gazetteer.fold(doc[start:stop].text).split()) in TITLE_PHRASES:
            return stop
    return start


def _named_after(ent: Span) -> Span | None:
    """The whole of "Hamad bin Jassim Charitable Foundation" where the tagger stopped at the person."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 6 and doc[end].pos_ == "PROPN":
        end += 1
    if end > ent.end and kinds.org_kind(doc[ent.start:end].text) == "org-suffix":
        return Span(doc, ent.start, end, label="ORG")
    return None


def _capital_after_particle(ent, form: str, capitals) -> bool:
    # "Reine de Paris": a capital after a particle names the place; "Marcus Washington" keeps his surname.
    return gazetteer.fold(form) in capitals and len(ent) > 2 and ent[-2].lower_ in PARTICLES
