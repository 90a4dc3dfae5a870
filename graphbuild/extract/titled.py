"""Titles read from the words around a name rather than from its parse: "Head of Turkey's X Agency (XA) Y",
"heads of state including Ghana's Y", "X, who is also Y's chairperson", and counterparts of a person titled
in an earlier sentence.

Mixed into RoleRules, whose body and fit tests they share.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..resolve.names import COURTESY
from . import lexicon
from .arguments import Arg
from .described import BODY_HEADS, board_body, described_name
from .titlekinds import TITLE_WORDS, singular, title_kind
from .units import owned_cut

PORTFOLIO_TITLES = {"minister", "secretary", "commissioner"}
# A chamber written as a common noun ("a member of Ghana's parliament"): the country's, as a lawmaker is.
CHAMBER_NOUNS = {"parliament", "legislature"}
MODALS = {"would", "could", "may", "might", "will", "shall", "should", "must", "can", "'ll"}


class SurfaceTitles:
    def copular(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """ "X is the president of Y", "X, who is also Y's chairperson", "X became Y's finance minister"."""
        root = ent.root
        verbs = [root.head] if root.dep_ == "nsubj" else []
        verbs += [c for c in root.children if c.dep_ == "relcl"
                  and any(s.dep_ == "nsubj" and s.lower_ in {"who", "that"} for s in c.children)]
        out = []
        for verb in verbs:
            # "would be" is a wish; "is", "became" and "was" state the office (a past one is still the text's fact).
            if not (verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP", "VBD"} or verb.lemma_ == "become"):
                continue
            # "If X was chairman": a condition, no fact.
            if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "mark" and c.lower_ in
                   {"if", "unless", "whether"} for c in verb.children):
                continue
            for attr in (c for c in verb.children if c.dep_ == "attr" and c.lower_ in TITLE_WORDS):
                out += self._noun_title(person, attr)
        return out

    def title_before_comma(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """ "accused the Rector of the University of Nairobi (UoN), X, of ...": an apposition the parser read
        as a second object; the title's phrase ends at the comma before the name, and a comma or stop follows it."""
        doc = ent.doc
        i = ent.start - 1
        while i > 2 and doc[i].lower_.strip(".") in HONORIFIC_WORDS:  # "the Chairperson of X, Mr Y"
            i -= 1
        if i < 2 or doc[i].text != ",":
            return []
        # "The head of the X Bureau, Y said": a closing comma dropped; the title and the name are then both the
        # subjects of one verb, which only an apposition makes.
        closed = ent.end >= len(doc) or doc[ent.end].text in {",", ".", ";"}
        subject = ent.root.dep_ == "nsubj" and ent.root.head.pos_ in {"VERB", "AUX"}
        if not closed and not subject:
            return []
        last = i - 1
        if doc[last].text == ")" and last >= 3 and doc[last - 2].text == "(":
            last -= 3  # the body's acronym in brackets
        title = doc[last]
        passed = None
        while title.dep_ in {"pobj", "prep", "compound"} and title.head.i < title.i:
            title = title.head
            passed = title if title.lower_ in TITLE_WORDS else passed
        # "According to the director of X, Y": the phrase climbs past its title; the highest title passed holds.
        if title.lower_ not in TITLE_WORDS and passed is not None:
            title = passed
        if title.lower_ not in TITLE_WORDS or title.pos_ not in {"NOUN", "PROPN"} or title.right_edge.i not in {i - 1, i}:
            return []
        if self.table.entity_at(title) is not None or title.i in {t.i for t in ent.root.subtree}:
            return []
        # Only at the clause's start ("Meanwhile, the head of X, Y said", or after the quote the verb reports):
        # after a verb or a preposition the title's phrase is its object ("After meeting the head of X, Y said").
        opening = all(t.dep_ in {"advmod", "punct", "cc"} or any(
            a.dep_ == "ccomp" and a.head.i == title.head.i for a in (t, *t.ancestors))
            for t in doc[title.sent.start: title.left_edge.i])
        if not closed and not (title.dep_ in {"nsubj", "dep"} and title.head.i == ent.root.head.i and opening):
            return []
        return self._noun_title(person, title)

    def counterpart(self, noun: Token) -> list[tuple[Arg, str, Arg, Token]]:
        # "Erdogan met his Iranian and Russian counterparts, Raisi and Putin": each holds, in the country
        # the demonym names, the office the possessor holds.
        if noun.lemma_.lower() != "counterpart":
            return []
        owner = [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
        held = self.args.resolve(owner[0], concepts=False) if owner else []
        role = self._role(self.table.get(held[0].mention)) if held else None
        kind = title_kind(role.split()) if role else None
        if kind not in {"leaderOf", "memberOf"}:
            return []
        demonyms = [d for c in noun.children if c.dep_ == "amod" for d in [c, *c.conjuncts]]
        names = [n for c in noun.children if c.dep_ == "appos" for n in [c, *c.conjuncts]]
        if noun.dep_ in {"compound"}:
            names = [noun.head]
        if not names:
            names = self.counterpart_names(noun)
        out = []
        if len(demonyms) != len(names):
            return out
        for demonym, name in zip(demonyms, names):
            body = self._body(demonym)
            ent = self.table.entity_at(name)
            if body is None or ent is None or ent.label_ != "PERSON" or self.table.get(body.mention).type != "Country":
                continue
            person = self.args.resolve(name, concepts=False)
            if person:
                out.append((person[0], kind, body, noun))
        return out

    # ------------------------------------------------------------------ helpers

    def _of_bodies(self, head: Token, preps: tuple[str, ...]) -> list[tuple[Arg, bool]]:
        out = []
        # "head of strategy at Arko": the office leads a unit, and is only a member of the body after "at".
        unit = any(p.dep_ == "pobj" and self.table.entity_at(p) is None and p.pos_ == "NOUN"
                   for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
        # "director of programmes at X": the parser may hang the body's "at" on the unit.
        units = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children] if unit else []
        for prep in [*head.children, *(c for u in units for c in u.children if c.lower_ == "at")]:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                # "for India's governing party": a possessor is not the object.
                if pobj.dep_ != "pobj" or any(c.dep_ == "case" for c in pobj.children):
                    continue
                arg = self._body(pobj)
                # "head of the main opposition, the X Party": a common noun with the body's name beside it.
                named = [a for a in pobj.children if a.dep_ == "appos" and (e := self.table.entity_at(a)) is not None
                         and e.label_ == "ORG"]
                if named and (arg is None or self.table.get(arg.mention).type == "Concept"):
                    arg = self._body(named[0])
                # "a fellow with the Kestrel naval studies think tank": the name leads the noun's phrase.
                first = pobj.left_edge.i + (pobj.left_edge.lower_ == "the")
                lead = self.table.entity_at(pobj.doc[first]) if pobj.lemma_.lower() in BODY_HEADS else None
                if arg is None and lead is not None and lead.label_ == "ORG" and lead.start == first < lead.end <= pobj.i:
                    arg = self._body(lead.root)
                # "head of drone firm X": the name after its describing noun, which the parser took for the object;
                # "chairman of the Board of Directors of X": the body the board runs.
                if arg is None and prep.lower_ == "of":
                    name = described_name(prep, pobj, self.table) or board_body(pobj, self.table)
                    arg = self._body(name) if name is not None else None
                gov = unit and prep.lower_ != "of"
                # "head of Bolivia's armed forces": the plural is the noun ("forces" is no "force").
                if arg is None and {pobj.lemma_.lower(), pobj.lower_} & lexicon.GOVERNMENT_NOUNS:
                    arg = self.args.resolve(pobj, concepts=False)
                    arg, gov = (arg[0] if arg else None), True
                # "a member of Ghana's parliament": a chamber written as a common noun is its country's.
                if arg is None and pobj.lower_ in CHAMBER_NOUNS:
                    owner = [c for c in pobj.children if c.dep_ == "poss"]
                    arg = self._body(owner[0]) if len(owner) == 1 else None
                    arg = arg if arg is not None and self.table.get(arg.mention).type == "Country" else None
                headed = self._unnamed_body(head, pobj, arg)
                arg = headed or arg
                # "senior director for the Western Hemisphere": a region is a post's beat, not its body.
                if arg is not None and (headed or self.table.get(arg.mention).type in {
                        "Country", "City", "Organization", "Group", "Place"}):
                    out.append((arg, gov, prep.lower_))
        # "director of the Centre for X at the University": the office heads the centre, a unit of the later body.
        if any(p == "of" and self.table.get(a.mention).type == "Organization" for a, _, p in out):
            out = [b for b in out if b[2] != "at"]
        return [(a, g) for a, g, _ in out]


    def _role(self, mention) -> str | None:
        # "Erdogan's ... his counterparts": the title was written with the full name in an earlier sentence.
        # "Dr. Jaishankar ... his counterpart": a courtesy word before the name is no office.
        titled = lambda role: role is not None and title_kind(role.split()) is not None  # noqa: E731
        if titled(mention.role) or mention.type != "Person":
            return mention.role
        roles = {m.role for m in self.table.mentions[:self.table.named] if m.type == "Person" and titled(m.role)
                 and m.name.split()[-1] == mention.name.split()[-1]}
        return roles.pop() if len(roles) == 1 else None

    def _of_body_before(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        # Read on the surface: the parser hangs such titles anywhere, but the words keep their order.
        # The parser may end a sentence at the acronym's bracket, so the walk is bounded by words, not sentences.
        doc = ent.doc
        i = ent.start - 1
        if i > 0 and doc[i].text == ")":  # the body's acronym in brackets
            i = next((k - 1 for k in range(i - 1, max(i - 6, 0), -1) if doc[k].text == "("), -1)
        org = self.table.entity_at(doc[i]) if i >= 0 else None
        # "the Union's Youth Wing" as one name: the title heads the wing, where the words name a body and its unit.
        if org is None or org.label_ != "ORG" or org.end != i + 1 or any(t.lower_ in {"'s", "’s"} for t in org) \
                and owned_cut(org) is None:
            return []
        j = org.start - 1
        j -= doc[j].lower_ == "the"
        if doc[j].lower_ in {"'s", "’s"}:  # "Head of Turkey's ... Agency"
            j -= 2
        if j < 1 or doc[j].lower_ != "of" or doc[j - 1].lower_ not in TITLE_WORDS:
            return []
        k = j - 1
        while k > 0 and doc[k - 1].lower_ in TITLE_WORDS:
            k -= 1
        kind = title_kind([t.text for t in doc[k: j]])
        body = self._body(doc[org.root.i])
        if kind is None or body is None or not self._fits(kind, doc[j - 1], body):
            return []
        # "Minister of Planning and International Cooperation X": a minister's of-phrase names a portfolio.
        if doc[j - 1].lower_ in PORTFOLIO_TITLES and kind != "leaderOf" and not self._portfolio_body(body):
            return []
        return [(person, kind, body, doc[j - 1])]

    def _org_just_before(self, doc, i: int) -> list[tuple[Arg, bool]]:
        # "Ross River Dena Council (RRDC) Chief X": the parser hangs the body elsewhere, but it stands right
        # before the title, past its acronym in brackets.
        j = i - 1
        if j >= 3 and doc[j].text == ")" and doc[j - 2].text == "(":
            j -= 3
        org = self.table.entity_at(doc[j]) if j >= 0 else None
        if org is None or org.label_ != "ORG" or org.end != j + 1:
            return []
        body = self._body(doc[org.root.i])
        return [(body, False)] if body is not None else []

    def _party_before(self, doc, i: int) -> list[tuple[Arg, bool]]:
        # Capitalised: "liberal MPs" may be any MPs of liberal views.
        ent = self.table.entity_at(doc[i - 1]) if i >= 1 else None
        if i < 1 or not doc[i - 1].text[:1].isupper() or ent is not None and ent.label_ not in {"NORP", "PERSON"}:
            return []
        name = lexicon.PARTY_ADJECTIVES.get(doc[i - 1].lower_)
        # "Labour Minister X" holds the labour portfolio; "Labour MP X" sits for the party.
        if doc[i - 1].lower_ in {"labour", "labor"} and i < len(doc) and doc[i].lower_ in {"minister", "secretary"}:
            return []
        return [(Arg(self.table.party(doc[i - 1], name), (doc[i - 1].idx, doc[i - 1].idx + len(doc[i - 1].text)),
                     "name"), False)] if name else []

    def _shared_plural(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        first = ent.root
        # Back along the list to its first name, not to a plural title the parser made the list's head.
        while first.dep_ == "conj" and (e := self.table.entity_at(first.head)) is not None and e.label_ == "PERSON":
            first = first.head
        head_ent = self.table.entity_at(first)
        if head_ent is None or head_ent.label_ != "PERSON" or head_ent.start == ent.start:
            return []
        # "Presidents A of Chile and B": a body written after the first name is that name's alone.
        if head_ent.end < len(ent.doc) and ent.doc[head_ent.end].lower_ in {"of", "from"}:
            return []
        run = self._run_before(ent.doc, self._name_start(head_ent))
        if not run or singular(run[-1].text) == run[-1].lower_:
            return []
        return [(person, kind, body, anchor) for _, kind, body, anchor in self.person(head_ent)
                if singular(anchor.text) in TITLE_WORDS]  # the title, not the first name's party in brackets

    def _listed(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        owner = [c for c in ent.root.children if c.dep_ == "poss"]
        first = ent.root
        while first.dep_ == "conj":
            first = first.head
        if len(owner) != 1 or first.dep_ not in {"dobj", "pobj"} or first.head.lemma_.lower() != "include":
            return []
        verb = first.head
        groups = [verb.head] if verb.dep_ == "prep" else [c for c in verb.children if c.dep_ == "nsubj"]
        # Only a plural title is a list's heading: "the guests included X" names no office.
        group = groups[0] if groups and groups[0].tag_ in {"NNS", "NNPS"} else None
        kind = title_kind([group.lemma_]) if group is not None else None
        body = self._body(owner[0])
        if kind not in {"leaderOf", "memberOf"} or body is None or self.table.get(body.mention).type != "Country":
            return []
        return [(person, kind, body, group)]


# Words of address between a title and a name: "the Chairperson of Y, Mr Z", "Representative to Chile Dr. X".
HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "hon", "prof", "sir", "dame"} | COURTESY


def title_holder(token: Token, table) -> Token | None:
    """The person a title phrase names when the parser took a word of the title for the object:
    "met with Head of X Agency (XA) Y" hangs "Head" under "with", "received US Deputy Secretary Y" takes "US".

    Walks right over title words, the body's name and its acronym; the phrase must hold a title word."""
    doc = token.doc
    # "with Head of the X Organization (XO) Y" may also hang the body's name under "with", the title before it.
    titled = token.lower_ in TITLE_WORDS or any(t.lower_ in TITLE_WORDS for t in token.lefts)
    i = token.i + 1
    while i < min(len(doc), token.i + 16):
        word = doc[i]
        ent = table.entity_at(word)
        if ent is not None and ent.label_ == "PERSON":
            return ent.root if titled and ent.start == i else None
        titled = titled or word.lower_ in TITLE_WORDS
        # "Representative to Mongolia Dr. Y": the post's place and the name's honorific belong to the phrase.
        if not (word.lower_ in TITLE_WORDS or word.lower_ in {"of", "and", "(", ")", "the", "to"}
                or word.lower_.strip(".") in HONORIFIC_WORDS
                or ent is not None and ent.label_ in {"ORG", "GPE", "NORP"}):
            return None
        i += 1
    return None
