"""Each construction the relation rules read, on sentences written for the test, with the real pipeline."""
from __future__ import annotations

import pytest
from conftest import facts


def test_prepositional_object(extract):
    assert ("Ilham Aliyev", "meetsWith", "Emmanuel Macron") in facts(
        extract("Azerbaijani President Ilham Aliyev met with Emmanuel Macron in Paris on Friday."))


def test_direct_object_and_coordinated_subjects(extract):
    found = facts(extract("Brazil and Argentina condemned Paraguay on Tuesday."))
    # condemns is the strongest criticism: a sub-property of criticizes in the ontology.
    assert {("Brazil", "condemns", "Paraguay"), ("Argentina", "condemns", "Paraguay")} <= found


def test_passive_participle_on_a_noun(extract):
    found = facts(extract("The talks in Doha, mediated by Qatar, ended without a deal."))
    assert ("Qatar", "mediates", "talks") in found


def test_passive_clause(extract):
    found = facts(extract("The negotiations were mediated by Switzerland."))
    assert ("Switzerland", "mediates", "negotiations") in found


def test_nominal_backer_with_capital_standing_for_its_country(extract):
    found = facts(extract("Beijing has been one of Pyongyang's closest allies for decades."))
    # The capital acting as an agent is the country; the possessor here is the other capital.
    assert any(s == "China" and p == "supports" for s, p, _ in found)


def test_capital_as_a_place_stays_a_city(extract):
    ex = extract("The delegation arrived in Moscow on Monday.")
    assert [m.type for m in ex.mentions if m.name == "Moscow"] == ["City"]


def test_nominal_visit_takes_the_clause_subject(extract):
    assert ("Olaf Scholz", "visits", "India") in facts(
        extract("Olaf Scholz left on Sunday for a state visit to India."))


def test_light_verb(extract):
    assert ("Kenya", "negotiatesWith", "Somalia") in facts(extract("Kenya held talks with Somalia on Thursday."))


def test_talks_between_two_sides(extract):
    found = facts(extract("Oman hosted talks between Iran and Saudi Arabia."))
    assert ("Iran", "negotiatesWith", "Saudi Arabia") in found


def test_title_gives_leadership(extract):
    assert ("Gustavo Petro", "leaderOf", "Colombia") in facts(
        extract("Colombian President Gustavo Petro spoke in Bogota."))


def test_pronoun_resolves_and_is_never_a_node(extract):
    ex = extract("Andres Manuel Lopez Obrador arrived in Havana. He backed the negotiations.")
    assert ("Andres Manuel Lopez Obrador", "supports", "negotiations") in facts(ex)
    assert not any(m.name.lower() in {"he", "him", "his", "she", "they"} for m in ex.mentions)


def test_relative_pronoun_skips_a_person(extract):
    found = facts(extract("Lawmakers entered separate talks with Maduro, which Guaido has rejected."))
    assert ("Guaido", "opposes", "talks") in found


def test_negated_fact_is_kept_but_marked(extract):
    ex = extract("Chile did not criticize Peru.")
    assert ("Chile", "criticizes", "Peru") in facts(ex, modality="negated")
    assert not facts(ex, modality="asserted")


def test_hedged_and_attributed(extract):
    ex = extract("Turkey may send troops to Libya, Interfax reported.")
    [rel] = [r for r in ex.relations if r.predicate == "deploysTo"]
    names = {m.id: m.name for m in ex.mentions}
    assert rel.evidence.modality == "hedged"
    assert names[rel.evidence.asserted_by] == "Interfax"


def test_conditional(extract):
    ex = extract("If Ecuador sanctions Peru, trade will fall.")
    assert ("Ecuador", "sanctions", "Peru") in facts(ex, modality="conditional")


def test_according_to(extract):
    ex = extract("Egypt supported Sudan, according to Reuters.")
    [rel] = [r for r in ex.relations if r.predicate == "supports"]
    assert {m.id: m.name for m in ex.mentions}[rel.evidence.asserted_by] == "Reuters"


def test_dates_resolve_against_the_dateline(extract):
    ex = extract("Rwanda met with Uganda on Monday.", published="2019-09-25")
    [rel] = [r for r in ex.relations if r.predicate == "meetsWith"]
    assert rel.evidence.date == "2019-09-23"  # 2019-09-25 was a Wednesday


def test_open_relation_keeps_lemma_and_preposition(extract):
    found = facts(extract("Angela Merkel rowed to Kyiv."))
    assert ("Angela Merkel", "open:row_to", "Kyiv") in found


def test_evidence_offsets_point_into_the_text(extract):
    text = "Serbia warned Kosovo. Albania backed Kosovo."
    ex = extract(text)
    for rel in ex.relations:
        ev = rel.evidence
        assert text[ev.sent_start : ev.sent_end] == ev.sentence
        assert ev.sent_start <= ev.subject_span[0] < ev.subject_span[1] <= ev.sent_end
        assert 0 < ev.confidence <= 1


def test_records_pickle(extract):
    import pickle

    ex = extract("Serbia warned Kosovo.")
    assert pickle.loads(pickle.dumps(ex)) == ex


@pytest.mark.xfail(reason="a pronoun whose antecedent is two sentences back is not resolved yet", strict=True)
def test_pronoun_two_sentences_back(extract):
    ex = extract("Lula da Silva landed in Rome. The weather was fine. The flight was short. He met the Pope.")
    assert any(p == "meetsWith" and s == "Lula da Silva" for s, p, _ in facts(ex))


def test_place_of_a_meeting(extract):
    ex = extract("Olaf Scholz met with Pedro Sanchez in Madrid on Tuesday.", published="2024-03-07")
    [rel] = [r for r in ex.relations if r.predicate == "meetsWith"]
    names = {m.id: m.name for m in ex.mentions}
    assert names[rel.evidence.place] == "Madrid" and rel.evidence.date == "2024-03-05"


def test_nominal_sanctions_with_demonym_holder(extract):
    assert ("United States", "sanctions", "Venezuela") in facts(
        extract("American sanctions on Venezuela hurt its oil industry."))


def test_former_title_keeps_the_role_with_less_confidence(extract):
    # The newswire gold writes a former office as a fact of the text ("former president X" leads X).
    ex = extract("Juan Guaido, the former opposition leader, spoke in Caracas. "
                 "Carlos Rivas, the opposition leader, spoke in Valencia.")
    names = {m.id: m.name for m in ex.mentions}
    conf = {names[r.subject]: r.evidence.confidence for r in ex.relations if r.predicate == "leaderOf"}
    assert set(conf) == {"Juan Guaido", "Carlos Rivas"}
    assert conf["Juan Guaido"] < conf["Carlos Rivas"]


def test_a_capitalised_opposition_leader_title_leads_the_opposition(extract):
    found = facts(extract("Opposition Leader Tom Harlow said the budget would fail."))
    assert ("Tom Harlow", "leaderOf", "opposition") in found


def test_definite_description_resolves_to_the_titled_person(extract):
    ex = extract("Venezuelan President Nicolas Maduro arrived in Moscow on Monday. "
                 "Vladimir Putin met the Venezuelan president on Wednesday.")
    assert ("Vladimir Putin", "meetsWith", "Nicolas Maduro") in facts(ex)


def test_question_is_not_asserted(extract):
    ex = extract("Did Chile warn Peru on Monday?")
    assert ("Chile", "warns", "Peru") in facts(ex, modality="question")
    assert not facts(ex, modality="asserted")


def test_relative_spans_become_periods(extract):
    from graphbuild.extract.dates import resolve_period

    assert resolve_period("earlier this month", "2019-09-25") == ("2019-09-01", "2019-09-25")
    assert resolve_period("last week", "2019-09-25") == ("2019-09-16", "2019-09-22")
    assert resolve_period("last month", "2019-03-10") == ("2019-02-01", "2019-02-28")
    assert resolve_period("this year", "2019-09-25") == ("2019-01-01", "2019-09-25")
    assert resolve_period("Wednesday", "2019-09-25") is None
    ex = extract("Peru warned Chile earlier this month.", published="2019-09-25")
    [rel] = [r for r in ex.relations if r.predicate == "warns"]
    assert rel.evidence.date is None and rel.evidence.period == ("2019-09-01", "2019-09-25")
