"""The shipped news NER (fine-tuned on the newswire corpus): it loads from the package with no network, the
default pipeline runs it, it tags names from news written here, and retraining gives the same bytes."""
from __future__ import annotations

import hashlib
import json
import os
import socket

import pytest
import spacy
from conftest import need_data

from graphbuild.nlp.pipeline import NEWSWIRE_NER

MODEL_DIR = NEWSWIRE_NER.parent


def _meta() -> dict:
    return json.loads((MODEL_DIR / "meta.json").read_text())


def _names(doc) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in doc.ents}


def test_newswire_ner_ships_inside_the_package():
    meta = _meta()
    weights = (NEWSWIRE_NER / "ner" / "model").read_bytes()
    assert meta["seed"] == 0 and hashlib.sha256(weights).hexdigest() == meta["weights_sha256"]
    assert meta["dev_ner_strict_f1"] > meta["stock_dev_ner_strict_f1"] + 5


def test_loads_with_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the NER tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    ner = spacy.load(NEWSWIRE_NER).get_pipe("ner")
    # The corpus's types, and the stock model's others kept by rehearsal.
    assert {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "MONEY"} <= set(ner.labels)
    assert {"CARDINAL", "PERCENT", "TIME", "ORDINAL", "EVENT", "LAW"} <= set(ner.labels)


def test_default_pipeline_runs_the_newswire_ner(nlp):
    shipped = spacy.load(NEWSWIRE_NER).get_pipe("ner")
    assert nlp.get_pipe("ner").model.to_bytes() == shipped.model.to_bytes()
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("graphbuild_news_names")


@pytest.mark.parametrize("text, expected", [
    # "President" is a title, not part of the name.
    ("Sheikh Hasina met President Paul Kagame of Rwanda in Dhaka on Sunday.",
     {("Paul Kagame", "PERSON"), ("Rwanda", "GPE"), ("Dhaka", "GPE")}),
    pytest.param("Sheikh Hasina met President Paul Kagame of Rwanda in Dhaka on Sunday.",
                 {("Sheikh Hasina", "PERSON")},
                 marks=pytest.mark.xfail(reason="'Sheikh' is taken for a title here and 'Hasina' tagged alone")),
    ("Abdel Fattah el-Sisi flew to Addis Ababa to meet Abiy Ahmed.",
     {("Abdel Fattah el-Sisi", "PERSON"), ("Addis Ababa", "GPE"), ("Abiy Ahmed", "PERSON")}),
    ("Dr. Tedros Adhanom Ghebreyesus met Mr. Cyril Ramaphosa and Sultan Haitham bin Tarik in Muscat.",
     {("Tedros Adhanom Ghebreyesus", "PERSON"), ("Cyril Ramaphosa", "PERSON"), ("Muscat", "GPE")}),
    ("The Ghana Cocoa Board raised prices for farmers in Kumasi.",
     {("the Ghana Cocoa Board", "ORG"), ("Kumasi", "GPE")}),
    pytest.param("The Ghana Cocoa Board raised prices for farmers in Kumasi and Tamale.",
                 {("Kumasi", "GPE"), ("Tamale", "GPE")},
                 marks=pytest.mark.xfail(reason="two coordinated towns come out as one span 'Kumasi and Tamale'")),
    ("Luiz Inacio Lula da Silva spoke to workers in Salvador de Bahia.",
     {("Luiz Inacio Lula da Silva", "PERSON"), ("Salvador de Bahia", "GPE")}),
    pytest.param("Luiz Inacio Lula da Silva spoke to workers of Petrobras in Salvador de Bahia.",
                 {("Petrobras", "ORG")},
                 marks=pytest.mark.xfail(reason="Petrobras is tagged GPE, as the stock model tags it")),
    ("Farmers from Cochabamba marched to La Paz, said the Bolivian Workers' Centre.",
     {("Cochabamba", "GPE"), ("La Paz", "GPE"), ("the Bolivian Workers' Centre", "ORG")}),
])
def test_tags_names_in_news_from_outside_europe_and_the_us(nlp, text, expected):
    found = _names(nlp(text))
    # The determiner may fall inside or outside an organisation's name.
    found |= {(t[4:], k) for t, k in found if t.startswith("the ")}
    expected = {(t[4:] if t.startswith("the ") else t, k) for t, k in expected}
    assert expected <= found, found


def test_labels_the_corpus_leaves_out_are_kept(nlp):
    found = {label for _, label in _names(nlp("By 9 a.m. on Tuesday the clinic had vaccinated 4,500 children, "
                                               "12 percent more than in the first week."))}
    assert {"TIME", "DATE", "CARDINAL", "PERCENT"} <= found, found


def test_stock_ner_is_one_switch_away():
    from graphbuild.nlp import build_pipeline, load_model

    stock = build_pipeline(news_ner=False, relations=False).get_pipe("ner").model.to_bytes()
    assert stock == load_model().get_pipe("ner").model.to_bytes()


def test_tuned_ner_is_the_one_saved_in_its_place():
    """Built from its folder's config and weights, the tuned NER is the saved one, where the model's stood."""
    import spacy

    from graphbuild.nlp import build_pipeline, load_model
    from graphbuild.nlp.pipeline import NEWSWIRE_NER

    nlp = build_pipeline(relations=False)
    saved = spacy.load(NEWSWIRE_NER).get_pipe("ner")
    assert nlp.get_pipe("ner").model.to_bytes() == saved.model.to_bytes()
    assert nlp.get_pipe("ner").labels == saved.labels
    # The model's components in the model's order (ours, such as the paragraph splitter, sit between them).
    model = load_model().pipe_names
    assert [name for name in nlp.pipe_names if name in model] == model


def test_newswire_dev_figures():
    need_data("newswire/annotated")
    from graphbuild.eval.data import newswire_files
    from graphbuild.eval.newswire import evaluate
    from graphbuild.nlp import build_pipeline

    files = newswire_files("dev", "annotated")
    ours = evaluate(build_pipeline(relations=False), files)["ner_strict"]["f1"]
    stock = evaluate(build_pipeline(news_ner=False, relations=False), files)["ner_strict"]["f1"]
    assert ours > stock + 5, (ours, stock)


@pytest.mark.skipif(not os.environ.get("GRAPHBUILD_RETRAIN_NEWSWIRE"),
                    reason="retraining takes 20 to 50 minutes on two cores; set GRAPHBUILD_RETRAIN_NEWSWIRE=1")
@pytest.mark.timeout(4 * 3600)
def test_retraining_reproduces_the_shipped_bytes(tmp_path):
    root = need_data("newswire/annotated").parent.parent
    from graphbuild.train.newswire import train

    meta = train(tmp_path / "model", root=root)
    assert meta == _meta()
    for part in ("ner/ner/model", "ner/ner/moves", "ner/ner/cfg", "ner/meta.json", "ner/vocab/strings.json"):
        assert (tmp_path / "model" / part).read_bytes() == (MODEL_DIR / part).read_bytes(), part
