"""The names our tables know (outlets, international bodies, country aliases) over the model's entities.

The tables win where they and the model disagree about one name ("Russia" tagged a person), but not where the
model read a longer name that holds the table's ("US State Department", "UN Refugee Agency", "Bank of America"):
a ruler that overwrites every overlap cut those to "US", "UN", "America" and lost the body itself."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..resolve import gazetteer, kinds
from ..resolve.names import HONORIFICS, TITLE_PHRASES

# Labels of the model's names that may hold a country's or a body's name as one of their words.
_HOLDERS = {"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}


@Language.factory("graphbuild_news_names", assigns=["doc.ents"], requires=["doc.ents"])
def make_news_names(nlp: Language, name: str):
    from spacy.pipeline import EntityRuler

    ruler = EntityRuler(nlp, name=name, overwrite_ents=True, phrase_matcher_attr="ORTH")
    patterns = [{"label": "ORG", "pattern": o} for o in gazetteer.OUTLETS]
    for canonical, shorts in gazetteer.BODIES.items():
        patterns += [{"label": "ORG", "pattern": n} for n in (canonical, *shorts)]
    for aliases in gazetteer.COUNTRY_ALIASES.values():
        patterns += [{"label": "GPE", "pattern": a} for a in aliases if a[:1].isupper()]
    ruler.add_patterns(patterns)
    return NewsNames(ruler)


class NewsNames:
    """The entity ruler, then the model's longer names put back over the table's names inside them."""

    def __init__(self, ruler):
        self.ruler = ruler

    def __call__(self, doc: Doc) -> Doc:
        before = [e for e in doc.ents if len(e) > 1 and (e.label_ in _HOLDERS or _region(e))]
        pairs = [e for e in doc.ents if e.label_ == "GPE" and any(t.text == "," for t in e[1:-1])]
        doc = self.ruler(doc)
        if before:
            ruled = list(doc.ents)
            kept = [e for e in before if _holds_ruled(e, ruled)]
            if kept:
                doc.ents = filter_spans(kept + [r for r in ruled if not any(_inside(r, e) for e in kept)])
        towns = [t for pair in pairs if (t := _town_cut(pair, doc)) is not None]
        if towns:
            doc.ents = sorted([*doc.ents, *towns], key=lambda e: e.start)
        return doc


def _town_cut(pair: Span, doc: Doc) -> Span | None:
    """ "Ulsan, South Korea" read by the model as one place, which the table's "South Korea" overwrote: the town
    before the comma is a place of its own, not lost."""
    comma = next(t.i for t in pair[1:-1] if t.text == ",")
    if any(t.ent_type_ for t in doc[pair.start:comma]) or not doc[comma + 1].ent_type_:
        return None
    if not all(t.text[:1].isupper() for t in doc[pair.start:comma] if t.is_alpha):
        return None
    return Span(doc, pair.start, comma, label="GPE")


# "Latin America", "South America", "New England": a region named after a country alias the tables know.
_REGION_WORDS = {"latin", "south", "north", "central", "new", "anglo", "ibero"}


def _region(ent: Span) -> bool:
    return ent.label_ in {"LOC", "GPE"} and all(gazetteer.fold(t.text) in _REGION_WORDS for t in ent[:-1])


def _inside(span: Span, whole: Span) -> bool:
    return whole.start <= span.start and span.end <= whole.end


def _holds_ruled(ent: Span, ruled: list[Span]) -> bool:
    """The model's name holds a shorter name of the tables, and the tables cut nothing else across it."""
    inner = [r for r in ruled if r.start < ent.end and ent.start < r.end]
    if not inner or any(not _inside(r, ent) for r in inner):
        return False
    # "United Nations Security Council" holds "United Nations"; the same span twice is the tables' to name.
    if any(len(r) == len(ent) for r in inner) or _two_names(ent, inner):
        return False
    doc = ent.doc
    own = [t for t in ent if not any(r.start <= t.i < r.end for r in inner)]
    after = doc[ent.end] if ent.end < len(doc) else None
    # "US House Speaker X", "US Chargé d'Affaires, X": a title read as a body; the country is what they hold. A
    # body's head and "of" before its field ("US Department of Defence", "UAE Ministry of Foreign Affairs") name the
    # body, though titles share the field's words.
    if gazetteer.fold(ent[-1].text) not in _HEADS and not _head_of(ent, own) and any(_title(t) for t in own):
        return False
    if after is not None and after.text[:1].isupper() and _title(after):
        return False
    # "U.S. Department" + "of Homeland Security": the model cut the name short; the country is surer than that.
    if after is not None and after.lower_ == "of" and ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isupper():
        return False
    # "Xinhua News Agency", "World Bank Group", "UAE Government": the known name with words that add nothing keeps
    # the one node every story shares; "Rohingya Al Jazeera": an outlet runs on from its first word only.
    if all(gazetteer.fold(t.text) in _ADDING_NOTHING or not gazetteer.fold(t.text) for t in own):
        return False
    return not any(r.text in gazetteer.OUTLETS and r.start > ent.start for r in inner)


def _head_of(ent: Span, own: list) -> bool:
    return any(gazetteer.fold(t.text) in _HEADS and t.i + 1 < ent.end and ent.doc[t.i + 1].lower_ == "of" for t in own)


def _title(token) -> bool:
    return any(w in HONORIFICS or w in _PHRASED for w in gazetteer.fold(token.text).split())


# Last words that end a body's name whatever titles it holds ("US State Department").
_HEADS = kinds.ORG_HEADS | kinds.ARMED_HEADS | {"program", "navy", "fleet", "survey", "assembly", "embassy",
                                               "consulate", "mission", "parliament"}
# Words after a known name that make no other body of it.
_ADDING_NOTHING = {"news", "agency", "service", "radio", "television", "tv", "network", "group", "english", "arabic",
                   "online", "website", "channel", "newspaper", "daily", "government", "the", "s"}
# First words of titles of several words ("Chargé d'Affaires", "Tan Sri").
_PHRASED = {phrase[0] for phrase in TITLE_PHRASES}


def _two_names(ent: Span, inner: list[Span]) -> bool:
    # "Russia and China" tagged one organisation: two names joined, not one body.
    inner = sorted(inner, key=lambda r: r.start)
    return any(t.lower_ in {"and", ","} for a, b in zip(inner, inner[1:]) for t in ent.doc[a.end:b.start])
