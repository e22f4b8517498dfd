"""Dates at every precision: an activity keeps the date as the report states it (day, month or
year) and gets the instants it spans as xsd:dateTime, so one SPARQL date filter finds activities
dated to the day, the month and the year alike."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from kg.pipeline import read_and_extract
from kg.rdf.calendar import earliest, latest, stated
from kg.rdf.mapping import activity_iri, to_dataset

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "tests" / "fixtures" / "reports" / "unrec-2022.en.txt"

# (start, end) as a report may state them; the last lies outside March 2022
DATED = [("2022", None), ("2022-03", None), ("2022-03-15", None), ("2022-02-27", "2022-03-02"),
         ("2021-12", "2022-04"), ("2022-04-05", None)]
MARCH = ("2022-03-01", "2022-03-31")


@pytest.mark.parametrize("value, first, last", [
    ("2021", "2021-01-01T00:00:00", "2021-12-31T23:59:59"),
    ("2021-02", "2021-02-01T00:00:00", "2021-02-28T23:59:59"),
    ("2024-02", "2024-02-01T00:00:00", "2024-02-29T23:59:59"),  # a leap year
    ("2021-03-02", "2021-03-02T00:00:00", "2021-03-02T23:59:59"),
])
def test_a_stated_date_spans_its_first_to_its_last_instant(value, first, last):
    assert str(earliest(value)) == first and str(latest(value)) == last
    assert stated(value).datatype.endswith({4: "gYear", 7: "gYearMonth", 10: "date"}[len(value)])


def test_a_date_that_does_not_exist_has_no_instants():
    assert earliest("2021-02-30") is None and latest("2021-02-30") is None


@pytest.fixture(scope="module")
def dated_graph():
    """A fixture report's graph whose first activities are re-dated to the precisions above."""
    document, facts = read_and_extract(REPORT)
    assert len(facts.activities) > len(DATED)
    activities = list(facts.activities)
    for n, (start, end) in enumerate(DATED):
        activities[n] = dataclasses.replace(activities[n], start=start, end=end)
    facts = dataclasses.replace(facts, activities=tuple(activities))
    graph = Graph()
    for s, p, o, _ in to_dataset([(document, facts)]).quads((None, None, None, None)):
        graph.add((s, p, o))
    iris = [str(activity_iri(document, activity)) for activity in activities[:len(DATED)]]
    return graph, iris


def _overlapping(graph: Graph, first: str, last: str) -> set[str]:
    """Activities that took place (at least in part) between two days, through Oxigraph."""
    store = pyoxigraph.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    query = f"""
        PREFIX unkg: <https://w3id.org/unkg/ontology#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        SELECT ?activity WHERE {{
          ?activity a unkg:Activity ; unkg:earliestStart ?start ; unkg:latestEnd ?end .
          FILTER(?start <= "{last}T23:59:59"^^xsd:dateTime && ?end >= "{first}T00:00:00"^^xsd:dateTime)
        }}"""
    return {row["activity"].value for row in store.query(query)}


def test_a_date_filter_finds_day_month_and_year_precision_alike(dated_graph):
    graph, iris = dated_graph
    found = _overlapping(graph, *MARCH)
    assert set(iris[:5]) <= found          # the year 2022, March 2022, 15 March, 27 Feb-2 Mar, Dec-Apr
    assert iris[5] not in found            # 5 April 2022


def test_a_filter_on_a_year_keeps_the_activities_dated_in_it(dated_graph):
    graph, iris = dated_graph
    assert set(iris) <= _overlapping(graph, "2022-01-01", "2022-12-31")
    assert _overlapping(graph, "2019-01-01", "2019-12-31") == set()


def test_the_stated_dates_keep_their_precision(dated_graph):
    graph, iris = dated_graph
    rows = graph.query("""
        PREFIX unkg: <https://w3id.org/unkg/ontology#>
        SELECT ?activity ?start ?end WHERE { ?activity unkg:startDate ?start OPTIONAL { ?activity unkg:endDate ?end } }""")
    stated_dates = {str(a): (str(s), str(e) if e is not None else None) for a, s, e in rows}
    assert [stated_dates[iri] for iri in iris] == DATED
