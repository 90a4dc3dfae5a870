"""Roles read where the parse scatters the title and the names: "X's lawyer, Y", "named Y as Kuwait's prime
minister", "served as president of Z", "heads of state including Uganda's Y and Burundi's Z", and the names
written after "his Iranian and Russian counterparts,".

Mixed into RoleRules, whose body and fit tests they share.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .arguments import Arg
from .titled import HONORIFIC_WORDS, MODALS, TITLE_WORDS, singular, title_kind

# Who works for one person rather than for a body: "Ramaphosa's lawyer", "the president's top adviser".
STAFF_TITLES = {"lawyer", "attorney", "advocate", "adviser", "advisor", "aide", "counsel", "bodyguard"}
# Who speaks for one person: "Putin's spokesman".
SPOKES_TITLES = {"spokesman", "spokeswoman", "spokesperson"}
# Words between a possessor and the staff title: "X's top legal adviser".
STAFF_MODIFIERS = {"top", "senior", "chief", "personal", "legal", "political", "economic", "security", "special",
                   "longtime", "long-time", "defence", "defense", "former", "principal"}
# Verbs that put a person in an office: "named X as prime minister", "X served as president of Y".
HOLDING_VERBS = {"name", "appoint", "elect", "reelect", "re-elect", "swear", "install", "serve", "spend", "remain",
                 "confirm", "reappoint", "choose", "select"}
# "X resigned as chairman of Y": an office left was held, still a fact of the text.
HOLDING_VERBS |= {"resign", "retire", "quit"}
# "X took over as", "X stepped down as", "X took office as": a verb with its particle or object.
PHRASAL_HOLDING = {("take", "over"), ("step", "down"), ("stand", "down"), ("take", "office")}
# "X succeeded Y as chairman": the subject takes the office from the person the verb names.
SUCCEEDING = {"succeed", "replace"}
# Offices held abroad: "Kenya's Ambassador to China X" serves Kenya, not China.
POSTED_TITLES = {"ambassador", "envoy", "representative", "consul", "delegate", "emissary", "commissioner"}
# Words after which a list of titled names follows: "heads of state ... included Rwanda's X".
LIST_OPENERS = {"including", "like", "include", "included", "includes"}


class ListedTitles:
    def employer(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """ "X's lawyer, Y", "Y, X's lawyer," and "X's adviser Y": Y works for the person X."""
        root = ent.root
        titles = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            titles.append(root.head)
        i = ent.start - 1
        while i >= 0 and ent.doc[i].lower_ in STAFF_MODIFIERS:
            i -= 1
        if i >= 0 and ent.doc[i].lemma_.lower() in STAFF_TITLES | SPOKES_TITLES:
            titles.append(ent.doc[i])
        if i >= 2 and [t.lower_ for t in ent.doc[i - 2: i + 1]] == ["chief", "of", "staff"]:
            titles.append(ent.doc[i - 2])  # "Ruto's chief of staff X"
        out = []
        for title in titles:
            # "X, chief of staff to President Y", "Y's chief of staff": a person's staff, not a body's head.
            staff = [p for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.lower_ == "staff"] if title.lower_ == "chief" else []
            # "Putin's spokesman X", "X, spokesperson for President Y": a person's spokesperson speaks for him.
            kind = "worksFor" if title.lemma_.lower() in STAFF_TITLES or staff else \
                "spokespersonFor" if title.lower_ in SPOKES_TITLES else None
            boss = self._possessor_person(title) if kind else None
            # "Director X, Adviser to the President Y,": in a list written title first, or where the title runs
            # into the next name, it is that name's.
            titled_first = bool(self._run_before(ent.doc, self._name_start(ent)))
            if kind and boss is None and not (title.i > ent.end and (titled_first or self._next_persons(ent, title))):
                boss = self._person_after(title) or (self._staff_boss(staff[0]) if staff else None)
            if boss is not None and boss.mention != person.mention:
                out.append((person, kind, boss, title))
        return out[:1]

    def held_as(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """ "named X as Kuwait's new prime minister", "X spent 13 years as president of Y"."""
        root = ent.root
        verbs = [(root.head, root.dep_)] if root.dep_ in {"dobj", "oprd", "nsubj", "nsubjpass"} else []
        # "X, who served as consul general": the relative clause's subject is the name.
        verbs += [(c, s.dep_) for c in root.children if c.dep_ == "relcl" for s in c.children
                  if s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ == "who"]
        out = []
        for verb, dep in verbs:
            # "X took over as chairman": the office taken, as "served as" holds it.
            lemma = verb.lemma_.lower()
            taken = any((lemma, c.lower_) in PHRASAL_HOLDING for c in verb.children
                        if c.dep_ in {"prt", "advmod", "dobj"})
            succeeding = lemma in SUCCEEDING
            if lemma not in HOLDING_VERBS and not taken and not succeeding \
                    or verb.dep_ in {"xcomp", "advcl"} and verb.tag_ == "VB":
                continue  # "wants to name X as" is no appointment yet
            if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
                continue
            # "named X as minister" gives the office to the object; "X served as" to the subject; "X succeeded Y
            # as" to the subject only ("Y was succeeded by X as" names Y's office no more).
            if dep == "nsubj" and not succeeding and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                                                         for c in verb.children) or succeeding and dep != "nsubj":
                continue
            titles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                      if p.dep_ == "pobj"]
            # "X was appointed chairman of Y": the passive's subject takes the office written with no "as".
            if dep == "nsubjpass":
                titles += [c for c in verb.children if c.dep_ in {"oprd", "attr"}]
            for title in (t for t in titles if singular(t.text) in TITLE_WORDS):
                out += self._noun_title(person, title)
        return out

    def listed_surface(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """ "Heads of State ... including Uganda's X and Burundi's Y", read on the words when the parse
        does not hang the names under "including": the plural title heading the sentence passes to each name,
        towards the country written as its possessor."""
        doc = ent.doc
        owner = self._possessor_before(ent.start)
        if owner is None:
            return []
        # Back over the earlier "C's NAME" items of the list to the word that opens it.
        i = self.table.entity_at(doc[ent.start - 2]).start - 1
        while i >= ent.sent.start and doc[i].lower_ not in LIST_OPENERS:
            if not (doc[i].lower_ in {",", "and"} or doc[i].lower_ in {"'s", "’s"}
                    or (e := self.table.entity_at(doc[i])) is not None and e.label_ in {"PERSON", "GPE"}):
                return []
            i -= 1
        if i < ent.sent.start:
            return []
        heads = [t for t in doc[ent.sent.start: i] if t.tag_ in {"NNS", "NNPS"} and singular(t.text) in TITLE_WORDS
                 and (t.dep_ == "ROOT" or t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT")]
        kind = title_kind([singular(heads[0].text)]) if heads else None
        body = self._body(owner)
        if kind not in {"leaderOf", "memberOf"} or body is None or self.table.get(body.mention).type != "Country":
            return []
        return [(person, kind, body, heads[0])]

    def posted_to(self, person: Arg, ent: Span) -> list[tuple[Arg, str, Arg, Token]]:
        """ "Palestinian Ambassador to Jordan X", "the WHO's Representative to Mongolia Dr. Y": the envoy is a
        member of the body written before the title, never of the country he is posted to."""
        doc = ent.doc
        i = ent.start
        while i > 0 and doc[i - 1].lower_.strip(".") in HONORIFIC_WORDS:
            i -= 1
        post = self.table.entity_at(doc[i - 1]) if i > 0 else None
        if post is None or post.label_ != "GPE" or post.end != i or post.start < 2:
            return []
        if doc[post.start - 1].lower_ == "in":
            return self._posted_in(person, doc, post)
        if doc[post.start - 1].lower_ != "to":
            return []
        title = doc[post.start - 2]
        if singular(title.text) not in POSTED_TITLES:
            return []
        run = self._run_before(doc, title.i + 1)
        kind = title_kind([t.text for t in run])
        bodies = self._bodies_before(doc, ent.sent.start, run[0].i) if kind else []
        destination = {a.mention for a in self.args.resolve(post.root, concepts=False)}
        return [(person, kind, body, title) for body, _ in bodies
                if body.mention not in destination and self._fits(kind, title, body)]

    def _posted_in(self, person: Arg, doc, post) -> list[tuple[Arg, str, Arg, Token]]:
        # "the Ambassador of Chile in Lima X": the country after "of" sends the envoy; the place after "in" is
        # where he is posted.
        sender = self.table.entity_at(doc[post.start - 2]) if post.start >= 4 else None
        if sender is None or sender.label_ != "GPE" or sender.end != post.start - 1:
            return []
        k = sender.start - 1
        k -= doc[k].lower_ == "the"
        if k < 1 or doc[k].lower_ != "of" or singular(doc[k - 1].text) not in POSTED_TITLES:
            return []
        body = self._body(sender.root)
        if body is None or self.table.get(body.mention).type != "Country":
            return []
        return [(person, "memberOf", body, doc[k - 1])]

    def counterpart_names(self, noun: Token) -> list[Token]:
        """The names written right after "counterparts," when the parse does not hang them under it."""
        doc = noun.doc
        i = noun.i + 1 + (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ",")
        names = []
        while i < len(doc):
            ent = self.table.entity_at(doc[i])
            if ent is None or ent.label_ != "PERSON" or ent.start != i:
                break
            names.append(ent.root)
            i = ent.end
            if i < len(doc) and doc[i].lower_ in {",", "and"}:
                i += 1 + (i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and")
                continue
            break
        return names

    # ------------------------------------------------------------------ helpers

    def _comma_title(self, ent: Span, title: Token) -> bool:
        # "X, acting chairman and floor leader of Y": the parser may read the title as a conjunct of the name,
        # and so a list's next title too ("the Minister, Mrs X, the Chairperson of Y, Mr Z").
        doc = ent.doc
        return (title.dep_ == "conj" and title.tag_ in {"NN", "NNP"} and ent.end < len(doc)
                and doc[ent.end].text == "," and title.left_edge.i == ent.end + 1 and not self._names_next(title))

    def _next_persons(self, ent: Span, title: Token) -> bool:
        """Whether a title after this name belongs to the next one: it runs into another name ("X, Director of
        the Y Z"), or, in a list written title first ("the Minister, Mrs X, the Chairperson of Y, Mr Z"), a comma
        and a name follow it."""
        if self._before_next_name(title):
            return True
        if title.dep_ == "conj":
            return self._names_next(title)
        doc = ent.doc
        i = ent.start - 1
        while i >= 0 and doc[i].lower_.strip(".") in HONORIFIC_WORDS:
            i -= 1
        titled_first = i >= 1 and doc[i].text == "," and any(
            t.lower_ in TITLE_WORDS for t in doc[max(ent.sent.start, i - 6): i])
        return titled_first and self._names_next(title)

    def _names_next(self, title: Token) -> bool:
        # ", [Mr] Name" right after the title's phrase.
        doc = title.doc
        j = title.right_edge.i + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        while j < len(doc) and self.table.entity_at(doc[j]) is None and (
                doc[j].lower_.strip(".") in HONORIFIC_WORDS
                or len(doc[j].text) == 2 and doc[j].text[1] == "." and doc[j].text[0].isupper()):
            j += 1
        ent = self.table.entity_at(doc[j]) if j < len(doc) else None
        return ent is not None and ent.label_ == "PERSON" and ent.start == j

    def _before_next_name(self, title: Token) -> bool:
        # The title's words run on, over its body's name, into another person's name.
        doc = title.doc
        i = title.i + 1
        while i < min(len(doc), title.i + 16):
            ent = self.table.entity_at(doc[i])
            if ent is not None and ent.label_ == "PERSON":
                return ent.start == i
            if not (doc[i].lower_ in TITLE_WORDS | {"of", "(", ")", "the"}
                    or ent is not None and ent.label_ in {"ORG", "GPE", "NORP"}):
                return False
            i += 1
        return False

    def _possessor_person(self, title: Token) -> Arg | None:
        # The possessor of the title or of the title's phrase: "Martinelli's lawyer", "Biden's top adviser".
        i = title.i - 1
        while i >= 0 and title.doc[i].lower_ in STAFF_MODIFIERS:
            i -= 1
        if i < 1 or title.doc[i].lower_ not in {"'s", "’s", "'"}:
            return None
        ent = self.table.entity_at(title.doc[i - 1])
        if ent is None or ent.label_ != "PERSON" or ent.end != i:
            return None
        args = self.args.resolve(ent.root, concepts=False)
        return args[0] if args else None

    def _person_after(self, title: Token) -> Arg | None:
        # "an adviser to Ramaphosa", "spokesperson for President Cyril Ramaphosa": a person after "to" or "for".
        pobjs = [p for c in title.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}
                 for p in c.children if p.dep_ == "pobj"]
        ent = self.table.entity_at(pobjs[0]) if len(pobjs) == 1 else None
        if ent is None or ent.label_ != "PERSON" or pobjs[0].i not in range(ent.start, ent.end):
            return None
        args = self.args.resolve(ent.root, concepts=False)
        return args[0] if args else None

    def _staff_boss(self, staff: Token) -> Arg | None:
        # "chief of staff to President X": read on the words, the parser hangs the "to" anywhere.
        doc, i = staff.doc, staff.i + 1
        if i >= len(doc) or doc[i].lower_ not in {"to", "for"}:
            return self._person_after(staff)
        i += 1
        while i < len(doc) and (doc[i].lower_ in {"the", "then", "former", "elect"} | TITLE_WORDS | HONORIFIC_WORDS
                                or doc[i].text == "-"):
            i += 1
        ent = self.table.entity_at(doc[i]) if i < len(doc) else None
        if ent is None or ent.label_ != "PERSON" or ent.start != i:
            return None
        args = self.args.resolve(ent.root, concepts=False)
        return args[0] if args else None

    def _possessor_before(self, start: int) -> Token | None:
        # "Uganda's X": the country written as the name's possessor, right before it.
        doc = self.table.doc
        if start < 2 or doc[start - 1].lower_ not in {"'s", "’s"}:
            return None
        ent = self.table.entity_at(doc[start - 2])
        return doc[start - 2] if ent is not None and ent.label_ == "GPE" and ent.end == start - 1 else None

