"""A body or activity the graph names only in French (or Spanish, Russian, Arabic) is shown by that
name in every view, not by its key: a graph built from a French report holds such names."""
from __future__ import annotations

import csv
import io
import json
import re

from typer.testing import CliRunner

from kg.cli import app
from tests.views.conftest import small_graph_text

runner = CliRunner(mix_stderr=False)


def french_graph(tmp_path):
    text = small_graph_text().replace('skos:prefLabel "Prajnya Trust"@en', 'skos:prefLabel "Fondation Prajnya"@fr')
    text = text.replace('"Lecture on gender and disarmament"@en', '"Conférence sur le genre"@fr')
    assert "Fondation Prajnya" in text and "Conférence sur le genre" in text
    path = tmp_path / "fr.ttl"
    path.write_text(text, encoding="utf-8")
    return path


def test_network_rows_and_exports_name_it_in_its_language(tmp_path):
    graph = french_graph(tmp_path)
    result = runner.invoke(app, ["network", "-g", str(graph), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    names = {row["key"]: row["name"] for row in csv.DictReader(io.StringIO(result.stdout)) if "key" in row}
    assert names.get("PRAJNYA") == "Fondation Prajnya", result.stdout
    export = tmp_path / "p.graphml"
    assert runner.invoke(app, ["network", "-g", str(graph), "--export", str(export)]).exit_code == 0
    assert "Fondation Prajnya" in export.read_text(encoding="utf-8")


def test_the_page_labels_the_node_and_titles_the_activity(tmp_path):
    graph = french_graph(tmp_path)
    page = tmp_path / "b.html"
    result = runner.invoke(app, ["viz", "-g", str(graph), "--view", "bipartite", "-o", str(page)])
    assert result.exit_code == 0, result.stderr
    labels = [json.loads(f'"{label}"') for label in re.findall(r'"label": "((?:[^"\\]|\\.)*)"', page.read_text())]
    assert "Fondation Prajnya" in labels and "PRAJNYA" not in labels
    html = page.read_text(encoding="utf-8")
    assert "Conférence sur le genre" in html or "Conf\\u00e9rence sur le genre" in html


def test_compare_names_it_in_its_language(tmp_path):
    text = french_graph(tmp_path).read_text(encoding="utf-8")
    second = text.replace("T-1", "T-2").replace('"T/1"', '"T/2"')  # the same edition, told again as T/2
    graph = tmp_path / "two.ttl"
    graph.write_text(text + second, encoding="utf-8")
    result = runner.invoke(app, ["compare", "T/1", "T/2", "-g", str(graph), "--section", "partner", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = {row["key"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["PRAJNYA"]["name"] == "Fondation Prajnya" and rows["PRAJNYA"]["change"] == "continued"
