"""`kg viz` and `kg network`: what they write, what they print, and how they refuse."""
from __future__ import annotations

import networkx as nx
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def test_viz_writes_one_page_and_says_so(small_graph, tmp_path):
    output = tmp_path / "partners.html"

    result = runner.invoke(app, ["viz", "--graph", str(small_graph), "-o", str(output),
                                 "--relation", "organizer,funder", "--since", "2020"])

    assert result.exit_code == 0, result.output
    assert output.is_file()
    assert f"wrote {output} (5 nodes, 5 links," in result.output


def test_viz_focus_and_views(small_graph, tmp_path):
    for view, expected in [("bipartite", "(10 nodes, 11 links,"), ("funding", "(4 nodes, 2 links,")]:
        result = runner.invoke(app, ["viz", "-g", str(small_graph), "-o", str(tmp_path / f"{view}.html"),
                                     "--view", view])
        assert result.exit_code == 0, result.output
        assert expected in result.output

    result = runner.invoke(app, ["viz", "-g", str(small_graph), "-o", str(tmp_path / "p.html"), "--focus", "JPN"])
    assert "(4 nodes, 5 links," in result.output  # Japan, the Centre, Nepal, Mongolia


def test_viz_tells_a_users_mistake_in_one_line(small_graph, tmp_path):
    cases = [
        (["--focus", "XYZ"], "kg: error: no organisation or country with key 'XYZ' in this view"),
        (["--relation", "host"], "kg: error: unknown relation 'host'"),
        (["--view", "map"], "kg: error: unknown view 'map'"),
        (["--since", "2030"], "kg: error: the network is empty"),
    ]
    for options, message in cases:
        result = runner.invoke(app, ["viz", "-g", str(small_graph), "-o", str(tmp_path / "p.html"), *options])
        assert result.exit_code == 2
        assert result.output.startswith(message), result.output
        assert len(result.output.strip().splitlines()) == 1

    missing = runner.invoke(app, ["viz", "-g", str(tmp_path / "nope.ttl")])
    assert missing.exit_code == 2
    assert "no such graph file" in missing.output


def test_network_prints_centrality_communities_and_partnerships(small_graph):
    result = runner.invoke(app, ["network", "--graph", str(small_graph)])

    assert result.exit_code == 0, result.output
    assert "7 organisations and countries" in result.output
    assert "Communities (greedy modularity)" in result.output
    lines = result.output.splitlines()
    first_row = lines[lines.index(next(line for line in lines if line.startswith("Centrality"))) + 3]
    assert first_row.startswith("UNRCPD")


def test_network_csv_has_one_row_per_party(small_graph):
    result = runner.invoke(app, ["network", "--graph", str(small_graph), "--format", "csv"])

    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[0] == "key,name,kind,degree,degree_centrality,betweenness,community"
    assert len(lines) == 1 + 7


def test_network_exports_for_gephi_and_cytoscape(small_graph, tmp_path):
    for name in ("partners.graphml", "partners.gexf"):
        result = runner.invoke(app, ["network", "-g", str(small_graph), "--export", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "(7 nodes, 13 links)" in result.output
    back = nx.read_graphml(tmp_path / "partners.graphml")
    assert back.nodes["UNRCPD"]["kind"] == "un-entity"
    assert back.nodes["UNRCPD"]["community"] >= 1

    refused = runner.invoke(app, ["network", "-g", str(small_graph), "--export", str(tmp_path / "p.csv")])
    assert refused.exit_code == 2
    assert "unknown export format '.csv'" in refused.output


def test_every_view_command_has_an_example_in_its_help():
    for command in ("viz", "network", "compare", "timeline"):
        result = runner.invoke(app, [command, "--help"])
        assert "Example: kg " + command in result.output


def test_network_export_without_a_file_name_says_what_to_give(small_graph, tmp_path):
    for target, words in (("-", "written to a file"), (str(tmp_path / "net"), "no extension")):
        refused = runner.invoke(app, ["network", "-g", str(small_graph), "--export", target])
        assert refused.exit_code == 2
        assert words in refused.output and ".graphml" in refused.output and "(none)" not in refused.output
