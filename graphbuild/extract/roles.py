"""Roles from titles: "Qatari Prime Minister X", "Turkey's Foreign Minister Y", "ANC Secretary General Z",
"King X of Jordan", "X, Nigeria's finance minister", "the spokesperson for the ministry, Y", and a definite
description ("the Kenyan foreign minister") bound to the person it names.

A title gives leaderOf (heads of state, government or a body), spokespersonFor, or memberOf (any other office)
towards the country or body written beside it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..resolve.names import COURTESY
from . import clauses, lexicon
from .affiliation import Affiliations
from .arguments import Arg, ArgumentResolver
from .bodies import TitleBodies
from .leaders import known_elsewhere, known_leader
from .listed import ListedTitles
from .shared import SharedTitles, name_between, named_between
from .national import national_role
from .titlewords import (BODY_WORDS, COURT_TITLES, DESCRIPTION_TITLES, FULL_RANKS, GROUP_TITLES,
                         INSIDE_TITLES, PLACE_TITLES, PLEADED_AT, PLEADERS, RANKS)
from .titled import CHAMBER_NOUNS, PORTFOLIO_TITLES, TITLE_WORDS, SurfaceTitles, singular, title_kind

RELIGIONS = {"hindu", "muslim", "christian", "buddhist", "jewish", "sikh", "catholic", "islamic", "shia", "sunni",
             "evangelical", "orthodox", "protestant", "hindus", "muslims", "christians", "jews", "sikhs"}
# Titles a definite description binds to a person: "the Kenyan foreign minister", "the Irish prime minister".
# Words of courtesy between a title and a name, which hold no office themselves.
HONORIFICS_ONLY = {"sheikh", "sheikha", "shaikh", "sheik", "dr", "h.e", "mr", "mrs", "ms", "sir", "dame", "hrh"} | COURTESY
class RoleRules(SurfaceTitles, ListedTitles, SharedTitles, TitleBodies, Affiliations):
    def __init__(self, resolver: ArgumentResolver, published: str | None = None, dateline: str | None = None):
        self.args = resolver
        self.table = resolver.table
        self.published = published  # the article's ISO date: whose term a known leader's title falls in
        self.dateline = dateline  # the dateline's place, as ingest read it

    # ------------------------------------------------------------------ titles written with the name

    def person(self, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """(person, property, body, anchor) for each role a title beside the name gives."""
        holder = self.args.resolve(ent.root, concepts=False)
        if not holder or self.table.get(holder[0].mention).type != "Person":
            return []
        person = holder[0]
        out = []
        doc = ent.doc
        # "Qatari Prime Minister X": the run of title words right before the name, past honorifics
        # ("Qatar's Emir Sheikh Tamim", "Minister Dr. X").
        start = self._name_start(ent)
        while start > 0 and (doc[start - 1].lower_.strip(".") in HONORIFICS_ONLY | FULL_RANKS
                             or self._rank(doc, start - 1)):
            start -= 1
        # "Otzma Yehudit chairman MK X": the seat written after the office is the holder's style, not the office.
        if start > 1 and doc[start - 1].lower_ in {"mk", "mp"} and singular(doc[start - 2].text) in lexicon.LEADER_TITLES:
            start -= 1
        run = self._run_before(doc, start)
        # "Head of the Secretariat of The Emir Tomas Verel": a title word inside a body's name is no title.
        if any(self.table.entity_at(t) is not None and self.table.entity_at(t).label_ == "ORG"
               and t.lower_ not in CHAMBER_NOUNS for t in run):
            run = []
        # "HKU professors Ann Lee and Bo Chan": the parser may hang the name under a plural title.
        plural = run and ent.root.head.i == run[-1].i and singular(run[-1].text) != run[-1].lower_
        # "Taipei Mayor Ko Wen-je said": a hyphened name may split the parse, title and name both the verb's.
        split = run and run[-1].i == start - 1 and run[-1].head.i == ent.root.head.i != ent.root.i
        if run and (run[-1].head.i in set(range(start, ent.end)) | {t.i for t in run} or plural or split):
            kind = title_kind([singular(t.text) for t in run])
            head = [t for t in run if singular(t.text) in TITLE_WORDS][-1]
            if kind:
                lefts = [t for t in ent.root.lefts if t.i < run[0].i and t.dep_ in {"compound", "amod", "poss", "nmod"}]
                lefts += [t for r in run for t in r.lefts if t.i < run[0].i and t.dep_ in {"compound", "amod", "poss", "nmod"}]
                left = min((t.left_edge.i for t in lefts), default=run[0].i)
                bodies = self._bodies_before(doc, left, run[0].i)
                # "King Abdullah of Jordan", "President Ruto of Kenya".
                if not bodies:
                    bodies = self._of_bodies(ent.root, ("of",))
                # "Professor X at Leeds University", "Judge X in the District Court": staff and judges of the body
                # written after the name; not a minister "at" a forum, nor an ambassador "at" the body he is sent to.
                if not bodies and (kind == "worksFor" or head.lower_ in COURT_TITLES):
                    bodies = [b for b in self._of_bodies(ent.root, ("at", "in", "from", "with"))
                              if self.table.get(b[0].mention).type == "Organization"
                              and (kind == "worksFor" or "court" in self.table.get(b[0].mention).name.lower())]
                if not bodies:
                    bodies = self._party_before(doc, run[0].i) or self._org_just_before(doc, run[0].i) \
                             or self.sentence_party(doc, run[0].i)
                held = [(person, self._demote(kind, b), b[0], head) for b in bodies if self._fits(kind, head, b[0])]
                out += held or [(person, "memberOf", b, anchor) for b, anchor in self.posted_chain(doc, run[0].i)]
        # "Head of Kenya's Small Business Agency (SBA) X": the title and its body run before the name.
        if not run:
            out += self._of_body_before(person, ent) + self.posted_to(person, ent)
            out += self.office_holder(person, doc, start)
        # "X, Nigeria's finance minister," and "X, president of the Y Association,".
        titles = [c for c in ent.root.children
                  if c.lower_ in TITLE_WORDS and (c.dep_ == "appos" or self._comma_title(ent, c))]
        # "X, lead author of the report and a professor at Y,": a title joined to the apposition holds too.
        # A title apposition shares its of-phrase with its conjuncts, but one with a phrase of its own holds its
        # own office ("X, ex-finance minister and a senior member of the Y Party,").
        titles += [t for c in ent.root.children if c.dep_ == "appos"
                   for t in c.conjuncts if t.lower_ in TITLE_WORDS and t.tag_ == "NN" and t.i > c.i
                   and (c.lower_ not in TITLE_WORDS or any(k.dep_ == "prep" for k in t.children))]
        # "X, the Executive Secretary of Rwanda Climate Network (RCN),": the parser may make the body's name the
        # apposition and hang the title inside it.
        titles += [t for c in ent.root.children if c.dep_ == "appos" and self.table.entity_at(c) is not None
                   and self.table.entity_at(c).label_ == "ORG" for t in c.lefts
                   if t.lower_ in TITLE_WORDS and t.dep_ in {"nmod", "compound"} and t.i < self.table.entity_at(c).start
                   and any(p.dep_ == "prep" and p.lower_ == "of" for p in t.children)]
        for title in titles:
            # "X, Director of the Y Z": the title is written before the next name, not after this one or past another.
            if not self._next_persons(ent, title) and not name_between(self.table, ent.end, title.i):
                out += self._noun_title(person, title)
        # "heads of state, including Ghana's X and Togo's Y": a plural title passes to each listed member,
        # towards the country written as its possessor.
        if not out:
            out += self._listed(person, ent) or self.listed_surface(person, ent)
        out += self.copular(person, ent) + self.held_as(person, ent) + self.employer(person, ent)
        # "Liberal MPs A, B and C": the later names of a list share the plural title of the first.
        if not out:
            out += self._shared_plural(person, ent) or self.listed_title(person, ent) \
                   or self.from_body(person, ent) or self.bracketed_body(person, ent)
        # "President Bolsonaro", "King Abdullah": a head whose country a reader knows, before any guess from
        # the one country an article names.
        if not out:
            out += known_leader(self, person, ent, self._name_start(ent))
        # "Prime Minister X" in an article about one country: that country's office, unless the table knows X
        # as another country's head.
        if not out:
            out += [r for r in national_role(self, person, ent, self._name_start(ent))
                    if r[1] != "leaderOf" or not known_elsewhere(self, person, ent, r[2])]
        # "the spokesperson for the ministry, X": the name stands in apposition to the title,
        # or to the title's object when the parse hangs it there, with no other name between ("the head of X, A; B").
        # A conjunct with no "and" before it is such an apposition misread ("the head of the League, X, and ...").
        misread = clauses.misread_apposition(ent.root)
        if (ent.root.dep_ == "appos" or misread) and not name_between(self.table, ent.root.head.i + 1, ent.start):
            head = ent.root.head
            if head.lower_ in TITLE_WORDS and not misread:
                out += self._noun_title(person, head)
            elif head.dep_ == "pobj" and head.head.lower_ in {"of", "for"} and head.head.head.lower_ in TITLE_WORDS:
                out += self._noun_title(person, head.head.head)
        return out or self.title_before_comma(person, ent)

    def description(self, noun: Token) -> list[tuple[Arg, str, Arg, Token]]:
        # "the Kenyan foreign minister said": the person the description names holds the office.
        if noun.lower_ not in DESCRIPTION_TITLES or noun.pos_ != "NOUN" or noun.dep_ in {"appos", "poss", "compound"}:
            return []
        if any(c.dep_ == "appos" for c in noun.children) or not self.args._is_definite(noun):
            return []
        if self.table.entity_at(noun) is not None or noun.head.ent_type_ == "PERSON":
            return []
        person = self.args.description_strict(noun)
        if person is None:
            return []
        return self._noun_title(person, noun)

    # ------------------------------------------------------------------ helpers

    def _noun_title(self, person: Arg, title: Token) -> list[tuple[Arg, str, Arg, Token]]:
        # "the Inspector General of Police" names an office as an organisation, not a title of this person.
        if self.table.entity_at(title) is not None:
            return []
        # "a deputy general manager": the parser may hang the rank as nmod.
        run = [t for t in title.lefts if t.dep_ in {"compound", "amod", "nmod"} and t.lower_ in TITLE_WORDS] + [title]
        # "X specialist advisory panel convener": a title word cut off by words other than a portfolio's is no part.
        ranks, k = {t.i for t in run}, title.i - 1
        while k >= 0 and (k in ranks or title.doc[k].lower_.strip(".") in INSIDE_TITLES or _glued_hyphen(title.doc, k)):
            k -= 1
        run = [t for t in run if t.i > k]
        # "secretary-general" split at its hyphen: the word after it belongs to the title.
        hyphened = title.doc[title.i + 1: title.i + 2].text == "-"
        end = title.i + 3 if hyphened else title.i + 1
        # "vice-president" split at its hyphen, the parts parsed as appositions: the word before belongs too.
        start = run[0].i
        while start >= 2 and title.doc[start - 1].text == "-" and title.doc[start - 2].lower_ in TITLE_WORDS:
            start -= 2
        # "A and B, both Unity Party lawmakers": a plural title is read as its singular.
        words = [singular(t.text) for t in title.doc[start: end]]
        kind = title_kind([w for w in words if w == "-" or w in TITLE_WORDS])
        if kind is None:
            return []
        left = title.left_edge.i
        bodies = self._bodies_before(title.doc, left, run[0].i)
        # "the Employers Organisation vice president for Africa, X": the title parsed as the body's apposition.
        body = self.table.entity_at(title.head) if title.dep_ == "appos" else None
        if not bodies and body is not None and body.label_ == "ORG" and body.end == title.left_edge.i:
            bodies = [(b, False) for b in [self._body(title.head)] if b is not None]
        # "deputy chairman and floor leader of the VLP": the of-phrase of a coordinated title serves both.
        # Not "the chairman of X, Y, and representatives of Z": a plural conjunct names other people.
        # "founder and chairman of X": an earlier conjunct holds the of-phrase of a title with none of its own.
        alone = not any(k.dep_ == "prep" for k in title.children)
        # A title with a phrase of its own takes none from an earlier one, nor one past another name in the list.
        shared = [c for c in title.conjuncts if c.tag_ in {"NN", "NNP"} and (c.lower_ in TITLE_WORDS and c.i > title.i
                                                                             or alone and c.i < title.i)
                  and not named_between(self.table, title, c)]
        # "the keynote speaker at the forum" speaks there; a chamber's speaker ("Speaker of the Assembly") leads it.
        preps = ("of", "for") if title.lower_ == "speaker" else ("of", "for", "at")
        of_bodies = [b for t in [title, *shared] for b in self._of_bodies(t, preps)]
        # A lawyer "at" a court or a police station pleads there, for a client (a lawyer "for" one works for it).
        if singular(title.lower_) in PLEADERS:
            pleaded = {b[0].mention for t in [title, *shared] for b in self._of_bodies(t, ("at",))
                       if self.table.get(b[0].mention).name.lower().rpartition(" ")[2] in PLEADED_AT}
            of_bodies = [b for b in of_bodies if b[0].mention not in pleaded]
        # "an official with the health commission", "an adviser in the European Parliament", "an analyst from
        # X University": staff of the body.
        if kind in {"memberOf", "worksFor"}:
            of_bodies += [b for t in [title, *shared] for b in self._of_bodies(t, ("with", "in", "from"))
                          if self.table.get(b[0].mention).type == "Organization"]
            # "a member of the Unity Party in the National Assembly": the parser hangs the chamber on the party.
            of_bodies += [b for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                          if o.dep_ == "pobj" for b in self._of_bodies(o, ("in",))
                          if self.table.get(b[0].mention).type == "Organization"]
        of_bodies += self.phrase_bodies(title, kind, bool(bodies or of_bodies))
        # A head's of-phrase names the body it heads ("Executive Secretary of the Network"), not a portfolio.
        if title.lower_ in PORTFOLIO_TITLES and not hyphened and kind != "leaderOf":
            of_bodies = [b for b in of_bodies if self._portfolio_body(b[0])]
        # "X, the Executive Director African Technology Foundation,": the body's name right after the title.
        named = [a for a in title.children if a.dep_ == "appos" and a.left_edge.i == title.i + 1
                 and (e := self.table.entity_at(a)) is not None and e.label_ == "ORG"]
        bodies += of_bodies + [(b, False) for b in map(self._body, named[:1]) if b is not None]
        return [(person, self._demote(kind, b), b[0], title) for b in bodies if self._fits(kind, title, b[0])]

    def _portfolio_body(self, body: Arg) -> bool:
        # "Minister of ICT" names a portfolio; only a country or a ministry is the body.
        mention = self.table.get(body.mention)
        # "Secretary of the Anti-Corruption Commission": a body's own name is no portfolio.
        return mention.type == "Country" or any(w in mention.name.lower().split()
                                                for w in ("ministry", "department", "government") + BODY_WORDS)

    @staticmethod
    def _rank(doc, i: int) -> bool:
        # "Maj. Gen.", with the stop written in the word or split off after it.
        word = doc[i]
        if word.text == ".":
            return i > 0 and doc[i - 1].lower_ in RANKS
        return word.lower_.strip(".") in RANKS and (word.text.endswith(".") or doc[i + 1].text == ".")

    @staticmethod
    def _name_start(ent: Span) -> int:
        # The recogniser sometimes takes the title into the name ("Conservative MPs Tom Hale" as one person).
        start = ent.start
        while start < ent.end - 1 and (singular(ent.doc[start].text) in TITLE_WORDS
                                       or ent.doc[start].lower_ in lexicon.PARTY_ADJECTIVES):
            start += 1
        return start

    @staticmethod
    def _run_before(doc, end: int) -> list[Token]:
        # "US Secretary of State X", "Deputy Prime Minister and Foreign Minister X": a title may hold
        # "of", "and" and portfolio words, but starts with a title word.
        i = end - 1
        inner = {"-", "–", "of", "and"}
        # "Member of Parliament X": the chamber closes the title, as it does in "MP".
        chamber = end >= 3 and doc[end - 1].lower_ in CHAMBER_NOUNS and [t.lower_ for t in doc[end - 3: end - 1]] == [
            "member", "of"]
        i -= 2 * chamber
        while i >= 0 and (singular(doc[i].text) in TITLE_WORDS or doc[i].lower_ in lexicon.DEPARTMENTS
                          or i < end - 1 and doc[i].lower_ in inner):
            i -= 1
        run = list(doc[i + 1: end])
        while run and singular(run[0].text) not in TITLE_WORDS:
            run = run[1:]
        return run

    def _fits(self, kind: str, title: Token, body: Arg) -> bool:
        # A nationality that names no country ("Congolese President") is a group only a party title belongs to.
        kind_of_body = self.table.get(body.mention).type
        # "co-founder of X", "one of its founders": one of several founders heads nothing alone.
        if title.lower_ in {"founder", "founders"} and (title.tag_ == "NNS" or title.lower_ == "founders" or title.i >= 2
                                                       and title.nbor(-1).text == "-" and title.nbor(-2).lower_ == "co"):
            return False
        if kind == "worksFor":
            return kind_of_body == "Organization"  # staff work for a body, not for a country
        # "a Kenyan activist" campaigns in Kenya and holds no post of its state.
        if singular(title.text) in lexicon.BODY_ONLY_TITLES:
            return kind_of_body == "Organization"
        if kind_of_body == "Place":
            # "Jammu and Kashmir chief minister": the recogniser cut the name at "and"; its last part is no body.
            doc, first = self.table.doc, self.table.doc.char_span(*body.span, alignment_mode="expand")
            if first is not None and first.start > 1 and doc[first.start - 1].lower_ in {"and", "&"} \
                    and doc[first.start - 2].ent_type_ in {"GPE", "LOC"}:
                return False
            # "Sao Paulo governor", not "envoy for the Horn of Africa"; a police station is tagged a place, but its
            # officers serve it as a body ("OC of X Police Station").
            return singular(title.text) in PLACE_TITLES or self.table.get(body.mention).name.lower().endswith(
                "police station")
        if kind_of_body != "Group":
            return True
        # "Hindu leader X" leads no body the graph can hold.
        return singular(title.text) in GROUP_TITLES and self.table.get(body.mention).name.lower() not in RELIGIONS

    @staticmethod
    def _demote(kind: str, body: tuple[Arg, bool]) -> str:
        # "the Kenyan army chief" heads the army, and is only a member of Kenya's state.
        return "memberOf" if kind == "leaderOf" and body[1] else kind


def _glued_hyphen(doc, k: int) -> bool:
    # "Director-General" parsed with "General" as the head: the hyphen joins one title, it cuts nothing off.
    return doc[k].text in {"-", "–"} and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_
