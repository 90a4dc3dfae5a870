"""What a relation rule finds: two arguments, a predicate, the word that states it, and how much it is trusted."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import Arg

# The predicates of a person's place in a body, which the role rules read and rewrite together.
ROLES = {"leaderOf", "memberOf", "spokespersonFor", "worksFor"}
# Resolved mention types that are places.
PLACES = {"Place", "City", "Country"}
# How much a rule is trusted before modality and coreference lower it.
CONFIDENCE = {"model": 0.5, "verb": 0.85, "passive": 0.85, "noun": 0.75, "light-verb": 0.8, "role": 0.8,
              "between": 0.7, "open": 0.5}
# A mention reached through coreference or metonymy is a little less certain than a name.
VIA_FACTOR = {"coref": 0.9, "metonymy": 0.9, "government": 0.95, "demonym": 0.9, "example": 0.9, "table": 0.9}


@dataclass(frozen=True)
class Found:
    subject: Arg
    predicate: str
    object: Arg
    anchor: Token  # the word that states the relation: modality, speaker and date are read from it
    rule: str
    score: float | None = None  # a trained model's probability, used instead of the rule's prior

    @property
    def confidence(self) -> float:
        score = self.score if self.score is not None else CONFIDENCE[self.rule.split(".")[0]]
        for arg in (self.subject, self.object):
            score *= VIA_FACTOR.get(arg.via, 1.0)
        if self.rule.endswith(".former"):
            score *= 0.75  # an office once held: kept as the text states it, trusted less as a standing fact
        return round(score, 3)
