"""Election opponents and rivals oppose each other both ways. Sentences written for the test, read with the real
pipeline; each construction has a near miss (a sports final, a battle, a sportsman's opponent) that gives none."""
from __future__ import annotations

import pytest
from conftest import facts

BOTH = [("Grace Wanjiru", "opposes", "Peter Kamau"), ("Peter Kamau", "opposes", "Grace Wanjiru")]


@pytest.mark.parametrize("text", [
    "Senator Grace Wanjiru defeated Governor Peter Kamau in the 2022 election.",
    "Senator Grace Wanjiru ran against Governor Peter Kamau in 2022.",
    "Senator Grace Wanjiru lost to Governor Peter Kamau in the presidential runoff.",
    "Senator Grace Wanjiru won the 2019 primary against Governor Peter Kamau.",
    "Senator Grace Wanjiru is running for governor against Governor Peter Kamau.",
    "Senator Grace Wanjiru challenged Governor Peter Kamau for the party leadership.",
    "Governor Peter Kamau's main rival, Senator Grace Wanjiru, won the vote.",
    "Senator Grace Wanjiru, a political rival of Governor Peter Kamau, spoke first.",
    # The contest named by the win beside the defeat.
    "Senator Grace Wanjiru won the 2022 election, defeating Governor Peter Kamau by a wide margin.",
    "Senator Grace Wanjiru beat Governor Peter Kamau to win the party primary.",
    # A conflict or rivalry between two named parties, like a dispute.
    "The rivalry between Senator Grace Wanjiru and Governor Peter Kamau is old.",
])
def test_rivals_oppose_each_other(extract, text):
    got = facts(extract(text), modality="asserted")
    for fact in BOTH:
        assert fact in got, (fact, got)


@pytest.mark.parametrize("text", [
    "Arsenal defeated Chelsea in the final.",
    "Senator Grace Wanjiru lost to Governor Peter Kamau in the final.",
    "Senator Grace Wanjiru won the chess match against Governor Peter Kamau.",
    "Senator Grace Wanjiru won the chess final, defeating Governor Peter Kamau in three games.",
    "Senator Grace Wanjiru won the 2022 election, thanking Governor Peter Kamau for his support.",
    "Senator Grace Wanjiru ran for the bus against Governor Peter Kamau.",
    "Senator Grace Wanjiru challenged Governor Peter Kamau for the chess title.",
    "Kenya defeated Uganda in the battle of Lake Victoria.",
    "Senator Grace Wanjiru's opponent in the final, Peter Kamau, won.",
    "Senator Grace Wanjiru did not run against Governor Peter Kamau in 2022.",
    "There is a conflict of interest between Senator Grace Wanjiru and Governor Peter Kamau.",
])
def test_no_contest_no_opposition(extract, text):
    got = facts(extract(text), modality="asserted")
    assert not [f for f in got if f[1] == "opposes"], got
