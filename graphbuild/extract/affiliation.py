"""Affiliations written without a title of the usual shape: "Dr X from the Centre for Y" (a person from a body),
"then party leader X" (the party named elsewhere in the sentence), and "UK Special Envoy to the Sahel
Ambassador X" (a title chain with its post's place inside).

Mixed into RoleRules, whose body and fit tests they share.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import lexicon
from .arguments import Arg
from .members import PARTY_WORDS as member_party_words
from .titled import TITLE_WORDS, singular, title_kind

# Last words of a firm's name, or of a university's, whose staff are quoted more often than its students: its people
# work for it. Any other body's people (an agency, a centre, a party, a school or college) are its members.
FIRM_WORDS = {"capital", "group", "holdings", "holding", "partners", "research", "bank", "ltd", "limited", "inc",
              "corp", "corporation", "company", "co", "llc", "plc", "securities", "investments", "associates",
              "advisors", "advisers", "consulting", "consultancy", "institute", "hospital", "university"}
# Verbs of saying around a quoted name, and words of address before it.
SAYING = {"say", "tell", "add", "explain", "note", "warn", "argue", "stress", "write", "claim", "insist"}
HONORIFICS = {"dr", "mr", "mrs", "ms", "prof", "professor", "hon"}
# Words in a party's name, and in the names of bodies of other kinds.
PARTY_WORDS = {"party", "front", "congress", "movement"}
OTHER_BODIES = FIRM_WORDS | {"ministry", "council", "commission", "court", "police", "agency", "fund", "authority",
                             "office", "department", "organisation", "organization", "association", "centre", "center",
                             "foundation", "committee", "assembly", "parliament", "senate", "government", "army",
                             "forces", "bureau", "board", "union", "nations", "federation", "league", "club"}


def firm_word(name: str) -> bool:
    words = name.lower().replace(".", "").split()
    return bool(words) and words[-1] in FIRM_WORDS


class Affiliations:
    def from_body(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """ "Dr X from the Centre for Disease Control said": the person speaks for the body she comes from.

        Read on the words, the parser hangs the "from" on the quote's verb as often as on the name: the name opens
        its clause or follows "said", and a comma or a verb of saying follows the body."""
        doc, root = ent.doc, ent.root
        # "said X of the Y Union": news writes a person's body after "of" as after "from".
        if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in {"from", "of"}:
            return []
        # The subject's own "from" phrase, as parsed ("X from the Tweed-based Y Group won").
        parsed = root.dep_ in {"nsubj", "nsubjpass"} and doc[ent.end].head.i == root.i
        pobj = [c for c in doc[ent.end].children if c.dep_ == "pobj"] if parsed else []
        i = pobj[0].i if pobj else ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
        org = self.table.entity_at(doc[i]) if i < len(doc) else None
        if org is None or org.label_ != "ORG" or org.root.i != i and org.start != i:
            return []
        after = org.end
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            after += 3  # the body's acronym
        start = ent.start
        while start > 0 and (doc[start - 1].lower_.strip(".") in HONORIFICS or doc[start - 1].lower_ in TITLE_WORDS):
            start -= 1
        before = doc[start - 1] if start > 0 else None
        opens = before is None or start == ent.sent.start or before.text in {",", "“", '"', "”"} \
            or before.lemma_.lower() in SAYING
        closes = after < len(doc) and (doc[after].text in {",", ".", ";"} or doc[after].lemma_.lower() in SAYING)
        body = self._body(org.root) if parsed or opens and closes else None
        if body is None or self.table.get(body.mention).type != "Organization":
            return []
        name = self.table.get(body.mention).name
        kind = "worksFor" if firm_word(name) else "memberOf"
        # "X of Fox News", "X of Acme Recycling": after "of" only a name that says what the body is tells a
        # member from an employee or an owner. A party's people are members.py's; one titled anywhere in the
        # story is left to the title ("chairman X ... X of the Y Union" leads it).
        words = set(name.lower().split())
        if doc[ent.end].lower_ == "of" and (not firm_word(name) and not words & (
                OTHER_BODIES - FIRM_WORDS | {"alliance", "nation"}) or words & member_party_words
                or self._role(self.table.get(person.mention)) is not None):
            return []
        return [(person, kind, body, doc[ent.end])]

    def phrase_bodies(self, title: Token, kind: str, named: bool) -> list[tuple[Arg, bool]]:
        """Bodies a title names by a phrase the usual ones miss: "a special adviser to the X Trust" (staff serve
        the body they advise; "ambassador to" is a post's place), and, where no body is ``named``, "a lawmaker
        from Kenya" or "an official in the Kenyan government" (a state's post; "an official in Kenya" is only
        there, "a UN official from Kenya" the UN's)."""
        kind_of = lambda b: self.table.get(b[0].mention).type  # noqa: E731
        if kind == "worksFor" and title.lower_ in lexicon.ADVISING:
            return [b for b in self._of_bodies(title, ("to",)) if kind_of(b) == "Organization"]
        if kind == "memberOf" and not named and singular(title.text) in lexicon.STATE_POSTS:
            return [b for p in ("from", "in") for b in self._of_bodies(title, (p,))
                    if kind_of(b) == "Country" and (p == "from" or b[1])]
        return []

    def bracketed_body(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """ "Committee member X (ANC) asked": a body's short name in brackets after a person's is her party or
        body."""
        doc = ent.doc
        if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
            return []
        org = self.table.entity_at(doc[ent.end + 1])
        word = doc[ent.end + 1].text
        if org is None or org.label_ != "ORG" or len(org) != 1 or not (word.isupper() and 2 <= len(word) <= 6):
            return []
        # "State Tobacco Monopoly Administration (STMA)" read as a person: the name's own short form.
        initials = "".join(t.text[0] for t in doc[ent.start - 1: ent.end] if t.text[:1].isupper())
        if word in initials:
            return []
        body = self._body(doc[ent.end + 1])
        if body is None or self.table.get(body.mention).type != "Organization":
            return []
        return [(person, "memberOf", body, doc[ent.end + 1])]

    def sentence_party(self, doc, i: int) -> list[tuple[Arg, bool]]:
        """ "quit Renamo after a row with then party leader X": a party title whose party the sentence names
        before it, the one organisation there (or the one with a party's word in its name)."""
        if i < 1 or doc[i - 1].lower_ != "party":
            return []
        sent = doc[i].sent
        orgs = [e for e in self.table.ents if e.label_ == "ORG" and sent.start <= e.start and e.end <= i - 1]
        named = [e for e in orgs if PARTY_WORDS & set(e.text.lower().split())]
        # A body of another kind is no party: a known international body or outlet, or a name with such a word.
        bare = [e for e in orgs if not (set(e.text.lower().split()) & OTHER_BODIES or self._known_body(e))]
        chosen = named if len(named) == 1 else bare if len(orgs) == 1 == len(bare) else []
        body = self._body(chosen[0].root) if chosen else None
        return [(body, False)] if body is not None else []

    def _known_body(self, ent: Span) -> bool:
        body = self._body(ent.root)
        return body is None or self.table.get(body.mention).link is not None

    def posted_chain(self, doc, i: int) -> list[tuple[Arg, Token]]:
        """ "U.K. Special Envoy to the Sahel Ambassador X": the title before ``i`` follows a post's
        place; the country or body before the first title of the chain is the holder's."""
        j = i - 1
        place = self.table.entity_at(doc[j]) if j >= 0 else None
        if place is None or place.label_ not in {"GPE", "LOC"}:
            return []
        k = place.start - 1
        k -= k >= 0 and doc[k].lower_ == "the"
        if k < 1 or doc[k].lower_ != "to" or doc[k - 1].lower_ not in TITLE_WORDS:
            return []
        run = self._run_before(doc, k)
        if not run or title_kind([t.text for t in run]) != "memberOf":
            return []
        bodies = self._bodies_before(doc, doc[k].sent.start, run[0].i)
        return [(b, run[-1]) for b, _ in bodies if self.table.get(b.mention).type == "Country"]
