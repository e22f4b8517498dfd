"""Centrality, communities, strongest partnerships, and the GraphML/GEXF exports."""
from __future__ import annotations

import networkx as nx
import pytest

from kg.views import ViewError, analyse, export_network
from kg.views.networks import Evidence


def two_groups_and_a_broker() -> nx.Graph:
    """Two tight groups (A, B, C) and (D, E, F) that meet only through the broker X."""
    network = nx.Graph()
    for key in "ABCDEFX":
        network.add_node(key, label_en=f"Party {key}", label_zh="", kind="other", evidence=[])
    for a, b, weight in [("A", "B", 3), ("B", "C", 1), ("A", "C", 1), ("D", "E", 1), ("E", "F", 1),
                         ("D", "F", 1), ("C", "X", 1), ("X", "D", 1)]:
        evidence = [Evidence(f"2021-0{i + 1}", f"meeting {i + 1}", "T/1 para. 1") for i in range(weight)]
        network.add_edge(a, b, weight=weight, evidence=evidence)
    return network


def test_the_broker_is_the_most_between_and_the_groups_are_found():
    summary = analyse(two_groups_and_a_broker())

    assert summary.nodes[0].key == "X"
    assert summary.nodes[0].betweenness == pytest.approx(0.6)  # 9 of the 15 pairs of others pass through X
    by_key = {n.key: n for n in summary.nodes}
    assert by_key["C"].degree == 3
    assert by_key["C"].degree_centrality == pytest.approx(0.5)
    assert by_key["A"].betweenness == 0
    groups = {frozenset(g) for g in summary.communities}
    assert frozenset("ABC") <= next(g for g in groups if "A" in g)
    assert frozenset("DEF") <= next(g for g in groups if "D" in g)
    assert by_key["A"].community != by_key["E"].community


def test_strongest_partnerships_come_first_with_what_they_shared():
    summary = analyse(two_groups_and_a_broker(), strongest=2)

    assert len(summary.partnerships) == 2
    first = summary.partnerships[0]
    assert (first.a, first.b, first.weight) == ("A", "B", 3)
    assert first.activities == ("meeting 1", "meeting 2", "meeting 3")


def test_table_and_csv():
    summary = analyse(two_groups_and_a_broker())

    csv_lines = summary.render("csv").splitlines()
    assert csv_lines[0] == "key,name,kind,degree,degree_centrality,betweenness,community"
    assert csv_lines[1].startswith("X,Party X,other,2,0.333,0.600,")
    table = summary.render("table")
    assert "7 organisations and countries, 2 communities" in table
    assert "Strongest partnerships" in table
    with pytest.raises(ViewError, match="unknown output format 'json'"):
        summary.render("json")


def test_a_network_without_links_has_one_community_per_party():
    network = nx.Graph()
    network.add_node("A", label_en="A", kind="other", evidence=[])
    network.add_node("B", label_en="B", kind="other", evidence=[])

    summary = analyse(network)

    assert summary.communities == (("A",), ("B",))
    assert summary.partnerships == ()


@pytest.mark.parametrize("suffix, read", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_exports_keep_names_measures_weights_and_sources(tmp_path, suffix, read):
    network = two_groups_and_a_broker()
    path = tmp_path / f"partners{suffix}"

    export_network(network, path, summary=analyse(network))

    back = read(path)
    assert back.number_of_nodes() == 7 and back.number_of_edges() == 8
    assert back.nodes["X"]["label_en"] == "Party X"
    assert float(back.nodes["X"]["betweenness"]) == pytest.approx(0.6)
    assert int(back.edges["A", "B"]["weight"]) == 3
    assert back.edges["A", "B"]["evidence"].startswith("meeting 1 (T/1 para. 1); meeting 2")


def test_an_unknown_export_format_is_refused(tmp_path):
    with pytest.raises(ViewError, match=r"unknown export format '\.png'; use \.graphml or \.gexf"):
        export_network(two_groups_and_a_broker(), tmp_path / "partners.png")
