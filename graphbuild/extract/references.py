"""References that are not names: pronouns and definite descriptions ("the emir", "the group").

Precision first: a reference binds only when one candidate fits; two that fit leave it unresolved,
because a missed fact costs less than a fact given to the wrong node."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..resolve import gazetteer
from .clauses import set_beside
from .descriptions import BODY_NOUNS, HEADS, PERSON_NOUNS, Descriptions
from .nameplace import in_prepositional_phrase, is_subject, main_subject
from .quotes import FIRST_PERSON, quoted_speaker

HE = {"he", "him", "his", "himself"}
SHE = {"she", "her", "hers", "herself"}
IT = {"it", "its", "itself"}
MALE_HINTS = {"mr", "mr.", "king", "sheikh", "prince", "sultan", "emir", "spokesman", "chairman", "sir"}
FEMALE_HINTS = {"mrs", "mrs.", "ms", "ms.", "queen", "sheikha", "princess", "spokeswoman", "chairwoman", "dame"}
SENTENCES_BACK = 4
SAY_VERBS = {"say", "deny", "claim", "insist", "confirm", "announce", "state", "add", "warn", "threaten", "argue",
             "acknowledge", "admit", "report", "declare", "vow", "pledge", "promise", "signal", "stress",
             "dismiss", "reject", "refute", "rebuff"}
# What the person a clause acted on says back: "X accused Y. He denied it" is Y's denial.
REPLY_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff", "respond", "reply", "appeal", "plead", "admit"}
CLAIM_NOUNS = {"claim", "report", "allegation", "accusation", "charge", "suggestion", "rumour", "rumor"}
PARTY_WORDS = {"party", "front", "congress", "movement", "alliance", "league", "union", "center", "centre"}


def _ends(ent: Span) -> int:
    return ent.end - 1


class References(Descriptions):
    """Resolves pronouns and definite descriptions of one Doc to the mention they stand for."""

    def __init__(self, resolver):
        self.resolver = resolver
        self.table = resolver.table
        self.doc = resolver.doc
        self._memo: dict[int, object] = {}
        self._titles: list[tuple[Span, set[str], set[str]]] | None = None
        self._gender: dict[str, tuple[int, int]] | None = None
        self._by_sentence: dict[int, list[Span]] | None = None
        self._owned: list | None = None
        self._most: tuple | None = None

    # -- entry point ---------------------------------------------------------------------------
    def resolve(self, token: Token):
        """(handled, Arg or None): handled is False for a token that is no reference this module reads."""
        if token.i in self._memo:
            return self._memo[token.i]
        self._memo[token.i] = (True, None)  # a reference met again while being resolved binds nothing
        result = self._resolve(token)
        self._memo[token.i] = result
        return result

    def _resolve(self, token: Token):
        lower = token.lower_
        if token.tag_ in {"PRP", "PRP$"} and lower in HE | SHE:
            return True, self._person_pronoun(token)
        if token.tag_ in {"PRP", "PRP$"} and lower in IT:
            return True, self._thing_pronoun(token)
        if token.tag_ in {"PRP", "PRP$"} and lower in FIRST_PERSON:
            return True, quoted_speaker(self, token)
        if lower == "host" and token.tag_ == "NN":
            return True, self._host(token)
        if token.pos_ == "NOUN" and self._definite(token):
            if lower in PERSON_NOUNS or self._phrase(token) in HEADS:
                return True, self._titled(token)
            # "the family company", "the state group" describe a body without pointing back to one.
            if lower in BODY_NOUNS and not any(c.dep_ in {"compound", "amod", "nmod"} for c in token.children):
                return True, self._body(token)
        return False, None

    # -- helpers -------------------------------------------------------------------------------
    def _arg(self, ent: Span, token: Token):
        from .arguments import Arg, token_span

        arg = self.resolver._entity(ent, agent=ent.label_ != "PERSON")
        return Arg(arg.mention, token_span(token), "coref")

    @staticmethod
    def _definite(token: Token) -> bool:
        dets = [c for c in token.children if c.dep_ == "det"]
        plural = token.tag_ in {"NNS", "NNPS"}
        # "the president of X" names its own holder; "accused the group of recruiting" does not.
        of = any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
                 for c in token.children)
        # "the group, Hamas" is named; a person's name hung on it ("a spokesman for the group, X") is a misparse.
        named = any(c.dep_ in {"appos", "compound"} and c.ent_type_ not in {"", "PERSON"} for c in token.children)
        return len(dets) == 1 and dets[0].lower_ == "the" and not plural and not of and not named

    @staticmethod
    def _phrase(token: Token) -> str:
        words = [c.lower_ for c in token.lefts if c.dep_ == "compound"] + [token.lower_]
        return " ".join(words)

    def _entities_between(self, start: int, end: int) -> list[Span]:
        """The entities from token ``start`` (a sentence's first) up to ``end``."""
        if self._by_sentence is None:  # one pass over the entities, not one per reference
            self._by_sentence = {}
            for ent in self.table.ents:
                self._by_sentence.setdefault(ent.sent.start, []).append(ent)
        return [e for e in self._by_sentence.get(start, []) if _ends(e) < end]

    def _key(self, ent: Span) -> str:
        return gazetteer.fold(self.table.get(self._arg(ent, ent.root).mention).name)

    def _sentence_starts(self, token: Token) -> list[Span]:
        """The pronoun's sentence, then earlier ones, nearest first."""
        sents, sent = [], token.sent
        while len(sents) <= SENTENCES_BACK:
            sents.append(sent)
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return sents

    # -- pronouns ------------------------------------------------------------------------------
    def _gender_fits(self, ent: Span, pronoun: Token) -> bool:
        male, female = self._genders().get(ent[-1].lower_, (0, 0))
        return not female or male if pronoun.lower_ in HE else not male or female

    def _genders(self) -> dict[str, tuple[int, int]]:
        """Per surname, hints of gender anywhere in the article: an honorific or gendered title before a
        mention ("Ms Diallo", "spokeswoman"), or a pronoun in a sentence that names only that person."""
        if self._gender is None:
            self._gender = {}
            for ent in self.table.ents:
                if ent.label_ != "PERSON":
                    continue
                before = {t.lower_ for t in self.doc[max(ent.sent.start, ent.start - 3) : ent.start]} | {ent[0].lower_}
                people = {e[-1].lower_ for e in self.table.ents_within(ent.sent) if e.label_ == "PERSON"}
                said = {t.lower_ for t in ent.sent if t.i >= ent.end and t.tag_ in {"PRP", "PRP$"}} if len(people) == 1 else set()
                male = bool(before & MALE_HINTS or said & HE)
                female = bool(before & FEMALE_HINTS or said & SHE)
                m, f = self._gender.get(ent[-1].lower_, (0, 0))
                self._gender[ent[-1].lower_] = (m + male, f + female)
        return self._gender

    def _is_person(self, ent: Span) -> bool:
        # A party read as a person ("Democratic Center") is no antecedent for "he".
        # So is a common noun read as a name ("Crowds waited").
        return (ent.label_ == "PERSON" and not {t.lower_ for t in ent} & PARTY_WORDS
                and ent.root.tag_ in {"NNP", "NNPS"})

    def _quoted(self, pronoun: Token) -> bool:
        """Inside a quotation the speaker says "I": a "he" there is someone else, whom the text rarely names."""
        para = self.table.text.rfind("\n", 0, pronoun.idx) + 1
        before = self.table.text[para : pronoun.idx]
        return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1

    def _person_pronoun(self, pronoun: Token):
        if self._quoted(pronoun):
            return None
        # "Shapoor, his eldest son, took over": "his" in a phrase set beside a name is not that name's.
        beside = set_beside(pronoun, self.table.entity_at)
        return self._antecedent(pronoun, lambda e: self._is_person(e) and self._gender_fits(e, pronoun)
                                and not (beside is not None and e.start <= beside.i < e.end),
                                allow_same_clause_subject=pronoun.dep_ not in {"dobj", "pobj", "iobj", "dative"})

    def _thing_pronoun(self, pronoun: Token):
        def fits(ent: Span) -> bool:
            if ent.label_ not in {"ORG", "GPE", "NORP"}:
                return False
            return self.table.get(self._arg(ent, ent.root).mention).type in {"Country", "Organization"}
        if pronoun.lower_ == "its":
            return self._antecedent(pronoun, fits, allow_same_clause_subject=True, strict=True)
        if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
            return None  # a bare "it" names things and clauses far more often than a body
        # "Iran denied that it had ...": the body that says so.
        verb = pronoun.head.head
        if pronoun.head.dep_ == "acl" and verb.lemma_ in CLAIM_NOUNS:
            verb = verb.head  # "dismissed claims that it had attacked"
        if pronoun.head.dep_ in {"ccomp", "acl"} and verb.lemma_ in SAY_VERBS:
            subj = [self.table.entity_at(c) for c in verb.children if c.dep_ == "nsubj"]
            return self._arg(subj[0], pronoun) if len(subj) == 1 and subj[0] is not None and fits(subj[0]) else None
        # "It" opening a sentence carries on the subject of the one before.
        if pronoun.head.dep_ == "ROOT" and pronoun.i == pronoun.sent.start:
            return self._antecedent(pronoun, fits, allow_same_clause_subject=True, strict=True)
        return None

    def _antecedent(self, pronoun: Token, fits, *, allow_same_clause_subject: bool, strict: bool = False):
        """The latest subject that fits, this sentence (before the pronoun) or an earlier one; refused
        when another candidate that fits stands between it and the pronoun or beside it."""
        own = pronoun.sent
        blamed = self._blamed_object(pronoun, fits) or self._cataphora(pronoun, fits) or self._beside(pronoun, fits)
        if blamed is not None:
            return blamed
        clause_subject = None
        if not allow_same_clause_subject:
            head = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
            clause_subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        seen_other: set[str] = set()
        for n, sent in enumerate(self._sentence_starts(pronoun)):
            end = pronoun.i if sent == own else sent.end
            subjects: dict[str, object] = {}
            others: set[str] = set()
            blocked = False
            phrased: list[tuple[int, str]] = []
            first_subject = None
            mains: set[str] = set()
            for ent in self._entities_between(sent.start, end):
                if not fits(ent):
                    continue
                if in_prepositional_phrase(ent):
                    blocked = True  # skipped as a subject, but too near to reach past
                    if strict or sent == own:
                        phrased.append((ent.start, self._key(ent)))
                    continue
                if clause_subject is not None and ent.start <= clause_subject.i < ent.end:
                    continue
                key = self._key(ent)
                if is_subject(ent):
                    subjects[key] = self._arg(ent, pronoun)
                    if main_subject(ent):
                        mains.add(key)
                    first_subject = ent.start if first_subject is None else first_subject
                else:
                    others.add(key)
            # A subject written as a reference ("The minister ... he") stands for what it resolves to; one
            # left unresolved ("The Salvadoran president ... he") stands in the way of any earlier name.
            unresolved = False
            for tok in sent:
                if tok.i < end and tok.dep_ in {"nsubj", "nsubjpass"} and self.table.entity_at(tok) is None:
                    handled, arg = self.resolve(tok) if tok.i != pronoun.i else (False, None)
                    if handled and arg is not None and fits_mention(self, arg, fits):
                        subjects[gazetteer.fold(self.table.get(arg.mention).name)] = arg
                        first_subject = tok.i if first_subject is None else min(first_subject, tok.i)
                    elif handled and arg is None and not strict and (tok.lower_ in HE | SHE | PERSON_NOUNS
                                                                     or self._phrase(tok) in HEADS):
                        unresolved = True
            if strict and sent != own and n > 1:
                return None  # "it" reaches back one sentence at most: further it names things, not bodies
            # "took over Anbang Group after jailing its chairman": a body named after the subject is as near.
            others |= {k for at, k in phrased if first_subject is not None and at > first_subject}
            if subjects:
                # "Erdogan" and "Recep Erdogan" are one candidate, not two.
                rivals = {o for o in others | seen_other if not any(self._same(o, k) for k in subjects)}
                # "Macron assured Biya ... . He said": a sentence opening on "he" carries on the main subject
                # of the sentence before, past the person that clause acted on; a reply ("He denied it") may
                # be that person's.
                if rivals and not strict and n == 1 and not seen_other and set(subjects) <= mains \
                        and pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "ROOT" \
                        and pronoun.head.lemma_ not in REPLY_VERBS:
                    rivals = set()
                if len({k for k in subjects if not any(k != o and self._same(k, o) for o in subjects)}) > 1 or rivals:
                    return None
                from .arguments import Arg, token_span

                arg = next(iter(subjects.values()))
                return Arg(arg.mention, token_span(pronoun), "coref")
            seen_other |= others
            if blocked or unresolved:
                return None
            if sent != own and "\n\n" in sent.text_with_ws and n > 0 and seen_other:
                return None
        return None

    def _beside(self, pronoun: Token, fits):
        """ "Tomas Verel and his older sister Lina": the possessor is the name coordinated with it."""
        noun = pronoun.head
        ent = self.table.entity_at(noun.head) if pronoun.dep_ == "poss" and noun.dep_ == "conj" else None
        if ent is None or not fits(ent) or self.table.entity_at(noun) is ent:
            return None
        return self._arg(ent, pronoun)

    def _cataphora(self, pronoun: Token, fits):
        """ "For his part, Hayat said": a possessive in a phrase opening the sentence names its subject."""
        root = pronoun.sent.root
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > pronoun.i]
        # "On the second day of his visit to Ghana, X met": the phrase may nest, preposition in preposition.
        top = pronoun.head
        while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.dep_ == "pobj":
            top = top.head.head
        if pronoun.dep_ != "poss" or top.dep_ != "pobj" or top.head.head != root or len(subjects) != 1:
            return None
        ent = self.table.entity_at(subjects[0])
        # "In his first visit to Ghana, the Danish leader Peter Olsen met ...": a title whose apposition names
        # the subject.
        if ent is None and subjects[0].pos_ == "NOUN":
            named = [self.table.entity_at(c) for c in subjects[0].children if c.dep_ == "appos"]
            ent = named[0] if len(named) == 1 else None
        return self._arg(ent, pronoun) if ent is not None and fits(ent) else None

    def _blamed_object(self, pronoun: Token, fits):
        """ "sanctioned Belarus over its support", "accused Iran of its role": the reason a verb gives for
        acting on its object belongs to that object."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in {"over", "for", "of"}:
            return None
        verb = noun.head.head
        objects = [c for c in verb.children if c.dep_ == "dobj" and self.table.entity_at(c) is not None]
        ents = [self.table.entity_at(c) for c in objects]
        if verb.pos_ != "VERB" or len(ents) != 1 or not fits(ents[0]):
            return None
        return self._arg(ents[0], pronoun)


def fits_mention(refs: References, arg, fits) -> bool:
    """Whether a mention a reference resolved to is of the kind the pronoun wants."""
    mention = refs.table.get(arg.mention)
    for ent in refs.table.ents:
        if ent.start_char == mention.start and ent.end_char == mention.end:
            return fits(ent)
    return False
