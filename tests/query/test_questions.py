"""The shipped queries for the questions users ask, on a small corpus built by kg from generated
reports: each query's rows must agree with what the general queries (activity_links,
activity_reports, activities) say, and Oxigraph's LATERAL form must give the same rows as the
plain SPARQL. Behaviour only: timings are bench/questions.py's."""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph
import pytest

from kg.query import bind_parameters, find_query, read_header, run_query
from kg.query.parameters import lateral_optionals

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ("partners", "centre_activities", "country_funders", "activities_per_year",
             "report_activities", "find_name")


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate_q", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.corpus import build_corpus
    from kg.store.memory import MemoryStore

    folder = tmp_path_factory.mktemp("questions-corpus")
    paths = _generator().write_corpus(folder, 8, seed=3)
    memory = MemoryStore()
    summary = build_corpus(paths, memory, jobs=1)
    assert summary.loaded == 8 and not summary.failures
    return memory


def rows(store, name: str, **params) -> list[dict]:
    sparql = bind_parameters(read_header(find_query(name)), {k: [str(v)] for k, v in params.items()})
    return run_query(store, sparql).as_dicts()


def links(store) -> dict[str, dict[str, set[str]]]:
    """activity -> relation -> target keys, from the canonical activity_links."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows(store, "activity_links"):
        found[row["activity"]][row["relation"]].add(row["target_key"])
    return found


def test_partners_of_one_organisation_are_its_co_organisers_counted_by_activity(store):
    linked = links(store)
    organisers = Counter(key for roles in linked.values() for key in roles["organizer"])
    org = organisers.most_common(1)[0][0]
    expected = Counter(partner for roles in linked.values() if org in roles["organizer"]
                       for partner in roles["organizer"] - {org})

    found = rows(store, "partners", org=org)

    assert expected and {r["partner_key"]: int(r["activities"]) for r in found} == dict(expected)
    assert {r["organisation_key"] for r in found} == {org}
    assert all(r["paragraphs"] for r in found)


def test_activities_of_one_centre_in_one_year_are_those_its_reports_date_in_that_year(store):
    told = rows(store, "activity_reports")
    centre, year = Counter((r["centre_key"], r["start"][:4]) for r in told if r["start"]).most_common(1)[0][0]
    expected = {r["activity"] for r in told if r["centre_key"] == centre and r["start"][:4] == year}

    found = rows(store, "centre_activities", centre=centre, year=year)

    assert expected and {r["activity"] for r in found} == expected
    assert all(r["start"].startswith(year) and r["paragraphs"] for r in found)
    assert rows(store, "centre_activities", centre=centre, year=1900) == []
    assert rows(store, "centre_activities", centre="NO-SUCH-CENTRE", year=year) == []


def test_funders_of_activities_in_one_country_are_counted_by_activity(store):
    linked = links(store)
    countries = Counter(key for roles in linked.values() if roles["funder"]
                        for key in roles["participant"] | roles["beneficiary"])
    country = countries.most_common(1)[0][0]
    expected = Counter(funder for roles in linked.values()
                       if country in roles["participant"] | roles["beneficiary"] for funder in roles["funder"])

    found = rows(store, "country_funders", country=country)

    assert expected and {r["funder_key"]: int(r["activities"]) for r in found} == dict(expected)
    assert all(set(r["country_roles"].split()) <= {"participant", "beneficiary"} for r in found)


def test_activities_per_year_by_type_count_each_activity_once(store):
    centre_of = {r["activity"]: r["centre_key"] for r in rows(store, "activity_reports")}
    activities = rows(store, "activities")
    centre = Counter(centre_of.values()).most_common(1)[0][0]
    expected = Counter((a["start"][:4], a["type"]) for a in activities
                       if a["start"] and centre_of.get(a["activity"]) == centre)

    found = rows(store, "activities_per_year", centre=centre)
    every = rows(store, "activities_per_year")

    assert {(r["year"], r["activity_type"]): int(r["activities"]) for r in found} == dict(expected)
    assert sum(int(r["activities"]) for r in every) == sum(1 for a in activities if a["start"])


def test_one_reports_activities_come_with_the_paragraph_and_sentence_that_tell_them(store):
    told = rows(store, "activity_reports")
    symbol = told[0]["report"]
    expected = {r["activity"] for r in told if r["report"] == symbol}

    found = rows(store, "report_activities", report=symbol)

    assert {r["activity"] for r in found} == expected
    assert all(r["report"] == symbol and r["report_language"] == "zh" for r in found)
    assert all(r["paragraph"] and r["sentence"] for r in found)
    paragraphs = {(r["activity"], r["paragraph"]) for r in told if r["report"] == symbol}
    assert {(r["activity"], r["paragraph"]) for r in found} >= paragraphs
    assert rows(store, "report_activities", report=symbol, language="fr") == []
    assert len(rows(store, "report_activities", report=symbol, language="zh")) == len(found)


@pytest.mark.parametrize("text", ["nep", "NEPAL", "尼泊尔", "Непал"])
def test_a_name_is_found_by_part_of_it_in_any_language_and_case(store, text):
    found = rows(store, "find_name", text=text)

    assert "NPL" in {r["key"] for r in found}
    assert all(text.lower() in r["name"].lower() for r in found)
    assert {r["kind"] for r in found if r["key"] == "NPL"} == {"Country"}


def test_a_name_that_nothing_bears_finds_nothing(store):
    assert rows(store, "find_name", text="zzqx-no-such-name") == []


@pytest.mark.parametrize("name", QUESTIONS + ("funders", "activities_by_instrument", "activity_network"))
def test_the_lateral_form_oxigraph_runs_gives_the_rows_of_the_plain_query(store, name):
    params = {"partners": {"org": ["UNRCPD"]}, "centre_activities": {"centre": ["UNRCPD"]},
              "country_funders": {"country": ["NPL"]}, "report_activities": {},
              "activities_per_year": {}, "find_name": {"text": ["a"]}}.get(name, {})
    sparql = bind_parameters(read_header(find_query(name)), params)
    lateral = lateral_optionals(sparql)
    plain = store.oxigraph.query(sparql, use_default_graph_as_union=True)
    columns = [v.value for v in plain.variables]

    def as_set(solutions):
        return Counter(tuple(str(s[c]) for c in columns) for s in solutions)

    expected = as_set(plain)
    assert expected, f"{name} found nothing to compare"
    assert as_set(store.oxigraph.query(lateral, use_default_graph_as_union=True)) == expected
    if "# oxigraph: lateral" in sparql:
        assert "LATERAL" in lateral


def test_a_question_is_listed_with_its_parameters():
    from kg.query import describe_queries

    described = dict(describe_queries())
    for name in QUESTIONS:
        assert described[name].parameters, name
        assert "lateral" not in described[name].purpose


def test_compare_reading_only_the_two_sides_graphs_gives_what_reading_all_of_them_gives(store, monkeypatch):
    from kg.views import compare as module

    years = sorted({r["period_end"][:4] for r in rows(store, "reports")})
    a, b = years[0], years[-1]
    narrowed = module.compare(store, a, b).to_csv()
    monkeypatch.setattr(module, "_side", lambda s, token, **_: (module.select_side(token, module.read_reports(s)), None))
    assert module.compare(store, a, b).to_csv() == narrowed


@pytest.mark.parametrize("name", QUESTIONS)
def test_a_question_gives_the_same_rows_from_a_file_of_one_graph_as_from_the_store(store, name):
    """The questions read each report's facts in its own graph (GRAPH ?reportGraph), find_name
    the names in the entities graph; a Turtle file has no named graphs, and there the same rows
    must come from its default graph."""
    params = {"partners": {"org": "UNRCPD"}, "centre_activities": {"centre": "UNRCPD"},
              "country_funders": {"country": "NPL"}, "report_activities": {},
              "activities_per_year": {}, "find_name": {"text": "nep"}}[name]
    flat = pyoxigraph.Store()
    flat.extend(pyoxigraph.Quad(q.subject, q.predicate, q.object) for q in store.oxigraph)
    expected = rows(store, name, **params)

    def as_counter(found):  # GROUP_CONCAT gives its parts in any order
        return Counter(tuple((k, tuple(sorted(v.split("; ")))) for k, v in r.items()) for r in found)

    assert expected, f"{name} found nothing to compare"
    assert as_counter(rows(flat, name, **params)) == as_counter(expected)


def test_only_the_report_and_entities_graphs_are_dropped_where_there_are_no_named_graphs():
    from kg.query.parameters import uses_report_graphs, without_report_graphs

    sparql = ('SELECT * WHERE { GRAPH <https://w3id.org/unkg/graph/entities> { ?e ?p ?o }\n'
              '  # GRAPH ?reportGraph { in a comment }\n'
              '  GRAPH ?reportGraph { ?a ?b "GRAPH ?reportGraph {" } GRAPH ?other { ?x ?y ?z } }')

    flat = without_report_graphs(sparql)

    assert uses_report_graphs(sparql) and not uses_report_graphs(flat)
    assert "GRAPH <https://w3id.org/unkg/graph/entities>" not in flat and "{ ?e ?p ?o }" in flat
    assert "GRAPH ?other {" in flat
    assert '{ ?a ?b "GRAPH ?reportGraph {" }' in flat and "# GRAPH ?reportGraph { in a comment }" in flat


def test_a_subquery_stays_a_join_and_is_not_made_lateral():
    sparql = ("# oxigraph: lateral\nSELECT * WHERE {\n  ?r a ?c .\n  { SELECT ?r ?d WHERE { ?r ?p ?d } }\n"
              "  { ?r ?q ?e }\n}")

    lateral = lateral_optionals(sparql)

    assert "LATERAL { { SELECT" not in lateral and "LATERAL { { ?r ?q ?e } }" in lateral


def test_the_top_of_a_subquerys_where_clause_is_made_lateral_too():
    sparql = ("# oxigraph: lateral\nSELECT * WHERE {\n  ?r a ?c .\n"
              "  { SELECT ?r (COUNT(?d) AS ?n) WHERE { ?r ?p ?x . OPTIONAL { ?x ?q ?d } } GROUP BY ?r }\n}")

    lateral = lateral_optionals(sparql)

    assert "WHERE { ?r ?p ?x . LATERAL { OPTIONAL { ?x ?q ?d } } } GROUP BY ?r }" in lateral
    assert "LATERAL { { SELECT" not in lateral


def test_a_parameter_is_bound_in_each_subquery_that_projects_it_and_only_there():
    from kg.query.parameters import QueryText, Parameter

    sparql = ("SELECT ?org ?n ?m WHERE {\n"
              "  { SELECT ?org (COUNT(?a) AS ?n) WHERE { ?a <urn:by> ?org } GROUP BY ?org }\n"
              "  { SELECT (COUNT(?org) AS ?m) WHERE { ?b <urn:by> ?org } }\n}")
    query = QueryText(sparql, "", (Parameter("org", "string", ""),))

    bound = bind_parameters(query, {"org": ["EU"]})

    assert bound.count('VALUES ?org { "EU" }') == 2
    assert 'WHERE {\n  VALUES ?org { "EU" } ?a <urn:by> ?org }' in bound
    assert 'WHERE { ?b <urn:by> ?org }' in bound  # there ?org is the subquery's own variable
    store = pyoxigraph.Store()
    for activity, org in (("a1", "EU"), ("a2", "EU"), ("a3", "JPN")):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(f"urn:{activity}"), pyoxigraph.NamedNode("urn:by"),
                                  pyoxigraph.Literal(org)))
    [row] = list(store.query(bound))
    assert (row["org"].value, row["n"].value, row["m"].value) == ("EU", "2", "3")
