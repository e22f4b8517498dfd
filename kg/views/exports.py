"""A network for Gephi and Cytoscape: GraphML or GEXF, chosen by the file's extension.

Each node keeps its key, names, kind and (when measured) degree, betweenness and community; each
link keeps its weight and the activities or statements behind it, with their report paragraphs.
"""
from __future__ import annotations

import io
from enum import Enum
from pathlib import Path

import networkx as nx

from kg.views.analysis import NetworkSummary
from kg.views.errors import ViewError
from kg.views.names import node_name
from kg.output import write_atomically


class ExportFormat(Enum):
    GRAPHML = ".graphml"
    GEXF = ".gexf"

    @classmethod
    def from_path(cls, path: str | Path) -> "ExportFormat":
        suffix = Path(path).suffix.lower()
        for fmt in cls:
            if fmt.value == suffix:
                return fmt
        if str(path) == "-":
            raise ViewError("--export -: an export is written to a file; name it .graphml or .gexf")
        what = f"unknown export format '{suffix}'" if suffix else "no extension tells the export format"
        raise ViewError(f"{path}: {what}; use .graphml or .gexf")


def export_network(network: nx.Graph, path: str | Path, *,
                   summary: NetworkSummary | None = None) -> ExportFormat:
    """Write `network` to `path` (.graphml or .gexf) with plain attributes Gephi and Cytoscape read."""
    fmt = ExportFormat.from_path(path)
    plain = _plain(network, summary)
    out = io.BytesIO()
    if fmt is ExportFormat.GRAPHML:
        nx.write_graphml(plain, out, encoding="utf-8")
    else:
        nx.write_gexf(plain, out, encoding="utf-8")
    write_atomically(path, out.getvalue())
    return fmt


def _plain(network: nx.Graph, summary: NetworkSummary | None) -> nx.Graph:
    """A copy whose attributes are strings and numbers only (no None, no lists)."""
    measures = {n.key: n for n in summary.nodes} if summary else {}
    plain = nx.DiGraph() if network.is_directed() else nx.Graph()
    for key, data in network.nodes(data=True):
        attributes = {
            "label": node_name(key, data),
            "key": key,
            "label_en": data.get("label_en", ""),
            "label_zh": data.get("label_zh", ""),
            "kind": data.get("kind", ""),
            "evidence": _joined(data.get("evidence", ())),
        }
        if key in measures:
            measure = measures[key]
            attributes.update(degree=measure.degree, degree_centrality=measure.degree_centrality,
                              betweenness=measure.betweenness, community=measure.community)
        plain.add_node(key, **attributes)
    for a, b, data in network.edges(data=True):
        plain.add_edge(a, b, weight=int(data.get("weight", 1)), evidence=_joined(data.get("evidence", ())))
    return plain


def _joined(evidence) -> str:
    return "; ".join(f"{e.what} ({e.source})" if e.source else e.what for e in evidence)
