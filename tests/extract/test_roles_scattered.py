"""Titles the parse scatters: a title before a bracketed body and a comma ("According to the director of X (XA),
Y"), the body's name read as the apposition, a plural title heading a list of names, ranks between a title and
the name, abbreviated and party-caucus titles, and staff written with "teaches at" and "works at"
(extract/roles.py, titled.py, bodies.py, lexicon.py), on sentences written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    ("According to the executive director of the Nordland Association of Farmers (NAF), Maria Okafor, prices "
     "have risen.", ("Maria Okafor", "leaderOf", "Nordland Association of Farmers")),
    ("Maria Okafor, the Executive Director of Kenya Farmers and Traders Network (KFTN), told reporters that funds "
     "were short.", ("Maria Okafor", "leaderOf", "Kenya Farmers and Traders Network")),
    ("The panel has six members, including NTU professors Ivan Lam Kai-ming and Yuen Kwok-fai, who wrote a paper.",
     ("Yuen Kwok-fai", "worksFor", "NTU")),
    ("The panel has six members, including NTU professors Ivan Lam Kai-ming and Yuen Kwok-fai, who wrote a paper.",
     ("Ivan Lam Kai-ming", "worksFor", "NTU")),
    ("National Security Bureau Director Maj. Gen. Tomas Verel attended the briefing.",
     ("Tomas Verel", "leaderOf", "National Security Bureau")),
    ("The remarks by PPP Rep. Chang Je-won angered the opposition.", ("Chang Je-won", "memberOf", "PPP")),
    ("DPP caucus whip Lin Mei-hua told reporters that the report was leaked.",
     ("Lin Mei-hua", "memberOf", "DPP")),
    ("Silverline Semiconductor Inc (銀線半導體) business manager Lin Wei was indicted.",
     ("Lin Wei", "worksFor", "Silverline Semiconductor Inc")),
    ("Tom Hale teaches at the University of Leeds and writes books.", ("Tom Hale", "worksFor", "University of Leeds")),
    ("Maria Okafor works at the Brightwater Institute.", ("Maria Okafor", "worksFor", "Brightwater Institute")),
    ("Tom Hale, a former finance minister and a member of the Liberal Party, was the first to speak.",
     ("Tom Hale", "memberOf", "Liberal Party")),
    ("Kenta Ono, head of the main opposition Constitutional Reform Party of Japan, said prices were high.",
     ("Kenta Ono", "leaderOf", "Constitutional Reform Party of Japan")),
    ("Religious Zionist Party MK Tom Hale spoke at the rally.", ("Tom Hale", "memberOf", "Religious Zionist Party")),
    ("Otzma Yehudit chairman MK Tom Hale has donated money to the campaign.",
     ("Tom Hale", "leaderOf", "Otzma Yehudit")),
    ("Dr Mara Quill, the Executive Director Pan African Farming Technology Foundation (PAFTF), said seed stocks "
     "were low.", ("Mara Quill", "leaderOf", "Pan African Farming Technology Foundation")),
    ("Lead engineer Mara Quill from the Nordland Institute of Marine Energy said the turbines were ready.",
     ("Mara Quill", "worksFor", "Nordland Institute of Marine Energy")),
    ("Maria Okafor, a spokeswoman for the Rural Nurses’ Federation, said the shifts were long.",
     ("Maria Okafor", "spokespersonFor", "Rural Nurses’ Federation")),
    ("Tom Hale, Secretary of the Anti-Corruption Commission, disclosed it to journalists.",
     ("Tom Hale", "memberOf", "Anti-Corruption Commission")),
    ("Contacted, Rafiq Hossain, OC of Kalemo Police Station, denied the claims.",
     ("Rafiq Hossain", "leaderOf", "Kalemo Police Station")),
    ("The bill was opposed by Tom Hale (Labour Party) and Ann Cole (Green Party).",
     ("Ann Cole", "memberOf", "Green Party")),
    ("Delta Marketing Manager Dana Ruiz was pleased with the sales.", ("Dana Ruiz", "worksFor", "Delta")),
    ("Lin Mei-hua, a researcher with the Tian Lang defence think tank in Shanghai, said the pictures were fake.",
     ("Lin Mei-hua", "worksFor", "Tian Lang")),
])
def test_scattered_titles(extract, text, fact):
    assert fact in facts(extract(text))


@pytest.mark.parametrize("text", [
    # A place of work is no employer, a rank alone heads nothing, and a plural title with no body names none.
    "Maria Okafor works at the port of Mombasa.",
    "Gen. Tom Hale attended the meeting.",
    "The panel, including professors Ann Cole and Bob Hart, met on Monday.",
    "Maria Okafor, a donor to Kenya Farmers and Traders Network (KFTN), told reporters that funds were short.",
    # Staff work for a body, and a police station is a place to a lawyer.
    "Tom Hale, a lawyer at Kalemo Police Station, denied the claims.",
    # A lawyer pleads at a court for a client; a police station is a body now, and still not his employer.
    "Tom Hale, a lawyer at the High Court in Nairobi, denied the claims.",
    # A name inside a common noun's phrase that is no body's noun names no employer.
    "Tom Hale, a researcher with the Tian Lang science programme, said the pictures were fake.",
    # A firm in brackets after a name is no party.
    "Tom Hale (Acme Holdings) spoke on Monday.",
    # A minister's of-phrase names a portfolio, not a body.
    "Tom Hale, Minister of ICT, said rates would rise.",
])
def test_no_role_from_near_misses(extract, text):
    found = facts(extract(text))
    assert not any(p in {"leaderOf", "worksFor", "memberOf"} for _, p, _ in found), found


def test_a_planned_post_is_not_asserted(extract):
    found = facts(extract("Tom Hale will teach at the University of Leeds next year."), modality="asserted")
    assert ("Tom Hale", "worksFor", "University of Leeds") not in found


def test_a_later_title_takes_no_phrase_of_an_earlier_one(extract):
    found = facts(extract("Bao Lin, a computing technology expert at the Nordland Academy of Sciences and the secretary "
                          "general of the Open RISC-V Alliance, made the comments."))
    assert ("Bao Lin", "leaderOf", "Open RISC-V Alliance") in found
    assert ("Bao Lin", "leaderOf", "Nordland Academy of Sciences") not in found, found


def test_a_department_head_is_a_member_of_the_body(extract):
    found = facts(extract("FIFA technical director Steven Marsh confirmed the plan."))
    assert ("Steven Marsh", "memberOf", "FIFA") in found
    assert ("Steven Marsh", "leaderOf", "FIFA") not in found, found
