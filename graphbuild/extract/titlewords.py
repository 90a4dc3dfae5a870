"""Title words: which office a title names (head, member, staff, spokesperson), and the words inside titles."""
from __future__ import annotations

# Titles that make a person the leader of the country or body named beside them: heads of state and
# government lead their country, heads of an organisation lead the body.
LEADER_TITLES = {"president", "leader", "chancellor", "premier", "king", "queen", "emir", "sultan", "chairman",
                 "chairwoman", "chairperson", "chair", "head", "dictator", "ruler", "chief", "secretary-general", "ceo",
                 "director-general", "monarch", "governor", "mayor", "director", "speaker", "commissioner"}
# Titles of more than one word, read from their last words.
LEADER_PHRASES = ("prime minister", "secretary general", "director general", "chief executive", "chief minister",
                  "executive director", "managing director", "general director", "first minister", "supreme leader",
                  "head of state", "supreme commander", "commander in chief", "general manager", "floor leader", "chief executive officer",
                  "executive secretary")  # "Executive Secretary of ECOWAS" heads its secretariat and the body
MEMBER_TITLES = {"minister", "lawmaker", "senator", "official", "diplomat", "ambassador", "envoy",
                 "spokesman", "spokeswoman", "spokesperson", "general", "commander", "member", "secretary",
                 "prince", "princess", "legislator", "mp", "representative", "magistrate", "judge", "justice",
                 "attache", "consul", "undersecretary", "under-secretary",
                 # Ranks of the police and the army: members of the force or the state they serve.
                 "colonel", "lieutenant", "brigadier", "sergeant", "superintendent", "constable"}
# Staff who work for a body or a person without holding office in it.
WORKS_TITLES = {"adviser", "advisor", "lawyer", "attorney", "aide", "counsel", "analyst", "economist", "researcher",
                "consultant", "engineer", "manager", "editor", "correspondent", "reporter", "journalist", "employee",
                "coach", "professor", "lecturer", "scientist", "officer", "instructor", "teacher", "strategist",
                "expert", "executive"}
# Words inside a title: "Prime Minister", "Crown Prince", "Vice Chairman", "Director-General".
TITLE_PARTS = {"prime", "vice", "deputy", "crown", "executive", "managing", "first", "acting", "interim", "high",
               "grand",
               "special", "senior", "chief", "floor", "under",
               "assistant", "supreme", "vice-president", "vice-chairman", "deputy-president"}
# An office below the head: "Vice Chairman", "deputy prime minister" are members, not leaders.
DEPUTY_WORDS = {"vice", "deputy", "assistant", "vice-president", "vice-chairman", "deputy-president"}
# Portfolios and departments that qualify a title without naming its body ("Health Minister").
DEPARTMENTS = {"foreign", "natural", "resources", "health", "finance", "interior", "defence", "defense", "trade",
               "education", "justice",
               "agriculture", "energy", "economy", "information", "transport", "labour", "labor", "tourism",
               "environment", "home", "external", "affairs", "culture", "sport", "sports", "water", "mining", "mine",
               "petroleum", "oil", "science", "technology", "communication", "communications", "security",
               "treasury", "fishery", "fisheries", "land", "lands", "housing", "planning", "works", "state",
               "industry", "commerce", "development", "women", "youth", "gender", "immigration", "public",
               "budget", "investment", "culture", "cooperation", "relations", "integration", "trade",
               "international", "national", "regional", "local", "legal", "press", "media", "policy", "financial",
               "fiscal", "economic", "monetary", "intelligence", "climate", "war", "veterans", "digital",
               "religious", "endowments", "electricity", "telecommunications", "infrastructure", "aviation",
               "heritage", "family", "social", "welfare", "employment", "finance", "interior", "justice"}
SPOKES_TITLES = {"spokesman", "spokeswoman", "spokesperson"}

# "Emperor Menelik of Ethiopia", "the boss of the carmaker": heads; "Treasurer X" holds a cabinet's or a body's
# purse, an office in it.
LEADER_TITLES |= {"emperor", "empress", "boss"}
MEMBER_TITLES |= {"treasurer"}
WORKS_TITLES |= {"assistant"}

# "Chargé d'Affaires X": the diplomat heading an embassy is a member of the sending state.
MEMBER_TITLES |= {"d'affaires", "d’affaires"}
TITLE_PARTS |= {"chargé", "chargée"}

# "PPP Rep. X", "Sen. Y": the abbreviated chamber seats; a party's whip is one of its officers.
MEMBER_TITLES |= {"rep", "rep.", "sen.", "whip", "mk"}  # "MK": a member of the Knesset
# "business manager", "the business secretary": a portfolio word.
DEPARTMENTS |= {"business"}
# "OC of Mohonpur Police Station": the officer in charge heads the station.
LEADER_TITLES |= {"oc"}
# "Delta Marketing Manager X": a firm's departments qualify a title without naming its body.
DEPARTMENTS |= {"marketing", "sales", "operations", "research", "strategy", "technical"}
# "the publishing director of X", "its programme director": one function of the body, not its head (as all
# DEPARTMENTS, they also qualify a minister's portfolio: "Production Minister X").
DEPARTMENTS |= {"publishing", "editorial", "creative", "production", "programme", "program", "programming",
                "design"}

# "the founder of X" heads what he founded; "University student X" is one of its members.
LEADER_TITLES |= {"founder"}
MEMBER_TITLES |= {"student"}
# "a senior fellow at the X Institute", "a partner at law firm Y": staff of the body after the title.
WORKS_TITLES |= {"fellow", "partner"}
# "Chief Commercial Officer", "chief operating officer", "chief data officer": a firm's officers.
DEPARTMENTS |= {"commercial", "operating", "data"}
# "a detective in the Metro Police", "a councillor of the Unity Party": ranks and seats, members of the body.
MEMBER_TITLES |= {"detective", "inspector", "councillor", "councilor", "trustee"}
# "Green Front activist X", "a militant of the Y Brigades": one of the body's people; never a state's ("Kenyan
# activist X" is no member of Kenya).
BODY_ONLY_TITLES = {"activist", "militant"}
MEMBER_TITLES |= BODY_ONLY_TITLES
# Staff titles whose "to" names whom they serve ("a special adviser to the X Trust"; "ambassador to" is a post's place).
ADVISING = {"adviser", "advisor", "aide", "consultant", "counsel", "counsellor", "counselor", "assistant"}
# Posts a state has: "a lawmaker from Kenya" is one of Kenya's ("a student from Kenya" is not).
STATE_POSTS = {"lawmaker", "legislator", "senator", "mp", "official", "diplomat", "minister", "ambassador", "envoy",
               "representative", "consul", "undersecretary"}
# "rector of X University", "convener of the X Forum": the head of a university and of a coalition or forum.
LEADER_TITLES |= {"rector", "convener", "convenor"}
# "Union law minister X", "Revenue Minister Y", "Unification Minister Z", "Climate Change Minister W",
# "Interior and Safety Minister V", "Human Rights Minister U": portfolios of cabinets the list above did not name.
DEPARTMENTS |= {"law", "revenue", "unification", "safety", "change", "human", "rights"}
# "Kenya's High Commissioner to Britain": a Commonwealth state's envoy, a member of the state that sends him,
# not the head of a commission.
MEMBER_PHRASES = ("high commissioner",)
# "a nurse at X Hospital", "a China specialist at the Y Agency", "a land worker with the Z Centre": staff of the body
# after the title, never of a country ("a Kenyan doctor").
WORKS_TITLES |= {"nurse", "doctor", "physician", "surgeon", "worker", "staffer", "specialist", "investigator",
                 "scholar", "technician"}
# "a BJP politician", "Labour politician X": one of the party's people; "a Kenyan politician" holds no post of Kenya.
BODY_ONLY_TITLES |= {"politician"}
MEMBER_TITLES |= BODY_ONLY_TITLES
# "a Chilean congressman", "X, a parliamentarian from Y": a seat in the state's legislature; "Chile's chief
# negotiator X": an envoy of the state or body.
LAWMAKERS = {"congressman", "congresswoman", "parliamentarian", "assemblyman", "assemblywoman"}
MEMBER_TITLES |= LAWMAKERS | {"negotiator"}
STATE_POSTS |= LAWMAKERS

# Word lists of the role rules (roles.py).
# Abbreviated ranks between an office and the name: "Intelligence Director Maj. Gen. X" holds the directorship.
RANKS = {"maj", "gen", "col", "lt", "brig", "capt", "cmdr", "adm", "sgt"}
# Naval and air ranks, no offices of their own: "Port Authority Chairman Rear Admiral X" holds the chair.
FULL_RANKS = {"rear", "admiral", "commodore", "marshal"}
INSIDE_TITLES = DEPARTMENTS | RANKS | FULL_RANKS | {"major"}  # between title words: "Commander Major General"
DESCRIPTION_TITLES = (LEADER_TITLES | {"minister", "ambassador", "envoy", "diplomat", "official", "lawmaker",
                      "senator", "spokesman", "spokeswoman", "spokesperson"}) - {"head", "chief", "leader"}
# "Punjab Chief Minister", "Kerala Finance Minister": a state's own government has ministers.
PLACE_TITLES = {"governor", "mayor", "senator", "lawmaker", "legislator", "mp", "premier", "chief", "king", "queen",
                "emir", "sultan", "minister"}
GROUP_TITLES = {"leader", "member", "chairman", "chairwoman", "lawmaker", "senator", "mp", "spokesman",
                "spokeswoman", "spokesperson", "legislator"}
COURT_TITLES = {"judge", "justice", "magistrate"}
PLEADERS, PLEADED_AT = {"lawyer", "attorney", "advocate", "counsel"}, {"court", "tribunal", "station", "prison"}
BODY_WORDS = ("commission", "committee", "council", "association", "party", "union", "federation", "board",
              "league", "authority", "company", "group", "corporation", "foundation")
