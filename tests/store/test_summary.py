"""The summary graph of a store (kg.store.summary): its activity tallies are what counting the
reports gives, after a build, a build that adds reports, `kg remove` and `--prune`; a graph file
gets none; `activities_per_year` gives the same rows from the tallies as from the reports."""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph
import pytest

from kg.query import bind_parameters, find_query, read_header, run_query
from kg.store.memory import MemoryStore
from kg.store.summary import SUMMARY_GRAPH, has_summary, refresh_summary
from store_helpers import run_kg

TALLIES = f"""PREFIX unkg: <https://w3id.org/unkg/ontology#>
SELECT ?centre ?year ?type ?count WHERE {{
  GRAPH <{SUMMARY_GRAPH}> {{ ?t a unkg:ActivityTally ; unkg:tallyOf ?c ; unkg:tallyYear ?year ;
                                unkg:tallyType ?type ; unkg:tallyCount ?count }}
  ?c unkg:key ?centre }}"""


def tallies(store) -> Counter:
    return Counter({(r["centre"], r["year"], r["type"]): int(r["count"]) for r in run_query(store, TALLIES).as_dicts()})


def counted(store) -> Counter:
    """What counting the reports gives: the shipped query activity_tallies."""
    rows = run_query(store, find_query("activity_tallies")).as_dicts()
    return Counter({(r["centre"], r["year"], r["typeConcept"]): int(r["activities"]) for r in rows})


def open_store(folder: Path):
    from kg.store.embedded import OxigraphStore

    return OxigraphStore(folder, read_only=True)


@pytest.fixture
def reports(corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    shutil.copytree(corpus, folder)
    return folder


def test_a_build_writes_the_tallies_that_counting_the_reports_gives(reports: Path, tmp_path: Path):
    store = tmp_path / "store"
    files = sorted(reports.glob("*.txt"))
    for path in files[6:]:
        path.rename(path.with_suffix(".later"))
    assert run_kg("build", str(reports), "--store", str(store)).returncode == 0
    with open_store(store) as opened:
        first = tallies(opened)
        assert first and first == counted(opened)

    for path in files[6:]:  # more reports: the tallies count them too
        path.with_suffix(".later").rename(path)
    assert run_kg("build", str(reports), "--store", str(store)).returncode == 0
    with open_store(store) as opened:
        more = tallies(opened)
        assert more == counted(opened) and sum(more.values()) > sum(first.values())

    symbol = files[0].name.removesuffix(".zh.txt").replace("-", "/")
    assert run_kg("remove", symbol, "--store", str(store)).returncode == 0
    with open_store(store) as opened:
        fewer = tallies(opened)
        assert fewer == counted(opened) and sum(fewer.values()) < sum(more.values())

    files[1].unlink()
    assert run_kg("build", str(reports), "--store", str(store), "--prune").returncode == 0
    with open_store(store) as opened:
        assert tallies(opened) == counted(opened) and sum(tallies(opened).values()) < sum(fewer.values())


def test_a_store_of_an_older_kg_gets_its_tallies_from_the_next_build(reports: Path, tmp_path: Path):
    store = tmp_path / "store"
    assert run_kg("build", str(reports), "--store", str(store)).returncode == 0
    opened = pyoxigraph.Store(str(store))
    opened.update(f"DROP GRAPH <{SUMMARY_GRAPH}>")  # as a store built before there were tallies
    del opened

    again = run_kg("build", str(reports), "--store", str(store))

    assert again.returncode == 0 and "0 reports loaded" in again.stderr
    with open_store(store) as opened:
        assert has_summary(opened) and tallies(opened) == counted(opened)


def test_a_graph_file_is_written_without_tallies(reports: Path, tmp_path: Path):
    output = tmp_path / "graph.nq"
    assert run_kg("build", str(reports), "-o", str(output)).returncode == 0
    assert SUMMARY_GRAPH not in output.read_text(encoding="utf-8")


@pytest.mark.parametrize("centre", ["UNRCPD", "UNREC", None])
def test_activities_per_year_reads_the_tallies_as_it_counts_the_reports(corpus: Path, centre):
    from kg.corpus import build_corpus

    counting = MemoryStore()
    assert build_corpus([corpus], counting, jobs=1).loaded == 12
    tallied = MemoryStore()
    tallied.oxigraph.extend(counting.oxigraph)
    assert not has_summary(counting) and refresh_summary(tallied) > 0 and has_summary(tallied)
    sparql = bind_parameters(read_header(find_query("activities_per_year")), {"centre": [centre]} if centre else {})

    expected = run_query(counting, sparql).as_dicts()

    assert expected and run_query(tallied, sparql).as_dicts() == expected
    # and it is the tallies that it read: one of them changed shows in its rows
    tallied.oxigraph.update(f"""PREFIX unkg: <https://w3id.org/unkg/ontology#>
        DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?t unkg:tallyCount ?n }} }}
        INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?t unkg:tallyCount ?more }} }}
        WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?t unkg:tallyCount ?n }} BIND(?n + 100 AS ?more) }}""")
    changed = run_query(tallied, sparql).as_dicts()
    assert sum(int(r["activities"]) for r in changed) > sum(int(r["activities"]) for r in expected)


def test_the_summary_files_each_report_under_its_year_and_compare_finds_the_same_sides_by_it(corpus: Path):
    """`unkg:reportYear` is the year a report's period ends (else starts); `kg compare`'s sides
    looked up through it are the sides found by comparing every report's dates."""
    from kg.corpus import build_corpus
    from kg.store.summary import has_report_years
    from kg.views.compare import _side

    store = MemoryStore()
    assert build_corpus([corpus], store, jobs=1).loaded == 12
    assert not has_report_years(store)  # a store that keeps no summary
    refresh_summary(store)
    assert has_report_years(store)
    filed = run_query(store, f"""SELECT ?report ?year WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{
        ?report <https://w3id.org/unkg/ontology#reportYear> ?year }} }}""").rows
    periods = run_query(store, """PREFIX unkg: <https://w3id.org/unkg/ontology#>
        SELECT ?report ?end WHERE { ?report a unkg:Report ; unkg:periodEnd ?end }""").rows
    assert sorted(filed) == sorted((report, end[:4]) for report, end in periods) and len(filed) == 12

    tokens = {f"{centre}:{year}" for (_, year) in filed for centre in ("UNRCPD", "unrec", "UNLIREC")}
    tokens |= {year for _, year in filed}
    found = 0
    for token in sorted(tokens):
        try:
            scanned = _side(store, token, indexed=False)
        except Exception as error:  # no report of that centre in that year: the same error
            with pytest.raises(type(error)):
                _side(store, token, indexed=True)
            continue
        assert _side(store, token, indexed=True) == scanned, token
        found += 1
    assert found >= 8
