"""Reports that left the inputs: which graphs of a store no input file gives any more (deleted
files, or files whose symbol changed), and removing a report's graphs by its symbol.

A report graph is known by the `unkg:sha256` of the file it was built from (`report_hashes`):
after a build, a graph is current when the file it holds is among the inputs, or when this
build loaded it. What reports said about entities stays in the shared entities graph: it is
what every report says alike, and harmless without the reports that name the entities.
"""
from __future__ import annotations

from collections.abc import Iterable

from kg.errors import InputError
from kg.rdf.terms import GRAPH
from kg.store.base import GraphStore


def stale_graphs(stored: dict[str, str], input_hashes: Iterable[str | None], loaded: Iterable[str]) -> list[str]:
    """The report graphs of `stored` (graph -> sha256) that neither an input file (by its hash)
    nor this build (`loaded`) accounts for; sorted."""
    current = {sha for sha in input_hashes if sha}
    fresh = set(loaded)
    return sorted(graph for graph, sha in stored.items() if sha not in current and graph not in fresh)


def report_name(graph: str) -> str:
    """`A-76-97/zh` for the graph `https://w3id.org/unkg/graph/A-76-97/zh`, for messages."""
    return graph.removeprefix(str(GRAPH))


def graphs_of_report(store: GraphStore, symbol: str) -> list[str]:
    """The graphs of the report `symbol` in every language (`A/76/97`), of one language version
    (`A/76/97/zh` or `A-76-97/zh`), or the graph whose IRI is given; refuses what matches none."""
    graphs = store.report_hashes()
    wanted = symbol.strip().replace("/", "-")
    found = sorted(g for g in graphs if g == symbol or report_name(g).rsplit("/", 1)[0] == wanted
                   or report_name(g).replace("/", "-") == wanted)
    if not found:
        raise InputError(f"{symbol}: no such report in the store; `kg query reports --store DIR` "
                         f"lists the reports it holds")
    return found


def remove_reports(store: GraphStore, graphs: Iterable[str]) -> int:
    """Remove each report graph (one transaction each); how many were removed."""
    count = 0
    for graph in graphs:
        store.remove_graph(graph)
        count += 1
    return count
