"""`kg compare` on two editions of one centre written for the test (tests/fixtures/compare):

    A/77/901 (UNRCPD, 2021)                       A/78/902 (UNRCPD, 2022)
    para. 3  webinar, 1540: UNRCPD+OSCE, JPN      para. 3  webinar, 1540: UNRCPD+OSCE, JPN
             funds; for NPL, MNG                           funds; for NPL, BTN
    para. 4  training, ATT: UNRCPD+THA, EU        para. 4  training, ATT: UNRCPD+UNODC, AUS
             funds; for KHM, VNM                           funds; for KHM
    para. 5  workshop, PoA: UNRCPD+UNITAR; NPL    para. 5  meeting, 1540: UNRCPD+OSCE; for MNG
    annex    JPN $50,000, NPL $20,000             annex    JPN $60,000, AUS $25,000
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import open_store
from kg.views.compare import compare

try:
    runner = CliRunner(mix_stderr=False)  # click 8.1 mixes stderr into the output unless told
except TypeError:  # click 8.2 and later keep them apart always
    runner = CliRunner()
A, B = "A/77/901", "A/78/902"
COMPARE_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compare"


def para(report: str, *numbers: int) -> tuple[str, ...]:
    return tuple(f"{report} para. {n}" for n in numbers)


# (section, change, key) -> (count_a, count_b, paragraphs_a, paragraphs_b), as the fixtures tell it
EXPECTED = {
    ("partner", "appeared", "AUS"): (0, 1, (), para(B, 4)),
    ("partner", "appeared", "UNODC"): (0, 1, (), para(B, 4)),
    ("partner", "ended", "EU"): (1, 0, para(A, 4), ()),
    ("partner", "ended", "THA"): (1, 0, para(A, 4), ()),
    ("partner", "ended", "UNITAR"): (1, 0, para(A, 5), ()),
    ("partner", "continued", "JPN"): (1, 1, para(A, 3), para(B, 3)),
    ("partner", "continued", "OSCE"): (1, 2, para(A, 3), para(B, 3, 5)),
    ("partnership", "appeared", "AUS + UNODC"): (0, 1, (), para(B, 4)),
    ("partnership", "ended", "EU + THA"): (1, 0, para(A, 4), ()),
    ("partnership", "continued", "JPN + OSCE"): (1, 1, para(A, 3), para(B, 3)),
    ("instrument", "ended", "POA-SALW"): (1, 0, para(A, 5), ()),
    ("instrument", "more", "UNSCR-1540"): (1, 2, para(A, 3), para(B, 3, 5)),
    ("instrument", "same", "ATT"): (1, 1, para(A, 4), para(B, 4)),
    ("beneficiary", "appeared", "BTN"): (0, 1, (), para(B, 3)),
    ("beneficiary", "ended", "VNM"): (1, 0, para(A, 4), ()),
    ("beneficiary", "continued", "KHM"): (1, 1, para(A, 4), para(B, 4)),
    ("beneficiary", "continued", "MNG"): (1, 1, para(A, 3), para(B, 5)),
    ("beneficiary", "continued", "NPL"): (2, 1, para(A, 3, 5), para(B, 3)),
}
FUNDERS = {  # (change, key) -> (amount_a, amount_b, a paragraph on each side that must be cited)
    ("appeared", "AUS"): ("", "25,000 USD", None, f"{B} para. 4"),
    ("ended", "EU"): ("", "", f"{A} para. 4", None),
    ("ended", "NPL"): ("20,000 USD", "", f"{A} annex-1-a", None),
    ("continued", "JPN"): ("50,000 USD", "60,000 USD", f"{A} para. 3", f"{B} annex-1-a"),
}


def test_compare_lists_exactly_what_appeared_ended_and_continued_with_its_paragraphs(two_years_graph):
    comparison = compare(open_store(graph=two_years_graph), "UNRCPD:2021", "UNRCPD:2022")

    assert (comparison.a.reports, comparison.b.reports) == ({A}, {B})
    found = {(c.section, c.change, c.key): (c.count_a, c.count_b, c.paragraphs_a, c.paragraphs_b)
             for c in comparison.changes if c.section != "funder"}
    assert found == EXPECTED
    funders = {(c.change, c.key): c for c in comparison.rows("funder")}
    assert set(funders) == set(FUNDERS)
    for key, (amount_a, amount_b, cited_a, cited_b) in FUNDERS.items():
        change = funders[key]
        assert (change.amount_a, change.amount_b) == (amount_a, amount_b), key
        assert (cited_a in change.paragraphs_a) if cited_a else not change.paragraphs_a
        assert (cited_b in change.paragraphs_b) if cited_b else not change.paragraphs_b


def test_a_side_is_a_symbol_a_year_or_a_centre_and_year_alike(two_years_graph):
    store = open_store(graph=two_years_graph)
    by_year = compare(store, "2021", "2022").changes
    by_symbol = compare(store, A, B).changes
    assert by_year == by_symbol == compare(store, "unrcpd:2021", "UNRCPD:2022").changes
    swapped = {(c.section, c.key): c.change for c in compare(store, "2022", "2021").changes}
    assert swapped[("partner", "AUS")] == "ended" and swapped[("partner", "EU")] == "appeared"
    assert swapped[("instrument", "UNSCR-1540")] == "less"


def _csv_rows(output: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(output)))


def test_compare_and_timeline_give_the_same_rows_over_a_file_a_store_and_a_sparql_server(
        two_years_graph, two_years_store, two_years_endpoint, tmp_path):
    sources = {"file": ["--graph", str(two_years_graph)], "store": ["--store", str(two_years_store)],
               "endpoint": ["--endpoint", two_years_endpoint]}
    commands = {"compare": ["compare", "UNRCPD:2021", "UNRCPD:2022", "--format", "csv"],
                "timeline-partner": ["timeline", "--by", "partner", "--format", "csv"],
                "timeline-month": ["timeline", "--per", "month", "--by", "type", "--format", "csv"],
                "query-parameters": ["query", "countries_by_role", "-f", "csv", "-p", "country=NPL", "-p", "role=beneficiary"],
                "query-hostile": ["query", "countries_by_role", "-f", "csv", "-p", 'country=NPL" } #', "-p", "role=beneficiary"]}
    found = {}
    for name, command in commands.items():
        outputs = {}
        for where, option in sources.items():
            result = runner.invoke(app, [*command, *option])
            assert result.exit_code == 0, (name, where, result.output)
            outputs[where] = sorted(tuple(row.items()) for row in _csv_rows(result.stdout))
        assert outputs["file"] == outputs["store"] == outputs["endpoint"], name
        found[name] = outputs["file"]
    assert len(found["timeline-month"]) == 6  # six dated activities, one type each
    assert len(found["query-parameters"]) == 3 and found["query-hostile"] == []
    assert all(rows for name, rows in found.items() if name != "query-hostile")
    checks = {where: runner.invoke(app, ["validate", *option]) for where, option in sources.items()}
    drawn = {where: runner.invoke(app, ["viz", *option, "--since", "2022", "-o", str(tmp_path / f"{where}.html")])
             for where, option in sources.items()}
    assert {where: r.stderr.split(" (", 1)[1].split(" KB")[0].rsplit(",", 1)[0] for where, r in drawn.items()} == {
        where: "9 nodes, 17 links" for where in sources}  # 2022: 9 + 6 + 2 links from its three activities
    summaries = {where: (r.exit_code, tuple(r.stdout.splitlines()[:2])) for where, r in checks.items()}
    assert len(set(summaries.values())) == 1, summaries
    assert summaries["file"][0] == 0 and summaries["file"][1][0].startswith("shapes: conforms (")
    assert summaries["file"][1][1] == "trust-fund arithmetic: 10 of 10 checks consistent"


def test_compare_prints_a_table_csv_json_and_one_section(two_years_graph):
    table = runner.invoke(app, ["compare", "2021", "2022", "--graph", str(two_years_graph)])
    assert table.exit_code == 0, table.output
    assert table.stdout.startswith(f"A = 2021 ({A})\nB = 2022 ({B})\n")
    assert "beneficiary   appeared    BTN" in table.stdout

    rows = _csv_rows(runner.invoke(app, ["compare", "2021", "2022", "-g", str(two_years_graph),
                                         "--format", "csv", "--section", "funder"]).stdout)
    assert list(rows[0]) == ["section", "change", "key", "name", "count_a", "count_b", "amount_a",
                             "amount_b", "paragraphs_a", "paragraphs_b"]
    assert {(r["change"], r["key"]) for r in rows} == set(FUNDERS)

    data = json.loads(runner.invoke(app, ["compare", "2021", "2022", "-g", str(two_years_graph),
                                          "--format", "json"]).stdout)
    assert data["a"] == {"label": "2021", "reports": [A], "centres": ["UNRCPD"]}
    osce = next(c for c in data["changes"] if (c["section"], c["key"]) == ("partner", "OSCE"))
    assert (osce["count_a"], osce["count_b"], osce["paragraphs_b"]) == (1, 2, list(para(B, 3, 5)))


@pytest.mark.parametrize("arguments, message", [
    (["1999", "2022"], "kg: error: '1999' names no report in this graph"),
    (["2021", "A/77/901"], "kg: error: '2021' and 'A/77/901' name the same reports"),
    (["2021", "2022", "--format", "xlsx"], "kg: error: unknown output format 'xlsx'"),
    (["2021", "2022", "--section", "donors"], "kg: error: unknown section 'donors'"),
    (["2021", "2022", "--relation", "host"], "kg: error: unknown relation 'host'"),
])
def test_compare_tells_a_users_mistake_in_one_line(two_years_graph, tmp_path, arguments, message):
    page = tmp_path / "changes.html"
    result = runner.invoke(app, ["compare", *arguments, "--graph", str(two_years_graph), "--html", str(page)])

    assert result.exit_code == 2
    assert result.stderr.startswith(message), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not page.exists()


def test_compare_needs_exactly_one_graph(two_years_graph, tmp_path):
    result = runner.invoke(app, ["compare", "2021", "2022"])
    assert result.exit_code == 2 and "give the graph with one of --graph FILE, --store DIR or --endpoint URL" in result.stderr


def test_two_centres_compare_their_partners_as_partners_of_the_centre(tmp_path):
    """Across centres, a party that worked with each centre is a partner on both sides."""
    from kg.api import build
    from kg.store.files import write_dataset

    graph = tmp_path / "three.nq"
    write_dataset(build([COMPARE_FIXTURES / "unrcpd-2022.en.txt",
                         COMPARE_FIXTURES.parent / "reports" / "unrec-2022.en.txt"]), graph)

    comparison = compare(open_store(graph=graph), "UNRCPD:2022", "UNREC:2022")

    assert (comparison.a.centres, comparison.b.centres) == ({"UNRCPD"}, {"UNREC"})
    partners = {c.key: (c.change, c.count_a, c.count_b) for c in comparison.rows("partner")}
    assert partners["JPN"] == ("continued", 1, 2)  # funded the webinar; funded two UNREC activities
    assert partners["OSCE"] == ("ended", 2, 0) and partners["EU"][0] == "appeared"
    assert "UNRCPD" not in partners and "UNREC" not in partners


def test_markup_in_a_name_reaches_the_compare_page_only_as_data(two_years_graph, tmp_path):
    from kg.views.compare_page import render_compare_page

    payload = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>"
    hostile = tmp_path / "hostile.nq"
    hostile.write_text(two_years_graph.read_text(encoding="utf-8")
                       .replace('"Organization for Security and Co-operation in Europe"', f'"{payload}"'),
                       encoding="utf-8")
    comparison = compare(open_store(graph=hostile), "2021", "2022")
    assert any(c.name == payload for c in comparison.changes)

    html = render_compare_page(comparison)

    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "\\u003cscript\\u003ewindow.__pwned=1" in html  # in the JSON data, escaped


def test_a_year_takes_a_report_by_its_end_else_by_its_start_whatever_type_its_dates_are(two_years_graph, tmp_path):
    """A report with no end to its period is of the year it starts in; a period written as plain
    text (another tool's graph) is read by its text."""
    import pyoxigraph

    from kg.query import run_query
    from kg.views.compare import _candidate_queries, _side

    dataset = pyoxigraph.Store()
    dataset.load(path=str(two_years_graph), format=pyoxigraph.RdfFormat.N_QUADS)
    end = pyoxigraph.NamedNode("https://w3id.org/unkg/ontology#periodEnd")
    for quad in list(dataset.quads_for_pattern(None, end, None)):
        dataset.remove(quad)
        if quad.object.value.startswith("2021"):  # A's end as text, B's end gone
            dataset.add(pyoxigraph.Quad(quad.subject, end, pyoxigraph.Literal(quad.object.value), quad.graph_name))
    changed = tmp_path / "periods.nq"
    dataset.dump(output=str(changed), format=pyoxigraph.RdfFormat.N_QUADS)
    with open_store(store_dir=None, graph=changed) as store:
        # found by the store's query, not by reading every report (the last resort of _side)
        for token, symbol in (("2021", A), ("UNRCPD:2022", B)):  # B by its start, 2022-01-01
            assert {row["symbol"] for row in run_query(store, _candidate_queries(token)[1]).as_dicts()} == {symbol}
            assert _side(store, token)[0].reports == {symbol}
        assert compare(store, "2021", "2022").changes == compare(store, A, B).changes
