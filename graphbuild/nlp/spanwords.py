"""Word lists of the span repairs (spans.py): titles, heads of laws, events and groups, words that name nothing."""
from __future__ import annotations

import re

DROP = "DROP"

# Honorifics that start a person's name wherever they stand in a tagged span ("The Gazette Dr. Karim Haddad").
INNER_HONORIFICS = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."}
# Titles the tagger keeps in a person's name: a nuncio, a French lawyer's "Me" (Maitre), a monsignor.
LEADING = {"nuncio", "me", "maître", "maitre", "mgr", "msgr", "monsignor"}
# Lowercase words a name never ends with ("Rafiq Alam of" + "Assam" cut by the tagger).
TRAILING = {"of", "in", "at", "for", "and", "the", "on", "to", "from"}
# Last words of a law, a plan or a document, which our ontology has no class for.
LAW_HEADS = {"act", "acts", "bill", "strategy", "scheme", "policy", "ordinance", "amendment", "guidelines",
             "statement", "plan", "roadmap", "blueprint"}
# Words before "Vision" that make it a national plan ("Economic Modernisation Vision").
VISION_WORDS = {"modernisation", "modernization", "economic", "national", "development", "strategic", "transformation"}
# First words of a document named for its subject ("Code on Social Security", "Plan for ..."), before "on"/"for".
DOCUMENT_WORDS = {"code", "plan", "guidelines", "act", "strategy", "policy", "charter"}
# Last words of a caste, a people or a generation, which the tagger takes for a person, a place or a body (not
# "Tribe": the "Oglala Sioux Tribe" governs).
GROUP_HEADS = {"caste", "castes", "tribes", "peoples", "generations"}
# Last words of a festival or a prize-giving, which the tagger takes for a person too ("Garma Festival").
PERSON_EVENT_HEADS = {"festival", "festivals", "award", "awards", "olympics", "championships", "expo"}
# Last words of a day, a war, a festival or an award; first words of an operation.
EVENT_HEADS = {"war", "wars", "rebellion", "revolution", "uprising", "massacre", "day", "diwas", "festival",
               "olympics", "championship", "championships", "cup", "gathering", "marathon", "expo", "award",
               "awards"}
EVENT_FIRST = {"operation"}
# Religious seasons and feasts, one word, which the tagger takes for a person or a place ("Haj", "Umrah").
OBSERVANCES = {"hajj", "haj", "umrah", "ramadan", "ramzan", "eid", "ashura", "tashreeq", "diwali", "deepavali", "holi",
               "navratri", "vesak", "hanukkah", "passover", "easter", "christmas", "lent", "nowruz", "songkran"}
# Last words of a treaty ("the Paris Agreement" tagged a facility): an event, which resolution reads as the named
# agreement, one node with "the Paris agreement" found through its head noun.
TREATY_HEADS = {"agreement", "agreements", "accord", "accords", "treaty", "protocol", "deal", "declaration"}
# Last words of a body that the tagger took for a place ("Molopo Regional Court"); first words of one are
# kinds.ORG_FIRST ("Pacto Historico"), less "Centro", which starts district names too.
BODY_HEADS = {"court", "tribunal", "ministry", "council", "committee", "commission", "authority", "agency", "party",
              "police", "parliament"}
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "norte", "sur", "nord",
           "sud", "este", "oeste"}
COMPASS_ADJECTIVES = {"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                      "southwestern", "central"}
FIGURE = re.compile(r"^\d[\d.,]*%?$")
# Titles of a post abroad, whose place the tagger glues to the name after it ("Ambassador to Azerbaijan Sami X").
POSTS = {"ambassador", "envoy", "representative", "consul", "delegate", "emissary", "commissioner", "d'affaires",
         "d’affaires", "affaires"}
# Nouns for a company written right before its name.
COMPANY_WORDS = {"company", "firm", "utility", "conglomerate", "carrier", "airline", "lender", "insurer",
                 "manufacturer", "automaker", "carmaker", "retailer", "broadcaster", "startup"}
AMOUNT_WORDS = {"million", "billion", "trillion", "crore", "crores", "lakh", "lakhs", "bn"}
# A sum written as one word, its currency glued on ("USD1,850,000", "RM177mil", "GHS6.2billion"); a code and a
# short number without a separator or a multiplier ("COP26", "G20") stay names.
_CURRENCY = (r"(?:USD|US\$|EUR|GBP|JPY|CNY|RMB|INR|PKR|BDT|LKR|NPR|MYR|RM|SGD|IDR|Rp|PHP|THB|VND|KRW|HKD|NT\$|TWD|AUD|"
             r"NZD|CAD|ZAR|NGN|KES|KSh|Sh|UGX|TZS|GHS|GH¢|GH₵|EGP|SAR|AED|QAR|QR|KWD|KD|BHD|OMR|JOD|TRY|RUB|UAH|BRL|"
             r"R\$|MXN|COP|CLP|ARS|PEN|Tk|Rs\.?|[$€£¥₹₦₵])")
_MULTIPLIER = r"(?:mil|mln|bn|million|billion|trillion)"
GLUED_AMOUNT = re.compile(rf"^(?:{_CURRENCY}\s?(?:\d[\d,.]*[,.]\d+|\d{{4,}}|\d[\d,.]*(?:{_MULTIPLIER}|m|b|k))"
                          rf"|{_CURRENCY}?\s?\d[\d,.]*{_MULTIPLIER}"
                          # "HK$40", "$5": a currency sign before digits is always a sum
                          rf"|(?:[A-Z]{{1,3}})?[$€£¥₹₦₵]\s?\d[\d,.]*)$")
# Diseases and tests, abbreviations of common nouns, an award's head word alone, and God ("May God bless"), which
# the tagger takes for bodies, places or people.
COMMON = {"covid", "covid-19", "covid 19", "coronavirus", "sars-cov-2", "ebola", "mpox", "monkeypox", "hiv", "aids",
          "cholera", "malaria", "dengue", "polio", "measles", "zika", "pcr", "fir", "gdp", "cctv", "ppe", "vat",
          "sms", "dna", "ceo", "cfo", "adc", "nft", "nfts", "ai", "ev", "evs", "god", "allah", "award", "awards",
          "pdf", "jpeg", "jpg", "png", "gif", "mp3", "mp4",  # file formats: "the report (PDF)"
          # A currency written before its amount ("Ksh 550"); a conjunction opening a sentence ("Albeit slowly").
          "ksh", "kes", "kshs", "ugx", "tzs", "ghs", "ngn", "zar", "inr", "pkr", "lkr", "bdt", "myr", "php", "idr",
          "albeit", "nonetheless", "notwithstanding",
          # a rank alone names no place ("the sub-county")
          "sub county", "subcounty", "sub district", "subdistrict", "sub division", "subdivision", "upazila", "upazilla",
          "taluk", "taluka", "tehsil",
          # kinds of zone and park, not one of them ("Special Economic Zones", "EEZs")
          "special economic zone", "special economic zones", "economic zone", "economic zones", "free zone",
          "free zones", "free trade zone", "free trade zones", "industrial park", "industrial parks",
          "export processing zone", "export processing zones", "exclusive economic zone", "exclusive economic zones",
          "sez", "sezs", "eez", "eezs", "ftz", "ftzs", "epz", "epzs",
          # currencies, degrees and scriptures, which the tagger takes for bodies and places
          "euro", "euros", "sterling", "pound sterling", "yuan", "renminbi", "rupee", "rupees", "bitcoin",
          "mba", "phd", "ph.d", "ph.d.", "msc", "bsc", "llb", "llm", "mphil",
          "bible", "quran", "koran", "holy quran", "torah", "talmud", "bhagavad gita", "gita",
          # film industries ("Bollywood cinemas")
          "bollywood", "nollywood", "tollywood",
          # political camps, not parties ("the Left Party" keeps its head word)
          "right", "left", "far right", "far left", "centre left", "center left", "centre right", "center right"}
# Last words of a family, which the tagger takes for a person ("the Gandhi Parivar"): a group, as castes are.
FAMILY_HEADS = {"family", "parivar", "clan"}
# Surveys that are bodies, not studies ("US Geological Survey", "Ordnance Survey").
SURVEY_BODIES = {"geological", "ordnance", "archaeological", "botanical", "zoological", "antarctic", "hydrographic"}
# Common nouns for a deity right before its name.
DEITY_NOUNS = {"god", "goddess", "gods", "goddesses", "deity", "deities"}
# Members written after what they belong to ("Samut Prakan MPs", "Labour MPs").
PLURAL_MEMBERS = frozenset({"mps", "lawmakers", "legislators", "senators", "councillors", "councilors", "residents",
                            "officials", "leaders", "voters", "members"})
# English words written after a name and a hyphen ("Modi-led", "Kairyu-class"), which are no part of it.
NAME_SUFFIXES = {"style", "class", "era", "born", "type", "like", "free", "run", "level", "wide", "made", "esque",
                 "friendly", "ish", "proof", "centric", "related", "specific", "wise", "in-law"}
# Titles of a place's ruler written after its name ("Sharjah Ruler", "Lagos State Governor").
PLACE_RULERS = frozenset({"ruler", "governor", "mayor", "emir"})
# Words after a name that are no part of it ("Samut Prakan MPs", "Umm Al Quwain Ruler").
NOT_NAME_TAIL = PLURAL_MEMBERS | PLACE_RULERS
