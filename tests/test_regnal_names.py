"""A ruler's title before a lone given name ("Emperor Theodore", "King Charles") makes it a regnal name: it joins
no full name that another title names, while a ruler's short forms still join the ruler."""
from __future__ import annotations

import graphbuild
from rdflib.namespace import RDF, RDFS, SKOS

from graphbuild.rdf.terms import GB


def people(text: str) -> dict[str, set[str]]:
    graph = graphbuild.build([text]).graph
    return {str(graph.value(n, RDFS.label)): {str(a) for a in graph.objects(n, SKOS.altLabel)}
            for n in graph.subjects(RDF.type, GB.Person)}


def test_an_emperor_is_not_the_president_who_shares_his_first_name():
    found = people("President Theodore Roosevelt sent envoys to the Horn of Africa in 1903. Decades before, a "
                   "British army had taken the fortress of Magdala from Emperor Theodore. Roosevelt was pleased.")
    assert "Theodore" in found and "Theodore Roosevelt" in found, found
    assert "Theodore" not in found["Theodore Roosevelt"], found
    assert "Roosevelt" in found["Theodore Roosevelt"], found


def test_a_king_is_not_the_council_president_of_the_same_first_name():
    found = people("European Council President Charles Michel flew to London on Monday. There he met King "
                   "Charles at the palace, and Michel said the talks went well.")
    assert "Charles Michel" in found and "Michel" in found["Charles Michel"], found
    assert "Charles" not in found["Charles Michel"], found


def test_a_ruler_s_short_forms_still_join_the_ruler():
    found = people("Saudi Crown Prince Mohammed bin Salman met the visiting ministers in Riyadh. Later Prince "
                   "Mohammed said the kingdom would invest more.\n\nSheikh Tamim bin Hamad Al Thani opened the fair "
                   "in Doha, and Emir Tamim toured the halls. President Nicolas Maduro spoke in Caracas; Maduro said "
                   "oil output would rise.")
    assert "Mohammed" not in found and "Tamim" not in found and "Maduro" not in found, found
    assert "Maduro" in found["Nicolas Maduro"], found


def test_a_title_kept_inside_the_full_name_fits_the_ruler():
    found = people("Zulu King Sibusiso Ndlela opened the reed dance on Saturday. King Sibusiso thanked the "
                   "maidens, and Ndlela said the dance would go on.")
    assert not {"Sibusiso", "King Sibusiso"} & set(found), found
