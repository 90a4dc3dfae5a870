"""Which words state which relation. Keys are lemmas; values name an ontology property.

A verb entry lists where its object stands: "dobj" for a direct object, or a preposition
("with" in "met with Putin"). Typed properties align with CAMEO/PLOVER roots.
"""
from __future__ import annotations

from .moodwords import (  # noqa: F401  (the rules read them as lexicon.X)
    SPEECH_VERBS, HEDGES, HEDGE_AUX, HEDGE_VERBS, FUTURE_AUX, FUTURE_VERBS, PLANNING_VERBS, FUTURE_MODIFIERS,
    NEGATING_VERBS, CLAIM_NOUNS)
from .eventwords import EVENT_NOUNS, EVENT_VERBS, STAKE_VERBS, PARTY_TYPES, STATIVE_KIN  # noqa: F401
from .titlewords import (  # noqa: F401
    LEADER_TITLES, LEADER_PHRASES, MEMBER_TITLES, WORKS_TITLES, TITLE_PARTS, DEPUTY_WORDS, DEPARTMENTS,
    SPOKES_TITLES, BODY_ONLY_TITLES, ADVISING, STATE_POSTS, MEMBER_PHRASES)
from .peoplewords import EXTRA_DEMONYMS, PARTY_ADJECTIVES, demonym  # noqa: F401

VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    "meet": ("meetsWith", ("dobj", "with")),
    "host": ("meetsWith", ("dobj",)),
    "receive": ("meetsWith", ("dobj",)),
    "welcome": ("meetsWith", ("dobj",)),
    "greet": ("meetsWith", ("dobj",)),
    "attend": ("attends", ("dobj",)),
    "praise": ("praises", ("dobj",)),
    "commend": ("praises", ("dobj",)),
    "hail": ("praises", ("dobj",)),
    "laud": ("praises", ("dobj",)),
    "applaud": ("praises", ("dobj",)),
    "congratulate": ("praises", ("dobj",)),
    "compliment": ("praises", ("dobj",)),
    "thank": ("praises", ("dobj",)),
    "salute": ("praises", ("dobj",)),
    "appreciate": ("praises", ("dobj",)),  # "appreciated the Ministry for its cooperation"
    "nominate": ("nominates", ("dobj",)),
    "appoint": ("nominates", ("dobj",)),
    "name": ("nominates", ("dobj",)),  # only "named X as minister": see NEEDS_PREP
    "agree": ("agreesWith", ("with",)),
    "concur": ("agreesWith", ("with",)),  # "concurred with X"
    "rule": ("rulesAgainst", ("against",)),
    "protest": ("accuses", ("to",)),
    "shell": ("attacks", ("dobj",)),
    "raid": ("attacks", ("dobj",)),
    "support": ("supports", ("dobj",)),
    "back": ("supports", ("dobj",)),
    "endorse": ("supports", ("dobj",)),
    "champion": ("supports", ("dobj",)),
    "defend": ("supports", ("dobj",)),
    "mediate": ("mediates", ("dobj",)),
    "broker": ("mediates", ("dobj",)),
    "facilitate": ("mediates", ("dobj",)),
    "negotiate": ("negotiatesWith", ("with",)),
    "talk": ("negotiatesWith", ("with",)),
    "discuss": ("negotiatesWith", ("with",)),  # "discussed trade with Chile": talks by another name
    "visit": ("visits", ("dobj",)),
    "tour": ("visits", ("dobj",)),
    "send": ("deploysTo", ("to",)),
    "dispatch": ("deploysTo", ("to",)),
    "deploy": ("deploysTo", ("to",)),
    "sanction": ("sanctions", ("dobj",)),
    "warn": ("warns", ("dobj",)),
    "caution": ("warns", ("dobj",)),
    "criticize": ("criticizes", ("dobj",)),
    "criticise": ("criticizes", ("dobj",)),
    # CAMEO 111 "criticize or denounce": the news words for a sharp rebuke.
    "slam": ("criticizes", ("dobj",)),
    "blast": ("criticizes", ("dobj",)),
    "lambast": ("criticizes", ("dobj",)),
    "lambaste": ("criticizes", ("dobj",)),
    "castigate": ("criticizes", ("dobj",)),
    "rebuke": ("criticizes", ("dobj",)),
    "decry": ("criticizes", ("dobj",)),
    "chide": ("criticizes", ("dobj",)),
    "berate": ("criticizes", ("dobj",)),
    "fault": ("criticizes", ("dobj",)),
    "assail": ("criticizes", ("dobj",)),
    "dismiss": ("criticizes", ("dobj",)),  # only "dismissed X as lies": see NEEDS_PREP
    "condemn": ("condemns", ("dobj",)),
    "denounce": ("condemns", ("dobj",)),
    "deplore": ("condemns", ("dobj",)),
    "mock": ("criticizes", ("dobj",)),
    "ridicule": ("criticizes", ("dobj",)),
    "deride": ("criticizes", ("dobj",)),
    "censure": ("criticizes", ("dobj",)),
    "scold": ("criticizes", ("dobj",)),
    "excoriate": ("criticizes", ("dobj",)),
    "reprimand": ("criticizes", ("dobj",)),
    "admonish": ("criticizes", ("dobj",)),
    "upbraid": ("criticizes", ("dobj",)),
    "blame": ("accuses", ("dobj",)),
    "accuse": ("accuses", ("dobj",)),
    # CAMEO 112 "accuse" by legal process: "charged X with fraud", "indicted X", "sued X".
    "charge": ("accuses", ("dobj",)),  # only "charged X with": see NEEDS_PREP
    "indict": ("accuses", ("dobj",)),
    "sue": ("accuses", ("dobj",)),
    "threaten": ("threatens", ("dobj",)),
    "attack": ("attacks", ("dobj",)),
    "strike": ("attacks", ("dobj",)),
    "bomb": ("attacks", ("dobj",)),
    "invade": ("attacks", ("dobj",)),
    "oppose": ("opposes", ("dobj",)),
    "reject": ("opposes", ("dobj",)),
    "resist": ("opposes", ("dobj",)),
    "object": ("opposes", ("to",)),  # "objected to the plan"
    "veto": ("opposes", ("dobj",)),  # "vetoed the resolution": a stance cast with a vote
    "provide": ("providesAidTo", ("to", "dative", "for")),
    "give": ("providesAidTo", ("dative", "to")),
    "lend": ("providesAidTo", ("dative", "to")),
    "supply": ("providesAidTo", ("dobj", "to")),
    "aid": ("providesAidTo", ("dobj",)),
    "help": ("providesAidTo", ("dobj",)),
    "invest": ("investsIn", ("in",)),
    "cooperate": ("cooperatesWith", ("with",)),
    "ally": ("cooperatesWith", ("with",)),
    "align": ("cooperatesWith", ("with",)),
    "side": ("supports", ("with",)),  # "sided with Kenya"
    "stand": ("supports", ("by",)),  # "stood by Kenya"; "stood with" may be a photograph, not a stance
    # CAMEO 07 "provide aid": money given by name.
    "allocate": ("providesAidTo", ("to",)),
    "donate": ("providesAidTo", ("to",)),
    # A court's verdict against a party: "the court convicted X", "X was sentenced by a judge".
    "convict": ("rulesAgainst", ("dobj",)),
    "sentence": ("rulesAgainst", ("dobj",)),
    "lead": ("leaderOf", ("dobj",)),
    "head": ("leaderOf", ("dobj",)),
    "chair": ("leaderOf", ("dobj",)),  # "chairs the board"; a chaired meeting is a concept, no named object
    "reign": ("leaderOf", ("over",)),  # "reigned over Ethiopia"
    "govern": ("leaderOf", ("dobj",)),  # "has governed the country since 2010"; a ruler's "rule": leaders.ruled
    "found": ("leaderOf", ("dobj",)),  # "founded the party": a founder heads it (eventwords.PARTY_TYPES)
    "kill": ("killed", ("dobj",)),
    "murder": ("killed", ("dobj",)),
    "assassinate": ("killed", ("dobj",)),
    "shoot": ("killed", ("dobj",)),
    "work": ("worksFor", ("for", "at")),
    "teach": ("worksFor", ("at",)),  # "teaches at the University of X"
    "serve": ("worksFor", ("under",)),  # "served under Governor X"
    "employ": ("worksFor", ("dobj",)),
    "live": ("livesIn", ("in",)),
    "reside": ("livesIn", ("in",)),
    "arrive": ("visits", ("in",)),  # "arrived in Cairo for a three-day visit"
    # A journey's end is a trip to the place: "flew to Doha", "fled to Chile", "landed in Lima".
    "travel": ("visits", ("to",)),
    "fly": ("visits", ("to",)),
    "flee": ("visits", ("to",)),
    "escape": ("visits", ("to",)),
    "land": ("visits", ("in",)),
    "sign": ("agreesWith", ("with",)),  # "signed the deal in Jakarta with PLN's director"; a noun object goes first
} | EVENT_VERBS

# Verbs that state the relation only beside a preposition: "dismissed the report as lies" is a criticism,
# "dismissed the minister" a firing.
NEEDS_PREP = {"dismiss": "as", "charge": "with", "name": "as"}

# Verbs whose hedged use names an agenda, not talks held: "Kim may discuss X with Burns". Kept only as asserted.
AGENDA_VERBS = {"discuss"}

# Journeys that are a visit only when a person makes them to a place: "the Rohingya fled to India" is a
# migration.
PERSONAL_VERBS = {"travel", "fly", "flee", "escape", "land"}

# Participles whose passive subject is the actor: "Kenya is allied with Uganda", "was aligned with Russia".
STATIVE_PASSIVES = {"ally", "align"} | STATIVE_KIN

# Adjectives that state a stance towards what follows "of": "was supportive of the plan", "critical of Ruto".
ADJECTIVES = {"supportive": "supports", "critical": "criticizes", "opposed": "opposes", "hostile": "opposes",
              "grateful": "praises", "married": "familyOf", "scathing": "criticizes", "dismissive": "criticizes"}
# The preposition each takes: "opposed to", "grateful to"; "critical to" means needed, not a stance.
ADJECTIVE_PREPS = {"opposed": ("to",), "married": ("to",), "hostile": ("to", "towards", "toward"), "grateful": ("to",),
                   "scathing": ("about", "of"), "dismissive": ("of",)}

# Stances whose object may be an actor's act: "praised Kenya's efforts" praises Kenya.
STANCES = {"praises", "criticizes", "condemns", "supports", "opposes", "accuses"}

# Passive voice swaps the roles: "employed by X" puts the employer in the agent slot.
PASSIVE_INVERSE = {"worksFor"}

# Nouns that state a relation: "Maduro's backers", "a visit to Russia", "U.S. sanctions".
# The tuple says where the object stands: "poss" (Maduro's backer), or a preposition.
NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "backer": ("supports", ("poss", "of")),
    "support": ("supports", ("for",)),
    "supporter": ("supports", ("poss", "of")),
    "ally": ("supports", ("poss", "of")),
    "sponsor": ("supports", ("poss", "of")),
    "patron": ("supports", ("poss", "of")),
    "critic": ("criticizes", ("poss", "of")),
    "criticism": ("criticizes", ("of",)),
    # "expressed her disappointment in the council", "voiced displeasure with Kenya's handling of the case".
    "disappointment": ("criticizes", ("in", "with", "at", "over")),
    "dissatisfaction": ("criticizes", ("with", "at", "over")),
    "displeasure": ("criticizes", ("with", "at", "over")),
    "anger": ("criticizes", ("at", "over", "with")), "outrage": ("criticizes", ("at", "over")),
    "accusation": ("accuses", ("against",)),
    "allegation": ("accuses", ("against",)),
    "lawsuit": ("accuses", ("against",)),
    "complaint": ("accuses", ("against",)),
    # "filed charges against X", "built a case against X": who brings them accuses (not who faces or drops them).
    "charge": ("accuses", ("against",)),
    "case": ("accuses", ("against",)),
    "indictment": ("accuses", ("against",)),
    "warning": ("warns", ("to",)),
    "threat": ("threatens", ("against",)),  # "its threat against X"; "a threat to X" is oftener a danger
    "gratitude": ("praises", ("to", "for")),  # "expressed gratitude to X", "for Kenya's help"
    "appreciation": ("praises", ("to", "for")),
    "thanks": ("praises", ("to",)),
    "praise": ("praises", ("for",)),
    "partnership": ("cooperatesWith", ("with",)),
    "partner": ("cooperatesWith", ("poss", "of")),  # "China's largest trading partner", "a partner of the EU"
    "cooperation": ("cooperatesWith", ("with",)),
    "coordination": ("cooperatesWith", ("with",)),  # "coordination with Arab countries"
    "alliance": ("cooperatesWith", ("with",)),
    "opponent": ("opposes", ("poss", "of")),
    "opposition": ("opposes", ("to",)),  # "voiced opposition to the bill"; "the opposition" alone is a party
    "backing": ("supports", ("of", "for")),
    "endorsement": ("supports", ("of", "for")),
    "solidarity": ("supports", ("with",)),  # "expressed solidarity with Ukraine"
    "tribute": ("praises", ("to",)),  # "paid tribute to X"
    "homage": ("praises", ("to",)),  # "paid homage to X"
    "congratulation": ("praises", ("to",)),  # "extended congratulations to X"; not "thanks to X", a cause
    "enemy": ("opposes", ("poss", "of")),
    "foe": ("opposes", ("poss", "of")),  # "a longtime foe of X"
    "adversary": ("opposes", ("poss", "of")),
    "nemesis": ("opposes", ("poss", "of")),
    "visit": ("visits", ("to",)),
    "trip": ("visits", ("to",)),
    "tour": ("visits", ("of", "to")),
    "sanction": ("sanctions", ("on", "against")),
    "meeting": ("meetsWith", ("with",)),
    "call": ("meetsWith", ("with",)),
    "conversation": ("meetsWith", ("with",)),
    "agreement": ("agreesWith", ("with",)),
    "treaty": ("agreesWith", ("with",)),
    "accord": ("agreesWith", ("with",)),
    "pact": ("agreesWith", ("with",)),
    "deal": ("agreesWith", ("with",)),
    "contract": ("agreesWith", ("with",)),  # "signed a contract with the railway authority"
    "memorandum": ("agreesWith", ("with",)),
    "memoranda": ("agreesWith", ("with",)),  # the lemmatiser keeps the Latin plural and the abbreviation
    "mou": ("agreesWith", ("with",)),
    "mous": ("agreesWith", ("with",)),
    "ceasefire": ("agreesWith", ("with",)),
    "truce": ("agreesWith", ("with",)),
    "airstrike": ("attacks", ("on", "against")),
    "condemnation": ("condemns", ("of",)),
    "summit": ("meetsWith", ("with",)),
    "talk": ("negotiatesWith", ("with",)),
    "negotiation": ("negotiatesWith", ("with",)),
    "investment": ("investsIn", ("in",)),
    "aid": ("providesAidTo", ("to", "for")),
    "loan": ("providesAidTo", ("to", "for")),
    "grant": ("providesAidTo", ("to", "for")),
    "donation": ("providesAidTo", ("to",)),
    "assistance": ("providesAidTo", ("to", "for")),
    "attack": ("attacks", ("on", "against")),
    "invasion": ("attacks", ("of",)),
    "deployment": ("deploysTo", ("to",)),
} | EVENT_NOUNS
# What a passive "given to X by Y" must give to be aid ("aid was given to Kenya by Japan", not "a tour"): the aid
# nouns above, and goods.
AID_GIVEN = {noun for noun, (predicate, _) in NOUNS.items() if predicate == "providesAidTo"} | {
    "money", "fund", "funding", "vaccine", "dose", "food", "supply", "weapon", "arm", "equipment", "relief", "cash",
    "help", "medicine", "ammunition"}

# Light verbs carry no relation themselves: in "held talks with", the noun does.
LIGHT_VERBS = {"hold", "have", "conduct", "enter", "start", "open", "begin", "resume", "host", "pay", "make", "sign",
               "reach", "conclude", "seal", "ink", "strike", "launch", "carry", "issue", "impose", "slap",
               "express", "extend", "convey", "voice", "send", "deliver",
               # "filed a lawsuit against", "lodged a complaint with", "levelled accusations against".
               "file", "lodge", "bring", "level"} | STAKE_VERBS
# Relations of two sides' encounter, whose nouns ("a meeting with X", "talks with X") may set a clause's scene.
ENCOUNTERING = {"meetsWith", "negotiatesWith"}
# Relations whose object must be named: "hosted talks" is no meeting with the talks.
NAMED_OBJECTS = {"leaderOf", "meetsWith", "visits", "agreesWith", "nominates", "familyOf", "partOf", "rulesAgainst"}

# Nouns that are nodes of their own when they are the object of a relation ("backed negotiations").
CONCEPTS = {"talk", "negotiation", "dialogue", "sanction", "cooperation", "aid", "loan", "troop",
            "opposition", "government", "deal", "agreement", "accord", "ceasefire", "truce", "election",
            "referendum", "treaty", "peace", "assistance", "investment", "regime", "military", "army",
            "protest", "reform", "plan", "proposal", "resolution", "summit", "specialist", "delegate",
            "weapon", "equipment", "oil", "embargo", "blockade", "coup", "war", "conflict", "strike",
            "measure", "package", "decision", "deployment", "meeting", "offer", "bill", "law", "policy",
            "invasion", "annexation", "ultimatum",
            # events and acts an actor attends, condemns or opposes: "attended the ceremony", "condemned the executions"
            "execution", "attack", "killing", "violence", "crackdown", "bombing", "massacre", "assassination",
            "ceremony", "hearing", "festival", "conference", "forum", "funeral", "inauguration",
            "legislation", "visit", "talks"}

# Acts that "welcomed" supports rather than meets.
WELCOMED_ACTS = {"proposal", "plan", "decision", "deal", "agreement", "accord", "ceasefire", "truce", "resolution",
                 "offer", "measure", "package", "reform", "treaty"}

# Nouns for the machinery of a state: "the Russian government" acts for Russia.
GOVERNMENT_NOUNS = {"government", "administration", "authorities", "regime", "military", "army", "navy",
                    "forces", "ministry", "cabinet", "leadership", "state", "officials", "diplomats"}

# Bodies a person heads that news may leave unnamed ("the leader of the opposition", "head of the delegation"):
# the common noun is the node. Not "board" or "team": there the firm or club is the body a reader means.
HEADED_BODIES = {"opposition", "delegation", "committee", "council", "commission", "panel", "mission", "taskforce"}
# Nouns that name a body, not an act: "Nigeria's ruling party chairman" leads the party, not Nigeria; a stance
# towards "Sudan's Wagner group" is none towards Sudan.
BODY_NOUNS = {"party", "company", "firm", "bank", "union", "club", "team", "group", "movement", "association",
              "council", "commission", "committee", "board", "agency", "organisation", "organization",
              "university", "court", "federation", "league", "coalition", "alliance", "network", "front", "church",
              "corporation", "institute", "office", "foundation", "authority", "airline", "bureau", "service",
              "militia", "faction", "wing", "rebel"}


# "shot to fame", "catapulted to stardom": the verb's sense is rising, not its own.
FAME = {"fame", "prominence", "stardom", "popularity", "notoriety"}


def idiom(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ in FAME for p in c.children)
               for c in verb.children)
