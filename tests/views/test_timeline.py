"""`kg timeline` on the two fixture editions (tests/fixtures/compare): six activities, three a year."""
from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import open_store
from kg.views.timeline import build_timeline

try:
    runner = CliRunner(mix_stderr=False)  # click 8.1 mixes stderr into the output unless told
except TypeError:  # click 8.2 and later keep them apart always
    runner = CliRunner()


def counts(timeline) -> dict[tuple[str, str], int]:
    return {(r.period, r.group): r.activities for r in timeline.rows}


def test_activities_per_year_by_centre_type_instrument_and_partner(two_years_graph):
    store = open_store(graph=two_years_graph)

    assert counts(build_timeline(store)) == {("2021", "UNRCPD"): 3, ("2022", "UNRCPD"): 3}
    assert counts(build_timeline(store, by="type")) == {
        ("2021", "Webinar"): 1, ("2021", "Training"): 1, ("2021", "Workshop"): 1,
        ("2022", "Webinar"): 1, ("2022", "Training"): 1, ("2022", "Meeting"): 1}
    assert counts(build_timeline(store, by="instrument")) == {
        ("2021", "UNSCR-1540"): 1, ("2021", "ATT"): 1, ("2021", "POA-SALW"): 1,
        ("2022", "UNSCR-1540"): 2, ("2022", "ATT"): 1}
    partners = build_timeline(store, by="partner")
    assert counts(partners) == {
        ("2021", "OSCE"): 1, ("2021", "JPN"): 1, ("2021", "THA"): 1, ("2021", "EU"): 1, ("2021", "UNITAR"): 1,
        ("2022", "OSCE"): 2, ("2022", "JPN"): 1, ("2022", "AUS"): 1, ("2022", "UNODC"): 1}
    assert dict(partners.totals) == {"2021": 3, "2022": 3}  # one activity, several partners: counted once


def test_per_month_focus_and_narrowing(two_years_graph):
    store = open_store(graph=two_years_graph)

    osce = build_timeline(store, by="partner", per="month", focus="OSCE")
    assert counts(osce) == {("2021-03", "OSCE"): 1, ("2022-03", "OSCE"): 1, ("2022-11", "OSCE"): 1}
    assert counts(build_timeline(store, by="type", reports=frozenset({"A/78/902"}))) == {
        ("2022", "Webinar"): 1, ("2022", "Training"): 1, ("2022", "Meeting"): 1}
    assert counts(build_timeline(store, since=2022)) == {("2022", "UNRCPD"): 3}


def test_the_command_prints_a_table_csv_and_writes_a_plot_and_a_page(two_years_graph, tmp_path):
    png, svg, page = tmp_path / "eu.png", tmp_path / "eu.svg", tmp_path / "timeline.html"

    result = runner.invoke(app, ["timeline", "-g", str(two_years_graph), "--by", "partner", "--focus", "EU",
                                 "--plot", str(png), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split() == ["year", "EU", "total"]
    assert result.stdout.splitlines()[2].split() == ["2021", "1", "1"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "European Union" in html and "<script" not in html

    runner.invoke(app, ["timeline", "-g", str(two_years_graph), "--plot", str(svg)])
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    rows = list(csv.DictReader(io.StringIO(runner.invoke(
        app, ["timeline", "-g", str(two_years_graph), "--centre", "UNRCPD", "-f", "csv"]).stdout)))
    assert rows == [{"period": "2021", "centre": "UNRCPD", "name": "UNRCPD", "activities": "3"},
                    {"period": "2022", "centre": "UNRCPD", "name": "UNRCPD", "activities": "3"}]


@pytest.mark.parametrize("arguments, message", [
    (["--by", "donor"], "kg: error: unknown grouping 'donor'"),
    (["--per", "week"], "kg: error: unknown period 'week'"),
    (["--by", "partner", "--focus", "XYZ"], "kg: error: no activity with partner 'XYZ' here"),
    (["--centre", "UNLIREC"], "kg: error: no report about a centre 'UNLIREC'"),
    (["--plot", "t.pdf"], "kg: error: t.pdf: the plot is written as .png or .svg"),
    (["--since", "2023", "--until", "2021"], "kg: error: --since 2023 is after --until 2021"),
])
def test_timeline_tells_a_users_mistake_in_one_line(two_years_graph, arguments, message):
    result = runner.invoke(app, ["timeline", "-g", str(two_years_graph), *arguments])

    assert result.exit_code == 2
    assert result.stderr.startswith(message), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_views_read_a_store_and_narrow_to_a_centre_or_report(two_years_graph, two_years_store, tmp_path):
    page = tmp_path / "partners.html"
    result = runner.invoke(app, ["viz", "--store", str(two_years_store), "--report", "A/77/901",
                                 "--relation", "organizer,funder", "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "(6 nodes, 7 links," in result.stderr  # UNRCPD, OSCE, JPN, THA, EU, UNITAR: 2021 only
    network = runner.invoke(app, ["network", "--store", str(two_years_store), "--centre", "UNRCPD",
                                  "--relation", "organizer", "--format", "csv"])
    assert network.exit_code == 0, network.output
    assert {row["key"] for row in csv.DictReader(io.StringIO(network.stdout))} == {
        "UNRCPD", "OSCE", "THA", "UNITAR", "UNODC"}
    checked = runner.invoke(app, ["validate", "--store", str(two_years_store)])
    assert checked.exit_code == 0, checked.output
    assert checked.stdout.startswith("shapes: conforms")
    assert "trust-fund arithmetic: 10 of 10 checks consistent" in checked.stdout


def test_a_name_with_markup_reaches_the_timeline_page_only_as_text(small_graph, tmp_path):
    from kg.views.timeline_page import render_timeline_page

    payload = "--><script>window.__pwned=1</script><img src=x onerror=alert(1)>"
    hostile = tmp_path / "hostile.ttl"
    hostile.write_text(small_graph.read_text(encoding="utf-8").replace("Prajnya Trust", payload), encoding="utf-8")

    html = render_timeline_page(build_timeline(open_store(graph=hostile), by="partner"))

    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html  # in the table, as text


def test_without_matplotlib_a_plot_is_refused_with_how_to_install_it(two_years_graph, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)  # as if matplotlib were not installed
    plot = tmp_path / "timeline.png"

    result = runner.invoke(app, ["timeline", "-g", str(two_years_graph), "--plot", str(plot)])

    assert result.exit_code == 2
    assert result.stderr.strip() == 'kg: error: plots need matplotlib: pip install -e ".[plot]"'
    assert not plot.exists()
    assert runner.invoke(app, ["timeline", "-g", str(two_years_graph)]).exit_code == 0  # the table needs none
