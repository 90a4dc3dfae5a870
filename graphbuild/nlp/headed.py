"""Names the tagger left untagged whose last word makes them a body's ("the Coastal Fisheries Authority")."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..resolve.gazetteer import country_of, fold, organisation_names
from ..resolve.kinds import ORG_HEADS, regions
from .repeated import TITLE_WORDS

# Last words that end only a body's name when written capitalised after other capitalised words; not "Bank" (the
# West Bank), "Union" (the Soviet Union), "Society" (Civil Society), "Times" or "Post" (papers, and days).
BODY_HEADS = frozenset("""ministry council committee commission authority agency association federation party
police court tribunal university college institute academy foundation directorate bureau secretariat corporation
limited ltd inc plc league cooperative""".split())
# A head word capitalised: "Ministry", "MINISTRY", not "ministry".
_HEAD_RE = re.compile(r"\b(?:" + "|".join(h[0].upper() + "(?i:" + h[1:] + ")" for h in sorted(BODY_HEADS)) + r")\b")
# Words inside a body's name that start no name of their own.
_JOINERS = {"of", "for", "and", "on"}
_INDEFINITE = {"a", "an"}
# A sentence whose words are mostly capitalised is a headline: its capitals name nothing.
_HEADLINE_SHARE = 0.8


def headed_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """Runs of capitalised words ending in a body's head word that no entity covers, as organisations: two
    capitalised words at least, standing alone (no capitalised word or entity glued on either side), with no title
    inside ("Vice Chancellor of X University" gives the university)."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out = []
    headlines: dict[int, bool] = {}
    # One search of the text finds the head words: a loop over the tokens costs a Token a word.
    for match in _HEAD_RE.finditer(doc.text):
        head = doc.char_span(match.start(), match.end())
        if head is None or len(head) != 1 or head.start in taken:
            continue
        sent = head[0].sent
        if headlines.setdefault(sent.start, _headline(sent)):
            continue
        span = _run_before(doc, sent, head.end, taken)
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return out


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _run_before(doc: Doc, sent: Span, end: int, taken: set) -> Span | None:
    start = end - 1
    while start > sent.start and start - 1 not in taken and (
            _capitalised(doc[start - 1]) and doc[start - 1].lower_ != "the"
            or start - 2 >= sent.start and doc[start - 1].lower_ in _JOINERS and _capitalised(doc[start - 2])
            or start - 2 >= sent.start and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_):
        start -= 1
    # A title before the body is the person's, not the body's: the name starts after the "of" that follows it.
    titled = [i for i in range(start, end) if fold(doc[i].text) in TITLE_WORDS]
    if titled:
        after = [i for i in range(titled[-1], end) if doc[i].lower_ == "of"]
        if not after:
            return None
        start = after[0] + 1
    while start < end and (doc[start].lower_ in _JOINERS or doc[start].text == "-"):
        start += 1
    words = [t for t in doc[start:end] if _capitalised(t)]
    if len(words) < 2:
        return None
    # "the Joint Committee for Water Sharing": the name runs on through "for" or "of" and the capitals after it.
    stop = end
    while stop + 1 < len(doc) and doc[stop].lower_ in _JOINERS - {"and"} and _capitalised(doc[stop + 1]) \
            and stop + 1 not in taken and not doc[stop + 1].is_sent_start:
        stop += 2
        while stop < len(doc) and _capitalised(doc[stop]) and stop not in taken:
            stop += 1
    end = stop
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    # Part of a longer name the tagger read, or one it did not: "UN News Agency", "Civil Service Commission Act".
    # "a Research Institute in Mumbai": after "a", capitals describe; they name nothing.
    if before is not None and (start - 1 in taken or before.text == "-" and not before.whitespace_
                               or before.lower_ in _INDEFINITE):
        return None
    if after is not None and (_capitalised(after) or end in taken
                              or after.text == "-" and not doc[end - 1].whitespace_):
        return None
    return Span(doc, start, end, label="ORG")


def _headline(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha]
    return not words or sum(t.text[:1].isupper() for t in words) >= _HEADLINE_SHARE * len(words)


# Fields that end a body's name after "and" ("... for West Africa and Sahel Studies").
_FIELDS = frozenset({"studies", "affairs", "research", "development", "sciences", "technology", "relations"})
# First words of a body named for its field of study ("Institute for ...", "Centre of ...").
_STUDY_HEADS = frozenset({"institute", "centre", "center", "school", "faculty", "department", "academy"})


def joined_fields(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two names joined by "and" that are one: "Institute for West Africa" + "Sahel Studies" (a body whose
    name runs from the first's "for" or "of" to the field that ends the second), "Jammu" + "Kashmir"."""
    joined, parts = [], set()
    by_start = {e.start: e for e in ents}
    for ent in ents:
        nxt = by_start.get(ent.end + 1)
        if nxt is None or doc[ent.end].lower_ != "and" or ent.start in parts:
            continue
        # Not two bodies: "the University of Oxford and Microsoft Research".
        if (ent.label_ == "ORG" and nxt.label_ == "ORG" and nxt[-1].lower_ in _FIELDS
                and len(ent) > 2 and ent[0].lower_ in _STUDY_HEADS and ent[1].lower_ in {"for", "of"}
                and not any(t.lower_ in ORG_HEADS or fold(t.text) in organisation_names() for t in nxt[:-1])):
            label = "ORG"
        # "Jammu" + "and" + "Kashmir": one region, or one country, of the tables.
        elif (country_of(doc[ent.start:nxt.end].text) or {ent.label_, nxt.label_} <= {"GPE", "LOC"}
              and fold(doc[ent.start:nxt.end].text) in regions()):
            label = "GPE"
        else:
            continue
        joined.append(Span(doc, ent.start, nxt.end, label=label))
        parts |= {ent.start, nxt.start}
    return joined + [e for e in ents if e.start not in parts]
