"""Measures of a partners network: who is central, which groups form, which partnerships are strongest."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import networkx as nx
from networkx.algorithms.community import greedy_modularity_communities

from kg.query.runner import QueryResult
from kg.views.names import node_name


@dataclass(frozen=True)
class NodeMeasure:
    key: str
    name: str
    kind: str
    degree: int
    degree_centrality: float
    betweenness: float
    community: int  # 1 is the largest community


@dataclass(frozen=True)
class Partnership:
    a: str
    b: str
    a_name: str
    b_name: str
    weight: int
    activities: tuple[str, ...]


@dataclass(frozen=True)
class NetworkSummary:
    nodes: tuple[NodeMeasure, ...]          # most central first
    communities: tuple[tuple[str, ...], ...]  # largest first, keys sorted
    partnerships: tuple[Partnership, ...]   # strongest first

    def node_table(self) -> QueryResult:
        columns = ("key", "name", "kind", "degree", "degree_centrality", "betweenness", "community")
        rows = tuple((n.key, n.name, n.kind, str(n.degree), f"{n.degree_centrality:.3f}",
                      f"{n.betweenness:.3f}", str(n.community)) for n in self.nodes)
        return QueryResult(columns, rows)

    def partnership_table(self) -> QueryResult:
        rows = tuple((p.a, p.a_name, p.b, p.b_name, str(p.weight), "; ".join(p.activities))
                     for p in self.partnerships)
        return QueryResult(("key_a", "name_a", "key_b", "name_b", "activities", "shared"), rows)

    def to_table(self, *, width: int = 40) -> str:
        """Centrality, communities and strongest partnerships, for reading in a terminal."""
        links = sum(1 for _ in self.partnerships)
        communities = "\n".join(f"  {i}. " + ", ".join(members)
                                for i, members in enumerate(self.communities, start=1))
        return "\n\n".join([
            f"{len(self.nodes)} organisations and countries, {len(self.communities)} communities",
            "Centrality (most between first)\n" + self.node_table().to_table(width=width),
            "Communities (greedy modularity)\n" + communities,
            f"Strongest partnerships ({links} shown)\n" + self.partnership_table().to_table(width=width),
        ])

    def to_csv(self) -> str:
        """One row per organisation or country: its measures and its community."""
        out = io.StringIO()
        table = self.node_table()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows(table.rows)
        return out.getvalue()

    def render(self, fmt: str) -> str:
        from kg.views.errors import ViewError

        if fmt == "table":
            return self.to_table()
        if fmt == "csv":
            return self.to_csv()
        raise ViewError(f"unknown output format '{fmt}'; use table or csv")


def analyse(network: nx.Graph, *, strongest: int = 10) -> NetworkSummary:
    """Degree and betweenness centrality (links counted, not weighted), communities by greedy
    modularity (weighted), and the `strongest` heaviest links."""
    undirected = network.to_undirected(as_view=True) if network.is_directed() else network
    degree = nx.degree_centrality(undirected) if len(undirected) > 1 else {n: 0.0 for n in undirected}
    betweenness = nx.betweenness_centrality(undirected)
    groups = _communities(undirected)
    community_of = {key: number for number, members in enumerate(groups, start=1) for key in members}
    nodes = sorted(
        (NodeMeasure(key, _name(undirected, key), undirected.nodes[key].get("kind", ""),
                     undirected.degree(key), degree[key], betweenness[key], community_of[key])
         for key in undirected),
        key=lambda n: (-n.betweenness, -n.degree, n.key))
    heaviest = sorted(undirected.edges(data=True), key=lambda e: (-e[2].get("weight", 1), *sorted(e[:2])))
    partnerships = tuple(
        Partnership(a, b, _name(undirected, a), _name(undirected, b), data.get("weight", 1),
                    tuple(e.what for e in data.get("evidence", ())))
        for a, b, data in ((*sorted(edge[:2]), edge[2]) for edge in heaviest[:strongest]))
    return NetworkSummary(tuple(nodes), tuple(tuple(sorted(g)) for g in groups), partnerships)


def _communities(network: nx.Graph) -> list[frozenset]:
    if network.number_of_edges() == 0:
        return [frozenset([key]) for key in sorted(network)]
    found = greedy_modularity_communities(network, weight="weight")
    return sorted(found, key=lambda group: (-len(group), sorted(group)))


def _name(network: nx.Graph, key: str) -> str:
    return node_name(key, network.nodes[key])
