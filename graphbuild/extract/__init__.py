"""The extraction boundary: a parsed Doc in, plain records out. No spaCy object leaves this package."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from ..records import Article, DocExtraction, Evidence, Relation
from .arguments import ArgumentResolver
from .dates import date_of, period_of
from .mentions import MentionTable
from .modality import modality, speaker
from .relations import Found, RelationRules
from .screen import screen
from .story import kingdom, story_country

__all__ = ["extract_doc", "extract_articles"]

# Standing facts written inside a noun phrase ("the Nairobi-based institute", "his son X") hold whatever the
# clause says.
STANDING = {"noun.based", "noun.located", "noun.part", "noun.capital", "noun.resident", "noun.kin", "noun.seated_in",
            "noun.place_appos"}


def extract_doc(doc: Doc, article: Article) -> DocExtraction:
    # The story's country, read once: "the Kingdom" and the titles written without a country stand for it.
    home = story_country(doc, article.dateline_place, article.url)
    table = MentionTable(doc, article.text, kingdom(home, article.dateline_place, article.url), home)
    resolver = ArgumentResolver(table)
    best: dict[tuple, Relation] = {}
    for found in screen(RelationRules(doc, resolver, article.published, article.dateline_place,
                                       article.url, home).run(), table):
        relation = _relation(found, article, resolver)
        if relation is None:
            continue
        # Two rules reading the same fact from the same sentence give one relation: keep the surer.
        key = (relation.subject, relation.predicate, relation.object, relation.evidence.sent_start)
        if key not in best or best[key].evidence.confidence < relation.evidence.confidence:
            best[key] = relation
    # A title read by the rules says more than the classifier's guess about the same person in the same
    # sentence, and its typed role replaces the guess. The CoNLL04 profile (labels Peop, Org, Loc) keeps every
    # guess: CoNLL04 counts "X, president of Y" as Work_For.
    conll04 = any(ent.label_ in {"Peop", "Org", "Loc"} for ent in table.ents)
    roles: dict[tuple, set] = {}
    for r in best.values():
        if r.evidence.extractor.startswith("graphbuild.rules.role"):
            roles.setdefault((r.subject, r.evidence.sent_start), set()).add(r.object)

    def overridden(r) -> bool:
        titled = roles.get((r.subject, r.evidence.sent_start))
        return (titled is not None and r.predicate in {"worksFor", "livesIn"}
                and r.evidence.extractor.startswith("graphbuild.rules.model") and not conll04)

    kept = [r for r in best.values() if not overridden(r)]
    relations = tuple(sorted(kept, key=lambda r: (r.evidence.sent_start, r.evidence.subject_span,
                                                           r.predicate, r.evidence.object_span)))
    used = {r.subject for r in relations} | {r.object for r in relations} | {
        r.evidence.asserted_by for r in relations} | {r.evidence.place for r in relations}
    datelines = table.datelines(article.dateline_place) if article.dateline_place else ()
    mentions = tuple(m for m in table.mentions if m.id < table.named or m.id in used or m.id in datelines)
    return DocExtraction(article=article, mentions=mentions, relations=relations, datelines=datelines)


def _relation(found: Found, article: Article, resolver: ArgumentResolver) -> Relation | None:
    mentions = resolver.table.mentions
    if mentions[found.subject.mention].type == "Concept":
        return None
    anchor = found.anchor
    sent = anchor.sent
    role = found.rule.startswith("role") or found.rule in STANDING
    # A title states a standing office, whatever the clause around the name does with it.
    mood = "asserted" if role else modality(anchor)
    source = speaker(_clause_verb(anchor))
    asserted_by = None
    if source is not None:
        said = resolver.resolve(source, concepts=False)
        asserted_by = said[0].mention if said else None
    confidence = found.confidence * (0.8 if mood == "hedged" else 1.0)
    sentence = sent.text.rstrip()  # spaCy keeps the paragraph break in the sentence's last token
    verb = _clause_verb(anchor)
    day = None if role else date_of(verb, article.published)
    evidence = Evidence(
        article_id=article.id, sentence=sentence, sent_start=sent.start_char,
        sent_end=sent.start_char + len(sentence),
        subject_span=found.subject.span, object_span=found.object.span, extractor=f"graphbuild.rules.{found.rule}",
        confidence=round(confidence, 3), modality=mood, asserted_by=asserted_by,
        date=day, place=_place(verb, found, resolver),
        period=period_of(verb, article.published) if day is None and not role else None,
    )
    return Relation(found.subject.mention, found.predicate, found.object.mention, evidence)


def _place(verb, found: Found, resolver: ArgumentResolver) -> int | None:
    """A place named by "in" or "at" on the clause's verb ("met with Putin in Moscow"), or on its object."""
    if found.rule.startswith("role"):
        return None
    heads = [verb] + [t for t in verb.children if t.dep_ in {"dobj", "pobj"}]
    heads += [p for t in verb.children if t.dep_ == "prep" for p in t.children if p.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}:
                for pobj in prep.children:
                    ent = resolver.table.entity_at(pobj)
                    if pobj.dep_ == "pobj" and ent is not None and ent.label_ in {"GPE", "LOC", "FAC"}:
                        mention = resolver.table.add_entity(ent)
                        if mention not in {found.subject.mention, found.object.mention}:
                            return mention
    return None


def _clause_verb(token):
    """The verb whose clause a word belongs to: dates and modality hang from it."""
    while token.pos_ not in {"VERB", "AUX"} and token.dep_ != "ROOT":
        token = token.head
    return token


def extract_articles(articles: Iterable[Article], nlp, *, batch_size: int = 16,
                     n_process: int = 1) -> Iterator[DocExtraction]:
    """Parse with spaCy (in ``n_process`` worker processes when above 1) and extract, in input order.

    An article longer than ``nlp.max_length`` is parsed in sentence-aligned pieces (see ``chunks``)."""
    from . import chunks

    limit = nlp.max_length

    def texts():
        for article in articles:
            if len(article.text) <= limit:
                yield article.text, (article, article, 0, 1)
                continue
            parts = chunks.pieces(article, limit)
            for offset, part in parts:
                yield part.text, (article, part, offset, len(parts))

    pending: list[tuple[int, DocExtraction]] = []
    for doc, (article, part, offset, count) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size,
                                                        n_process=n_process):
        extraction = extract_doc(doc, part)
        if count == 1:
            yield extraction
            continue
        pending.append((offset, extraction))
        if len(pending) == count:
            whole, pending = chunks.merge(article, pending), []
            yield whole
