"""From a token in a relation's slot to the mention it stands for: entities, coreference, metonymy."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..resolve import gazetteer
from . import lexicon, lists
from .clauses import title_preposition
from .mentions import MentionTable
from .references import References

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
RELATIVE = {"who", "whom", "whose", "which", "that"}
# What may stand before a sentence's first word inside a spaCy sentence: quotes, brackets, a dash.
OPENERS = {'"', "“", "‘", "'", "(", "[", "-", "–", "—", ":", ";"}


@dataclass(frozen=True)
class Arg:
    mention: int
    span: tuple[int, int]  # the characters in the sentence that stand for it
    via: str = "name"  # name | coref | metonymy | apposition | government | concept


def token_span(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token)


def conjuncts(token: Token) -> list[Token]:
    """The token and those coordinated with it ("Russia and China")."""
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]


def _is_subject(ent) -> bool:
    """Whether a name is its clause's subject ("Under Secretary Zeya of the United States met ...")."""
    root = ent.root
    # "The commander, Gen. X, met ...": a title's apposition; "the activist X" is only described.
    if root.dep_ == "appos" and root.head.lower_ in lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES:
        root = root.head
    return root.dep_ in {"nsubj", "nsubjpass"} or root.dep_ == "pobj" and title_preposition(root.head)


class ArgumentResolver:
    def __init__(self, table: MentionTable):
        self.table = table
        self.doc = table.doc
        self.references = References(self)

    def resolve(self, token: Token, *, agent: bool = False, concepts: bool = True) -> list[Arg]:
        """Every mention a slot filled by ``token`` names, coordinated ones included.

        ``agent`` is set for the subject of a political relation: a capital then stands for its
        country's government ("Moscow has been one of Maduro's biggest backers")."""
        out: list[Arg] = []
        for tok in conjuncts(token):
            arg = self._one(tok, agent=agent, concepts=concepts)
            if arg is not None and all(a.mention != arg.mention for a in out):
                out.append(arg)
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
        # Pronouns and definite descriptions ("the emir", "the group"): see references.py.
        handled, ref = self.references.resolve(token)
        if ref is not None or (handled and token.tag_ in {"PRP", "PRP$"}):
            return ref
        if token.tag_ in {"PRP", "PRP$"}:
            return self._pronoun(token)
        if lower in RELATIVE and token.tag_ in {"WP", "WDT", "WP$"}:
            return self._relative(token, agent=agent, concepts=concepts)
        # "one of Maduro's biggest backers": the slot is filled by what follows "of".
        if lower == "one":
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = [c for c in child.children if c.dep_ == "pobj"]
                    return self._one(pobj[0], agent=agent, concepts=concepts) if pobj else None
        # "his Russian counterpart, Vladimir Putin": the apposition names the thing.
        for child in token.children:
            if child.dep_ == "appos" and self.table.entity_at(child) is not None:
                arg = self._entity(self.table.entity_at(child), agent=agent)
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
            owner = self.government_owner(token)
            if owner is not None:
                return owner
        if concepts and token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.CONCEPTS:
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

    def _pronoun(self, token: Token) -> Arg | None:
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            wanted = {"Person"}
        elif lower in THING_PRONOUNS:
            wanted = {"Country", "Organization"}
        else:
            return None  # "they", "we", "you": too often a group no entity names
        clause_subject = None
        if token.dep_ in {"dobj", "pobj", "iobj", "dative"}:
            # "undermine him": a non-reflexive object is not its own clause's subject.
            head = token.head if token.dep_ != "pobj" else token.head.head
            subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            clause_subject = subj[0] if subj else None
        doc = token.doc
        found = []  # nearest first, up to four sentences back
        start = token.sent.start
        for _ in range(4):
            if start == 0:
                break
            start = doc[start - 1].sent.start
        for i in range(token.i - 1, start - 1, -1):
            ent = self.table.entity_at(doc[i])
            if ent is None or ent.end - 1 != i:
                continue
            if clause_subject is not None and clause_subject.i in range(ent.start, ent.end):
                continue
            arg = self._entity(ent, agent=lower in THING_PRONOUNS)
            if self.table.get(arg.mention).type in wanted:
                found.append((ent, arg))
        sent_start = token.sent.start
        previous = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        # "... hip-hop artist Phyo Zeya Thaw [R] He dismissed ...": a capitalised pronoun inside a sentence opens
        # one the splitter missed (after a caption), so the names before it are the sentence before.
        if token.i > sent_start and token.text[0].isupper() and doc[token.i - 1].text not in OPENERS:
            sent_start, previous = token.i, sent_start
        if found and found[0][0].start >= sent_start:
            return Arg(found[0][1].mention, token_span(token), "coref")
        # "Zeya met Matundu ... She then met the President": a subject pronoun whose sentence names no one before
        # it carries on the subject of the sentences before, not the last name they wrote.
        # The nearest sentence that names a person decides: its subject, else its only person, else no one.
        if token.dep_ in {"nsubj", "nsubjpass"} and lower in PERSON_PRONOUNS:
            if not found or self._title_subject_between(found[0][0].sent.start, token):
                return None
            # "He was received by X. He also met Y.": the same pronoun as an earlier subject is that subject's.
            earlier = [t for t in doc[found[0][0].sent.start:token.sent.start]
                       if t.lower_ == lower and t.dep_ in {"nsubj", "nsubjpass"}]
            if earlier:
                arg = self._pronoun(earlier[-1])
                return Arg(arg.mention, token_span(token), "coref") if arg is not None else None
            group = [(ent, arg) for ent, arg in found if ent.sent.start == found[0][0].sent.start]
            subjects = [arg for ent, arg in group if _is_subject(ent)]
            people = {arg.mention for _, arg in group}
            chosen = subjects[0].mention if subjects else people.pop() if len(people) == 1 else None
            return Arg(chosen, token_span(token), "coref") if chosen is not None else None
        near = [arg for ent, arg in found if ent.start >= previous]
        return Arg(near[0].mention, token_span(token), "coref") if near else None

    def _title_subject_between(self, start: int, token: Token) -> bool:
        """Whether a title without a name is a subject from the sentence of the nearest name to the pronoun:
        after "The president confirmed the deal with X.", "He" is the president, not X. "The commander, Gen. X,"
        gives its name."""
        return any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN"
                   and t.lower_ in lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES
                   and not any(self.table.entity_at(c) is not None for c in t.children if c.dep_ == "appos")
                   for t in token.doc[start:token.i])

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
        return Arg(arg.mention, token_span(token), "coref") if arg else None
