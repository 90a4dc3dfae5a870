"""A name written after an office and its portfolio ("Minister of Tourism Usi Kalua").

The tagger often misses a name it has not seen when a portfolio runs into it, or takes the portfolio's last word
and the name for a body ("Tourism Usi"); the words after the portfolio, up to the first word not capitalised, are
the person's."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extract.moodwords import SPEECH_VERBS
from ..extract.titlewords import DEPARTMENTS
from ..resolve.gazetteer import country_of, demonyms, fold
from ..resolve.kinds import ORG_HEADS

# Portfolio words besides the departments that qualify titles ("Minister of Gender Equality").
PORTFOLIO = frozenset(DEPARTMENTS) | frozenset("""equality enterprise enterprises sanitation irrigation forestry
wildlife parks arts mines minerals antiquities railways roads highways ports shipping maritime power statistics disaster
management relief rehabilitation reconstruction settlement settlements urban rural cities municipal cooperatives
industries small medium microfinance insurance diaspora expatriates overseas human rights constitutional
parliamentary cabinet presidency prisons correctional services police internal borders customs revenue tax taxation
population children elderly disabilities persons conservation ecology innovation research higher basic secondary
primary vocational training skills livestock food nutrition citizenship sports heritage religion worship
prosecutions prosecution elections audit""".split())
# Offices written "X of <portfolio>" before a name.
OFFICES = frozenset({"minister", "secretary", "commissioner", "director", "chairman", "chairperson", "chair"})
# Words that join a portfolio's words: "Minister of Finance and Economic Planning", "of State for Foreign Affairs".
_JOINERS = frozenset({"and", "for", "&", "of"})
# Names of more words than this after a portfolio are something else (a heading, a body's name).
_LONGEST = 4


def portfolio_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """PERSON spans for the names after "<Office> of <portfolio>", where the tagger gave no person there."""
    out = []
    for token in doc:
        if token.lower_ != "of" or token.i == 0 or token.i + 2 >= len(doc):
            continue
        office = doc[token.i - 1]
        # Not an office inside a body's name ("the Office of the Director of Public Prosecutions").
        if (office.lower_ not in OFFICES or not office.text[:1].isupper()
                or any(e.start <= office.i < e.end for e in ents)):
            continue
        i = token.i + 1
        # The portfolio: capitalised department words, joined by "and", "for", "of".
        while i < len(doc) and (doc[i].text[:1].isupper() and doc[i].lower_ in PORTFOLIO
                                or doc[i].lower_ in _JOINERS and i + 1 < len(doc) and doc[i + 1].lower_ in PORTFOLIO):
            i += 1
        if i == token.i + 1 or doc[i - 1].lower_ in _JOINERS:
            continue
        start = end = i
        while end < len(doc) and end - start < _LONGEST + 1 and _name_word(doc[end]):
            end += 1
        if not start < end <= start + _LONGEST:
            continue
        # One word is a name where the text names a person with it or it says something ("Minister of Tourism Usi
        # says"); "Minister of Gender Equality and ..." names no one.
        if end - start == 1 and not (end < len(doc) and doc[end].lemma_ in SPEECH_VERBS and doc[start].tag_ == "NNP" or any(
                e.label_ == "PERSON" and doc[start].text in e.text.split() for e in ents)):
            continue
        # A person the tagger found already (its portfolio words cut off: "Prosecutions Noordin Haji"); a body or
        # place the words begin ("Ghana Revenue Authority").
        person = next((e for e in ents if e.label_ == "PERSON" and e.start <= start < e.end), None)
        if person is not None:
            if person.start < start and person.end - start > 1 and _a_name(doc[start:person.end]):
                out.append(Span(doc, start, person.end, label="PERSON"))
            continue
        if any(start <= e.start < end < e.end for e in ents) or not _a_name(doc[start:end]):
            continue
        out.append(Span(doc, start, end, label="PERSON"))
    return out


def with_portfolio_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the names after portfolios, in place of what the tagger made of those words."""
    found = portfolio_names(doc, ents)
    taken = {i for span in found for i in range(span.start, span.end)}
    return found + [e for e in ents if not taken.intersection(range(e.start, e.end))]


def _a_name(span: Span) -> bool:
    """No country, people, body's head or day in it ("Ghana Revenue Authority", "Minister of Finance Sunday said")."""
    return not any(country_of(t.text) or fold(t.text) in demonyms() or t.lower_ in ORG_HEADS
                   or t.ent_type_ in {"DATE", "TIME"} for t in span)


def _name_word(token) -> bool:
    text = token.text
    return (text[:1].isupper() and token.is_alpha or "-" in text and text[:1].isupper()) and (
        token.lower_ not in PORTFOLIO) and not token.is_sent_start
