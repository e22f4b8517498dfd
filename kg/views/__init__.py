"""Views of a knowledge graph: networks (networkx), pages that draw them (pyvis, vis-network),
their measures and their exports, all read from the graph through the shipped SPARQL queries.

    >>> from kg.views import ViewFilter, draw_page                                  # doctest: +SKIP
    >>> draw_page("graph.ttl", "partners.html", view="partners",
    ...           filters=ViewFilter(relations=("organizer", "funder"), since=2020))  # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.query import find_query, run_query
from kg.views.analysis import NetworkSummary, analyse
from kg.views.errors import ViewError
from kg.views.exports import ExportFormat, export_network
from kg.views.networks import VIEWS, ViewFilter, build_network
from kg.views.page import render_page, write_page
from kg.views.relations import ROLES, open_store

TITLES = {
    "partners": "Who works with whom",
    "bipartite": "Organisations and countries around activities",
    "funding": "Who funds what",
}


@dataclass(frozen=True)
class DrawnPage:
    path: Path
    nodes: int
    edges: int
    size: int  # bytes


def draw_page(graph, output: str | Path, *, view: str = "partners",
              filters: ViewFilter = ViewFilter()) -> DrawnPage:
    """Build one view of `graph` (a file path, an rdflib Dataset or a pyoxigraph Store) and write
    it as a self-contained HTML page to `output`."""
    store = open_store(graph)
    network = build_network(store, view, filters)
    size = write_page(network, output, title=TITLES[view], subtitle=describe(store, network, filters),
                      view=view)
    return DrawnPage(Path(output), network.number_of_nodes(), network.number_of_edges(), size)


def describe(graph, network, filters: ViewFilter = ViewFilter()) -> str:
    """One line under the page title: reports, counts, and the filters in force."""
    reports = sorted({f"{row['symbol']} ({row['language']})"
                      for row in run_query(open_store(graph), find_query("document")).as_dicts()})
    parts = [", ".join(reports) or "no report metadata",
             f"{network.number_of_nodes()} nodes, {network.number_of_edges()} links"]
    if set(filters.relations) != set(ROLES):
        parts.append("relations: " + ", ".join(filters.relations))
    if filters.has_dates:
        parts.append(f"years {filters.since or '…'}–{filters.until or '…'}")
    if filters.min_weight > 1:
        parts.append(f"weight ≥ {filters.min_weight}")
    if filters.focus:
        parts.append(f"around {filters.focus}")
    return " · ".join(parts)


__all__ = ["DrawnPage", "ExportFormat", "NetworkSummary", "VIEWS", "ViewError", "ViewFilter",
           "analyse", "build_network", "describe", "draw_page", "export_network", "render_page",
           "write_page"]
