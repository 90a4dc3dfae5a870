"""Where a clause's parts stand: who does what a verb says, and the objects a verb or noun takes."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .inhand import remembered

# Verbs whose object does what the clause under them says: "asked Kenya to send troops".
OBJECT_CONTROL = {"ask", "urge", "allow", "enable", "permit", "persuade", "convince", "force", "compel", "invite",
                  "encourage", "order", "instruct", "tell", "press", "pressure", "push", "advise", "request",
                  "require", "authorize", "authorise", "help", "get", "want", "expect", "call", "appoint", "elect"}
# "joined in imposing sanctions", "after visiting Cairo": the gerund's doer is the main clause's subject.
GERUND_PREPS = {"without", "after", "before", "by", "while", "since", "upon", "in"}
# Verbs that judge their object for a deed it did: "criticised Kenya for backing the plan". Not "accused" or "blamed":
# there the deed is only alleged.
JUDGED_FOR = {lemma for lemma, (predicate, _) in lexicon.VERBS.items()
              if predicate in {"criticizes", "condemns", "praises"} and lemma not in lexicon.NEEDS_PREP}


def lowest_common_ancestor(a: Token, b: Token) -> Token:
    above = {t.i for t in [a, *a.ancestors]}
    return next((t for t in [b, *b.ancestors] if t.i in above), a.sent.root)


def title_preposition(token: Token) -> bool:
    """ "Under" of "Under Secretary", parsed as a preposition."""
    doc = token.doc
    return (token.dep_ == "prep" and token.text == "Under" and token.i + 1 < len(doc)
            and doc[token.i + 1].text == "Secretary")


def subject_tokens(verb: Token, raised: bool = False) -> list[Token]:
    """Who does it: the verb's subject, else the subject it shares with the verb it hangs from."""
    # Forty-odd rules ask this of the same verbs; the answer depends on the parse alone. Kept for the document
    # read last, as the rules of one document ask in turn.
    known = remembered("subjects", verb.doc, None, dict)
    key = (verb.i, raised)
    found = known.get(key)
    if found is None:
        found = known[key] = tuple(_subject_tokens(verb, raised))
    return list(found)


def _subject_tokens(verb: Token, raised: bool) -> list[Token]:
    # "The council is expected to sanction Eritrea": a passive raising verb lends its subject.
    deps = {"nsubj", "csubj", "nsubjpass"} if raised else {"nsubj", "csubj"}
    subj = [c for c in verb.children if c.dep_ in deps]
    if subj:
        # "X attended the summit, as did Y": Y did it too.
        return subj + [s for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "do"
                       and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                       for s in c.children if s.dep_ == "nsubj"]
    # "Under Secretary Uzra Zeya met ...": the parser reads the title's first word as a preposition.
    titled = [p for c in verb.children if title_preposition(c) for p in c.children if p.dep_ == "pobj"]
    if titled:
        return titled
    # "enabled the witness to travel", "urged Kenya to send": the object of the verb above does it; not that of
    # "beat Chile to reach the final", where the clause says what for.
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL \
            and (objs := [c for c in verb.head.children if c.dep_ == "dobj"]):
        return objs
    # "Mahinda’s younger brother, Gotabaya, escaped": a curly possessive read as the root verb "is"; the
    # clause is the apposition's.
    if verb.dep_ == "conj" and verb.head.text in {"’s", "'s"} and verb.head.dep_ == "ROOT":
        return [a for c in verb.head.children if c.dep_ == "attr" for a in c.children if a.dep_ == "appos"]
    if verb.dep_ in {"conj", "xcomp", "advcl"}:
        return subject_tokens(verb.head, raised=verb.dep_ == "xcomp")
    # "Algeria was increasingly aligned with Russia": a participle read as the copula's complement.
    if verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        return subject_tokens(verb.head)
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ != "VBN":
        return [verb.head]
    # "left without meeting Boric", "after visiting Cairo, Abiy flew on": the main clause's subject.
    # Not "accused Dumas of sending", "praised Kenya for hosting": there the object does it.
    if (verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in GERUND_PREPS
            and verb.head.head.pos_ in {"VERB", "AUX"}):
        return subject_tokens(verb.head.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "for":
        return judged_doers(verb.head.head)
    return []


def judged_doers(head: Token) -> list[Token]:
    """Who did the deed "for" names under a judging verb: "praised Kenya for hosting the talks", "called out X for
    criticizing Y" (the parser hangs "for" on the verb or on its object)."""
    if head.dep_ == "dobj":
        return [head] if _judging(head.head) else []
    return [c for c in head.children if c.dep_ == "dobj"] if _judging(head) else []


def _judging(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in JUDGED_FOR or lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def agents(verb: Token) -> list[Token]:
    """The doers a passive names after "by" ("was sued by X")."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for child in head.children:
        if child.dep_ == "dobj" and "dobj" in preps:
            out.append(child)
        elif child.dep_ in {"dative", "iobj"} and "dative" in preps and child.pos_ != "ADP":
            out.append(child)
        elif child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            out += [c for c in child.children if c.dep_ == "pobj"]
    return out


def prep_objects_of(nouns: list[Token], preps: tuple[str, ...]) -> list[Token]:
    return [p for n in nouns for p in prep_objects(n, preps)]


# Nouns that only count what follows "of": "imposed a spate of sanctions", "held a round of talks".
QUANTITY_NOUNS = {"spate", "series", "raft", "round", "wave", "set", "number", "host", "slew", "batch", "package",
                  "string", "couple"}


def counted(noun: Token) -> Token:
    """The noun a quantity noun counts ("a spate of sanctions" gives sanctions), else the noun itself."""
    if noun.lemma_.lower() in QUANTITY_NOUNS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    return noun


def participles(noun: Token) -> list[Token]:
    """Past participles that describe a noun: "sanctions led by the US against Russia", and "a meeting, held in
    Beijing, with X", whose participle the parser may hang elsewhere though it follows the noun and a comma."""
    out = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and doc[noun.i + 2].tag_ == "VBN":
        after = doc[noun.i + 2]
        if after.dep_ == "acl" and after not in out:
            out.append(after)
    return out


def noun_objects(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """A relational noun's objects: its own prepositions, else those of a participle describing it, or of the
    "worth" that prices it ("an agreement worth $2 billion with X": the parser hangs "with" on "worth")."""
    return prep_objects(noun, preps) or [o for p in participles(noun) for o in prep_objects(p, preps)] \
        or [o for w in noun.children if w.lower_ == "worth" for o in prep_objects(w, preps)]


def _adverb_before_adjective(token: Token, word: str) -> bool:
    return token.dep_ == "advmod" and token.lower_ == word and token.head.pos_ == "ADJ" and token.i < token.head.i


def has_prep(verb: Token, word: str) -> bool:
    """Whether the verb takes the preposition, on itself or within its object's phrase, where the parser may hang
    it ("dismissed the bill to cut emissions as a stunt"), though not inside a relative clause ("dismissed the
    aide who served as envoy")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == word:
            return True
        # "dismissed the report as politically motivated": the parser may read "as" as an adjective's adverb, the
        # adjective hung on the verb or on its object.
        if child.dep_ == "advcl" and any(_adverb_before_adjective(a, word) for a in child.children):
            return True
        if child.dep_ == "dobj":
            for t in child.subtree:
                if (t.dep_ == "prep" and t.lower_ == word or _adverb_before_adjective(t, word)) \
                        and not under_relative(t, child):
                    return True
    return False


def under_relative(token: Token, top: Token) -> bool:
    node = token.head
    while node != top:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


# Verbs of looking on: whoever follows or watches talks or a visit is not a side of them.
WATCHING = {"follow", "watch", "monitor", "observe", "track", "cover"}


def noun_holder(noun: Token, exclude: set) -> tuple[list[Token], Token | None]:
    """Who the relational noun is about: its possessor, a copula's subject, or the clause's subject; and the verb
    whose subject it is, if any, which then also says whether the fact holds ("hasn't signed on to the
    sanctions on Russia")."""
    own = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod"} and c not in exclude
           and (c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or c.tag_ == "PRP$")]
    if own:
        return own, None
    head = noun.head
    if head.lower_ == "of" and head.head.lower_ == "one":
        head = head.head.head if head.head.dep_ == "attr" else head.head  # "one of X's backers"
    elif noun.dep_ == "attr":
        head = noun.head
    elif noun.dep_ == "appos":
        return [noun.head], None  # "Russia, a close ally of Maduro"
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "during":
        # "Verel stressed the need to press ahead with the reforms during a meeting with X": a meeting during
        # which someone acts is theirs, however deep the parser hangs it.
        for verb in head.ancestors:
            if verb.pos_ in {"VERB", "AUX"} and subject_tokens(verb):
                return subject_tokens(verb), None
        return [], None
    elif noun.dep_ == "pobj" and head.lower_ == "on" and head.head.ent_type_ == "PERSON" and head.i > 0 \
            and head.nbor(-1).text == "," and any(c.lower_ in {"a", "an"} for c in noun.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        # "Peter Olsen, on a visit to Ghana, met ...": the name the phrase is set beside. Not "X, on the visit,
        # said", a remark about it, nor "on a visit by Y".
        return [head.head], None
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and (head.head.pos_ == "VERB" or head.head.lemma_ == "be"):
        head = head.head  # "left for a state visit to Russia", "is on a visit to Chile", "was in talks with X"
    elif noun.dep_ == "dobj" and head.lower_ == "following" and head.dep_ == "prep":
        head = head.head  # "X said following the meeting with Y": a participle the parser read as "after"
    elif noun.dep_ == "dobj" and head.lemma_.lower() in WATCHING:
        return [], None  # "Kenya kept following the talks with Uganda": an onlooker holds no part in them
    elif noun.dep_ == "dobj":
        head = noun.head
    else:
        return [], None
    if head.pos_ not in {"VERB", "AUX"}:
        return [], None
    return subject_tokens(head), head if head.pos_ == "VERB" else None


def misread_apposition(token: Token) -> bool:
    """ "the secretary-general of the League, X, and ...": a name after a comma read as a conjunct of the noun
    before it, in a coordination with no "and" or "or" of its own, is an apposition to that noun."""
    if token.dep_ != "conj" or token.left_edge.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ == "cc" for t in [token.head, *token.head.conjuncts] for c in t.children)


# Words by which "is" or "was" tells a tie that no longer holds: "is no longer", "was once", "formerly".
BYGONE = {"longer", "once", "formerly"}


def copula_subjects(noun: Token) -> list[Token]:
    """The subjects a noun describes as "X is a NOUN": only a plain "is" or "was", neither denied nor bygone;
    "will be" and "may be" (a "be" tagged VB) tell no fact."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP", "VBD"}:
        return []
    if any(c.dep_ == "neg" for c in verb.children) or bygone(verb):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def bygone(verb: Token) -> bool:
    """ "are no longer allies", "were once enemies", "were rivals until 1990": a tie told as over."""
    # "once" may hang on the verb or on the noun's adjective ("were once bitter enemies").
    near = [*verb.children, *(d for c in verb.children if c.dep_ in {"attr", "acomp"} for d in c.subtree)]
    return any(t.dep_ == "advmod" and t.lower_ in BYGONE or t.dep_ == "prep" and t.lower_ == "until"
               and t.head.i == verb.i for t in near)


def set_beside(possessive: Token, entity_at) -> Token | None:
    """ "Shapoor, his eldest son, took over": the name a possessive pronoun's phrase is set beside, closed by commas
    on both sides, with no name, verb or "and" inside ("Musyoka, his wife Pauline and", "Moi, his son Uhuru said"
    are not)."""
    doc, i = possessive.doc, possessive.i
    if possessive.tag_ != "PRP$" or i < 2 or doc[i - 1].text != ",":
        return None
    ent = entity_at(doc[i - 2])
    if ent is None or ent.label_ != "PERSON":
        return None
    for token in doc[i + 1: i + 6]:
        if token.text == ",":
            return doc[i - 2]
        if token.ent_type_ or token.pos_ in {"VERB", "AUX", "CCONJ", "PROPN"}:
            return None
    return None
