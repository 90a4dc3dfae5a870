"""A head of state or government a reader knows: "President Bolsonaro said", "former president Abdelaziz
Bouteflika", "King Abdullah": the title, written with no country, and the name, found in the table of office
holders (resolve/leaders.tsv), give the country the person leads, even where the article never names it.

The title must be bare (no country, body or other qualifier before it: the role rules read those), the name
must match holders of one country only, and, unless the title says former or late, the article's year must fall
in the term. A text that gives the same person another country's title undoes it (relations.py).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..resolve import leaders
from ..resolve.leaders import name_key
from . import lexicon
from .arguments import Arg, token_span
from .mentions import clean_name
from .national import ADDRESS

# One-word titles of a head of state or government, and the two words that end a longer one. "Pope" is left
# out: news writes it for the head of a church, whom a reader does not take for a state's leader.
HEAD_TITLES = {"president", "king", "queen", "emir", "amir", "sultan", "chancellor", "premier", "taoiseach",
               "emperor", "monarch"}
HEAD_PHRASES = {("prime", "minister"): "prime minister", ("supreme", "leader"): "supreme leader",
                ("state", "counsellor"): "state counsellor"}
FORMER = {"former", "late", "ex", "ex-", "then"}
# A style written before a monarch's title, which names no other office.
ADDRESS_PHRASES = (["custodian", "of", "the", "two", "holy", "mosques"],)
# What may stand before a bare title: a qualifier here ("Vice", "Kenyan", "party", "Senate") makes it another office.
QUALIFIERS = {"PROPN", "NOUN", "NUM", "ADJ"}


def title_before(doc, start: int) -> tuple[str, Token, bool] | None:
    """(office title, its head word, former) for a bare head's title right before word ``start``."""
    i = start - 1
    # "Prime Minister L. Oyun-Erdene": an initial the recogniser left out of the name.
    while i >= 0 and len(doc[i].text) == 2 and doc[i].text[0].isupper() and doc[i].text[1] == ".":
        i -= 1
    while i >= 0 and doc[i].lower_.strip(".") in ADDRESS:
        i -= 1
    if i < 0:
        return None
    head, word = doc[i], doc[i].lower_
    if word in HEAD_TITLES:
        title, i = word, i - 1
    elif i > 0 and (doc[i - 1].lower_, word) in HEAD_PHRASES:
        title, i = HEAD_PHRASES[(doc[i - 1].lower_, word)], i - 2
    else:
        return None
    former = False
    # "former President X", "His Majesty King X", "Custodian of the Two Holy Mosques King X".
    while i >= 0:
        phrase = next((p for p in ADDRESS_PHRASES if [t.lower_ for t in doc[max(0, i - len(p) + 1): i + 1]] == p), None)
        # "then-President X", "ex-President X".
        joined = doc[i].text in {"-", "–"} and i > 0 and doc[i - 1].lower_ in FORMER
        if phrase is None and not joined and doc[i].lower_.strip(".") not in FORMER | ADDRESS | {"the"}:
            break
        former = former or doc[i].lower_ in FORMER
        i -= len(phrase) if phrase else 1
    # "leftist former president X": a word of judgement before "former" names no other office.
    while former and i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower and not lexicon.demonym(doc[i].text):
        i -= 1
    # "Vice President X", "Kenyan President X", "Senate President X", "Kenya's President X": not a bare title.
    if i >= 0 and (doc[i].pos_ in QUALIFIERS or doc[i].lower_ in {"'s", "’s", "-", "–", "vice", "deputy"}):
        return None
    return title, head, former


def title_after(ent: Span) -> tuple[str, Token, bool] | None:
    """ "X, the president," or "X, the former prime minister,": a bare title in apposition to the name."""
    for noun in ent.root.children:
        if noun.dep_ != "appos":
            continue
        lefts = [t.lower_ for t in noun.lefts]
        word = noun.lower_
        title = word if word in HEAD_TITLES else next(
            (phrase for (first, last), phrase in HEAD_PHRASES.items() if word == last and first in lefts), None)
        if title is None or any(c.dep_ == "prep" for c in noun.children):
            continue
        qualified = [t for t in noun.lefts if t.dep_ in {"poss", "compound", "amod", "nmod"}
                     and t.lower_ not in FORMER and t.lower_ not in title.split()]
        if not qualified:
            return title, noun, any(w in FORMER for w in lefts)
    return None


def known_leader(rules, person: Arg, ent: Span, start: int) -> list:
    """(person, "leaderOf", country, title) when a bare head's title stands with a name the table knows."""
    doc = ent.doc
    found = title_before(doc, start) or title_after(ent)
    if found is None:
        return []
    title, head, former = found
    name = rules.table.get(person.mention).name
    own = name_key(name)
    if not own:
        return []
    rows = leaders.named(name)
    # "President Lula" beside "Luiz Inacio Lula da Silva": a fuller name of the same person in the article,
    # when the table knows it, says whom the short one names.
    if len(own.split()) == 1:
        words = set(own.split())
        fuller = {clean_name(e) for e in rules.table.ents if e.label_ == "PERSON"}
        # Only a holder of this title: "King Salman" is not the "Mohammed bin Salman" of the same article.
        known = tuple(r for other in fuller if words < set(name_key(other).split()) for r in leaders.named(other)
                      if r.holds(title))
        rows = known or rows
    iso = leaders.country_of(rows, title, _years(rules), former)
    if iso is None:
        return []
    named = [m.id for m in rules.table.mentions[:rules.table.named] if m.link == f"country:{iso}"]
    country = named[0] if named else rules.table.country_for(doc[head.i: head.i + 1], iso)
    return [(person, "leaderOf", Arg(country, token_span(head), "table"), head)]


def known_elsewhere(rules, person: Arg, ent: Span, country: Arg) -> bool:
    """Whether the table knows this titled name only as a head of other countries than ``country``: then the
    one country an article names is not his ("King Abdullah" in an article that names only the US)."""
    title = _titled(ent.doc, rules._name_start(ent))
    rows = [r for r in leaders.named(rules.table.get(person.mention).name) if title and r.holds(title)]
    return bool(rows) and rules.table.get(country.mention).link not in {f"country:{r.iso}" for r in rows}


def _years(rules) -> tuple[int, int] | None:
    """The article's year; when it has no date, the years in which every head it titles in office (by the
    table, "US President Joe Biden", "President Sisi") held office together, if they meet."""
    year = rules.published[:4] if rules.published else ""
    if year.isdigit():
        return int(year), int(year)
    if not hasattr(rules, "_leader_years"):
        spans = []
        for ent in rules.table.ents:
            if ent.label_ != "PERSON":
                continue
            found = _titled(ent.doc, rules._name_start(ent))
            term = leaders.term_of(leaders.named(clean_name(ent)), found) if found else None
            if term:
                spans.append(term)
        first = max((s for s, _ in spans), default=None)
        last = min((e for _, e in spans), default=None)
        rules._leader_years = (first, last) if spans and first <= last else None
    return rules._leader_years


def _titled(doc, start: int) -> str | None:
    """A head's title right before a name, qualified or not ("US President"), that does not say former."""
    i = start - 1
    while i >= 0 and doc[i].lower_.strip(".") in ADDRESS:
        i -= 1
    if i < 0:
        return None
    word = doc[i].lower_
    title = word if word in HEAD_TITLES else HEAD_PHRASES.get((doc[i - 1].lower_, word)) if i > 0 else None
    near = {t.lower_ for t in doc[max(0, i - 4): i]}
    return None if title is None or near & FORMER or near & {"vice", "deputy", "-"} else title


# What a court finds a party "in": "ruled Uganda in breach of the treaty".
FOUND_IN = {"breach", "contempt", "violation", "default"}


def ruled(verb: Token) -> tuple[str, tuple[str, ...]] | None:
    """ "Moi ruled Kenya", "ruled over Ethiopia": the verb's entry for a ruler's country, in place of a court's
    "ruled against" (a verdict), "ruled out" (no rule at all) and a finding ("ruled X ineligible", "in breach")."""
    if verb.lemma_.lower() != "rule":
        return None
    for c in verb.children:
        # (The parser may hang the finding's adjective as a clause: "ruled Uganda liable".)
        if c.dep_ in {"prt", "oprd", "acomp", "xcomp", "ccomp"} or c.dep_ == "advcl" and c.pos_ == "ADJ" \
                or c.dep_ == "prep" and c.lower_ == "against":
            return None
    if any(t.lemma_.lower() in FOUND_IN and t.head.lower_ == "in" for t in verb.subtree):
        return None
    return "leaderOf", ("dobj", "over")
