"""Reading the newswire corpus's BIO files and scoring NER on them, on small files written here."""
from __future__ import annotations

import json

import pytest
import spacy
from conftest import run_cli

from graphbuild.errors import InputError
from graphbuild.eval.newswire import bio_spans, read_bio, score, to_doc, tsv_files

# Tab-separated lines, one separated by spaces, a token holding a space, a nested name in a third column,
# and an I- tag with no B- before it.
SMALL = (
    "Amina\tB-Person\n" "Yusuf\tI-Person\n" "visited\tO\n" "the\tO\n" "Lake\tB-Organization\tB-Location\n"
    "Chad\tI-Organization\tI-Location\n" "Basin\tI-Organization\n" "Commission\tI-Organization\n"
    "in\tO\n" "N'Djamena\tB-Location\n" ".\tO\n"
    "\n"
    "She\tO\n" "left    O\n" "at\tO\n" "7:00 pm\tB-Date\n" "on\tO\n" "Friday\tI-Date\n" ",\tO\n"
    "said\tO\n" "Kenyan\tB-NORP\n" "officials\tO\n" ".\tO\n"
    "\n"
)


@pytest.fixture()
def small(tmp_path):
    path = tmp_path / "small.txt.tsv"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_reader_reads_words_tags_and_sentences(small):
    first, second = read_bio(small)
    assert first.words[:2] == ("Amina", "Yusuf") and first.tags[4] == "B-Organization"  # the outer name
    assert second.words[1] == "left" and second.tags[1] == "O"                          # spaces, not a tab
    assert second.words[3:5] == ("7:00", "pm") and second.tags[3:5] == ("B-Date", "I-Date")
    doc, gold = to_doc(spacy.blank("en").vocab, [first, second])
    assert [s.text for s in doc.sents] == [
        "Amina Yusuf visited the Lake Chad Basin Commission in N'Djamena.",
        "She left at 7:00 pm on Friday, said Kenyan officials.",
    ]
    names = [(doc[a:b].text, t) for a, b, t in gold]
    assert names == [("Amina Yusuf", "Person"), ("Lake Chad Basin Commission", "Organization"),
                     ("N'Djamena", "Location"), ("7:00 pm", "Date"), ("Friday", "Date"), ("Kenyan", "NORP")]


def test_bio_spans_split_on_b_and_on_a_changed_type():
    assert bio_spans(["B-Person", "I-Person", "B-Person", "I-Location", "O", "I-Misc"]) == [
        (0, 2, "Person"), (2, 3, "Person"), (3, 4, "Location"), (5, 6, "Misc")]


def test_bad_bio_files_name_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("Accra\tB-Location\nis\tcapital-ish\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv: line 2 is not a token, a tab and a BIO tag"):
        read_bio(bad)
    empty = tmp_path / "empty.tsv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no tokens"):
        read_bio(empty)
    (tmp_path / "none").mkdir()
    with pytest.raises(InputError, match="holds no .tsv file"):
        tsv_files(tmp_path / "none")


def test_score_is_strict_on_span_and_type(small):
    doc, gold = to_doc(spacy.blank("en").vocab, read_bio(small))
    # Right: Amina Yusuf. Wrong span: "Lake Chad". Wrong type: N'Djamena as an organisation.
    # Not scored on either side: the dates, and a CARDINAL.
    doc.ents = [spacy.tokens.Span(doc, 0, 2, "PERSON"), spacy.tokens.Span(doc, 4, 6, "ORG"),
                spacy.tokens.Span(doc, 9, 10, "ORG"), spacy.tokens.Span(doc, 14, 16, "CARDINAL")]
    result = score([(doc, gold)])
    # gold in CoNLL04 types: Peop, Org, Loc, Other (Kenyan); predicted: Peop, Org, Org
    assert (result["ner_strict"]["tp"], result["ner_strict"]["fp"], result["ner_strict"]["fn"]) == (1, 2, 3)
    assert result["ner_by_type"]["Peop"]["f1"] == 100.0 and result["ner_by_type"]["Loc"]["f1"] == 0.0


EASY = (
    "The\tO\n" "president\tO\n" "of\tO\n" "Ghana\tB-Location\n" "met\tO\n" "Cyril\tB-Person\n"
    "Ramaphosa\tI-Person\n" "in\tO\n" "Pretoria\tB-Location\n" "on\tO\n" "Monday\tB-Date\n" ".\tO\n"
    "\n"
)


def test_eval_ner_cli_on_a_small_bio_file(tmp_path):
    path = tmp_path / "easy.txt.tsv"
    path.write_text(EASY, encoding="utf-8")
    result = run_cli("eval", "ner", str(path), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert list(rows) == ["stock", "stock + fixes", "newswire NER + fixes"]
    ours = rows["newswire NER + fixes"]["ner_strict"]
    # Three plain names: a country, a person, a capital; every row finds them, and nothing else is scored.
    assert (ours["tp"], ours["fn"]) == (3, 0) and ours["fp"] == 0
    assert rows["stock"]["ner_strict"]["tp"] + rows["stock"]["ner_strict"]["fn"] == 3


def test_eval_ner_cli_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("Lagos\n", encoding="utf-8")
    result = run_cli("eval", "ner", str(bad))
    stderr = result.stderr.decode()
    assert result.returncode != 0 and "bad.tsv: line 1" in stderr
    assert len(stderr.strip().splitlines()) == 1
    neither = run_cli("eval", "ner")
    assert neither.returncode != 0 and "--newswire" in neither.stderr.decode()
