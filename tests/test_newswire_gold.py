"""The hand-written newswire gold (tests/gold/newswire): its form, its fixed tune/untouched split, the second
held-out part (fresh/), the development-check part (dev/), the second tuning part (study/), and that every name it gives is written in its article. Nothing here scores graphbuild;
`graphbuild eval gold` does that."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from graphbuild.eval.data import newswire_split
from graphbuild.eval.gold import relation_properties
from graphbuild.ontology import GB_NS
from graphbuild.resolve.gazetteer import fold

from conftest import ROOT, need_data

GOLD = ROOT / "tests" / "gold" / "newswire"
PREFIX = "$GRAPHBUILD_DATA/newswire/articles/"
# Properties the gold uses before the ontology names them; once it does, the union changes nothing.
NEW_PROPERTIES = {"attends", "praises", "condemns", "rulesAgainst", "nominates", "familyOf", "partOf", "agreesWith"}
SYMMETRIC = {"meetsWith", "negotiatesWith", "cooperatesWith", "agreesWith"}
# Subjects of these are people, so each must be listed under "people".
PERSON_SUBJECT = {"leaderOf", "worksFor", "spokespersonFor", "familyOf", "livesIn", "killed"}


def _files(part: str) -> list[Path]:
    return sorted((GOLD / part).glob("*.json"))


def _first_forty() -> list[Path]:
    return _files("tune") + _files("untouched")


def _all() -> list[Path]:
    """Every gold file: the first forty, the second held-out part, fresh/, the development-check part, dev/, and the
    second tuning part, study/."""
    return _first_forty() + _files("fresh") + _files("dev") + _files("study")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _article_name(path: Path) -> str:
    return _load(path)["article"][len(PREFIX):]


def test_forty_articles_thirty_tune_ten_untouched():
    assert (len(_files("tune")), len(_files("untouched"))) == (30, 10)


def test_untouched_are_the_ten_names_whose_sha256_sorts_first():
    names = [_article_name(p) for p in _first_forty()]
    by_hash = sorted(names, key=lambda n: hashlib.sha256(n.encode("utf-8")).hexdigest())
    assert sorted(by_hash[:10]) == sorted(_article_name(p) for p in _files("untouched"))


def test_no_article_comes_from_the_test_split():
    splits = {_article_name(p): newswire_split(_article_name(p)) for p in _all()}
    assert not [name for name, split in splits.items() if split == "test"]


@pytest.mark.parametrize("path", _all(), ids=lambda p: p.stem)
def test_gold_file_form(path):
    data = _load(path)
    assert data["article"] == PREFIX + path.stem + ".txt"
    known = {str(p)[len(GB_NS):] for p in relation_properties()} | NEW_PROPERTIES
    seen = set()
    for fact in data["facts"]:
        assert len(fact) == 3 and all(isinstance(x, str) and x.strip() for x in fact), fact
        s, p, o = fact
        assert p in known, f"unknown property {p}"
        assert fold(s) != fold(o), fact
        key = (fold(s), p, fold(o))
        mirrored = (fold(o), p, fold(s))
        assert key not in seen and (p not in SYMMETRIC or mirrored not in seen), f"duplicate {fact}"
        seen.add(key)
    people = [fold(v) for person in data["people"] for v in person]
    assert len(people) == len(set(people)), "a name is listed for two people, or twice"
    first = {fold(person[0]) for person in data["people"]}
    for s, p, o in data["facts"]:
        if p in PERSON_SUBJECT:
            assert fold(s) in first, f"{s} ({p}) is not listed under people by its full name"
        if p == "familyOf":
            assert fold(o) in first, f"{o} (familyOf) is not listed under people by its full name"


def test_at_least_three_hundred_facts():
    assert sum(len(_load(p)["facts"]) for p in _first_forty()) >= 300


def test_fresh_is_twenty_more_articles_with_at_least_150_facts():
    fresh = _files("fresh")
    assert len(fresh) == 20
    assert sum(len(_load(p)["facts"]) for p in fresh) >= 150


def test_dev_is_twenty_more_articles_with_at_least_150_facts():
    dev = _files("dev")
    assert len(dev) == 20
    assert sum(len(_load(p)["facts"]) for p in dev) >= 150


def test_no_article_is_in_two_parts():
    names = [_article_name(p) for p in _all()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("path", _all(), ids=lambda p: p.stem)
def test_every_person_name_is_written_in_the_article(path):
    """Catches a misspelt name; the text is read only to look names up."""
    text = _plain(need_data("newswire/articles/" + _article_name(path)).read_text(encoding="utf-8"))
    missing = [v for person in _load(path)["people"] for v in person if _plain(v) not in text]
    assert not missing


def _plain(text: str) -> str:
    """Lower case, no accents, every run of punctuation a space ("Biden's" holds "Biden"), padded."""
    import re
    import unicodedata

    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " " + re.sub(r"[\W_]+", " ", text.lower()).strip() + " "
