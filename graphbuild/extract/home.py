"""A national title written without its country ("Interior Minister X said", "X, the foreign minister,",
"Foreign Ministry spokesman Y", "Army Chief Z") holds office in the country the story is about (story.py).

A visitor's office is written without its country too, and only that can make the rule wrong, so it holds only
when the title's sentence names no other country, the person is tied to no other country anywhere in the article,
and no one else is named in the same office of that country. Envoys, generals, lawmakers and princes other than an
heir are left out: in a story about one country they are as often another country's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..resolve import gazetteer
from . import lexicon
from .arguments import Arg, token_span
from .national import ADDRESS, FORMER, NATIONAL_LEADERS
from .roles import is_former
from .story import ministry_country, named_countries, side_country, story_country
from .titled import MODALS, TITLE_WORDS, singular, title_kind

# Nouns of a state's machinery inside a title: "Foreign Ministry spokesman", "Army Chief", "Government spokesperson".
STATE_WORDS = {"ministry", "government", "army", "military", "navy", "presidency", "presidential", "cabinet",
               "armed", "forces", "force"}
# A chief or commander is the state's own only when the title names the state's forces ("army chief").
FORCES = {"army", "military", "navy", "armed", "forces", "force", "defence", "defense"}
# Verbs that give an office, and the offices a head of state gives in the state's name.
APPOINTING = {"appoint", "name", "nominate", "designate", "choose", "pick", "tap", "select"}
POSTS = {"minister", "ambassador", "envoy", "consul"}
# The words of a head of state's or government's title.
HEAD_WORDS = NATIONAL_LEADERS | {"prime", "minister", "acting", "interim"}
# Words before a title that leave it the state's office of the time: "current President X", "far-right President Y".
CURRENT = {"current", "new", "incumbent", "sitting", "outgoing", "embattled", "newly", "elected", "re-elected",
           "leftist", "rightist", "far-right", "far-left", "right-wing", "left-wing", "populist", "socialist",
           "nationalist", "centrist", "veteran", "then", "late", "de", "facto"}


def run_title(doc: Doc, start: int) -> tuple[str, Token, list[Token]] | None:
    """(kind, head word, words) of a national title written right before word ``start`` with no body before it:
    "Foreign Minister", "Prime Minister", "Foreign Ministry spokesman", "former president"."""
    i = start - 1
    words: list[Token] = []
    while i >= 0 and (_title_word(doc[i]) or doc[i].lower_ in {"and", "&"} and i > 0 and _title_word(doc[i - 1])):
        words.insert(0, doc[i])
        i -= 1
    # "Liberal leader X", "Kenya's minister Y", "the Ugandan president", "the great King Solomon": the words
    # before name the title's body, or make it no office of today's state.
    # "Director of the Office of The King X": past a determiner, an "of" makes the title part of a name.
    if i > 0 and doc[i].pos_ == "DET" and doc[i - 1].lower_ == "of":
        return None
    if i >= 0:
        before = doc[i]
        if before.pos_ in {"PROPN", "NOUN", "NUM", "ADJ"} and before.lower_ not in FORMER | CURRENT \
                or before.lower_ in {"'s", "’s", "of", "his", "her", "their", "its"}:
            return None
    return _kind([w for w in words if w.lower_ not in {"and", "&"}])


def _title_word(token: Token) -> bool:
    # "served under President X": "under" opens a phrase here, not "Under Secretary".
    if token.pos_ == "ADP":
        return False
    return (token.lower_.strip(".") in TITLE_WORDS | ADDRESS | lexicon.DEPARTMENTS | STATE_WORDS
            or singular(token.text) in TITLE_WORDS or token.text in {"-", "–"})


def _kind(words: list[Token]) -> tuple[str, Token, list[Token]] | None:
    titles = [t for t in words if singular(t.text) in TITLE_WORDS]
    # "Presidents Biden and Sisi": a plural title is shared by holders who need not be of one state.
    if not titles or any(singular(t.text) != t.lower_ for t in titles):
        return None
    kind = title_kind([t.text for t in titles])
    head = titles[-1]
    lower = [t.lower_ for t in titles]
    state = {t.lower_ for t in words} & STATE_WORDS
    # "Executive President", "Industry President" head some body; a head of state's title is bare.
    if kind == "leaderOf" and all(t.lower_.strip(".") in HEAD_WORDS | ADDRESS or t.text in {"-", "–"} for t in words) \
            and (head.lower_ in NATIONAL_LEADERS or lower[-2:] == ["prime", "minister"]):
        return kind, head, words
    if kind == "memberOf" and (head.lower_ in NATIONAL_LEADERS | {"minister"} or lower[-2:] == ["crown", "prince"]):
        return kind, head, words  # "Vice President", "Deputy Foreign Minister", "Crown Prince"
    # "Army Chief", "military commander": the head of the state's forces is a member of the state.
    if kind in {"leaderOf", "memberOf"} and head.lower_ in {"chief", "commander"} and state & FORCES:
        return "memberOf", head, words
    # "Foreign Ministry spokesman", "government spokesperson": not a party's or a firm's.
    if kind == "spokespersonFor" and (state or {t.lower_ for t in words} & lexicon.DEPARTMENTS):
        return kind, head, words
    return None


def appositive_title(ent: Span) -> tuple[str, Token, list[Token]] | None:
    """The title of "X, the interior minister," or "the foreign minister, X,", when nothing names its body."""
    doc, root = ent.doc, ent.root
    spans = []
    # Read on the words: "X, TTAA vice-president" is parsed as three appositions.
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        spans += [doc[ent.end + 1: c.i + 1] for c in root.children if c.dep_ == "appos" and c.i > ent.end]
    # "the foreign minister, X", not "the spouse of the late President, X": the title heads its own phrase.
    head, start = root.head, ent.start
    while start > 0 and doc[start - 1].lower_.strip(".") in ADDRESS:  # "the Vice President, Dr X"
        start -= 1
    if root.dep_ == "appos" and head.i == start - 2 and doc[start - 1].text == "," and not (
            head.dep_ == "pobj" and head.head.lower_ == "of"):
        spans.append(doc[head.left_edge.i: head.i + 1])
    for span in spans:
        noun = span[-1]
        # "the president of the company", "a spokesman for Kenya Airways": the title names its body after it.
        if singular(noun.text) not in TITLE_WORDS or any(c.dep_ == "prep" for c in noun.children):
            continue
        if not all(t.lower_ in {"the", "a", "an", "-", "–"} | FORMER | CURRENT or _title_word(t) for t in span):
            continue
        found = _kind([t for t in span if t.lower_ not in {"the", "a", "an"} | FORMER | CURRENT and _title_word(t)
                       and t.text not in {"-", "–"}])
        if found:
            return found
    return None


def surname(name: str) -> str:
    # "Al-Sisi" and "El Sisi", "Hernández" and "Hernandez", "bin Salman" and "King Salman": the folded last word.
    words = gazetteer.fold(name).split()
    return words[-1] if words else ""


def office(kind: str, words: list[Token]) -> str | None:
    """The office a title names, when a country fills it once: "president", "prime minister", "foreign minister"."""
    lower = [t.lower_ for t in words if t.lower_.strip(".") not in ADDRESS]
    if kind == "leaderOf":
        return "prime minister" if lower[-2:] == ["prime", "minister"] else lower[-1] if lower else None
    # "Foreign Minister": a portfolio held by one person at a time; "Minister" or a deputy's office is not.
    if kind == "memberOf" and lower and lower[-1] == "minister" and len(lower) == 2 and \
            lower[0] in lexicon.DEPARTMENTS:
        return " ".join(lower)
    return None


class HomeTitles:
    """The story-country roles of one document, read once the other rules have spoken."""

    def __init__(self, rules, dateline: str | None):
        self.rules = rules
        self.table = rules.args.table
        self.doc = rules.doc
        self.dateline = dateline

    def run(self, found: list) -> list[tuple[Arg, str, Arg, Token]]:
        home = story_country(self.doc, self.dateline)
        ties = self._ties(found)
        titled = {f.subject.span for f in found if f.rule.startswith("role") and self._is_country(f.object)}
        out = []
        for ent in self.table.ents:
            if ent.label_ != "PERSON" or (ent.start_char, ent.end_char) in titled:
                continue
            person = self.rules.args.resolve(ent.root, concepts=False)
            if not person or self.table.get(person[0].mention).type != "Person":
                continue
            appointed = self._appointed(ent, found)
            if appointed is not None:
                title, iso = appointed
            else:
                title = run_title(self.doc, self._name_start(ent)) or appositive_title(ent)
                iso = None
            if title is None:
                continue
            # "The Chinese Ministry of Foreign Affairs said Deputy Foreign Minister X": the ministry's country.
            iso = iso or ministry_country(ent.sent, {t.lower_ for t in title[2]} & lexicon.DEPARTMENTS)
            # "... attended the meeting on the Jordanian side": the side the sentence names, if it names no other.
            iso = iso or side_country(ent.sent)
            # Else the story's, unless the sentence names another country: the office may be that one's.
            if iso is None and home is not None and all(isos == {home} for _, _, isos, _ in named_countries(ent.sent)):
                iso = home
            if iso is None:
                continue
            # Written elsewhere with another country ("Turkey's Erdogan", "the Turkish president, Erdogan").
            if ties.get(surname(self.table.get(person[0].mention).name), set()) - {iso}:
                continue
            # "President Sisi and King Salman": two heads named together are as often of two states.
            if title[0] == "leaderOf" and any(self._head_title(other) for other in self._partners(ent)):
                continue
            out.append((person[0], title, iso))
        return self._single_holders(out, found)

    def _appointed(self, ent: Span, found: list) -> tuple[tuple[str, Token, list[Token]], str] | None:
        """ "Mozambican President X has appointed Y, ..., as ambassador to Z": the office is in the appointer's
        state. Read on the words after the appointee's phrase: the parser often hangs "as" elsewhere."""
        verb = ent.root.head
        if ent.root.dep_ != "dobj" or verb.lemma_.lower() not in APPOINTING or verb.dep_ in {"xcomp", "advcl"}:
            return None
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return None  # "would appoint", "did not name": no appointment
        doc = self.doc
        i = ent.root.right_edge.i + 1
        i += i < len(doc) and doc[i].text == ","
        if i >= len(doc) or doc[i].lower_ != "as":
            return None
        words = []
        i += 1
        while i < len(doc) and (doc[i].lower_ in {"the", "a", "an", "new"} or _title_word(doc[i])):
            if doc[i].lower_ not in {"the", "a", "an", "new"}:
                words.append(doc[i])
            i += 1
        # "as chairman of the company", "as the firm's adviser": the office names its own body.
        if not words or i < len(doc) and doc[i].lower_ in {"of", "for", "at", "'s", "’s"}:
            return None
        kind = title_kind([t.text for t in words])
        head = words[-1].lower_
        if not (kind == "memberOf" and head in POSTS or kind == "leaderOf" and [t.lower_ for t in words[-2:]] ==
                ["prime", "minister"]):
            return None
        appointer = [c for c in verb.children if c.dep_ == "nsubj"]
        args = self.rules.args.resolve(appointer[0], agent=True, concepts=False) if appointer else []
        isos = {self._link(a.mention) for a in args if self._is_country(a)}
        isos |= {self._link(f.object.mention) for f in found if f.predicate == "leaderOf" and self._is_country(f.object)
                 and any(f.subject.mention == a.mention for a in args)}
        return ((kind, words[-1], words), isos.pop()) if len(isos) == 1 else None

    def _is_country(self, arg: Arg) -> bool:
        return (self.table.get(arg.mention).link or "").startswith("country:")

    def _link(self, mention: int) -> str:
        return self.table.get(mention).link.split(":")[-1]

    # ------------------------------------------------------------------ guards

    def _name_start(self, ent: Span) -> int:
        start = self.rules.roles._name_start(ent)
        while start > 0 and self.doc[start - 1].lower_.strip(".") in ADDRESS:
            start -= 1
        return start

    def _partners(self, ent: Span) -> list[Span]:
        root = ent.root
        first = root
        while first.dep_ == "conj":
            first = first.head
        tokens = [first, *first.conjuncts]
        spans = {self.table.entity_at(t) for t in tokens if t.i not in range(ent.start, ent.end)} - {None}
        return [s for s in spans if s.label_ == "PERSON"]

    def _head_title(self, ent: Span) -> bool:
        title = run_title(self.doc, self._name_start(ent))
        return title is not None and title[0] == "leaderOf"

    def _ties(self, found: list) -> dict[str, set[str]]:
        """Surname -> countries the article ties the person to: a role towards a country, or a country written
        as the name's possessor or demonym ("Turkey's Erdogan", "Iranian Raisi") or after it ("Abdullah of Jordan")."""
        ties: dict[str, set[str]] = {}
        for f in found:
            obj = self.table.get(f.object.mention)
            # A description ("the Kenyan ambassador") is bound to the nearest person, often the wrong one.
            if f.rule.startswith("role") and f.rule != "role.description" and obj.type == "Country" and obj.link:
                ties.setdefault(surname(self.table.get(f.subject.mention).name), set()).add(obj.link.split(":")[-1])
        doc = self.doc
        places = {i: isos for a, b, isos, _ in named_countries(doc) for i in range(a, b)}
        for ent in self.table.ents:
            if ent.label_ != "PERSON":
                continue
            i = ent.start - 1
            while i >= 0 and (doc[i].lower_.strip(".") in TITLE_WORDS | ADDRESS | lexicon.DEPARTMENTS
                              or doc[i].text in {"-", "–", "'s", "’s"}):
                i -= 1
            near = [i] if i >= 0 else []
            if ent.end + 1 < len(doc) and doc[ent.end].lower_ in {"of", "from"}:
                near.append(ent.end + 1)
            for j in near:
                ties.setdefault(surname(ent.text), set()).update(*[places.get(j, set())])
        return ties

    def _single_holders(self, out, found) -> list[tuple[Arg, str, Arg, Token]]:
        # "President Biden" in a story about Egypt that also names President Sisi: one of them is a visitor.
        holders: dict[tuple[str, str], set[str]] = {}
        for f in found:
            link = self.table.get(f.object.mention).link or ""
            if f.rule.startswith("role") and link.startswith("country:") and not is_former(f.anchor):
                words = list(f.anchor.doc[max(f.anchor.i - 1, 0): f.anchor.i + 1])
                key = office(f.predicate, words) or office(f.predicate, words[-1:])
                if key:
                    holders.setdefault((link[8:], key), set()).add(surname(self.table.get(f.subject.mention).name))
        for person, (kind, head, words), iso in out:
            key = office(kind, words)
            if key and not is_former(head):
                holders.setdefault((iso, key), set()).add(surname(self.table.get(person.mention).name))
        result = []
        for person, (kind, head, words), iso in out:
            key = office(kind, words)
            if key and len(holders.get((iso, key), set())) > 1 and not is_former(head):
                continue
            result.append((person, kind, Arg(self._country(iso, head), token_span(head), "coref"), head))
        return result

    def _country(self, iso: str, head: Token) -> int:
        # The country's name in the text, or else the title itself stands for it, as a demonym would.
        for m in self.table.mentions[:self.table.named]:
            if m.type == "Country" and m.link == f"country:{iso}" and "://" not in m.text:
                return m.id
        return self.table.country_for(self.doc[head.i: head.i + 1], iso)
