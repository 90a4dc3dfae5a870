"""Plain-text articles as saved from news sites: URL line, dateline, byline, captions and page furniture."""
from __future__ import annotations

import re

import pytest

from graphbuild.eval.data import newswire_split
from graphbuild.ingest import read_file
from graphbuild.ingest.dateline import read_dateline, url_date


def _read(tmp_path, text: str, name: str = "saved.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [article] = read_file(path)
    return article


@pytest.mark.parametrize("line, place, day, month, year, agency", [
    ("CAIRO - 24 July 2022:|The minister opened the new bridge.", "Cairo", 24, 7, 2022, None),
    ("ATHENS —|The two ports signed a shipping agreement.", "Athens", None, None, None, None),
    ("NAIROBI, July 3 (Xinhua) --|Kenya opened a new rail line.", "Nairobi", 3, 7, None, "Xinhua"),
    ("DOHA, June 3 (AFP) -|Doha mediates a ceasefire between the two sides.", "Doha", 3, 6, None, "AFP"),
    ("BEIJING, Oct. 5 --|The central bank cut its main rate.", "Beijing", 5, 10, None, None),
    ("Kabul (Pajhwok):|Officials reopened the northern highway.", "Kabul", None, None, None, "Pajhwok"),
    ("LUSAKA, Jun 9 2023 (IPS) -|Farmers planted a new variety.", "Lusaka", 9, 6, 2023, "IPS"),
    ("MANILA (May 2, 2020) —|The port handled more ships.", "Manila", 2, 5, 2020, None),
    ("PORT LOUIS:|The council approved the plan.", "Port Louis", None, None, None, None),
    ("LAHORE, Apr 07:|The two delegations met again.", "Lahore", 7, 4, None, None),
    ("Port Louis -|The court reserved judgment.", "Port Louis", None, None, None, None),
])
def test_dateline_forms(line, place, day, month, year, agency):
    dateline, sentence = line.split("|")  # "|" marks where the dateline ends in these cases
    line = f"{dateline} {sentence}"
    found = read_dateline(line)
    assert found is not None
    assert (found.place, found.day, found.month, found.year, found.agency) == (place, day, month, year, agency)
    assert line[found.end:] == sentence and found.text == dateline.rstrip(" -—:")


@pytest.mark.parametrize("line", [
    "By the end of the year, Peru had reopened its embassy.",
    "IT was a long winter for the northern towns.",
    "Iran facing new pressure: officials said the talks would resume.",
    "On Saturday, July 23, the group toured the hospital.",
    "Note: the figures were revised on Monday.",
    "Mexico - the country with the most delegates - voted first.",
    "The rate is now 1.85 – up from 0.1 in May.",
])
def test_prose_is_not_a_dateline(line):
    assert read_dateline(line) is None


def test_url_line_and_wire_dateline_become_metadata(tmp_path):
    article = _read(tmp_path, "https://example.org/world/2023/03/04/ceasefire-talks\n\n"
                    "DOHA, June 3 (AFP) - Doha mediates a ceasefire between the two sides, officials said.\n\n"
                    "Talks resume next week.\n")
    assert article.url == article.id == "https://example.org/world/2023/03/04/ceasefire-talks"
    assert article.text.startswith("Doha mediates a ceasefire between the two sides")
    assert "https://" not in article.text and "AFP" not in article.text
    assert (article.dateline, article.dateline_place, article.source) == ("DOHA, June 3 (AFP)", "Doha", "AFP")
    # The dateline has no year: it takes the year of the date in the URL.
    assert article.published == "2023-06-03"


def test_dateline_date_without_any_year_is_left_unresolved(tmp_path):
    article = _read(tmp_path, "https://example.org/story/991\n\n"
                    "BEIJING, Oct. 5 -- The central bank cut its main lending rate on Monday.\n")
    assert article.dateline_place == "Beijing" and article.published is None
    assert article.text == "The central bank cut its main lending rate on Monday."


def test_full_dateline_date_is_published_and_offsets_index_the_text(tmp_path):
    article = _read(tmp_path, "CAIRO - 24 July 2022: The minister opened the new bridge over the canal.\n")
    assert article.published == "2022-07-24" and article.dateline_place == "Cairo"
    # The text is exactly what the NLP sees: an offset found in it points at the same words.
    start = article.text.index("minister")
    assert article.text[start:start + 8] == "minister" and article.text.startswith("The minister")


def test_an_explicit_date_line_wins_over_the_dateline(tmp_path):
    article = _read(tmp_path, "Updated: March 2, 2024 10:15 am\n\n"
                    "NAIROBI, July 3 (Xinhua) -- Kenya opened a new rail line to the coast.\n")
    assert article.published == "2024-03-02" and article.dateline == "NAIROBI, July 3 (Xinhua)"


SAVED_PAGE = """https://example.org/news/harbour-deal

Harbour Deal Signed After Long Talks

By Jane Doe

ATHENS — The two port authorities signed a shipping agreement on Tuesday after three years of talks.

Photo: Cranes at the container terminal (Example Agency)

By the end of the year, the new ferry line will carry freight between the two harbours.

Share this article

Read more:
Ferry Operators Welcome New Routes
Harbour Strike Ends After Two Days

The agreement still needs the approval of both parliaments.
Workers unload containers at the terminal on Monday. (Photo/Example Wire)
File photo

Follow us on Twitter for the latest news
Click here to subscribe to our newsletter
We use cookies to improve your experience.
Tags: shipping, ports, trade
Staff Reporter
"""


def test_saved_page_furniture_is_dropped_and_prose_kept(tmp_path):
    article = _read(tmp_path, SAVED_PAGE)
    assert article.title == "Harbour Deal Signed After Long Talks"
    assert article.source == "Jane Doe"
    assert article.dateline_place == "Athens"
    assert article.text.startswith("The two port authorities signed a shipping agreement on Tuesday")
    # A sentence that starts like a byline is prose, and stays.
    assert "By the end of the year, the new ferry line will carry freight between the two harbours." in article.text
    assert "The agreement still needs the approval of both parliaments." in article.text
    for furniture in ("Jane Doe", "Photo", "Cranes", "Share", "Read more", "Ferry Operators", "Strike Ends",
                      "unload", "File photo", "Follow us", "Click here", "cookies", "Tags", "Staff Reporter"):
        assert furniture not in article.text, furniture


@pytest.mark.parametrize("line", [
    "By the end of the year, the ministry had hired four hundred nurses.",
    "Credit unions grew quickly in the northern towns last year.",
    "Subscribers complained that the service was slow.",
    "Photos of the flooded streets spread quickly online, the mayor said.",
    "Share prices rose after the announcement.",
    "Reuters reported that the talks had stalled.",
    "Follow-up talks are planned for June.",
])
def test_sentences_that_look_like_furniture_stay(tmp_path, line):
    article = _read(tmp_path, f"https://example.org/a\n\n{line}\n\nThe council met again on Friday.\n")
    assert line in article.text


def test_heading_line_is_not_glued_to_the_next_sentence(tmp_path):
    article = _read(tmp_path, "https://example.org/b\n\nThe council approved the budget on Monday.\n"
                    "Early years\nThe town was founded by fishermen in the last century.\n")
    assert "Early years The town" not in article.text
    assert "The town was founded by fishermen in the last century." in article.text


def test_a_dashed_list_item_is_not_glued_to_the_line_before(tmp_path):
    # The line before the item ran into it as one name ("Rosa Vidal, Norte Capital – Forecast").
    article = _read(tmp_path, "https://example.org/c\n\nAnalysts gave these figures.\n\nRosa Vidal, Norte Capital\n"
                    "– Forecast: 80 percent\n– Rates will stay high\nPablo Ruiz, Sur Asesores\n– Forecast: 75 percent\n")
    assert "Norte Capital – Forecast" not in article.text and "Sur Asesores – Forecast" not in article.text
    assert "Rates will stay high Pablo Ruiz" not in article.text


def test_a_long_headline_above_the_dateline_is_the_title(tmp_path):
    # Run on into the prose, its last name took the dateline's place ("... Ana Ruiz Tegucigalpa").
    article = _read(tmp_path, "https://example.org/d\n\nCandidates Named in the Party Primaries of the Two Largest "
                    "Parties - President Juan Perez, Luis Mora, and Former First Lady Ana Ruiz\n"
                    "Tegucigalpa – Early counts from the primaries point to a clear winner.\n")
    assert article.text.startswith("Early counts")
    assert article.title.endswith("Ana Ruiz") and article.dateline_place == "Tegucigalpa"


def test_hard_wrapped_lines_are_joined(tmp_path):
    article = _read(tmp_path, "The envoy met the foreign minister in Lima on Monday and the\n"
                    "two sides agreed to meet again in Quito next month.\n")
    assert article.text == ("The envoy met the foreign minister in Lima on Monday and the two sides agreed to "
                            "meet again in Quito next month.")


def test_url_dates():
    assert url_date("https://example.org/2022/07/25/story") == "2022-07-25"
    assert url_date("https://example.org/news/2022-08-01/story/101") == "2022-08-01"
    assert url_date("https://example.org/20220527/abc/c.html") == "2022-05-27"
    assert url_date("https://example.org/2022/05/story") is None
    assert url_date("https://example.org/article/2022133/story") is None


def test_newswire_saved_articles_open_with_prose(data):
    """Every train and dev article of the newswire corpus: no URL and no wire dateline left in the text."""
    folder = data("newswire/articles")
    files = sorted(p for p in folder.iterdir() if newswire_split(p.name) in ("train", "dev"))
    assert len(files) > 100
    dateline = re.compile(r"^[A-Z][A-Z .]{2,}(?:,[^.]{0,40})?\s*(?:\([^)]{2,30}\)\s*)?(?:--|—|–|-|:)\s")
    with_dateline = 0
    for path in files:
        [article] = read_file(path)
        head = article.text[:120]
        assert not head.startswith(("http://", "https://")), path.name
        assert not dateline.match(head), (path.name, head)
        assert "(Xinhua) --" not in head and "(IPS) -" not in head, path.name
        with_dateline += article.dateline is not None
        if article.url:
            assert article.id == article.url
    # The corpus's wire stories (Xinhua, IPS, Egypt Today, Jordan Times, ...) carry datelines.
    assert with_dateline >= 50


def test_first_sentence_glued_to_the_url(tmp_path):
    article = _read(tmp_path, "https://example.org/news/archives/2022/07/17/1234567Police searched the house "
                    "a second time on Friday.\n\nThe suspect said nothing.\n")
    assert article.url == "https://example.org/news/archives/2022/07/17/1234567"
    assert article.text.startswith("Police searched the house a second time on Friday.")
    assert article.published == "2022-07-17"


def test_dateline_place_and_agency_are_not_mentions_and_offsets_hold(tmp_path, extract):
    """With the real pipeline: the dateline's city and agency no longer become mentions of the first sentence,
    and evidence offsets index the text the reader handed on."""
    article = _read(tmp_path, "https://example.org/world/2024/06/03/ceasefire\n\n"
                    "DOHA, June 3 (AFP) - Qatar mediates a ceasefire between Israel and Hamas, officials said.\n")
    extraction = extract(article.text, published=article.published)
    names = {m.name for m in extraction.mentions}
    assert "Qatar" in names and not {"DOHA", "Doha", "AFP"} & names
    assert extraction.relations
    for relation in extraction.relations:
        ev = relation.evidence
        assert article.text[ev.sent_start:ev.sent_end] == ev.sentence
        start, end = ev.subject_span
        assert article.text[start:end] in {m.text for m in extraction.mentions}


def test_dateline_alone_on_its_line(tmp_path):
    article = _read(tmp_path, "https://example.org/story/12\n\nKabul (Pajhwok):\n"
                    "Officials reopened the northern highway on Sunday after the floods.\n")
    assert (article.dateline_place, article.source) == ("Kabul", "Pajhwok")
    assert article.text == "Officials reopened the northern highway on Sunday after the floods."


PAYWALLED_PAGE = """https://example.org/region/port-reopens
Written by Ana Ruiz | Lima |
Updated: May 2, 2023 4:05:10 pm
The port reopened on Tuesday after a week of repairs, the harbour master said.
SUBSCRIBER ONLY STORIESView All
Fishing fleet returns early as storms ease...Premium
Fishing fleet returns early as storms ease...
Port workers vote on new contract
Subscribe Now to get 50% OFF
Ships waited outside the bay for three days.
More on the harbour:
Harbour dredging plan approved
Reuters
"""


def test_paywall_teasers_and_single_newline_pages(tmp_path):
    article = _read(tmp_path, PAYWALLED_PAGE)
    assert (article.url, article.source, article.published) == (
        "https://example.org/region/port-reopens", "Ana Ruiz", "2023-05-02")
    # A dropped line ends the paragraph it stood in.
    assert article.text == ("The port reopened on Tuesday after a week of repairs, the harbour master said.\n\n"
                            "Ships waited outside the bay for three days.")


@pytest.mark.parametrize("line, name", [
    ("By Jane Doe", "Jane Doe"),
    ("BY JANE DOE, Staff Reporter", "JANE DOE"),
    ("Written by Ana Ruiz | Lima |", "Ana Ruiz"),
    ("by John de la Cruz and Mary Smith", "John de la Cruz and Mary Smith"),
    ("By the way", None),
    ("By the numbers", None),
    ("By the end of the year, the ministry had hired four hundred nurses.", None),
])
def test_byline_names(line, name):
    from graphbuild.ingest.boilerplate import byline_name

    assert byline_name(line) == name


def test_hard_wrapped_first_line_is_prose_not_a_headline(tmp_path):
    article = _read(tmp_path, "Peru Warned Chile on Monday About the\nfishing dispute in the south.\n")
    assert article.title == ""
    assert article.text == "Peru Warned Chile on Monday About the fishing dispute in the south."
