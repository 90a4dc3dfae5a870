"""Articles longer than spaCy's ``max_length``: parsed in sentence-aligned pieces, records shifted back.

Each piece ends at a paragraph break where one is near enough, else at a sentence end, else at a space,
so no sentence a rule reads is cut. Offsets in the pieces' records are moved by the piece's start, so
evidence still slices ``Article.text``; mention ids are renumbered so they stay unique in the article."""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Article, DocExtraction, Evidence, Mention, Relation

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


def split_points(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of pieces of at most ``limit`` characters covering ``text``."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        # Prefer the last paragraph break in the second half of the window, then a sentence end, then a space.
        cut = window.rfind("\n\n", limit // 2)
        cut = cut + 2 if cut > 0 else -1
        if cut < 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
            cut = ends[-1] if ends else -1
        if cut <= 0:
            space = window.rfind(" ", limit // 2)
            cut = space + 1 if space > 0 else limit
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


def pieces(article: Article, limit: int) -> list[tuple[int, Article]]:
    """(offset, piece article) for each piece; a piece keeps the article's id and metadata."""
    return [(start, replace(article, text=article.text[start:end])) for start, end in split_points(article.text, limit)]


def merge(article: Article, parts: list[tuple[int, DocExtraction]]) -> DocExtraction:
    """One extraction for the whole article from the pieces' extractions."""
    mentions: list[Mention] = []
    relations: list[Relation] = []
    next_id = 0
    datelines: tuple[int, ...] = ()
    for offset, ex in parts:
        ids = {m.id: next_id + i for i, m in enumerate(ex.mentions)}
        next_id += len(ex.mentions)
        # Every piece names the dateline's places again (empty spans at 0): the first piece's (offset 0) are kept.
        first = not datelines
        datelines = datelines or tuple(ids[i] for i in ex.datelines)
        mentions += [replace(m, id=ids[m.id], start=m.start + offset, end=m.end + offset) for m in ex.mentions
                     if m.id not in ex.datelines or first]
        for rel in ex.relations:
            relations.append(Relation(ids[rel.subject], rel.predicate, ids[rel.object],
                                      _shift(rel.evidence, offset, ids)))
    return DocExtraction(article=article, mentions=tuple(mentions), relations=tuple(relations), datelines=datelines)


def _shift(ev: Evidence, offset: int, ids: dict[int, int]) -> Evidence:
    return replace(ev, sent_start=ev.sent_start + offset, sent_end=ev.sent_end + offset,
                   subject_span=(ev.subject_span[0] + offset, ev.subject_span[1] + offset),
                   object_span=(ev.object_span[0] + offset, ev.object_span[1] + offset),
                   asserted_by=None if ev.asserted_by is None else ids[ev.asserted_by],
                   place=None if ev.place is None else ids[ev.place])
