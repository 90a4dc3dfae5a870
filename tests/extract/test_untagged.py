"""A name the recogniser missed, known by the title set after it (extract/untagged.py). The recogniser's miss is
made here by taking the name's entity out of the parsed document."""
from __future__ import annotations

from conftest import facts


def _untagged(nlp, text: str):
    from graphbuild.extract import extract_doc
    from graphbuild.ingest import make_article

    article = make_article(text=text, origin="<test>", published="2019-09-25")
    doc = nlp(article.text)
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]
    return extract_doc(doc, article)


def test_a_missed_name_with_its_title_and_body(nlp):
    found = facts(_untagged(nlp, "Prices rose. Tanom Wisetkul, chairman of the Siam Chamber of Commerce, warned that "
                                 "firms would suffer."))
    assert ("Tanom Wisetkul", "leaderOf", "Siam Chamber of Commerce") in found, found


def test_no_name_from_words_that_open_no_clause(nlp):
    found = facts(_untagged(nlp, "Prices at Central Market Hall, home of the Siam Chamber of Commerce, rose."))
    assert not any(p in {"leaderOf", "memberOf", "worksFor"} for _, p, _ in found), found
