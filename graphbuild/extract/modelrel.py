"""The trained CoNLL04 relation classifier's findings (a profile's optional component), as relation rules' Found."""
from __future__ import annotations

from .arguments import Arg
from .clauses import lowest_common_ancestor
from .found import Found, PLACES

MODEL_PREDICATES = {"Work_For": "worksFor", "Kill": "killed", "OrgBased_In": "basedIn", "Live_In": "livesIn",
                    "Located_In": "locatedIn"}


MODEL_TYPES = {"Work_For": ({"Person"}, {"Organization"}), "Kill": ({"Person"}, {"Person"}),
               "OrgBased_In": ({"Organization"}, PLACES), "Live_In": ({"Person"}, PLACES),
               "Located_In": ({"Place", "City"}, PLACES)}


def model_relations(rules) -> list[Found]:
    """The trained classifier's CoNLL04 relations, read off doc._.conll04_relations when it ran."""
    if not rules.doc.has_extension("conll04_relations"):
        return []
    out = []
    for h_start, h_end, t_start, t_end, relation, probability in rules.doc._.conll04_relations:
        head = rules.doc.char_span(h_start, h_end)
        tail = rules.doc.char_span(t_start, t_end)
        if head is None or tail is None:
            continue
        subject = rules.args.resolve(head.root, concepts=False)
        obj = rules.args.resolve(tail.root, concepts=False)
        if subject and obj and subject[0].mention != obj[0].mention and _typed(rules, relation, subject[0], obj[0]):
            anchor = lowest_common_ancestor(head.root, tail.root)
            out.append(Found(subject[0], MODEL_PREDICATES[relation], obj[0], anchor, "model.conll04",
                             score=probability))
    return out

def _typed(rules, relation: str, subject: Arg, obj: Arg) -> bool:
    """The classifier's call only where both mentions have the types its relation joins
    ("Saudi Arabia located in Baghdad" and "X works for the United States" are not kept)."""
    wanted = MODEL_TYPES[relation]
    mentions = rules.args.table.mentions
    if any("://" in mentions[a.mention].text for a in (subject, obj)):
        return False  # a URL line read as a name
    return mentions[subject.mention].type in wanted[0] and mentions[obj.mention].type in wanted[1]
