"""Events beside the edges: class, roles, place and day, and the view keeps showing only the edge."""
from __future__ import annotations

from rdflib.namespace import RDF, RDFS

from graphbuild.rdf.namespaces import GBID
from graphbuild.rdf.network import to_networkx
from graphbuild.rdf.terms import GB


def test_meeting_event_with_place_and_day(examples_graph):
    graph = examples_graph.graph
    meetings = list(graph.subjects(RDF.type, GB.Meeting))
    xi = [m for m in meetings if (m, GB.agent, GBID["person/xi-jinping"]) in graph]
    assert len(xi) == 1
    [event] = xi
    assert (event, GB.participant, GBID["person/vladimir-putin"]) in graph
    assert str(graph.value(graph.value(event, GB.eventPlace), RDFS.label)) == "Beijing"
    assert str(graph.value(event, GB.happenedOn)) == "2024-06-03"
    evidence = graph.value(event, GB.reportedIn)
    assert "met Russian President" in str(graph.value(evidence, GB.sentence))


def test_negated_fact_makes_no_event(tmp_path):
    import graphbuild

    graph = graphbuild.build("Chile did not meet with Peru in Lima on Monday.").graph
    assert not list(graph.subjects(RDF.type, GB.Meeting))


def test_events_stay_out_of_the_network_view(examples_graph):
    labels = {d["label"] for _, d in to_networkx(examples_graph.graph).nodes(data=True)}
    assert not any(label.startswith(("meeting:", "visit:")) for label in labels)
