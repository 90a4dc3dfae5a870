"""Titles written with no country or body of their own, read for home.py: "Interior Minister" before a name,
"the foreign minister" in apposition to it, "as ambassador" after an appointee.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..resolve import gazetteer, kinds
from . import lexicon
from .national import ADDRESS, NATIONAL_LEADERS
from .subnational import MINISTERS, NATIONAL
from .titled import TITLE_WORDS, singular, title_kind
from .titlekinds import FORMER

# Nouns of a state's machinery inside a title: "Foreign Ministry spokesman", "Army Chief", "Government spokesperson".
STATE_WORDS = {"ministry", "government", "army", "military", "navy", "presidency", "presidential", "cabinet",
               "armed", "forces", "force"}
# Words before a minister's title that name the nation, not a state or a body: "Union Finance Minister X".
NATIONAL_WORDS = NATIONAL - STATE_WORDS
# A chief or commander is the state's own only when the title names the state's forces ("army chief").
FORCES = {"army", "military", "navy", "armed", "forces", "force", "defence", "defense"}
# The offices a head of state gives in the state's name.
POSTS = {"minister", "ambassador", "envoy", "consul"}
# The words of a head of state's or government's title.
HEAD_WORDS = NATIONAL_LEADERS | {"prime", "minister", "acting", "interim"}
# Ranks that may stand before a body's name in a second title: "and deputy Democrat leader X".
DEPUTY = lexicon.DEPUTY_WORDS | {"acting"}
# Words before a title that leave it the state's office of the time: "current President X", "far-right President Y".
CURRENT = {"current", "new", "incumbent", "sitting", "outgoing", "embattled", "newly", "elected", "re-elected",
           "leftist", "rightist", "far-right", "far-left", "right-wing", "left-wing", "populist", "socialist",
           "nationalist", "centrist", "veteran", "then", "late", "de", "facto"}


def run_title(doc: Doc, start: int) -> tuple[str, Token, list[Token]] | None:
    """(kind, head word, words) of a national title written right before word ``start`` with no body before it:
    "Foreign Minister", "Prime Minister", "Foreign Ministry spokesman", "former president"."""
    i = start - 1
    words: list[Token] = []
    while i >= 0 and (_title_word(doc[i]) or doc[i].lower_ in {"and", "&"} and i > 0 and _title_word(doc[i - 1])):
        words.insert(0, doc[i])
        i -= 1
    # "Liberal leader X", "Kenya's minister Y", "the Ugandan president", "the great King Solomon": the words
    # before name the title's body, or make it no office of today's state.
    # "Head of the Secretariat of The Emir X": past a determiner, an "of" makes the title part of a name.
    if i > 0 and doc[i].pos_ == "DET" and doc[i - 1].lower_ == "of":
        return None
    found = _kind([w for w in words if w.lower_ not in {"and", "&"}])
    if i >= 0:
        before = doc[i]
        if before.pos_ in {"PROPN", "NOUN", "NUM", "ADJ"} and before.lower_ not in FORMER | CURRENT \
                and not _national(doc, i, found) or before.lower_ in {"'s", "’s", "of", "his", "her", "their", "its"}:
            return _coordinated(doc, i) if words else None
    return found


def _coordinated(doc: Doc, i: int) -> tuple[str, Token, list[Token]] | None:
    """The member's title joined by "and" before a body's own title: "Commerce Minister and Democrat leader X",
    "finance minister and NEC member Y"; word ``i`` is the body's name."""
    k = i
    while k > max(i - 3, 0) and doc[k].lower_ != "and" and (doc[k].pos_ == "PROPN" or doc[k].ent_type_ in {
            "ORG", "NORP"} or doc[k].lower_ in DEPUTY):  # "PPRP" may be tagged a common noun
        k -= 1
    if doc[k].lower_ != "and" or k == i or k == 0 or not _title_word(doc[k - 1]):
        return None
    found = run_title(doc, k)
    return found if found is not None and found[0] == "memberOf" else None


def _national(doc: Doc, i: int, found: tuple[str, Token, list[Token]] | None) -> bool:
    # "Union minister X", "federal Finance Minister Y": a minister of the country's government, not a state's;
    # "Union President X" heads a trade union, and "European Union Trade Commissioner", with a name before
    # "Union", is a bloc's.
    return found is not None and found[1].lower_ in MINISTERS and doc[i].lower_ in NATIONAL_WORDS and (
        doc[i].is_sent_start or not doc[i - 1].text[:1].isupper())


def _title_word(token: Token) -> bool:
    # "served under President X": "under" opens a phrase here, not "Under Secretary".
    if token.pos_ == "ADP":
        return False
    return (token.lower_.strip(".") in TITLE_WORDS | ADDRESS | lexicon.DEPARTMENTS | STATE_WORDS
            or singular(token.text) in TITLE_WORDS or token.text in {"-", "–"})


def _kind(words: list[Token]) -> tuple[str, Token, list[Token]] | None:
    titles = [t for t in words if singular(t.text) in TITLE_WORDS]
    # "Presidents Biden and Sisi": a plural title is shared by holders who need not be of one state.
    if not titles or any(singular(t.text) != t.lower_ for t in titles):
        return None
    kind = title_kind([t.text for t in titles])
    head = titles[-1]
    lower = [t.lower_ for t in titles]
    state = {t.lower_ for t in words} & STATE_WORDS
    # "Executive President", "Industry President" head some body; a head of state's title is bare.
    if kind == "leaderOf" and all(t.lower_.strip(".") in HEAD_WORDS | ADDRESS or t.text in {"-", "–"} for t in words) \
            and (head.lower_ in NATIONAL_LEADERS or lower[-2:] == ["prime", "minister"]):
        return kind, head, words
    if kind == "memberOf" and (head.lower_ in NATIONAL_LEADERS | {"minister"} or lower[-2:] == ["crown", "prince"]):
        return kind, head, words  # "Vice President", "Deputy Foreign Minister", "Crown Prince"
    # "Attorney General X", "Deputy Attorney-General Y": the state's law officer, an official of the state.
    if kind == "memberOf" and lower[-2:] == ["attorney", "general"]:
        return kind, head, words
    # "Interior Undersecretary X", "Defence Secretary Y": a secretary of a state portfolio, not a party's. A
    # foreign secretary is the visitor in most stories that name him.
    portfolios = {t.lower_ for t in words} & (lexicon.DEPARTMENTS - {"international", "national", "regional", "local",
                                                                    "foreign", "external", "affairs", "state"})
    # "Cabinet Secretary X": a member of the state's cabinet, whatever the portfolio.
    if kind == "memberOf" and head.lower_ in {"secretary", "undersecretary", "under-secretary"} and (
            portfolios or "cabinet" in state):
        return kind, head, words
    # "Army Chief", "military commander": the head of the state's forces is a member of the state.
    if kind in {"leaderOf", "memberOf"} and head.lower_ in {"chief", "commander"} and state & FORCES:
        return "memberOf", head, words
    # "Foreign Ministry spokesman", "government spokesperson": not a party's or a firm's.
    if kind == "spokespersonFor" and (state or {t.lower_ for t in words} & lexicon.DEPARTMENTS):
        return kind, head, words
    return None


def appositive_title(ent: Span) -> tuple[str, Token, list[Token]] | None:
    """The title of "X, the interior minister," or "the foreign minister, X,", when nothing names its body."""
    doc, root = ent.doc, ent.root
    spans = []
    # Read on the words: "X, TTAA vice-president" is parsed as three appositions.
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        spans += [doc[ent.end + 1: c.i + 1] for c in root.children if c.dep_ == "appos" and c.i > ent.end]
    # "the foreign minister, X", not "the spouse of the late President, X": the title heads its own phrase.
    head, start = root.head, ent.start
    while start > 0 and doc[start - 1].lower_.strip(".") in ADDRESS:  # "the Vice President, Dr X"
        start -= 1
    if root.dep_ == "appos" and head.i == start - 2 and doc[start - 1].text == "," and not (
            head.dep_ == "pobj" and head.head.lower_ == "of"):
        spans.append(doc[head.left_edge.i: head.i + 1])
    for span in spans:
        noun = span[-1]
        # "the president of the company", "a spokesman for Kenya Airways": the title names its body after it;
        # "a spokesman for the foreign ministry" names only the state's machinery.
        body = _state_body(noun)
        if singular(noun.text) not in TITLE_WORDS or body is None:
            continue
        if not all(t.lower_ in {"the", "a", "an", "-", "–"} | FORMER | CURRENT or _title_word(t) for t in span):
            continue
        found = _kind([t for t in [*span, *body] if t.lower_ not in {"the", "a", "an"} | FORMER | CURRENT
                       and _title_word(t) and t.text not in {"-", "–"}])
        if found:
            return found
    return None


def _state_body(noun: Token) -> list[Token] | None:
    """The words of "for the foreign ministry" after a title, [] when nothing follows it, None when the phrase
    names a body of its own ("of the company", "for Kenya Airways", "for Egypt's ministry")."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if not preps:
        return []
    objs = [p for p in preps[0].children if p.dep_ == "pobj"]
    if len(preps) > 1 or preps[0].lower_ not in {"for", "of"} or len(objs) != 1 or objs[0].lower_ not in STATE_WORDS:
        return None
    words = [t for t in objs[0].subtree if t.dep_ != "det"]
    return words if all(t.ent_type_ == "" and _title_word(t) for t in words) else None


def surname(name: str) -> str:
    # "Al-Sisi" and "El Sisi", "Hernández" and "Hernandez", "bin Salman" and "King Salman": the folded last word.
    words = gazetteer.fold(name).split()
    return words[-1] if words else ""


def office(kind: str, words: list[Token]) -> str | None:
    """The office a title names, when a country fills it once: "president", "prime minister", "foreign minister"."""
    lower = [t.lower_ for t in words if t.lower_.strip(".") not in ADDRESS]
    if kind == "leaderOf":
        return "prime minister" if lower[-2:] == ["prime", "minister"] else lower[-1] if lower else None
    # "Foreign Minister": a portfolio held by one person at a time; "Minister" or a deputy's office is not.
    if kind == "memberOf" and lower and lower[-1] == "minister" and len(lower) == 2 and \
            lower[0] in lexicon.DEPARTMENTS:
        return " ".join(lower)
    return None


def as_title(ent: Span) -> tuple[str, Token, list[Token]] | None:
    """The office after "as" in "appointed Y, a former banker, as ambassador to Z", read on the words: the parser
    often hangs "as" elsewhere. Only an office a state gives: a minister, an envoy, a consul, a prime minister."""
    doc = ent.doc
    i = ent.root.right_edge.i + 1
    i += i < len(doc) and doc[i].text == ","
    if i >= len(doc) or doc[i].lower_ != "as":
        return None
    words = []
    i += 1
    while i < len(doc) and (doc[i].lower_ in {"the", "a", "an", "new"} or _title_word(doc[i])):
        if doc[i].lower_ not in {"the", "a", "an", "new"}:
            words.append(doc[i])
        i += 1
    # "as chairman of the company", "as the firm's adviser": the office names its own body.
    if not words or i < len(doc) and doc[i].lower_ in {"of", "for", "at", "'s", "’s"}:
        return None
    kind = title_kind([t.text for t in words])
    if kind == "memberOf" and words[-1].lower_ in POSTS or kind == "leaderOf" and \
            [t.lower_ for t in words[-2:]] == ["prime", "minister"]:
        return kind, words[-1], words
    return None


# Words that join a portfolio's parts: "Roads and Highways", "Minister of State for Foreign Affairs".
JOINS = {"and", "&"}
RANKS = {"deputy", "vice", "assistant", "junior"}


def portfolio_title(ent: Span) -> tuple[str, Token, list[Token]] | None:
    """The title of "Minister of Roads and Highways X", "the Minister for Higher Education, X" or "X, Minister
    of Finance,": a minister named by a portfolio that holds no country or body."""
    doc = ent.doc
    # Before the name, past a form of address and the comma of an apposition.
    i = ent.start - 1
    while i >= 0 and doc[i].lower_.strip(".") in ADDRESS:
        i -= 1
    i -= i >= 0 and doc[i].text == ","
    words = []
    # "Minister of Trade, Small Business, Tourism and Culture": commas between the portfolio's parts.
    while i >= 0 and len(words) < 12 and (_portfolio_word(doc[i]) or doc[i].text == "," and i > 0 and words
                                          and _portfolio_word(doc[i - 1]) and words[0].text[:1].isupper()):
        words.insert(0, doc[i])
        i -= 1
    found = _minister_before(doc, i, words)
    if found:
        return found
    # After the name: "X, the Minister of Finance,".
    i = ent.end + 1
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    i += i < len(doc) and doc[i].lower_ in {"the", "a"} | FORMER | CURRENT
    ranks = []
    while i < len(doc) and doc[i].lower_ in RANKS:
        ranks.append(doc[i])
        i += 1
    if i + 2 >= len(doc) or not _portfolio_head(doc, i):
        return None
    head, j = doc[i], i + 2
    if doc[j].lower_ == "state" and j + 1 < len(doc) and doc[j + 1].lower_ == "for":  # "Minister of State for X"
        j += 2
    words = []
    while j < len(doc) and len(words) < 8 and _portfolio_word(doc[j]):
        words.append(doc[j])
        j += 1
    # "Minister of Finance of Ghana", "Minister for Trade Kenya": the title names its country; other rules read it.
    if not words or j < len(doc) and (doc[j].lower_ in {"of", "'s", "’s"} or doc[j].ent_type_ in {"GPE", "ORG"}):
        return None
    return "memberOf", head, [*ranks, head, *words]


def _minister_before(doc: Doc, i: int, words: list[Token]) -> tuple[str, Token, list[Token]] | None:
    # Walks back from the word before the portfolio: "of" or "for", then "Minister" and its rank.
    if not words or i < 1 or doc[i].lower_ not in {"of", "for"}:
        return None
    k = i - 1
    of_state = k >= 2 and doc[k].lower_ == "state" and doc[k - 1].lower_ == "of"
    k -= 2 * of_state
    # "Minister of State for X", "Secretary of State for X": the portfolio after the rank.
    if not (of_state and doc[k].lower_ in {"minister", "secretary"} or _portfolio_head(doc, k)):
        return None
    head = doc[k]
    while k > 0 and doc[k - 1].lower_ in RANKS:
        k -= 1
    # "Ghana's Minister of Finance", "Party Minister of X": the words before name the title's body.
    if k > 0:
        before = doc[k - 1]
        if before.pos_ in {"PROPN", "NOUN", "NUM", "ADJ"} and before.lower_ not in FORMER | CURRENT \
                or before.lower_ in {"'s", "’s", "of", "his", "her", "their", "its"}:
            return None
    return "memberOf", head, [*doc[k: head.i + 1], *words]


def _portfolio_head(doc: Doc, i: int) -> bool:
    # "Minister of Finance", "Minister for Trade"; "Secretary for Health", "Secretary of State for Trade": a
    # secretary "for" a portfolio is a minister. "Secretary of Commerce" is most often the US office, a visitor's
    # in a story about another country, and a party's or body's secretary names the body.
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in {"of", "for"}:
        return False
    if doc[i].lower_ == "minister":
        return True
    after = [t.lower_ for t in doc[i + 1: i + 4]]
    return doc[i].lower_ == "secretary" and (after[0] == "for" or after == ["of", "state", "for"])


def _portfolio_word(token: Token) -> bool:
    # A capitalised word of a portfolio, or a department in lower case; no country's or body's name.
    if token.ent_type_ in {"GPE", "PERSON", "LOC", "NORP"} or token.ent_type_ == "ORG" and \
            token.lower_ not in lexicon.DEPARTMENTS and not _portfolio_name(token):
        return False
    return token.lower_ in JOINS | lexicon.DEPARTMENTS or token.is_alpha and token.text[:1].isupper() and \
        token.lower_ not in TITLE_WORDS


def _portfolio_name(token: Token) -> bool:
    # "Tertiary Education, Science and Technology" tagged as an organisation: a name with no body's head word.
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and not kinds.org_kind(ent.text) and "of" not in {t.lower_ for t in ent} \
        and gazetteer.fold(ent.text) not in gazetteer.organisation_names()
