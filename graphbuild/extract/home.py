"""A national title written without its country ("Interior Minister X said", "X, the foreign minister,",
"Foreign Ministry spokesman Y", "Army Chief Z"; read in bare.py) holds office in the country the sentence or the
story makes clear (story.py): a ministry of its portfolio or a side of a meeting the sentence names with its
country, the appointer's state, or else the country the story is about.

A visitor's office is written without its country too, and only that can make the rule wrong, so it holds only
when the title's sentence names no other country (a member's title may stand beside another country's people or
things: "the Ukrainian crisis"), the person is tied to no other country anywhere in the article,
and no one else is named in the same office of that country. Envoys, generals, lawmakers and princes other than an
heir are left out: in a story about one country they are as often another country's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..resolve import leaders
from . import lexicon
from .arguments import Arg, token_span
from .governments import GOVERNMENTS, government_of, known_abroad, state_secretary
from .bare import appositive_title, as_title, office, portfolio_title, run_title, surname
from .hosts import host_country
from .national import ADDRESS, government_apposition
from .predicate import predicate_title
from .republic import republic_title
from .titlekinds import is_former
from .story import kingdom, ministry_country, named_countries, side_country
from .subnational import state_office
from .titled import MODALS, TITLE_WORDS, singular

# Nouns a demonym may qualify and still leave the sentence's officials the story country's: not a state's
# officials, bodies, forces or envoys ("the Ukrainian counterpart", "Kenyan troops").
OFFICIAL_NOUNS = frozenset(TITLE_WORDS | lexicon.GOVERNMENT_NOUNS | {
    "counterpart", "delegation", "authority", "people", "embassy", "side", "team", "troops", "media", "agency",
    "parliament", "police", "party", "visit", "visitor", "guest", "host"})


def _aside(doc: Doc, start: int, end: int, how: str) -> bool:
    """Whether the country written at doc[start:end] is a demonym that qualifies a thing or a people of no
    office: "the Ukrainian crisis", "the Russian-Ukrainian crisis", "were Venezuelan"."""
    words = [t for t in doc[start:end] if t.is_alpha]  # "were Venezuelan." may take the stop
    if how != "demonym" or len(words) != 1:
        return False
    word = words[0]
    if word.dep_ == "acomp":
        return True
    # "Russian-Ukrainian crisis": past the demonyms that qualify one another, to the noun they qualify.
    while word.dep_ in {"amod", "compound"} and word.head.pos_ in {"ADJ", "PROPN"} and word.head.i != word.i \
            and lexicon.demonym(word.head.text):
        word = word.head
    noun = word.head
    return word.dep_ in {"amod", "compound"} and noun.pos_ == "NOUN" and singular(noun.text) not in OFFICIAL_NOUNS \
        and noun.lemma_.lower() not in OFFICIAL_NOUNS


# Verbs that give an office in the name of their subject's state.
APPOINTING = {"appoint", "name", "nominate", "designate", "choose", "pick", "tap", "select"}


class HomeTitles:
    """The story-country roles of one document, read once the other rules have spoken."""

    def __init__(self, rules, dateline: str | None, url: str | None = None):
        self.rules = rules
        self.table = rules.args.table
        self.doc = rules.doc
        self.dateline = dateline
        self.url = url

    def run(self, found: list, home: str | None) -> list[tuple[Arg, str, Arg, Token]]:
        """``home``: the story's country (story.story_country), read once for the rules that ask."""
        ties = self._ties(found)
        visited = self._visited(found)
        titled = {f.subject.span for f in found if f.rule.startswith("role") and self._is_country(f.object)}
        out = []
        for ent in self.table.ents:
            if ent.label_ != "PERSON" or (ent.start_char, ent.end_char) in titled:
                continue
            person = self.rules.args.resolve(ent.root, concepts=False)
            if not person or self.table.get(person[0].mention).type != "Person":
                continue
            # "President X has appointed Y as ...", "the Ortega government", "Secretary of State X".
            appointed = self._appointed(ent, found) or government_of(ent) or state_secretary(ent)
            if appointed is not None:
                title, iso = appointed
            else:
                title = run_title(self.doc, self._name_start(ent)) or appositive_title(ent) or portfolio_title(ent) \
                    or republic_title(ent) or predicate_title(ent) or self._government_post(ent)
                iso = None
            if title is None:
                continue
            # "A Chinese Ministry of Foreign Affairs statement named Deputy Foreign Minister X": the ministry's country.
            iso = iso or ministry_country(ent.sent, {t.lower_ for t in title[2]} & lexicon.DEPARTMENTS)
            # "... took part in the talks on the Jordanian side": the side the sentence names, if it names no other.
            iso = iso or side_country(ent.sent)
            # "Crown Prince X": an heir is of a kingdom, the one the sentence names, else the story's.
            if iso is None and [t.lower_ for t in title[2][-2:]] in (["crown", "prince"], ["crown", "princess"]):
                iso = self._heirs_kingdom(ent.sent, home)
            # "Under Secretary X of Ruritania met with the Deputy Minister, Y": the host's, the dateline's or site's,
            # though the story be about the visitor's country.
            iso = iso or host_country(self.rules, ent, ties, self.dateline, self.url)
            # Else the story's, unless the sentence names another country: the office may be that one's.
            # A member's office may stand beside another country's people or things ("the Ukrainian crisis", "most
            # of the victims were Venezuelan"), never beside its officials.
            if iso is None and home is not None and all(
                    isos == {home} or title[0] != "leaderOf" and _aside(self.doc, start, end, how)
                    for start, end, isos, how in named_countries(ent.sent)):
                iso = home
            if iso is None or title[0] == "memberOf" and state_office(self.doc, title[1].i, ent, iso):
                continue  # "the state's health minister", or a bare minister in a state's story: the state's office
            # A king in a republic's story rules a people or another land, not the republic.
            if title[1].lower_ in leaders.MONARCHS and iso in leaders.republics():
                continue
            # "the Trump administration" in a story about India: a head the table knows leads another country.
            if title[1].lower_ in GOVERNMENTS and known_abroad(self.table.get(person[0].mention).name, iso):
                continue
            # "During his visit to Ghana, President X said": no one visits the country he holds office in.
            if (surname(self.table.get(person[0].mention).name), iso) in visited:
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
        state."""
        verb = ent.root.head
        if ent.root.dep_ != "dobj" or verb.lemma_.lower() not in APPOINTING or verb.dep_ in {"xcomp", "advcl"}:
            return None
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return None  # "would appoint", "did not name": no appointment
        title = as_title(ent)
        appointer = [c for c in verb.children if c.dep_ == "nsubj"]
        if title is None or not appointer:
            return None
        args = self.rules.args.resolve(appointer[0], agent=True, concepts=False)
        isos = {self._link(a.mention) for a in args if self._is_country(a)}
        isos |= {self._link(f.object.mention) for f in found if f.predicate == "leaderOf" and self._is_country(f.object)
                 and any(f.subject.mention == a.mention for a in args)}
        return (title, isos.pop()) if len(isos) == 1 else None

    def _government_post(self, ent: Span) -> tuple[str, Token, list[Token]] | None:
        # "X, a senior government official,": the state's government as a common noun, in a story of several
        # countries as in one of a single country (national.py).
        found = government_apposition(ent)
        return None if found is None else (found[0], self.doc[found[1]], [self.doc[found[1]]])

    def _heirs_kingdom(self, sent: Span, home: str | None) -> str | None:
        # A republic named beside the heir is where his kingdom acts ("will invest in Egypt"), not his own.
        named = set().union(*(isos for _, _, isos, _ in named_countries(sent))) & leaders.kingdoms()
        if named:
            return named.pop() if len(named) == 1 else None
        return kingdom(home, self.dateline, self.url)

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

    def _visited(self, found: list) -> set[tuple[str, str]]:
        """(surname, country) of each visit the article tells."""
        out = set()
        for f in found:
            obj = self.table.get(f.object.mention)
            if f.predicate == "visits" and obj.type == "Country" and obj.link:
                out.add((surname(self.table.get(f.subject.mention).name), obj.link.split(":")[-1]))
        return out

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
