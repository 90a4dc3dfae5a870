"""From a token in a relation's slot to the mention it stands for: entities, coreference, metonymy."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..resolve import gazetteer, kinds
from . import lexicon, lists, plural, they
from .clauses import misread_apposition
from .gatheringwords import GATHERING_NOUNS, named_gathering
from .mentions import MentionTable, clean_name
from .references import References

RELATIVE = {"who", "whom", "whose", "which", "that"}
# A person named by a peer in another country: "her counterpart from Ghana, X".
PEERS = {"counterpart"}
TITLE_NOUNS = lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES | PEERS


@dataclass(frozen=True)
class Arg:
    mention: int
    span: tuple[int, int]  # the characters in the sentence that stand for it
    via: str = "name"  # name | coref | metonymy | apposition | government | concept


def token_span(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token)


def conjuncts(token: Token) -> list[Token]:
    """The token and those coordinated with it ("Russia and China")."""
    out = [token, *token.conjuncts] if token.dep_ != "conj" else [token]
    # "hosted Egyptian President X and Jordan's King Y": the parser reads "X and Jordan" as Y's possessor.
    if token.ent_type_ == "PERSON":
        out += [c for c in token.children if c.dep_ == "poss" and c.ent_type_ == "PERSON" and any(
            k.dep_ == "conj" and k.ent_type_ == "GPE" and any(x.dep_ == "case" for x in k.children)
            for k in c.children)]
    return out


class ArgumentResolver:
    def __init__(self, table: MentionTable):
        self.table = table
        self.doc = table.doc
        self.references = References(self)
        # The rules of one document ask for the same slots again and again (a verb's subject, once per
        # family of verb rules); what a token names depends on the document alone.
        self._resolved: dict[tuple[int, bool, bool], tuple[Arg, ...]] = {}
        self.plurals_open: set[int] = set()  # the plural pronouns being read (they.py)

    def resolve(self, token: Token, *, agent: bool = False, concepts: bool = True) -> list[Arg]:
        """Every mention a slot filled by ``token`` names, coordinated ones included.

        ``agent`` is set for the subject of a political relation: a capital then stands for its
        country's government ("Moscow has been one of Maduro's biggest backers")."""
        key = (token.i, agent, concepts)
        if key not in self._resolved:
            self._resolved[key] = tuple(self._resolve(token, agent=agent, concepts=concepts))
        return list(self._resolved[key])

    def _resolve(self, token: Token, *, agent: bool, concepts: bool) -> list[Arg]:
        out: list[Arg] = []
        for tok in conjuncts(token):
            arg = self._one(tok, agent=agent, concepts=concepts)
            if arg is not None and all(a.mention != arg.mention for a in out):
                out.append(arg)
            # "X met Y, and the two ministers signed": the plural stands for the pair named before.
            if arg is None:
                out += [p for p in plural.pair(self, tok) if all(a.mention != p.mention for a in out)]
                # "Kenya and Uganda signed a deal. They also agreed ...": each name coordinated before.
                out += [p for p in they.members(self, tok, agent=agent) if all(a.mention != p.mention for a in out)]
            # "its rivals, such as Israel", "his counterparts, Raisi and Putin": a noun stands for the names it lists.
            if arg is None or arg.via == "concept":
                out += [e for e in lists.examples(self, tok, agent=agent) if all(a.mention != e.mention for a in out)]
            # "Prime Minister A, Foreign Minister B and Director C attended": a list the parser split apart.
            if arg is not None and tok is token and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
                out += [e for e in lists.titled_list(self, tok, agent=agent) if all(a.mention != e.mention for a in out)]
            # "his counterparts, Ebrahim Raisi and Vladimir Putin": every name of the apposition.
            if arg is not None and arg.via == "apposition":
                for appos in (c for c in tok.children if c.dep_ == "appos"):
                    for more in appos.conjuncts:
                        ent = self.table.entity_at(more)
                        if ent is not None and ent.label_ == "PERSON":
                            extra = self._entity(ent, agent=agent)
                            if all(a.mention != extra.mention for a in out):
                                out.append(Arg(extra.mention, extra.span, "apposition"))
        return out

    def _one(self, token: Token, *, agent: bool, concepts: bool) -> Arg | None:
        ent = self.table.entity_at(token)
        if ent is not None:
            return self._entity(ent, agent=agent)
        lower = token.lower_
        # "Yemen's Houthi movement", "the Wagner group": an armed group's name read without its head noun.
        if lower in kinds.ARMED_HEADS | {"group"} and token.tag_ == "NN":
            named = [self.table.entity_at(c) for c in token.children if c.dep_ == "compound"]
            if len(named) == 1 and named[0] is not None and named[0].label_ == "ORG" and named[0].end == token.i:
                whole = Span(self.doc, named[0].start, token.i + 1, label="ORG")
                return Arg(self.table.add_entity(whole), (whole.start_char, whole.end_char))
        # Pronouns and definite descriptions ("the emir", "the group"): see references.py.
        handled, ref = self.references.resolve(token)
        # "they", "we", "you": too often a group no entity names.
        if ref is not None or token.tag_ in {"PRP", "PRP$"}:
            return ref
        if lower in RELATIVE and token.tag_ in {"WP", "WDT", "WP$"}:
            return self._relative(token, agent=agent, concepts=concepts)
        # "paid a visit to the headquarters of the Arab League": a body's seat stands for the body, and
        # "representatives of the GCC attended" or "a delegation of Kenya" acts for it.
        acting = token.lemma_.lower() in {"representative", "delegate"} and token.tag_ == "NNS" or lower == "delegation"
        if (lower in {"headquarters", "seat"} or acting) and token.pos_ == "NOUN":
            # "Kenya's delegation" acts for Kenya as "a delegation of Kenya" does.
            owner = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"] + [c for c in token.children if c.dep_ == "poss"]
            owner = [p for p in owner if (e := self.table.entity_at(p)) is not None and e.label_ in {"ORG", "GPE"}]
            if len(owner) == 1:
                arg = self._entity(self.table.entity_at(owner[0]), agent=agent)
                return Arg(arg.mention, token_span(token), "metonymy")
        # "one of Maduro's biggest backers": the slot is filled by what follows "of".
        if lower == "one":
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = [c for c in child.children if c.dep_ == "pobj"]
                    return self._one(pobj[0], agent=agent, concepts=concepts) if pobj else None
        # "his Russian counterpart, Vladimir Putin": the apposition names the thing. One with a subject of its own
        # ("his predecessors – most of them Chinese") is a clause the parser misread, naming nothing.
        for child in token.children:
            if child.dep_ == "appos" and self.table.entity_at(child) is not None \
                    and not any(g.dep_ == "nsubj" for g in child.children):
                arg = self._entity(self.table.entity_at(child), agent=agent)
                return Arg(arg.mention, arg.span, "apposition")
        # "a spokesman for the group, X, said": the parser hangs the name on the title's object, as an
        # apposition or, with no "and" before it, as a conjunct ("the head of the League, X, attended").
        # "his counterpart from Ghana, X", "the ambassador accredited in Ghana, X": a person is no apposition
        # of a place, so the name is the title's.
        if token.lemma_.lower() in TITLE_NOUNS and token.tag_ == "NN":
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}]
            preps += [c for v in [token, *(a for a in token.children if a.dep_ == "acl" and a.tag_ == "VBN")]
                      for c in v.children if c.dep_ == "prep" and c.lower_ in {"from", "in"}]
            named = [a for c in preps for p in c.children if p.dep_ == "pobj" for a in p.children
                     if (a.dep_ == "appos" or misread_apposition(a))
                     and (e := self.table.entity_at(a)) is not None and e.label_ == "PERSON"
                     and (c.lower_ in {"for", "of"} or p.ent_type_ in {"GPE", "LOC"})]
            if len(named) == 1:
                arg = self._entity(self.table.entity_at(named[0]), agent=agent)
                return Arg(arg.mention, arg.span, "apposition")
        if lower in lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES and self._is_definite(token):
            return self.description_strict(token)
        # "met with Head of Uganda's Trade Authority John Okello": a capitalised title whose phrase ends in a name.
        if lower in lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES and token.pos_ == "PROPN":
            people = {self.table.entity_at(t) for t in token.subtree if t.ent_type_ == "PERSON"} - {None}
            if len(people) == 1:
                arg = self._entity(people.pop(), agent=agent)
                return Arg(arg.mention, arg.span, "apposition")
        if token.lemma_.lower() in lexicon.GOVERNMENT_NOUNS or lower in lexicon.GOVERNMENT_NOUNS:
            owner = self.government_owner(token) or self.references.government(token)
            if owner is not None:
                return owner
        if concepts and token.pos_ == "NOUN" and (token.lemma_.lower() in lexicon.CONCEPTS
                                                  or token.lemma_.lower() in GATHERING_NOUNS or lower in GATHERING_NOUNS):
            # "the conference" after "the Global Conference on X": that event, known by the noun too.
            event = named_gathering(self.table, token)
            if event is not None:
                span = self.doc[token.i:token.i + 1]
                return Arg(self.table.add_words(span, clean_name(event), "Event"), token_span(token), "coref")
            return Arg(self.table.concept(token), token_span(token), "concept")
        return None

    def _entity(self, ent, *, agent: bool) -> Arg:
        span = (ent.start_char, ent.end_char)
        name = gazetteer.fold(ent.text)
        if ent.label_ == "NORP":
            iso = lexicon.demonym(ent.text)
            if iso:
                return Arg(self.table.country_for(ent, iso), span, "demonym")
            return Arg(self.table.add_entity(ent), span)
        # "the Government of Mongolia" read as one name acts for the country, as "Mongolia's government" does.
        words = ent.text.split()
        if (agent and ent.label_ == "ORG" and len(words) > 2 and words[1].lower() == "of"
                and words[0].lower() in lexicon.GOVERNMENT_NOUNS):
            iso = gazetteer.country_of(" ".join(words[2:]).removeprefix("the "))
            if iso is not None:
                return Arg(self.table.country_for(ent, iso), span, "government")
        iso = gazetteer.SEATS.get(ent.text) if agent else None
        if iso is None and agent and gazetteer.country_of(ent.text) is None:
            iso = gazetteer.capitals().get(name)
        if iso is not None:
            return Arg(self.table.country_for(ent, iso), span, "metonymy")
        return Arg(self.table.add_entity(ent), span)

    def government_owner(self, token: Token) -> Arg | None:
        """ "the Russian government", "Venezuela's government", "the U.S. government" act for the country;
        "the Maduro administration" acts for Maduro."""
        owners = [c for c in token.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
        owners += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        for child in owners:
            ent = self.table.entity_at(child)
            if ent is not None:
                arg = self._entity(ent, agent=True)
                # "west African states": a people that names no country has no government.
                if self.table.get(arg.mention).type == "Group":
                    continue
                return Arg(arg.mention, arg.span, "government")
        return None

    @staticmethod
    def _is_definite(token: Token) -> bool:
        """ "the Venezuelan president", "his Russian counterpart": not "a president", not "the president of X"."""
        definite = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "his", "her", "its", "their"}
                       for c in token.children)
        return definite and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)

    def description_strict(self, token: Token) -> Arg | None:
        """The person a definite description names, only when the text gave that person the title or no
        other person stands in this sentence and the two before it: a role must not land on a bystander."""
        people = self._people_before(token)
        titled = [m for m in people if m.role and token.lower_ in m.role.lower()]
        # The only person named nearby, unless the text gave that person another title ("Prime Minister
        # Omar Rifai ... the king praised").
        alone = people if len({m.name for m in people}) == 1 and not people[0].role else []
        chosen = titled[:1] or alone
        return Arg(chosen[0].id, token_span(token), "coref") if chosen else None

    def organisation_description(self, token: Token) -> Arg | None:
        """ "the party's": the latest organisation named with that word ("the Liberty Party"), this sentence
        or the two before it."""
        start = self._window_start(token)
        for i in range(token.i - 1, start - 1, -1):
            ent = self.table.entity_at(token.doc[i])
            if ent is not None and ent.label_ == "ORG" and ent.end - 1 == i and ent.root.lemma_.lower() == token.lemma_.lower():
                arg = self._entity(ent, agent=False)
                return Arg(arg.mention, token_span(token), "coref")
        return None

    @staticmethod
    def _window_start(token: Token) -> int:
        start = token.doc[max(0, token.sent.start - 1)].sent.start if token.sent.start else 0
        return token.doc[max(0, start - 1)].sent.start if start else 0

    def _people_before(self, token: Token) -> list:
        people = []
        for i in range(token.i - 1, self._window_start(token) - 1, -1):
            ent = self.table.entity_at(token.doc[i])
            if ent is not None and ent.label_ == "PERSON" and ent.end - 1 == i:
                people.append(self.table.get(self.table.add_entity(ent)))
        return people

    def _relative(self, token: Token, *, agent: bool, concepts: bool) -> Arg | None:
        clause = token.head
        while clause.dep_ not in {"relcl", "acl"} and clause.dep_ != "ROOT" and clause.pos_ != "NOUN":
            clause = clause.head
        antecedent = clause.head
        if token.lower_ == "which":
            # "which" does not name a person, and after "talks with Maduro" it names the talks:
            # a relative clause after a name in a prepositional phrase belongs to the noun before it.
            while self.table.entity_at(antecedent) is not None:
                prep = antecedent.head
                if antecedent.dep_ == "pobj" and prep.head.pos_ == "NOUN":
                    antecedent = prep.head
                elif self.table.entity_at(antecedent).label_ == "PERSON":
                    return None
                else:
                    break
        arg = self._one(antecedent, agent=agent, concepts=concepts)
        # "who" names people: a body or place the parse hung the clause on is a misreading
        # ("a researcher of the X Centre and professor Y, who now heads Z" is Y's clause).
        if arg and token.lower_ in {"who", "whom"} and self.table.get(arg.mention).type not in {"Person", "Group"}:
            return None
        return Arg(arg.mention, token_span(token), "coref") if arg else None
