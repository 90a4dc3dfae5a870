"""A court's or judge's verdict against a party, written with a verb that is a ruling only in a court's mouth:
"the High Court fined X", "a tribunal barred X from office", "X was jailed by a court in Lima", "the court
dismissed X's appeal". ("convicted", "sentenced" and "ruled against" are verdicts whoever the subject: lexicon.)
"""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import Arg
from .blame import MODALS, wrongdoing
from .callouts import FILING
from .clauses import agents, participles, prep_objects, prep_objects_of, subject_tokens

# Who hands down a verdict: a court's or a judge's name or noun.
COURT_WORDS = {"court", "tribunal", "judge", "magistrate", "justice", "judiciary"}

# Verbs that are a verdict against their object when a court is their subject. "ordered" is left out: a court
# orders a release as often as a payment; an acquittal rules for its object.
VERDICT_VERBS = {"fine", "jail", "imprison", "bar", "ban", "suspend", "disqualify"}
# The spaCy lemmatiser reads "fined" as "fin".
MISREAD = {"fined": "fine", "fines": "fine"}
# What a party asks a court for: "rejected X's appeal" rules against X.
PLEAS = {"appeal", "petition", "plea", "bid", "claim", "challenge", "objection", "request", "application",
         "motion", "lawsuit", "suit", "complaint"}
# Participles that name who brought a plea: "a petition filed by X".
THROWING_OUT = {"reject", "dismiss", "throw", "overturn", "quash", "deny", "strike"}


def _court(rules, token: Token) -> bool:
    ent = rules.args.table.entity_at(token)
    words = [t.lower_ for t in ent] if ent is not None else [token.lower_]
    # "Judge Mara Quill": the title stands before the person's name, outside it.
    if ent is not None and ent.label_ == "PERSON" and ent.start > 0:
        words.append(token.doc[ent.start - 1].lower_)
    return any(w in COURT_WORDS for w in words) or token.lemma_.lower() in COURT_WORDS


# Court nouns a country's courts are named by with a word of their kind: "the top court", "a commercial court".
COURT_NOUNS = {"court", "tribunal"}
# Words before "court" that pick no court: "the same court", "another court".
VAGUE = {"same", "other", "another", "first", "second", "new", "this", "that"}


def common_court(rules, token: Token) -> Arg | None:
    """A court written as a common noun with its kind ("the country's top court"), the story's country's
    institution as institutions.py keys "the Supreme Court"; "the court" alone names no one court."""
    if token.lower_ not in COURT_NOUNS or token.ent_type_ or rules.args.table.entity_at(token) is not None:
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].head == token and token.doc[start - 1].dep_ in {"amod", "compound"}:
        start -= 1
    words = token.doc[start: token.i + 1]
    if start == token.i or any(t.lower_ in VAGUE or t.ent_type_ for t in words):
        return None
    return Arg(rules.args.table.state_body(words), (words.start_char, words.end_char), "name")


def _courts(rules, tokens: list[Token]) -> tuple[list[Token], list[Arg]]:
    """The verdict's courts: named ones by their tokens, common-noun ones as made Args (each made once: making one
    adds its mention to the table)."""
    named, made = [], []
    for token in tokens:
        court = common_court(rules, token)
        if court is not None:
            made.append(court)
        elif _court(rules, token):
            named.append(token)
    return named, made


def _against(rules, named, made, objects, verb, rule) -> list:
    out = rules._pairs(named, objects, "rulesAgainst", verb, rule)
    out += [rules.make(court, "rulesAgainst", obj, verb, rule) for court in made for o in objects
            for obj in rules.args.resolve(o, agent=True, concepts=False)]
    return [f for f in out if rules.mention_type(f.object) in {"Person", "Organization", "Country"}
            and f.subject.mention != f.object.mention]


# "ordered X to pay": an order to hand over or give up is a verdict against X; an order to release is not.
ORDERED = {"pay", "compensate", "refund", "repay", "forfeit", "vacate", "surrender", "demolish", "halt", "stop",
           "cease", "desist", "return"}


def _ordered(verb: Token) -> list[Token]:
    """The party "the court ordered X to pay" rules against."""
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in ORDERED for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.i > verb.i]


def verdict(rules, verb: Token) -> list:
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    lemma = MISREAD.get(verb.lower_, verb.lemma_.lower())
    ordered = _ordered(verb) if lemma == "order" else []
    if ordered:
        return _against(rules, *_courts(rules, subject_tokens(verb)), ordered, verb, "verb.verdict")
    # "the top court ruled against X": a named court's ruling is the lexicon's; a common-noun court has no node.
    if lemma == "rule":
        _, made = _courts(rules, subject_tokens(verb))
        against = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
                   for o in p.children if o.dep_ == "pobj"]
        return _against(rules, [], made, against, verb, "verb.verdict") if made else []
    if lemma == "lose":
        return _lost(rules, verb)
    if lemma in TRIED and not agents(verb):
        tried = tried_in(rules, verb)
        if tried or lemma not in VERDICT_VERBS:
            return tried
    if lemma not in VERDICT_VERBS | THROWING_OUT:
        return []
    passive_doers = agents(verb)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    courts, objects = (passive_doers, passive) if passive_doers and passive else (subject_tokens(verb), [
        c for c in verb.children if c.dep_ in {"dobj", "dative"}])
    named, made = _courts(rules, courts)
    if not named and not made:
        return []
    if lemma in THROWING_OUT:
        # "dismissed X's appeal", "dismissed a petition filed by X": the party is the plea's owner or filer.
        pleas = [o for o in objects if o.lemma_.lower() in PLEAS]
        objects = [p for o in pleas for p in o.children if p.dep_ == "poss"]
        objects += [p for o in pleas for v in participles(o) if v.lemma_.lower() in FILING for p in agents(v)]
        # "rejected an appeal by X", "a petition from X".
        objects += prep_objects_of(pleas, ("by", "from"))
    return _against(rules, named, made, objects, verb, "verb.verdict")


# Verdicts a party is given in a court: "was convicted in the High Court", "was found guilty at the tribunal".
TRIED = {"convict", "sentence", "fine", "jail", "imprison", "find"}


def tried_in(rules, verb: Token) -> list:
    """ "Kamau was convicted in the Nairobi High Court", "was found guilty before the tribunal": the court the
    passive verdict is given in gave it. Not one that may be, or was not, given, and "found" only "guilty"."""
    lemma = MISREAD.get(verb.lower_, verb.lemma_.lower())
    if lemma not in TRIED or agents(verb) or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS
                                                 for c in verb.children):
        return []
    if lemma == "find" and not any(c.lower_ == "guilty" and c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}
                                   for c in verb.children):
        return []
    tried = [c for c in verb.children if c.dep_ == "nsubjpass"]
    courts = prep_objects(verb, ("in", "at", "before"))
    if not tried or not courts:
        return []
    return _against(rules, *_courts(rules, courts), tried, verb, "verb.tried_in")


# Penalties a court keeps or hands down: "upheld the conviction of X", "handed X a five-year sentence".
PENALTIES = {"conviction", "sentence", "fine", "ban"}  # not "term": "handed X a second term" is an office
# Verbs by which a court finds a wrong done: "ruled that X had violated the law".
FINDING = {"rule", "find", "determine", "conclude"}
# Verdicts that void what they are said of: "ruled that X's election was invalid", "declared it null and void".
VOIDED = {"invalid", "illegal", "unlawful", "unconstitutional", "void", "null"}
# Verbs that undo a party's win or act, and the acts whose undoing rules against their owner. Not a conviction
# or a detention, whose undoing rules for them.
ANNULLING = {"nullify", "annul", "invalidate", "void", "strike", "overturn", "quash", "cancel", "revoke", "block",
             "declare"}
ANNULLED = {"election", "win", "victory", "appointment", "acquittal", "nomination", "candidacy", "registration",
            "licence", "license", "bid", "decision", "order", "ban", "directive", "decree", "permit"}
# Penalties laid on a party: "imposed a fine on X", "slapped X with a fine".
IMPOSING = {"impose", "slap"}


def court_finding(rules, verb: Token) -> list:
    """ "The court upheld X's conviction", "the court handed X a sentence", "the court ruled that X had violated the
    law": a court's verdict on a party written without a verb of verdict. Only with a court as subject; a finding
    that may be, or is not, made gives nothing."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in COURT_ACTS or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return []
    named, made = _courts(rules, subject_tokens(verb))
    if not named and not made:
        return []
    objects = []
    if lemma == "uphold":
        kept = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PENALTIES]
        objects = [p for o in kept for p in o.children if p.dep_ == "poss"] + prep_objects_of(kept, ("of", "against"))
        # "upheld the lower court's sentence": the court that passed it is no party to it.
        objects = [o for o in objects if not _court(rules, o) and common_court(rules, o) is None]
    elif lemma in {"hand", "give"} and any(c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in PENALTIES
                                            for c in verb.children):
        # The parser reads the party as the second object or the first, and the penalty then as an adverb.
        objects = [c for c in verb.children if c.dep_ in {"dative", "dobj"} and c.lemma_.lower() not in PENALTIES]
        objects += prep_objects(verb, ("to",))
    elif lemma in FINDING:
        wrongs = [c for c in verb.children if c.dep_ == "ccomp" and (wrongdoing(c) or _voided(c))
                  and not any(d.dep_ == "neg" or d.dep_ == "aux" and d.lower_ in MODALS for d in c.children)]
        objects = [d for c in wrongs for d in c.children if d.dep_ == "nsubj" and d.pos_ != "PRON"]
        objects = [o for o in objects if o.lemma_.lower() not in ANNULLED] + _owners(objects)
    elif lemma in ANNULLING:
        # "struck down X's election" (only "down"), "declared X's election void".
        if lemma == "strike" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) or \
                lemma == "declare" and not _voided(verb):
            return []
        objects = _owners([c for c in verb.children if c.dep_ == "dobj"])
        if lemma == "declare":
            # The parser may make the act a compound of the verdict: "declared X's election null and void".
            heads = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "oprd", "xcomp"}]
            heads += [s for h in heads for s in h.children if s.dep_ == "nsubj"]
            objects = _owners(heads) + [p for h in heads if any(
                k.dep_ == "compound" and k.lemma_.lower() in ANNULLED for k in h.children)
                for p in h.children if p.dep_ == "poss" and p.tag_ != "PRP$"]
    elif lemma == "impose":
        fines = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PENALTIES]
        objects = (prep_objects(verb, ("on",)) + prep_objects_of(fines, ("on",))) if fines else []
    elif lemma == "slap":
        if any(p.lemma_.lower() in PENALTIES for p in prep_objects(verb, ("with",))):
            objects = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma == "issue":
        # "issued a warrant for X", "a warrant for the arrest of X".
        warrants = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "warrant"]
        sought = prep_objects_of(warrants, ("for",)) + (prep_objects(verb, ("for",)) if warrants else [])
        objects = [s for s in sought if s.lower_ != "arrest"] + prep_objects_of(
            [s for s in sought if s.lower_ == "arrest"], ("of",))
    return _against(rules, named, made, objects, verb, "verb.court_finding")


COURT_ACTS = {"uphold", "hand", "give", "issue"} | FINDING | ANNULLING | IMPOSING


def _voided(verb: Token) -> bool:
    """A clause or a declaration whose complement voids: "was invalid", "null and void"."""
    words = [c for c in verb.children if c.dep_ in {"acomp", "oprd", "ccomp", "xcomp", "attr", "dobj"}]
    return any(w.lower_ in VOIDED for w in words + [c for w in words for c in w.conjuncts])


def _owners(acts: list[Token]) -> list[Token]:
    """The parties whose win or act is undone: "X's election", "the election of X"."""
    acts = [a for a in acts if a.lemma_.lower() in ANNULLED]
    return [p for a in acts for p in a.children if p.dep_ == "poss" and p.tag_ != "PRP$"] + prep_objects_of(
        acts, ("of",))


# What a party loses before a court: "lost its appeal at the Supreme Court".
CASES = PLEAS | {"case", "battle", "fight"}


def _lost(rules, verb: Token) -> list:
    """ "X lost the case at the High Court": the court ruled against X; a case lost with no court named names
    no one who ruled."""
    cases = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CASES]
    # The parser hangs "at the court" on the verb or on the case.
    courts = [o for h in [verb, *cases] for p in h.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "before"}
              for o in p.children if o.dep_ == "pobj"]
    if not cases or not courts:
        return []
    named, made = _courts(rules, courts)
    return _against(rules, named, made, subject_tokens(verb), verb, "verb.verdict")
