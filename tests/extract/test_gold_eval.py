"""eval gold: articles named under $GRAPHBUILD_DATA, one folder at a time, P/R per relation type."""
from __future__ import annotations

import json

from conftest import run_cli

ARTICLE = "Norway mediated talks between Colombia and the ELN. Ghana backed Togo. Chile did not criticize Peru.\n"


def _setup(tmp_path):
    data = tmp_path / "data"
    (data / "news").mkdir(parents=True)
    (data / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold"
    (gold / "held-out").mkdir(parents=True)
    facts = [["Norway", "mediates", "talks"], ["Colombia", "negotiatesWith", "ELN"], ["Ghana", "supports", "Togo"],
             ["Chile", "criticizes", "Peru"]]
    (gold / "a.json").write_text(json.dumps({"article": "$GRAPHBUILD_DATA/news/a.txt", "facts": facts}))
    # A subfolder is another set: scoring this folder must not read it.
    (gold / "held-out" / "b.json").write_text(json.dumps({"article": "$GRAPHBUILD_DATA/news/none.txt", "facts": []}))
    return data, gold


def test_scores_the_folder_with_types(tmp_path, monkeypatch):
    data, gold = _setup(tmp_path)
    monkeypatch.setenv("GRAPHBUILD_DATA", str(data))
    result = run_cli("eval", "gold", str(gold), "--details")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "b.json" not in out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line and not line.startswith(" ")}
    # The denied criticism makes no edge: three of four facts, no wrong edge.
    assert rows["supports"][1:3] == ["100.0", "100.0"]
    assert rows["criticizes"][2] == "0.0"
    assert out.strip().splitlines()[-1].startswith("total P 100.0 R 75.0")


def test_unset_variable_is_one_line_naming_it(tmp_path, monkeypatch):
    _, gold = _setup(tmp_path)
    monkeypatch.delenv("GRAPHBUILD_DATA", raising=False)
    result = run_cli("eval", "gold", str(gold))
    err = result.stderr.decode().strip()
    assert result.returncode != 0
    assert len(err.splitlines()) == 1 and "GRAPHBUILD_DATA" in err and "a.json" in err


def test_missing_article_is_one_line_naming_the_file(tmp_path, monkeypatch):
    data, gold = _setup(tmp_path)
    (data / "news" / "a.txt").unlink()
    monkeypatch.setenv("GRAPHBUILD_DATA", str(data))
    result = run_cli("eval", "gold", str(gold))
    err = result.stderr.decode().strip()
    assert result.returncode != 0
    assert len(err.splitlines()) == 1 and "a.json" in err and "news/a.txt" in err


def test_people_line_counts_found_and_split_people(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "c.txt").write_text("Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah in Cairo on Monday. "
                                "Sisi thanked the king for the visit.\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    people = [["Abdel Fattah al-Sisi", "Sisi"], ["Abdullah"], ["Hosni Mubarak"]]
    (gold / "c.json").write_text(json.dumps({"article": "$GRAPHBUILD_DATA/c.txt", "facts": [], "people": people}))
    monkeypatch.setenv("GRAPHBUILD_DATA", str(data))
    result = run_cli("eval", "gold", str(gold), "--json")
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    # Sisi in full and by surname is one node; the unnamed Mubarak is not found.
    assert report["people"] == {"people": 3, "found": 2, "split": 0, "merged": 0, "articles": 1, "articles_split": 0}
    assert report["articles"]["c.json"]["people_split"] == []
    text = run_cli("eval", "gold", str(gold)).stdout.decode()
    assert "people 3: found 2, split into several nodes 0 (articles with a split 0 of 1), made one with another person 0" in text
