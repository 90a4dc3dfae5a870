"""Units of a university or a like body, written with the body right after their name: "the Institute for
Urban Water Policy at the University of Toronto", "the Faculty of Law of Kestrel University"; and units
whose name starts with their body's: "the VSU Centre for Ocean Studies", "the Knesset Foreign Affairs Committee".

Read on the surface, as ``seats.sited`` reads a body "in" a city: the parser hangs the "at" phrase on whatever
noun the sentence is about ("director of the Centre ... at the University"), but the words keep their order.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..resolve import kinds
from .arguments import Arg
from .institutions import STATE_BODIES
from .found import ROLES

# Head words of a unit's name: a centre or faculty is a part of the university it is written with.
UNIT_HEADS = {"institute", "centre", "center", "faculty", "school", "department", "laboratory", "lab", "unit",
              "programme", "program", "office", "division"}
# Head words of the bodies that hold such units.
PARENT_HEADS = {"university", "college", "polytechnic"}
# Head words of a unit that is part of whatever body it is written with: "the Ethics Unit of the Velmora Revenue
# Service", "the Research Department at the Ministry of Water". A centre or an institute "of" another body may be
# a body of its own ("the Policy Institute of the Kestrel Foundation" is often the foundation's namesake).
OWN_UNIT_HEADS = {"unit", "department", "division", "bureau", "directorate", "section", "committee", "subcommittee"}
ANY_UNIT_HEADS = UNIT_HEADS | OWN_UNIT_HEADS


def read(rules) -> list:
    """Every unit-of-a-university fact of the document."""
    out = []
    bodies = {ent.text for ent in rules.args.table.ents if ent.label_ == "ORG"}
    for ent in rules.args.table.ents:
        out += unit_at(rules, ent) + prefixed(rules, ent, bodies) + owned_inside(rules, ent)
    return out


def unit_at(rules, ent: Span) -> list:
    """ "the Centre for Coastal Ecology Studies at the University of X", "the Ethics Unit of the Velmora Revenue
    Service": the unit is part of the body."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.root.lemma_.lower() not in ANY_UNIT_HEADS:
        return []
    i = ent.end
    if i >= len(doc) or doc[i].lower_ not in {"at", "of"}:
        return []
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    parent = rules.args.table.entity_at(doc[i]) if i < len(doc) else None
    if parent is None or parent.label_ != "ORG" or parent.start not in {i, i - 1}:
        return []
    if not {t.lemma_.lower() for t in parent} & PARENT_HEADS and ent.root.lemma_.lower() not in OWN_UNIT_HEADS:
        return []
    out = []
    for subject in rules.args.resolve(ent.root, concepts=False):
        for obj in rules.args.resolve(parent.root, concepts=False):
            kinds = {rules.mention_type(subject), rules.mention_type(obj)}
            if subject.mention != obj.mention and kinds == {"Organization"}:
                out.append(rules.make(subject, "partOf", obj, ent.root, "noun.part"))
    return out


# Head words of a unit named after its body's name: "NTU Academic Affairs Office", "Eskom Board". A centre, an
# institute or a school is a unit only where its name gives its field ("NTU Center for China Studies"); "the
# El Nido Maternity Center" is El Nido itself.
PREFIXED_HEADS = {"office", "department", "division", "directorate", "committee", "subcommittee", "board", "navy",
                  "command", "bureau", "unit", "secretariat", "wing", "caucus", "commission", "council"}
FIELD_HEADS = {"institute", "centre", "center", "school", "faculty", "laboratory", "lab"}
# Words that begin many names and name no body alone.
OPENERS = {"union", "national", "federal", "state", "the", "new", "central", "general"}


def prefixed(rules, ent: Span, bodies: set[str]) -> list:
    """ "NTU Center for China Studies" where the text names "NTU" alone too: the unit is part of that body."""
    if ent.label_ != "ORG" or len(ent) < 2:
        return []
    head = ent.root.lower_
    named_field = any(t.lower_ in {"for", "of"} for t in ent)
    if head not in PREFIXED_HEADS and not (head in FIELD_HEADS and named_field):
        return []
    # The longest opening words that the text writes alone as a body's name.
    cut = next((k for k in range(len(ent) - 1, 0, -1) if ent[:k].text in bodies and ent[k].text[:1].isupper()), None)
    if cut is None or ent[:cut].text.lower() in OPENERS or ent.root.i < ent.start + cut:
        return []
    # "the Dubai Police General Command": a body's general command or secretariat is the body's own head office.
    if ent[cut].lower_ == "general":
        return []
    owner_span = ent[:cut]
    table = rules.args.table
    # "Parliament Legal Committee": a country's institution is its country's one node (institutions.py).
    owner = Arg(table.state_body(owner_span) if owner_span.text.lower() in STATE_BODIES
                else table.add_words(owner_span, owner_span.text, "Organization"),
                (owner_span.start_char, owner_span.end_char), "name")
    return [rules.make(unit, "partOf", owner, ent.root, "noun.part")
            for unit in rules.args.resolve(ent.root, concepts=False)
            if rules.mention_type(unit) == "Organization" and unit.mention != owner.mention]


def owned_inside(rules, ent: Span) -> list:
    """ "the Border Police Bureau's Narcotics Division" read as one name: the unit after the possessive is part of
    the body before it, where both are named by a body's head word ("People's Liberation Army" is one name)."""
    split = owned_split(rules, ent)
    if split is None:
        return []
    owner, part = split
    return [rules.make(part, "partOf", owner, ent.root, "noun.part")]


def owned_cut(ent: Span) -> tuple[Span, Span] | None:
    """The body and its unit of a name read as one across a possessive; None where the name is no such pair.
    "the House of Representatives' Ethics Committee": a plural's bare apostrophe marks the possessive
    too, and a country's chamber owns its committees as a named body does."""
    if ent.label_ != "ORG":
        return None
    cut = next((t.i for t in ent[1:-1] if t.lower_ in {"'s", "’s"}
                or t.text in {"'", "’"} and t.nbor(-1).lower_.endswith("s")), None)
    if cut is None:
        return None
    doc = ent.doc
    body, unit = doc[ent.start + (ent[0].lower_ == "the"): cut], doc[cut + 1: ent.end]
    state = body.text.lower() in STATE_BODIES
    # "the Ministry of Health's Food Safety Bureau": a ministry is a body whatever its name ends with.
    named_body = state or kinds.org_kind(body.text) == "org-suffix" or body[0].lower_ == "ministry"
    if not named_body or unit[-1].lower_ not in PREFIXED_HEADS:
        return None
    return body, unit


def owned_split(rules, ent: Span) -> tuple[Arg, Arg] | None:
    """The body and unit of ``owned_cut`` as mentions of their own."""
    cut = owned_cut(ent)
    if cut is None:
        return None
    body, unit = cut
    table = rules.args.table
    owner = Arg(table.state_body(body) if body.text.lower() in STATE_BODIES
                else table.add_words(body, body.text, "Organization"), (body.start_char, body.end_char), "name")
    part = Arg(table.add_words(unit, unit.text, "Organization"), (unit.start_char, unit.end_char), "name")
    return owner, part



def roles_in_units(rules, found: list) -> list:
    """ "X, chair of the Senate's Budget Committee": a role in a unit named with its body is the unit's, and its
    holder is one of the body's members; the name read as one stands for neither."""
    moved: dict[int, tuple[Arg, Arg]] = {}
    for ent in rules.args.table.ents:
        split = owned_split(rules, ent)
        if split is not None:
            moved.update((a.mention, split) for a in rules.args.resolve(ent.root, concepts=False))
    if not moved:
        return found
    out = []
    for f in found:
        if f.predicate not in ROLES or f.object.mention not in moved:
            out.append(f)
            continue
        owner, part = moved[f.object.mention]
        out.append(replace(f, object=part))
        if f.subject.mention != owner.mention:
            out.append(replace(f, predicate="memberOf", object=owner))
    return out
