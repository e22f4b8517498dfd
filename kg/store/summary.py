"""The summary graph of a store: counts over all its reports, written at the end of a build so
that questions over thousands of reports read them instead of counting again.

It holds activity tallies (`unkg:ActivityTally`): for each body the reports are about, each year
and each activity type, how many activities started (the shipped query `activity_tallies`).
`activities_per_year` reads them where a store has them and counts from the reports where it
has none (a graph file, a store of an older kg). Whatever changes a store's reports must see
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


def refresh_summary(store: GraphStore) -> int:
    """Count the tallies from the reports and replace the summary graph with them; how many."""
    from kg.query import find_query, run_query

    rows = run_query(store, find_query("activity_tallies")).as_dicts()
    store.replace_graph(SUMMARY_GRAPH, "".join(_tally(row) for row in rows))
    return len(rows)


def _tally(row: dict[str, str]) -> str:
    kind = row["typeConcept"].rstrip("/").rsplit("/", 1)[-1]
    node = f"<{TALLY}{quote(row['centre'], safe='')}/{quote(row['year'], safe='')}/{quote(kind, safe='')}>"
    return (f"{node} <{RDF.type}> <{UNKG.ActivityTally}> .\n"
            f"{node} <{UNKG.tallyOf}> <{row['centreNode']}> .\n"
            f"{node} <{UNKG.tallyYear}> {term_text(Literal(row['year']))} .\n"
            f"{node} <{UNKG.tallyType}> <{row['typeConcept']}> .\n"
            f"{node} <{UNKG.tallyCount}> {term_text(Literal(int(row['activities'])))} .\n")
