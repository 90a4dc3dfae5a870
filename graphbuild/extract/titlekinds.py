"""What a title's words make of its holder: leaderOf, spokespersonFor, worksFor or memberOf ("Deputy Prime
Minister" is a member, "Prime Minister and Foreign Minister" leads), the title word of a plural, and whether an
office is one once held ("former President X")."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon

TITLE_WORDS = lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES | lexicon.WORKS_TITLES | lexicon.TITLE_PARTS


def title_kind(words: list[str]) -> str | None:
    """leaderOf, spokespersonFor, worksFor or memberOf for a title's words ("prime", "minister"), or None.

    Of coordinated titles the last decides ("Deputy Prime Minister and Foreign Minister"), unless an earlier
    one heads the body ("Prime Minister and Foreign Minister" leads), and only title words count ("Secretary
    of State" is a secretary)."""
    words = [w.lower().strip(".") for w in words if w not in {"-", "–"}]
    # "Minister of Energy and Natural Resources": an "and" inside the portfolio joins no second title.
    if "and" in words and any(w in TITLE_WORDS for w in words[len(words) - words[::-1].index("and"):]):
        cut = len(words) - words[::-1].index("and")
        if title_kind(words[:cut - 1]) == "leaderOf":
            return "leaderOf"
        words = words[cut:]
    words = [w for w in words if w in TITLE_WORDS]
    if not words:
        return None
    phrase = " ".join(words).replace(" - ", "-").replace("-", " ")
    last = words[-1]
    if last in lexicon.SPOKES_TITLES:
        return "spokespersonFor"
    if any(w in lexicon.DEPUTY_WORDS for w in words):
        # "Project Assistant", "deputy editor": staff, whatever their rank; not "deputy general manager".
        if last in lexicon.WORKS_TITLES and not any(phrase.endswith(p) for p in lexicon.LEADER_PHRASES):
            return "worksFor"
        return "memberOf"  # "Vice Chairman", "deputy prime minister": an office below the head
    if any(phrase.endswith(p) for p in lexicon.MEMBER_PHRASES):
        return "memberOf"
    if any(phrase.endswith(p) for p in lexicon.LEADER_PHRASES):
        return "leaderOf"
    if last in lexicon.LEADER_TITLES:
        return "leaderOf"
    if last in lexicon.WORKS_TITLES:
        return "worksFor"
    if last in lexicon.MEMBER_TITLES:
        return "memberOf"
    return None


def singular(word: str) -> str:
    """ "mps" -> "mp", "ministers" -> "minister": the title word of a plural title, else the word."""
    word = word.lower()
    return word[:-1] if word not in TITLE_WORDS and word.endswith("s") and word[:-1] in TITLE_WORDS else word


FORMER = {"former", "ex", "ex-", "late", "outgoing", "then", "erstwhile", "previous"}


def is_former(title: Token) -> bool:
    """ "former [Iranian] President X", "the late king", "Taiwan's president at the time": an office once held.

    The newswire gold keeps such roles as facts of the text; they are kept with a lower confidence."""
    if any(c.lower_ in FORMER or c.lower_ == "at" and any(p.lower_ == "time" for p in c.children)
           for c in title.children):
        return True
    i = title.i - 1
    while i >= max(title.sent.start, title.i - 7):
        token = title.doc[i]
        if token.lower_ in FORMER:
            return True
        # "Jammu and Kashmir" is one name; any other "and" or a verb starts another phrase.
        inside_name = token.pos_ == "CCONJ" and token.nbor(-1).pos_ == "PROPN" and token.nbor(1).pos_ == "PROPN"
        if token.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"} and not inside_name or token.text in {",", ";", ":"}:
            return False
        i -= 1
    return False
