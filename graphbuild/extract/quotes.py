"""Who says "I" inside a quotation: the person the text names as saying it ("I thank Kenya," Ruto said)."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon

CLOSING = {"\u201c": "\u201d", '"': '"'}
FIRST_PERSON = {"i", "me", "my"}


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the quotations within [start, end); one left open runs to the paragraph's end."""
    spans, i = [], start
    while i < end:
        close = CLOSING.get(text[i])
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1, end)
        spans.append((i, end if j < 0 else j + 1))
        i = end if j < 0 else j + 1
    return spans


def quoted_speaker(refs, pronoun: Token):
    """The person whose quotation holds the first-person pronoun, when the paragraph's saying verbs outside the
    quotations name exactly one person ("Ruto said", "she added", with "she" resolved)."""
    # Only the subject of an act the speaker does: "I was assigned to ..." leaves whose act follows to a parse.
    if pronoun.dep_ != "nsubj" or pronoun.lower_ != "i":
        return None
    return quotation_speaker(refs, pronoun)


def quotation_speaker(refs, pronoun: Token):
    """The one person the paragraph names as saying the quotation that holds ``pronoun`` (any word of it), or None."""
    doc, text = pronoun.doc, refs.table.text  # doc.text is rebuilt from every token at each read
    start = text.rfind("\n", 0, pronoun.idx) + 1
    end = text.find("\n", pronoun.idx)
    end = len(text) if end < 0 else end
    spans = _quote_spans(text, start, end)
    if not any(a <= pronoun.idx < b for a, b in spans):
        return None
    speakers = {}
    for token in doc.char_span(start, end, alignment_mode="expand") or []:
        if any(a <= token.idx < b for a, b in spans) or token.pos_ != "VERB" \
                or token.lemma_.lower() not in lexicon.SPEECH_VERBS:
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            ent = refs.table.entity_at(subject)
            if ent is not None and ent.label_ == "PERSON":
                arg = refs._arg(ent, pronoun)
            elif subject.lower_ in {"he", "she"}:
                arg = refs.resolve(subject)[1]
            else:
                return None  # a body or a crowd speaks too: then "I" is no one named
            if arg is not None:
                speakers[arg.mention] = arg
    if len(speakers) != 1:
        return None
    from .arguments import Arg, token_span

    return Arg(next(iter(speakers.values())).mention, token_span(pronoun), "coref")
