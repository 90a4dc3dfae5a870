"""Words that set a statement's modality: saying, hedging, planning, denying."""
from __future__ import annotations

# Verbs of saying: what their clause states is attributed to their subject.
SPEECH_VERBS = {"say", "report", "tell", "claim", "announce", "state", "add", "confirm", "cite", "write",
                "quote", "allege", "insist", "note", "warn", "declare", "acknowledge", "suggest"}
HEDGES = {"reportedly", "allegedly", "possibly", "apparently", "perhaps", "probably", "likely",
          "purportedly", "supposedly", "maybe"}
HEDGE_AUX = {"may", "might", "could", "would"}
HEDGE_VERBS = {"seem", "appear", "consider", "likely"}
# What is only planned or announced has not happened: "will meet", "is expected to sanction", "plans to visit".
FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo"}
# "urged Kenya to sanction", "was advised to forge an alliance": what one is pressed to do is not yet done.
FUTURE_VERBS = {"plan", "intend", "expect", "set", "schedule", "due", "slate", "poise", "prepare", "aim", "vow",
                "pledge", "promise", "agree", "ready", "willing", "propose", "decide", "threaten", "resolve",
                "urge", "advise", "ask", "encourage", "invite", "press", "push",
                # "wants to cooperate with the US", "tried to leave": what is wished or attempted is not done.
                "hope", "want", "wish", "try", "attempt", "seek",
                # "urged the youth to endeavour to take part in the event": what one strives to do is not done.
                "endeavour", "endeavor", "strive"}
# Verbs whose object is an act only planned: "plans a visit to Uganda", "proposed talks with Kenya".
PLANNING_VERBS = {"plan", "propose", "schedule", "expect", "intend", "prepare", "seek", "want", "request"}
FUTURE_MODIFIERS = {"planned", "upcoming", "proposed", "expected", "scheduled", "forthcoming", "impending",
                    "future", "prospective", "would-be", "next"}
# Verbs that deny the clause they govern: "refused to back", "denied that it had sent", "failed to attend".
NEGATING_VERBS = {"refuse", "deny", "reject", "decline", "fail", "dismiss", "refute", "rebuff", "disprove",
                  "neglect", "avoid", "forgo", "stop", "cease", "halt", "abandon",
                  "reluctant", "unwilling", "hesitant"}  # "has been reluctant to sanction X": it has not
# Nouns for a claim that a negating verb throws out: "rejected reports that ...".
CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "charge",
               "assertion", "speculation", "notion", "idea"}
