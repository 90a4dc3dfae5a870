"""The form of the shipped table of heads of state and government (graphbuild/resolve/leaders.tsv)."""
from __future__ import annotations

from importlib import resources

from graphbuild.resolve import gazetteer, leaders
from graphbuild.resolve.leaders import name_key

TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "supreme leader",
          "leader", "chairman", "taoiseach", "pope", "emperor", "state counsellor"}


def _lines():
    text = (resources.files("graphbuild.resolve") / "leaders.tsv").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_header_comment_says_what_and_whence():
    text = (resources.files("graphbuild.resolve") / "leaders.tsv").read_text(encoding="utf-8")
    assert text.startswith("# Heads of state and heads of government")
    assert "general knowledge of public office holders" in text


def test_columns():
    lines = _lines()
    assert lines[0].split("\t") == ["iso", "office", "titles", "name", "aliases", "from", "to"]
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == 7, line
        assert all(c == c.strip() for c in cells), line
        assert cells[3], line


def test_rows():
    rows = leaders.table()
    assert len(rows) == len(_lines()) - 1
    seen = set()
    for row in rows:
        assert row.iso in gazetteer.countries(), row
        assert row.office in leaders.OFFICES, row
        assert row.titles and set(row.titles) <= TITLES, row
        assert 1900 < row.start <= row.end <= 2025, row
        assert row.end >= 1990, row  # the table covers 1990 to 2025
        assert all(name_key(a) for a in row.aliases), row
        key = (row.iso, row.office, row.name, row.start)
        assert key not in seen, row
        seen.add(key)


def test_large_countries_have_both_offices_where_they_differ():
    held = {(r.iso, r.office) for r in leaders.table()}
    for iso in ("US", "CN", "IN", "BR", "RU", "JP", "DE", "GB", "FR", "NG", "PK", "ID", "EG", "TR", "IR"):
        assert (iso, "state") in held or (iso, "government") in held, iso
    for iso in ("CN", "IN", "RU", "DE", "GB", "FR", "PK", "EG", "TR", "IR", "IL", "IT", "JP"):
        assert {(iso, "state"), (iso, "government")} <= held, iso


def test_lookup_folds_spelling():
    egypt = {r.iso for r in leaders.named("Abdel Fattah el-Sisi")}
    assert egypt == {r.iso for r in leaders.named("Sisi")} == {"EG"}
    assert {r.iso for r in leaders.named("King Abdullah II")} == {"JO"}
    assert {r.iso for r in leaders.named("Joseph R. Biden Jr.")} == {"US"}
