"""Which body a unit belongs to, as news writes it in passing: sentences written for the test, read by the real
pipeline. Each construction has its fact, and look-alikes that state no such fact."""
from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("text, fact", [
    # A state's or a body's own organ, written with its owner's possessive.
    ("Meanwhile, Bolivia's Money Laundering Prevention Secretariat said the audit would pass.",
     ("Money Laundering Prevention Secretariat", "partOf", "Bolivia")),
    ("Ghana's Electoral Commission confirmed the turnout on Monday.", ("Electoral Commission", "partOf", "Ghana")),
    ("The UK’s Office for Budget Responsibility found that debt rose.",
     ("Office for Budget Responsibility", "partOf", "UK")),
    ("In May, Brazil's National Health Surveillance Administration said it would limit imports.",
     ("National Health Surveillance Administration", "partOf", "Brazil")),
    # A unit after a body's possessive, read by the recogniser as one name.
    ("She heads the Serious Crime Bureau's Cyber Division in Nairobi.",
     ("Cyber Division", "partOf", "Serious Crime Bureau")),
    # An organ named with its country after "of"; a bank only as the central bank.
    ("The Central Bank of Kenya ordered firms to suspend repayments.", ("Central Bank of Kenya", "partOf", "Kenya")),
    ("The Public Health Agency of Canada warned of a rise in cases.",
     ("Public Health Agency of Canada", "partOf", "Canada")),
    # A centre or faculty written with its university right after its name.
    ("Ana Ruiz, director of the Centre for Energy Studies at the University of Lagos, said prices rose.",
     ("Centre for Energy Studies", "partOf", "University of Lagos")),
    ("He will teach at the Fletcher School at Tufts University from September.",
     ("Fletcher School", "partOf", "Tufts University")),
    # A unit whose name starts with its body's name, where the text writes that name alone too.
    ("KNUST said it would act. The KNUST Academic Affairs Office will review the thesis.",
     ("KNUST Academic Affairs Office", "partOf", "KNUST")),
    ("The Knesset met on Monday. The Knesset Foreign Affairs Subcommittee will convene next week.",
     ("Knesset Foreign Affairs Subcommittee", "partOf", "Knesset")),
])
def test_part_of(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, fact", [
    # A company described by a noun in apposition with its nationality, or a country's name before the noun.
    ("The plant was bought by Nexperia, a Dutch subsidiary of a larger group.", ("Nexperia", "basedIn", "Netherlands")),
    ("Volta Systems, a Polish technology company, opened an office in Seoul.", ("Volta Systems", "basedIn", "Poland")),
    ("Last year, United States oil major, ExxonMobil, found oil.", ("ExxonMobil", "basedIn", "United States")),
    ("Five years since United States oil major, Orvex Energy found oil, Velmora has built no refinery.",
     ("Orvex Energy", "basedIn", "United States")),
    ("Its backers include Eni and Angola's state-owned oil company, Kalunda Oil.",
     ("Kalunda Oil", "basedIn", "Angola")),
    # The noun as the complement of "is".
    ("Orlan Group is a Kenyan company that sells seeds.", ("Orlan Group", "basedIn", "Kenya")),
    ("Halvard Industries is the largest Ghanaian producer of cocoa.", ("Halvard Industries", "basedIn", "Ghana")),
    # A national body of traders or a sport, named with its country's demonym.
    ("The Thai Chamber of Commerce warned of a slowdown.", ("Thai Chamber of Commerce", "basedIn", "Thailand")),
    ("The Moroccan Football Federation named a coach.", ("Moroccan Football Federation", "basedIn", "Morocco")),
])
def test_company_country(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


def test_denied_company_country(extract):
    # "is not a Kenyan company" denies the country the noun would give.
    found = facts(extract("Orlan Group is not a Kenyan company, its lawyer said."))
    assert ("Orlan Group", "basedIn", "Kenya") not in found


@pytest.mark.parametrize("text, fact", [
    # A name the recogniser reads as a building, written with "in" and its city.
    ("He told journalists on Monday night at Kamal Railway Bhavan in Dhaka.",
     ("Kamal Railway Bhavan", "locatedIn", "Dhaka")),
    # A known city, a comma and "in" its country.
    ("It landed at Monterrey, in Mexico, on June 4.", ("Monterrey", "locatedIn", "Mexico")),
])
def test_site_in_city(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text, fact", [
    # A person described as an ordinary local "from" a place lives there.
    ("Tomas Verel, a student from Chile, said the fees were too high.",
     ("Tomas Verel", "livesIn", "Chile")),
    ("Ravi Jat, a child labour survivor from India, said governments should act.", ("Ravi Jat", "livesIn", "India")),
])
def test_local_from(extract, text, fact):
    assert fact in facts(extract(text), modality="asserted")


@pytest.mark.parametrize("text", [
    # A refugee or an envoy "from" a country need not live there.
    "Omar Haddad, a refugee from Syria, said the camp was full.",
    "Omar Haddad, an envoy from Syria, said the talks were over.",
])
def test_not_local_from(extract, text):
    found = facts(extract(text))
    assert not any(p == "livesIn" for _, p, _ in found), found


@pytest.mark.parametrize("text", [
    # A town and "in" a country after a comma: the town must be one the gazetteer knows in that country.
    "The jet flew from Kamalpur, in Mexico, to Caracas.",
])
def test_not_located(extract, text):
    found = facts(extract(text))
    assert not any(p == "locatedIn" for _, p, _ in found), found


@pytest.mark.parametrize("text", [
    # A news agency is a body seated in its country, not one of the state's organs.
    "Turkey's Anadolu News Agency reported the strike on Monday.",
    # A body named beside a university that holds no units: a meeting place, not a parent.
    "The Brookings Institution met officials at Harvard University on Monday.",
    "Ana Ruiz of the Centre for Energy Studies spoke at a forum in Lagos.",
    # A possessive inside one name: "People's" names no body.
    "The People's Liberation Army Navy sailed on Monday.",
    # A lender named with its country; an association is no organ of the state.
    "The Bank of China raised its rates.",
    "The Badminton Association of Thailand picked the team.",
    # "of America" names a private American body; the state's organs are "of the United States".
    "Leaders of the Cantorial Council of America wrote to the minister.",
    # A centre named without its field is the body itself; a general command is a body's own head office.
    "El Nido opened in May. The El Nido Maternity Center treated forty women.",
    "Dubai Police said the sale was over. The Dubai Police General Command released the tokens.",
])
def test_not_part_of(extract, text):
    found = facts(extract(text))
    assert not any(p == "partOf" for _, p, _ in found), found


@pytest.mark.parametrize("text", [
    # Two names read as one, described as another company's: the possessive country is not theirs.
    "The radars are made by Sweden's Norrland Defence Systems and Baltic Sensor Technologies, another Mahindra "
    "company.",
    # A national body seated abroad; a state's institute.
    "The Brazilian Chamber of Commerce in Kenya hosted the dinner.",
    "The Honduran Institute of Tourism launched the route.",
    # A comma after a company noun that no country describes.
    "The Indian minister praised the firm, Tesla said on Monday.",
    # A name described by a national noun that is no company's.
    "Volta Systems, a Polish technology expert, opened an office in Seoul.",
])
def test_no_company_country(extract, text):
    found = facts(extract(text))
    assert not any(p == "basedIn" for _, p, _ in found), found




def test_story_ministry(story):
    # A ministry named by its portfolio alone, in a story datelined in the country the text names.
    found = facts(story("Egypt has raised fees for workers. He called on the Ministry of Interior to act before the "
                        "summer.", "CAIRO"))
    assert ("Ministry of Interior", "partOf", "Egypt") in found


@pytest.mark.parametrize("text, dateline", [
    # No dateline: the country named most often may be the workers', not the ministry's.
    ("Ethiopia sends many workers abroad. Ethiopia trains them. He called on the Ministry of Interior to act.", None),
    # The sentence names another country: the ministry may be that one's.
    ("Egypt has raised fees. The Ministry of Interior met officials from Ethiopia.", "CAIRO"),
])
def test_no_story_ministry(story, text, dateline):
    found = facts(story(text, dateline))
    assert not any(p == "partOf" for _, p, _ in found), found
