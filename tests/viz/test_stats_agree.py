"""`stats` and the view count the same things: entities are the nodes the view draws, events apart."""
from __future__ import annotations

from graphbuild.viz.html import network_data

EVENTS = """PREFIX gb: <https://w3id.org/graphbuild/ontology#>
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?t { gb:Meeting gb:Mediation gb:Negotiation gb:Visit gb:Deployment }
                                          ?e a ?t }"""


def test_stats_entities_are_the_views_nodes_and_events_are_apart(examples_graph):
    stats = examples_graph.stats()
    view = network_data(examples_graph.graph)
    assert stats["entities"] == len(view["nodes"]) == sum(stats["entity_types"].values())
    assert stats["edges"] == len(view["edges"])
    events = int(next(iter(examples_graph.graph.query(EVENTS)))[0])
    assert events > 0 and stats["events"] == events == sum(stats["event_types"].values())
    assert not set(stats["event_types"]) & set(stats["entity_types"])
    assert {d["type"] for d in view["details"]["nodes"].values()} == set(stats["entity_types"])
