"""A pope's title written before his name stays findable as an alias ("Pope Aurelio" of the node "Aurelio"),
as "Sheikh" does; a bishop's or a doctor's title does not."""
from __future__ import annotations

from rdflib.namespace import RDFS, SKOS

import graphbuild
from graphbuild.records import Article


def _aliases(graph, word):
    nodes = [s for s, o in graph.subject_objects(RDFS.label) if word in str(o)]
    return {str(o) for node in nodes for o in graph.objects(node, SKOS.altLabel)}


def test_a_popes_written_name_is_an_alias():
    text = ("Pope Aurelio arrived in Lisbon on Tuesday and met survivors of the floods. "
            "Aurelio told the crowd that help would come.")
    graph = graphbuild.build([Article(id="https://example.org/p", text=text)]).graph
    assert "Pope Aurelio" in _aliases(graph, "Aurelio")


def test_a_bishops_title_is_no_alias():
    text = "Bishop Aurelio Santen arrived in Lisbon on Tuesday and met survivors of the floods."
    graph = graphbuild.build([Article(id="https://example.org/b", text=text)]).graph
    assert not any(name.startswith("Bishop") for name in _aliases(graph, "Santen"))
