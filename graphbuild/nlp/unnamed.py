"""Spans the tagger reads as names that name no entity of ours: the words of a sentence written all in
capitals, and the title of a work (a film, a book, a painting)."""
from __future__ import annotations

from spacy.tokens import Span

# Nouns for a work, right before its title ("the film X", "novels such as X").
WORK_NOUNS = {"film", "films", "movie", "movies", "documentary", "book", "books", "novel", "novels", "album",
              "albums", "song", "songs", "painting", "paintings", "artwork", "artworks", "play", "plays", "poem",
              "poems", "series", "sculpture", "opera", "sitcom"}
TITLING = {"titled", "entitled"}
OPENING_QUOTES = {'"', "“", "‘", "'"}


def shouted(sent: Span) -> bool:
    """A pull quote or a headline in capitals: the tagger reads its words as names ("PEACE AGREEMENT
    REGARDLESS", "WHO" of "regardless of who")."""
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return len(words) >= 6 and all(t.is_upper for t in words)


def work_title(ent: Span) -> bool:
    """"the film X", "feature films such as X", "a work titled “X”": the title of a work, which our ontology has
    no class for."""
    doc, i = ent.doc, ent.start - 1
    if i >= 0 and doc[i].text in OPENING_QUOTES:
        i -= 1
        if i >= 0 and doc[i].lower_ in TITLING:
            return True
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 2
    return i >= 0 and doc[i].lower_ in WORK_NOUNS and doc[i].tag_ in {"NN", "NNS"}
