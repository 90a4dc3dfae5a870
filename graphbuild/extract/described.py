"""The body after a title's "of" where the parse takes the phrase apart: a name after its lower-case description
("head of drone firm X", whose parse makes "drone" the object), and the body a board runs ("Chairman of the Board
of Directors of the X Federation"). Each gives the body's token for the role rules to resolve."""
from __future__ import annotations

from spacy.tokens import Token

# Common nouns for a body that a name may lead: "the Yuan Wang think tank", "the Natixis investment bank".
BODY_HEADS = {"tank", "firm", "company", "group", "institute", "agency", "bank", "consultancy", "outlet", "newspaper"}
# The words of a body's description before its name: "state-owned oil firm", "market data and advisory firm".
DESCRIBING = {"NOUN", "ADJ", "VERB", "CCONJ"}
# A board named by its seats: "the Board of (Executive) Directors of X".
BOARD_SEATS = {"director", "directors", "trustee", "trustees", "governor", "governors"}


def described_name(prep: Token, pobj: Token, table) -> Token | None:
    """The organisation named right after "of" and a lower-case description ending in a body's noun ("of
    state-owned oil firm X"), where the parser's object is a word of the description."""
    doc = prep.doc
    j = prep.i + 1 + (prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "the")
    while j < min(len(doc), prep.i + 9) and (doc[j].is_lower and doc[j].pos_ in DESCRIBING or doc[j].text == "-"):
        j += 1
    ent = table.entity_at(doc[j]) if j < len(doc) else None
    if ent is None or ent.label_ != "ORG" or ent.start != j or doc[j - 1].lemma_.lower() not in BODY_HEADS \
            or not prep.i < pobj.i < j:
        return None
    return ent.root


def board_body(board: Token, table) -> Token | None:
    """The organisation a board's "of" names, past its seats ("the Board of Executive Directors of X"): the
    parser hangs either "of" on the board or on its seats."""
    if board.lemma_.lower() != "board":
        return None
    nouns = [board]
    for noun in nouns:  # the board, then its seats ("Directors") as they are found
        for p in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"):
            ent = table.entity_at(p)
            if ent is not None and ent.label_ == "ORG":
                return p
            if (p.lower_ in BOARD_SEATS or p.lemma_.lower() in BOARD_SEATS) and len(nouns) < 3:
                nouns.append(p)
    return None
