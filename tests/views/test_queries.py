"""The shipped queries the views read and the ones users asked for, run on the small graph."""
from __future__ import annotations

import pytest

from kg.paths import QUERIES
from kg.query import find_query, run_query
from kg.store.files import load_into_oxigraph

NEW_QUERIES = ("activity_network", "funders", "partners", "countries_by_role",
               "activities_by_instrument", "contributions_by_donor")


def rows(graph, name):
    return run_query(load_into_oxigraph(graph), find_query(name)).as_dicts()


@pytest.mark.parametrize("name", NEW_QUERIES)
def test_each_query_opens_with_a_comment_saying_what_it_answers(name):
    first = (QUERIES / f"{name}.rq").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 30


def test_partners_says_who_co_organised_with_whom_how_often_and_where(small_graph):
    found = {(r["organisation_key"], r["partner_key"]): r for r in rows(small_graph, "partners")}

    assert set(found) == {("UNRCPD", "OSCE"), ("OSCE", "UNRCPD"), ("UNRCPD", "JPN"), ("JPN", "UNRCPD"),
                          ("UNRCPD", "PRAJNYA"), ("PRAJNYA", "UNRCPD")}
    japan = found["UNRCPD", "JPN"]
    assert (japan["activities"], japan["first"], japan["paragraphs"]) == ("1", "2021-03-02", "T/1 para. 2")
    assert japan["partner_label_zh"] == "日本"


def test_funders_gives_what_was_funded_with_paragraph_and_sentence(small_graph):
    found = {(r["funder_key"], r["how"]): r for r in rows(small_graph, "funders")}

    assert set(found) == {("USA", "activity"), ("NPL", "funding"), ("NPL", "voluntary-contribution")}
    assert found["USA", "activity"]["activity"].endswith("/2020-12-01-webinar")
    assert found["USA", "activity"]["paragraph"] == "1"
    assert found["USA", "activity"]["sentence"].startswith("The Centre and OSCE held a webinar")
    contribution = found["NPL", "voluntary-contribution"]
    assert (contribution["amount"], contribution["currency"], contribution["year"]) == ("1000", "USD", "2020")
    # no recipient named: the report's subject, marked as not stated
    assert (contribution["recipient_key"], contribution["recipient_stated"]) == ("UNRCPD", "false")


def test_countries_by_role_lists_participants_and_beneficiaries(small_graph):
    found = [(r["country_key"], r["role"], r["start"], r["paragraphs"]) for r in rows(small_graph, "countries_by_role")]

    assert found == [("MNG", "beneficiary", "2020-12-01", "T/1 para. 1"),
                     ("MNG", "participant", "2021-03-02", "T/1 para. 2"),
                     ("NPL", "beneficiary", "2020-12-01", "T/1 para. 1"),
                     ("NPL", "participant", "2021-03-02", "T/1 para. 2")]


def test_activities_by_instrument(small_graph):
    found = rows(small_graph, "activities_by_instrument")

    assert [(r["instrument_key"], r["activity_type"], r["start"], r["paragraphs"]) for r in found] == [
        ("UNSCR-1540", "Webinar", "2020-12-01", "T/1 para. 1")]


def test_contributions_by_donor_totals_each_kind(small_graph):
    found = {(r["donor_key"], r["kind"]): (r["total"], r["contributions"], r["years"])
             for r in rows(small_graph, "contributions_by_donor")}

    assert found == {("NPL", "voluntary-contribution"): ("1000", "1", "2020"),
                     ("JPN", "refund"): ("500", "1", "2020")}


@pytest.mark.parametrize("tallied", [False, True], ids=["counted", "tallied"])
def test_activities_per_year_gives_oxigraphs_rows_through_another_sparql_engine(two_years_graph, tallied):
    """Read from a store's tallies or counted from its reports, through rdflib as through Oxigraph:
    no row for a group that no activity makes."""
    import rdflib
    from rdflib_store import RdflibStore

    from kg.store.summary import refresh_summary

    store = load_into_oxigraph(two_years_graph)
    if tallied:
        from kg.store.memory import MemoryStore

        memory = MemoryStore()
        memory.oxigraph = store
        assert refresh_summary(memory) > 0
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data="".join(f"{quad} .\n" for quad in store), format="nquads")
    sparql = find_query("activities_per_year")

    expected = run_query(store, sparql).as_dicts()

    assert expected and all(row["year"] for row in expected)
    assert sorted(map(sorted, (r.items() for r in run_query(RdflibStore(dataset), sparql).as_dicts()))) == \
        sorted(map(sorted, (r.items() for r in expected)))
