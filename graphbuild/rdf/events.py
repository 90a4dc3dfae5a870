"""Event nodes beside the binary edges: a meeting, mediation, negotiation, visit or deployment, with roles,
place and day. The edge ``?a gb:meetsWith ?b`` stays; the event adds what an edge cannot hold."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ..records import ASSERTING, Relation
from .iri import mint
from .terms import GB

# Which relations are also events, the event's class, and the role of the relation's subject in it.
EVENT_KINDS = {"meetsWith": (GB.Meeting, GB.agent), "mediates": (GB.Mediation, GB.mediator),
               "negotiatesWith": (GB.Negotiation, GB.participant), "visits": (GB.Visit, GB.agent),
               "deploysTo": (GB.Deployment, GB.agent)}


PLACES = {"Country", "City", "Place"}


def write_event(graph, rel: Relation, evidence: URIRef, key_of, entities) -> None:
    kind = EVENT_KINDS.get(rel.predicate)
    if kind is None or rel.evidence.modality not in ASSERTING:
        return
    cls, role = kind
    ev = rel.evidence
    s_key, o_key = key_of[rel.subject], key_of[rel.object]
    event = mint("event", ev.article_id, rel.predicate, s_key, o_key, ev.sent_start)
    graph.add((event, RDF.type, cls))
    name = str(cls).rsplit("#", 1)[-1].lower()
    graph.add((event, RDFS.label, Literal(f"{name}: {entities[s_key].label} / {entities[o_key].label}")))
    graph.add((event, role, mint("entity", s_key)))
    # Where a visit or a deployment went is its place; anyone else named takes part.
    goes_to = rel.predicate in {"visits", "deploysTo"} and entities[o_key].type in PLACES
    graph.add((event, GB.eventPlace if goes_to else GB.participant, mint("entity", o_key)))
    graph.add((event, GB.reportedIn, evidence))
    if ev.place is not None and not goes_to and entities[key_of[ev.place]].type in PLACES:
        graph.add((event, GB.eventPlace, mint("entity", key_of[ev.place])))
    write_when(graph, event, ev, GB.happenedOn)


def write_when(graph, node: URIRef, ev, day_property: URIRef) -> None:
    """The day a fact happened, or else the span of days the text gives instead."""
    if ev.date:
        graph.add((node, day_property, Literal(ev.date, datatype=XSD.date)))
    elif ev.period:
        graph.add((node, GB.periodStart, Literal(ev.period[0], datatype=XSD.date)))
        graph.add((node, GB.periodEnd, Literal(ev.period[1], datatype=XSD.date)))
