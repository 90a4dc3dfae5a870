"""The vocabulary in code and the ontology file must not drift apart."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from graphbuild.ontology import GB_NS, ontology_path
from graphbuild.rdf import gen_terms
from graphbuild.rdf.terms import GB


def test_generated_terms_match_the_ontology():
    from pathlib import Path

    import graphbuild.rdf.terms as terms

    assert Path(terms.__file__).read_text(encoding="utf-8") == gen_terms.render(), \
        "run: python -m graphbuild.rdf.gen_terms"


def test_unknown_term_is_an_error():
    with pytest.raises(AttributeError):
        GB.suports  # noqa: B018  (a typo must fail, not mint a new IRI)


def test_every_term_is_documented():
    graph = rdflib.Graph().parse(ontology_path("graphbuild.ttl"))
    terms = {s for s in graph.subjects() if str(s).startswith(GB_NS)}
    assert len(terms) > 40
    for term in terms:
        assert graph.value(term, RDFS.label) is not None, term
        assert graph.value(term, RDFS.comment) is not None, term
        if (term, RDF.type, OWL.ObjectProperty) in graph or (term, RDF.type, OWL.DatatypeProperty) in graph:
            assert graph.value(term, RDFS.domain) is not None, term
            assert graph.value(term, RDFS.range) is not None, term


def test_relations_used_by_the_rules_exist_in_the_ontology():
    from graphbuild.extract import lexicon

    used = {p for p, _ in lexicon.VERBS.values()} | {p for p, _ in lexicon.NOUNS.values()}
    used |= {"leaderOf", "memberOf", "spokespersonFor", "capitalOf"}
    for name in used:
        assert GB[name] is not None


def test_ontology_version_matches_package():
    import graphbuild

    graph = rdflib.Graph().parse(ontology_path("graphbuild.ttl"))
    assert str(graph.value(rdflib.URIRef("https://w3id.org/graphbuild/ontology"), OWL.versionInfo)) == graphbuild.__version__


def _closure_errors(graph: rdflib.Graph) -> list[str]:
    import owlrl
    from owlrl.Namespaces import ERRNS

    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    # owlrl does not raise on an inconsistency: it writes ErrorMessage nodes into the graph.
    return [str(m) for m in graph.objects(None, ERRNS.error)]


def test_owl_rl_closure_has_no_contradiction():
    assert _closure_errors(rdflib.Graph().parse(ontology_path("graphbuild.ttl"))) == []


def test_owl_rl_closure_catches_a_contradiction():
    """The check above can fail: a thing typed with two disjoint classes is reported."""
    graph = rdflib.Graph().parse(ontology_path("graphbuild.ttl"))
    thing = rdflib.URIRef("https://example.org/x")
    graph.add((GB.Person, OWL.disjointWith, GB.Country))
    graph.add((thing, RDF.type, GB.Person))
    graph.add((thing, RDF.type, GB.Country))
    assert _closure_errors(graph)
