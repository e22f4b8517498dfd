"""The summary graph of a store: counts over all its reports, written at the end of a build so
that questions over thousands of reports read them instead of counting again.

It holds activity tallies (`unkg:ActivityTally`): for each body the reports are about, each year
and each activity type, how many activities started (the shipped query `activity_tallies`).
`activities_per_year` reads them where a store has them and counts from the reports where it
has none (a graph file, a store of an older kg). It also files each report under its year
(`unkg:reportYear`: the year its period ends, else starts), so that `kg compare 2021 ...` looks a
year's reports up instead of comparing every report's dates. Whatever changes a store's reports must see
to them: `kg build --store/--endpoint` and `kg prune` write them anew, `kg serve --writable`
drops them with any change it takes.
"""
from __future__ import annotations

from urllib.parse import quote

from kg.rdf.terms import GRAPH, ID, RDF, UNKG, Literal
from kg.store.base import GraphStore
from kg.store.ntriples import term_text

SUMMARY_GRAPH = str(GRAPH["summary"])
TALLY = str(ID["tally/"])
DROP_SUMMARY = f"DROP SILENT GRAPH <{SUMMARY_GRAPH}>"


def has_summary(store: GraphStore) -> bool:
    return bool(store.query(f"ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}", use_default_graph_as_union=False))


# a report's year: its period's end, else its start (as kg.views.scope reads a report's year)
REPORT_YEARS = f"""SELECT DISTINCT ?report ?year WHERE {{
  ?report a <{UNKG.Report}> .
  OPTIONAL {{ ?report <{UNKG.periodEnd}> ?end }}
  OPTIONAL {{ ?report <{UNKG.periodStart}> ?start }}
  BIND(SUBSTR(STR(COALESCE(?end, ?start)), 1, 4) AS ?year)
  FILTER(BOUND(?year))
}}"""
HAS_REPORT_YEARS = f"ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ ?report <{UNKG.reportYear}> ?year }} }}"


def has_report_years(store: GraphStore) -> bool:
    """Does the store's summary file its reports by year (a summary of this kg)?"""
    return bool(store.query(HAS_REPORT_YEARS, use_default_graph_as_union=False))


def refresh_summary(store: GraphStore) -> int:
    """Count the tallies from the reports, file the reports by year, and replace the summary
    graph with them; how many tallies."""
    from kg.query import find_query, run_query

    rows = run_query(store, find_query("activity_tallies")).as_dicts()
    years = run_query(store, REPORT_YEARS).rows
    store.replace_graph(SUMMARY_GRAPH, "".join(_tally(row) for row in rows)
                        + "".join(f"<{report}> <{UNKG.reportYear}> {term_text(Literal(year))} .\n"
                                  for report, year in years))
    return len(rows)


def _tally(row: dict[str, str]) -> str:
    kind = row["typeConcept"].rstrip("/").rsplit("/", 1)[-1]
    node = f"<{TALLY}{quote(row['centre'], safe='')}/{quote(row['year'], safe='')}/{quote(kind, safe='')}>"
    return (f"{node} <{RDF.type}> <{UNKG.ActivityTally}> .\n"
            f"{node} <{UNKG.tallyOf}> <{row['centreNode']}> .\n"
            f"{node} <{UNKG.tallyYear}> {term_text(Literal(row['year']))} .\n"
            f"{node} <{UNKG.tallyType}> <{row['typeConcept']}> .\n"
            f"{node} <{UNKG.tallyCount}> {term_text(Literal(int(row['activities'])))} .\n")
