"""A body's branches named with their owner, courts named by a common noun, court orders to pay and the people who
act for a party: sentences written for the test, read by the real pipeline, with look-alikes that state nothing."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A named division with its owner after "of", read by the recogniser as one name.
    ("The Kestrel Mining Division of Orvex Holdings cut jobs.",
     ("Kestrel Mining Division", "partOf", "Orvex Holdings")),
    # A body said to be part of another, or to fall under it; an owner's noun before the body's name.
    ("Lumen Cloud Ltd, part of Orvex Holdings, cut jobs.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    ("Lumen Cloud Ltd is part of the Orvex Group.", ("Lumen Cloud Ltd", "partOf", "Orvex Group")),
    ("The Velmora Revenue Authority, which falls under the Ministry of Finance, said taxes rose.",
     ("Velmora Revenue Authority", "partOf", "Ministry of Finance")),
    ("The Orvex Holdings subsidiary Lumen Cloud Ltd cut jobs.", ("Lumen Cloud Ltd", "partOf", "Orvex Holdings")),
    # A state's organ written after "the country's": the country named just before.
    ("Malawi held elections on Sunday. The country's Interior Ministry said turnout was high.",
     ("Interior Ministry", "partOf", "Malawi")),
    # An organ placed "under" a ministry, or written after its possessive.
    ("The Food Safety Bureau under the Ministry of Health recalled the milk.",
     ("Food Safety Bureau", "partOf", "Ministry of Health")),
    ("The Ministry of Health's Food Safety Bureau recalled the milk.",
     ("Food Safety Bureau", "partOf", "Ministry of Health")),
    # A named police station of a police department.
    ("Officers from the Eastgate police station of the Velmora Police Department arrested him.",
     ("Eastgate police station", "partOf", "Velmora Police Department")),
    ("An officer at Eastgate (東門) police station of the Velmora Police Department was fined.",
     ("Eastgate police station", "partOf", "Velmora Police Department")),
    # A court's order to pay, a judge's sentence and a common-noun court's verdict.
    ("On Monday, the High Court ordered Tomas Verel to pay $5 million in damages.",
     ("High Court", "rulesAgainst", "Tomas Verel")),
    ("Judge Mara Quill jailed Tomas Verel for five years.", ("Mara Quill", "rulesAgainst", "Tomas Verel")),
    ("The country's top court ruled against Tomas Verel on Friday.", ("top court", "rulesAgainst", "Tomas Verel")),
    ("An appeals court jailed Tomas Verel for five years.", ("appeals court", "rulesAgainst", "Tomas Verel")),
    ("Tomas Verel lost his appeal at the High Court on Monday.", ("High Court", "rulesAgainst", "Tomas Verel")),
    # Who represents a firm or a person acts for it.
    ("Tomas Verel, who represents the Kestrel Mining Company, declined to comment.",
     ("Tomas Verel", "worksFor", "Kestrel Mining Company")),
    ("Mara Quill, who represented Tomas Verel at the trial, said he would appeal.",
     ("Mara Quill", "worksFor", "Tomas Verel")),
    ("The Kestrel Mining Company was represented in court by Mara Quill.",
     ("Mara Quill", "worksFor", "Kestrel Mining Company")),
    # An aide to the office the story names one person as holding.
    ("President Mara Quill of Kenya met the delegation. Tomas Verel, a senior adviser to the president, said the "
     "talks went well.", ("Tomas Verel", "worksFor", "Mara Quill")),
    ("President Mara Quill of Kenya met the delegation. Senior Adviser to the President Tomas Verel attended.",
     ("Tomas Verel", "worksFor", "Mara Quill")),
])
def test_found(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, predicate", [
    ("The Department of Justice said it would appeal.", "partOf"),
    # A country's department named with the country is one body, not a unit of the rest of its name.
    ("An agent of the U.S. Department of Coastal Security testified. Coastal Security declined to comment.", "partOf"),
    ("Kenya and Uganda held talks. The country's Interior Ministry said turnout was high.", "partOf"),
    ("The Supreme Court ordered police to release Tomas Verel.", "rulesAgainst"),
    ("Tomas Verel lost the election in Kenya.", "rulesAgainst"),
    ("The Velmora Labour Party is part of the Velmora Progressive Alliance.", "partOf"),
    ("Lumen Cloud Ltd is part of a plan by Orvex Holdings.", "partOf"),
    ("President Mara Quill met President Jon Abel. Tomas Verel, an aide to the president, said.", "worksFor"),
    ("The same court jailed Tomas Verel for five years.", "rulesAgainst"),
    ("Mara Quill represents the Velmora Labour Party in parliament.", "worksFor"),
    ("Tomas Verel represented Kenya at the summit.", "worksFor"),
])
def test_not_found(extract, text, predicate):
    assert not [f for f in facts(extract(text)) if f[1] == predicate]
