"""Dependency rules that turn clauses and noun phrases into relations between mentions.

Each rule is a small function over tokens; one short comment says which construction it reads.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from . import lexicon
from .found import PLACES, Found
from .arguments import Arg, ArgumentResolver
from . import (blocs, branches, capitals, dwellings, enclosed, gatherings, geography, journeys, kin, nominal,
               joined, ownership, placed, possessed, reproaches, residence, settlements, setoff, units)
from .counsel import office_staff
from .story import story_country
from .conflicts import drop_contradicted, drop_namesakes
from .modality import modality
from .roles import RoleRules
from .titlekinds import is_former
from .storyroles import story_roles
from .abroad import met_abroad
from .modelrel import model_relations
from .attendance import (at_event_noun, attended_at, attended_by, attendees_listed, chaired_by, in_attendance,
                         took_part)
from .presence import (among_those, attended_alone, attended_by_many, in_presence, joined_gathering,
                       listed_attendees, quoted_here)
from .gathered import _named as attendance_named
from .reciprocal import SHARED, hyphen_pair, reciprocal
from .owners import act_owners
from .stances import adjective_stance, at_odds, noun_stances, verb_stances
from . import concerns
from .blame import verb_blame
from .rebukes import for_owners, judges
from . import dealings
from .disputes import NOT_CHARGING, noun_disputes, verb_disputes
from .together import clashed_together, each_other, jointly, nouns_together, paired, worked_closely
from .titled import title_holder
from .leaders import ruled
from .clauses import (agents, counted, has_prep, noun_holder, noun_objects, participles, prep_objects,
                      subject_tokens)

# Relations whose object is a political actor too: a capital there stands for its government
# ("Washington warned Caracas"); for the others ("deployed troops to Caracas") it stays a place.
ACTOR_OBJECTS = {"supports", "opposes", "meetsWith", "negotiatesWith", "sanctions", "warns", "criticizes",
                 "accuses", "threatens", "providesAidTo", "cooperatesWith", "praises", "condemns"}


# Participles whose agent holds the relation the noun names: "sanctions led by the US", "imposed by the EU".
LEADING = {"lead", "impose", "announce", "slap"}

class RelationRules:
    def __init__(self, doc: Doc, resolver: ArgumentResolver, published: str | None = None,
                 dateline: str | None = None, url: str | None = None, home: str | None = None):
        self.doc = doc
        # The story's country, where the caller has read it (None: read here; it gives None again if it was).
        self.home = home if home is not None else story_country(doc, dateline, url)
        self.url = url  # the article's address: a national site's country stands in for a dateline
        self.args = resolver
        self.roles = RoleRules(resolver, published, dateline)
        self.dateline = dateline  # the dateline's place: the story's country, for titles written without one

    def run(self) -> list[Found]:
        found: list[Found] = []
        for token in self.args.table.tokens:
            found += journeys.read(self, token) + ownership.read(self, token)
            if token.pos_ in {"VERB", "AUX"}:
                found += self.verb(token)
                found += nominal.based(self, token)
                found += reciprocal(self, token)
                found += attended_at(self, token) + attended_by(self, token) + attendees_listed(self, token)
                found += chaired_by(self, token)
                found += took_part(self, token) + joined_gathering(self, token) + attended_alone(self, token)
                found += listed_attendees(self, token) + attended_by_many(self, token)
                found += verb_stances(self, token) + verb_disputes(self, token) + verb_blame(self, token)
                found += concerns.verb_concerns(self, token)
                found += reproaches.verb_reproaches(self, token)
                found += clashed_together(self, token) + worked_closely(self, token) + paired(self, token)
                found += jointly(self, token) + each_other(self, token)
                found += dealings.read(self, token)
            if token.pos_ in {"NOUN", "PROPN"}:
                found += self.noun(token) + at_odds(self, token) + noun_stances(self, token) + noun_disputes(self, token)
                found += concerns.voiced_concern(self, token) + reproaches.noun_reproaches(self, token)
                found += nouns_together(self, token)
                found += in_attendance(self, token) + at_event_noun(self, token) + hyphen_pair(self, token)
                found += in_presence(self, token) + quoted_here(self, token)
            if token.lower_ in {"those", "present"} or token.tag_ == "VBG":
                found += among_those(self, token)
            if token.pos_ == "ADJ":
                found += adjective_stance(self, token) + in_attendance(self, token)
        for ent in self.args.table.ents:
            if ent.label_ in {"PERSON", "Peop"}:
                found += self.role(ent)
        found += geography.read(self) + residence.read(self) + placed.read(self) + setoff.read(self) + blocs.read(self)
        found += units.read(self) + branches.read(self) + office_staff(self) + enclosed.read(self)
        found += settlements.read(self)
        found += gatherings.read(self) + dwellings.read(self)
        found = units.roles_in_units(self, found)
        found = drop_namesakes(found, self.args.table)
        found += story_roles(self, found)
        found += met_abroad(self, found)
        return drop_contradicted(found, self.args.table) + model_relations(self)

    def _pairs(self, subj_tokens, obj_tokens, predicate, anchor, rule, *, subj_agent=True):
        out = []
        for s_tok in subj_tokens:
            for subject in self.args.resolve(s_tok, agent=subj_agent, concepts=False):
                for o_tok in obj_tokens:
                    for obj in self.args.resolve(o_tok, agent=predicate in ACTOR_OBJECTS):
                        if obj.via == "concept" and predicate in lexicon.NAMED_OBJECTS:
                            continue
                        # "attended the function": a gathering that is no concept of the other relations is a node
                        # only for who attends it.
                        if obj.via == "concept" and predicate != "attends" and self._gathering_only(obj):
                            continue
                        if obj.mention != subject.mention and not self._one_party(subject, obj, predicate):
                            out.append(Found(subject, predicate, obj, anchor, rule))
        return out

    def _gatherings(self, predicate: str, objects: list) -> list:
        """What is attended: "a G20 foreign ministers' meeting" is the G20's, "the closing ceremony" the story's one
        named gathering's (gathered._named)."""
        return [attendance_named(self, o) for o in objects] if predicate == "attends" else objects

    def _gathering_only(self, arg: Arg) -> bool:
        return self.args.table.get(arg.mention).link.removeprefix("concept:") not in lexicon.CONCEPTS

    def _one_party(self, a: Arg, b: Arg, predicate: str) -> bool:
        """Two mentions of one name, or a name and its surname ("Cyril Ramaphosa", "Ramaphosa"), are one party:
        a relation between them is a misread reference. Family shares surnames, so there only the whole name."""
        first, second = self.args.table.get(a.mention).name, self.args.table.get(b.mention).name
        if first == second:
            return True
        return predicate != "familyOf" and (first.endswith(" " + second) or second.endswith(" " + first))

    def make(self, subject: Arg, predicate: str, obj: Arg, anchor: Token, rule: str) -> Found:
        return Found(subject, predicate, obj, anchor, rule)

    def mention_type(self, arg: Arg) -> str:
        return self.args.table.get(arg.mention).type

    def verb(self, verb: Token) -> list[Found]:
        return joined.headed_organs(self, verb, dealings.typed(self, verb, self.verb_rules(verb)))

    def verb_rules(self, verb: Token) -> list[Found]:
        lemma = verb.lemma_.lower()
        entry = lexicon.VERBS.get(lemma)
        if lemma in lexicon.LIGHT_VERBS:
            light = self.light_verb(verb)
            if light:
                return light
        passive_doers = agents(verb)
        if entry is None or lexicon.idiom(verb):
            return self.open(verb)
        predicate, slots = ruled(verb) or entry
        if passive_doers and predicate in dealings.MOVING and ("dobj" not in slots or has_prep(verb, "to")):
            return dealings.moved_passive(self, verb, predicate, slots, passive_doers)
        # Passive participle on a noun: "negotiations ..., mediated by Norway".
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and passive_doers:
            return self._pairs(passive_doers, self._gatherings(predicate, [verb.head]), predicate, verb, "passive.acl")
        # "The talks, held in Doha and attended by X": the second participle shares the noun.
        if verb.dep_ == "conj" and verb.tag_ == "VBN" and passive_doers and verb.head.dep_ == "acl":
            return self._pairs(passive_doers, self._gatherings(predicate, [verb.head.head]), predicate, verb,
                               "passive.acl")
        # Passive clause: "Talks were mediated by Norway".
        passive_subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive_subj and passive_doers:
            if predicate in lexicon.PASSIVE_INVERSE:
                return self._pairs(passive_subj, passive_doers, predicate, verb, "passive.inverse")
            # "Ruto's decision was criticised by X" criticizes Ruto, as the active clause does.
            done = for_owners(self, passive_subj) if predicate in lexicon.STANCES else passive_subj
            return self._pairs(passive_doers, self._gatherings(predicate, done), predicate, verb, "passive.clause")
        needed = lexicon.NEEDS_PREP.get(lemma)
        if needed and not has_prep(verb, needed):
            return []
        # Active clause, direct or prepositional object: "backed negotiations", "met with Putin".
        objects = self._gatherings(predicate, prep_objects(verb, slots))
        if predicate == "meetsWith":
            objects = [title_holder(o, self.args.table) or o for o in objects]
        if predicate in lexicon.STANCES:
            objects = for_owners(self, objects)
        if predicate == "attacks" and lemma in lexicon.LIGHT_VERBS:
            objects = [o for o in objects if o.lemma_.lower() not in lexicon.NOUNS]  # "struck a deal" is no attack
        if predicate == "investsIn":
            objects = dealings.invest_targets(self, verb, objects)
        subjects = subject_tokens(verb)
        # "Kenya is allied with Uganda": the passive subject of a stative participle is the actor.
        if lemma in lexicon.STATIVE_PASSIVES and not subjects:
            subjects = passive_subj
        # "welcomed the proposal" supports it; "welcomed the minister" is a meeting.
        acts = [o for o in objects if lemma == "welcome" and o.lemma_.lower() in lexicon.WELCOMED_ACTS]
        out = (self._pairs(subjects, [o for o in objects if o not in acts], predicate, verb, "verb.active")
               + self._pairs(subjects, acts, "supports", verb, "verb.active"))
        if lemma in lexicon.AGENDA_VERBS and modality(verb) != "asserted":
            return []
        if lemma in lexicon.PERSONAL_VERBS:
            out = [f for f in out if self.mention_type(f.subject) == "Person" and self.mention_type(f.object) in PLACES]
        return out

    def light_verb(self, verb: Token) -> list[Found]:
        # "held talks with the opposition": the noun names the relation, the verb gives the subject.
        out = []
        # "X thanked Y, who came forward, and expressed her regret": the verb may be the relative clause's.
        if verb.dep_ == "conj" and any(t.dep_ == "relcl" for t in verb.doc[verb.head.i + 1:verb.i]) \
                and not any(c.dep_ == "nsubj" for c in verb.children):
            return []
        for dobj in (c for c in verb.children if c.dep_ == "dobj"):
            noun = counted(dobj)
            entry = lexicon.NOUNS.get(noun.lemma_.lower())
            if entry:
                preps = tuple(s for s in entry[1] if s != "poss")
                # "expressed gratitude to Lopez", "a spate of sanctions on Russia": the parser hangs the noun's
                # preposition on the verb or on the quantity noun.
                objects = noun_objects(noun, preps) or prep_objects(dobj, preps) or prep_objects(verb, preps)
                # "signed a memorandum of understanding with X": the partner may hang from the kind after "of".
                if not objects and entry[0] in SHARED:
                    objects = [o for k in prep_objects(noun, ("of",)) if k.pos_ == "NOUN"
                               for o in prep_objects(k, preps)]
                if entry[0] in lexicon.STANCES:
                    objects += act_owners(self, objects)
                # "Venezuela, where Russia has major investments": the place is the relative's head.
                if not objects and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
                    objects = [verb.head]
                out += self._pairs(subject_tokens(verb), objects, entry[0], verb, "light-verb")
        return out

    def open(self, verb: Token) -> list[Found]:
        # Any other verb between two named things keeps its lemma and preposition.
        if verb.pos_ != "VERB" or verb.lemma_.lower() in lexicon.SPEECH_VERBS:
            return []
        out = []
        subjects = subject_tokens(verb)
        for child in verb.children:
            if child.dep_ == "dobj":
                objs, name = [child], verb.lemma_.lower()
            elif child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                name = f"{verb.lemma_.lower()}_{child.lower_}"
            else:
                continue
            for found in self._pairs(subjects, objs, f"open:{name}", verb, "open"):
                if found.object.via != "concept":
                    out.append(found)
        return out

    def noun(self, noun: Token) -> list[Found]:
        entry = lexicon.NOUNS.get(noun.lemma_.lower())
        out: list[Found] = []
        if noun.lemma_.lower() == "capital":
            out += self.capital(noun) + capitals.read(self, noun)
        out += nominal.located(self, noun) + nominal.part_of(self, noun) + kin.family(self, noun)
        out += nominal.seated_in(self, noun) + nominal.place_appos(self, noun) + nominal.home_country(self, noun)
        out += nominal.own_party(self, noun) + possessed.country_firm(self, noun)
        out += [Found(person, kind, body, anchor, "role.description") for person, kind, body, anchor
                in self.roles.description(noun) + self.roles.counterpart(noun) if person.mention != body.mention]
        if entry is None:
            return out
        predicate, slots = entry
        objects = [c for c in noun.children if c.dep_ == "poss"] if "poss" in slots else []
        objects += noun_objects(noun, tuple(s for s in slots if s != "poss"))
        if predicate in lexicon.STANCES:
            objects += act_owners(self, objects)
        holders, verb = noun_holder(noun, exclude=set(objects))
        if noun.dep_ == "appos" and noun.lemma_.lower() == "collaboration":
            holders = []  # "the single X, a collaboration with Y": what it describes is a work, not a party
        # "Kenya plans a visit to Uganda": a planned act is no fact, and the clause's mood cannot say so here.
        # "NTU should investigate allegations against X": who probes, faces or denies an accusation makes none.
        lemma = verb.lemma_.lower() if verb is not None else ""
        # "Kenya condemned the attack on Uganda": who judges an act is no party to it. "cancelled his visit to
        # Ghana": a trip called off was not made.
        # "In a meeting with X, Y praised the plan": a meeting that sets the scene is no act the verb judges.
        scene = noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at"} and predicate in lexicon.ENCOUNTERING
        if noun.dep_ == "dobj" and (lemma in lexicon.PLANNING_VERBS or predicate == "accuses"
                                    and lemma in NOT_CHARGING) or judges(verb) and not scene \
                or journeys.called_off(noun, verb, predicate):
            holders = []
        out += dealings.signatories(self, self._pairs(holders, objects, predicate, verb or noun, "noun"))
        # "sanctions led by Japan against Peru": who leads or imposes them holds them too.
        leaders = [p for v in participles(noun) if v.lemma_.lower() in LEADING for p in agents(v)]
        # "the acquisition of X by Nexperia": the act's agent named after "by".
        leaders += prep_objects(noun, ("by",)) if noun.pos_ == "NOUN" else []
        out += self._pairs(leaders, objects, predicate, noun, "noun")
        # "talks between the government and the opposition": the two sides relate to each other.
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "between" and not journeys.called_off(noun, None, predicate):
                sides = [c for c in child.children if c.dep_ == "pobj"]
                if sides:
                    args = self.args.resolve(sides[0], agent=True)
                    for i, first in enumerate(args):
                        for second in args[i + 1 :]:
                            out.append(Found(first, predicate, second, noun, "between"))
        return out

    def capital(self, noun: Token) -> list[Found]:
        # "the Venezuelan capital of Caracas": the city is the country's capital.
        cities = prep_objects(noun, ("of",))
        owners = [c for c in noun.children if c.dep_ in {"amod", "poss", "compound"}]
        return [f for f in self._pairs(cities, owners, "capitalOf", noun, "noun.capital", subj_agent=False)
                if self.mention_type(f.object) == "Country"]  # "Jujuy's capital": a province is no country

    def role(self, ent) -> list[Found]:
        # "Venezuelan President Nicolas Maduro", "opposition leader Juan Guaido", "Putin, the Russian president".
        # A known leader's rule keeps its own name; a former office lowers either's confidence alike.
        return [Found(person, kind, body, anchor, ("role.known-leader" if body.via == "table" else "role")
                      + (".former" if is_former(anchor) else ""))
                for person, kind, body, anchor in self.roles.person(ent) if person.mention != body.mention]
