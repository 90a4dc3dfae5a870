"""Properties over generated input (hypothesis), run through the real pipeline, so examples are few and short."""
from __future__ import annotations

import re

import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib.namespace import RDF

from graphbuild.errors import GraphbuildError, QueryError

pytestmark = pytest.mark.hostile

OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
GB = rdflib.Namespace("https://w3id.org/graphbuild/ontology#")
SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                derandomize=True)

# Words the rules know, so that generated sentences carry relations and evidence.
NAMES = ["Vladimir Putin", "Putin", "Nicolas Maduro", "Russia", "Venezuela", "Norway", "Colombia", "the ELN",
         "Interfax", "Brazil", "the United Nations", "Moscow", "Oslo", "President Lula"]
VERBS = ["met with", "supports", "criticized", "warned", "mediated talks between", "visited", "sanctioned",
         "did not criticize", "may support", "said that"]
GLUE = [" and ", ", ", " in ", " on Monday", ".", " ", "\n\n", " \u202e", "\u00a0", " (", ") ", '"', " -- ", "'s "]
sentences = st.lists(st.sampled_from(NAMES + VERBS + GLUE), min_size=3, max_size=14).map("".join)
# Any text a decoder can produce: every code point but lone surrogates (no UTF-8 file holds one).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)


def _build(text: str):
    """The built graph and the article text, or None when graphbuild refuses the text with its own error."""
    import graphbuild
    from graphbuild.ingest import make_article

    try:
        article = make_article(text=text, origin="<generated>")
        return graphbuild.build([article]).graph, article.text
    except GraphbuildError:
        return None


@settings(SLOW, max_examples=15)
@given(st.one_of(any_text, sentences))
@example("")
@example("\u202eNorway mediated talks between Colombia and the ELN.\u202c")
def test_any_text_builds_a_graph_that_conforms_or_is_refused(text):
    built = _build(text)
    if built is not None:
        graph, _ = built
        assert graph.serialize(format="nt")  # it can be written
        from graphbuild.graph import KnowledgeGraph

        dataset = rdflib.Dataset()
        for triple in graph:
            dataset.add(triple)
        assert KnowledgeGraph(dataset).validate() == []


def test_a_person_name_made_of_a_symbol_is_no_crash():
    built = _build("Putin met Maduro in \U0010ffff.")
    assert built is not None and len(built[0]) > 0  # built: the symbol ends no build


def test_a_lone_surrogate_is_refused():
    assert _build("Putin met \ud800 Maduro.") is None  # refused with our own error


def _spans(graph, evidence, prop):
    selector = graph.value(evidence, prop)
    return int(graph.value(selector, OA.start)), int(graph.value(selector, OA.end))


@settings(SLOW, max_examples=30)
@given(sentences)
@example("Norway mediated talks between Colombia and the ELN \u202eecnatsni rof\u202c in Oslo on Monday.")
def test_evidence_offsets_slice_back_to_the_quoted_text(text):
    built = _build(text)
    if built is None:
        return
    graph, article = built
    for evidence in graph.subjects(RDF.type, GB.Evidence):
        sentence = str(graph.value(evidence, GB.sentence))
        quote = next(s for s in graph.objects(evidence, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in graph)
        position = next(s for s in graph.objects(evidence, OA.hasSelector)
                        if (s, RDF.type, OA.TextPositionSelector) in graph)
        start, end = int(graph.value(position, OA.start)), int(graph.value(position, OA.end))
        assert article[start:end] == sentence == str(graph.value(quote, OA.exact))
        assert article[:start].endswith(str(graph.value(quote, OA.prefix)))
        assert article[end:].startswith(str(graph.value(quote, OA.suffix)))
        for prop in (GB.subjectSelector, GB.objectSelector):
            s, e = _spans(graph, evidence, prop)
            assert start <= s < e <= end and article[s:e].strip()


def _named_parameters() -> list[tuple[str, str]]:
    from graphbuild.query.named import named_queries

    found = []
    for name, text in named_queries().items():
        first = text.splitlines()[0]
        for param in re.findall(r"Parameters: (\w+)", first):
            found.append((name, param))
    return found


def _literals(node) -> set:
    if isinstance(node, rdflib.Literal):
        return {node}
    if isinstance(node, dict):
        return set().union(*(_literals(v) for v in node.values()))
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return set().union(*(_literals(child) for child in node))
    return set()


def _shape(node, values: list, term=None):
    """A query's algebra as nested tuples, with each VALUES block's rows taken out into ``values`` and the
    value itself, where it stands as a constant (a name pattern written into REGEX), taken out as well."""
    if getattr(node, "name", None) == "values":
        values.append(list(node["res"]))
        return "VALUES"
    if term is not None and isinstance(node, rdflib.Literal) and node == term:
        values.append(node)
        return "TERM"
    if isinstance(node, dict):
        return (getattr(node, "name", ""), tuple((k, _shape(v, values, term)) for k, v in node.items()))
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return tuple(_shape(child, values, term) for child in node)
    return repr(node)


@pytest.mark.parametrize("query_name, param", _named_parameters())
@settings(max_examples=60, deadline=None, derandomize=True)
@given(value=st.text(max_size=40) | st.sampled_from(['x" } ; DROP ALL ; #', "<http://a> } UNION { ?s ?p ?o",
                                                      "http://a> . ?x ?y ?z } #", '"""', "\\", "'} #"]))
def test_named_query_parameters_cannot_change_the_query(query_name, param, value):
    from rdflib.plugins.sparql import parser
    from rdflib.plugins.sparql.algebra import translateQuery

    from graphbuild.query.answer import literal_param
    from graphbuild.query.named import named_query
    from graphbuild.query.parse import bind_values

    text = named_query(query_name)
    try:
        term = literal_param(value)
    except QueryError:
        return  # refused as an IRI it cannot be
    benign = rdflib.Literal("benign")
    bound, plain = [], []
    reference = translateQuery(parser.parseQuery(bind_values(text, {param: benign}))).algebra
    if term in _literals(reference) - {benign}:
        return  # a value the query holds anyway ("" of a REPLACE) cannot be told apart where it stands
    shape = _shape(translateQuery(parser.parseQuery(bind_values(text, {param: term}))).algebra, bound, term)
    assert shape == _shape(reference, plain, benign)
    # One row, one term: the value, whole; where a pattern takes it as a constant, that is the value whole too.
    rows = [row for row in bound if isinstance(row, list)]
    assert rows == [[{rdflib.Variable(param): term}]] and all(extra == term for extra in bound if extra not in rows)
