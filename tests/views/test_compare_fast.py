"""`kg compare` reads aggregated facts (kg.views.compare_facts) instead of the shipped queries'
rows; its tallies must be those the rows give, read the way kg.views.relations and
kg.views.networks read them. The oracle below is the former reading, kept here."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal, InvalidOperation

import pytest
import rdflib
from rdflib_store import RdflibStore

from kg.query import find_query, run_query
from kg.store import open_store
from kg.views.compare import _side, compare
from kg.views.compare_facts import side_queries
from kg.views.networks import ViewFilter, partners_network
from kg.views.relations import Source, read_fundings, read_participations


def _oracle(store, side, relations=("organizer", "funder")) -> dict[tuple[str, str], tuple]:
    """(section, key) -> (count, money, sources) from the shipped queries' rows."""
    out = {}
    parts = [p for p in read_participations(store) if p.source.report in side.reports]
    network = partners_network(parts, ViewFilter(relations=relations))
    partner, partnership = defaultdict(lambda: [0, set()]), defaultdict(lambda: [0, set()])
    for u, v, data in network.edges(data=True):
        if (u in side.centres) != (v in side.centres):
            tally = partner[v if u in side.centres else u]
        else:
            tally = partnership[" + ".join(sorted((u, v)))]
        tally[0] += data["weight"]
        tally[1].update(s for e in data["evidence"] for s in e.source.split("; ") if s)
    for section, tallies in (("partner", partner), ("partnership", partnership)):
        out.update({(section, key): (count, "", frozenset(sources)) for key, (count, sources) in tallies.items()})
    funders = defaultdict(lambda: [0, defaultdict(Decimal), set()])
    for f in read_fundings(store):
        if f.source.report not in side.reports:
            continue
        tally = funders[f.funder.key]
        tally[0] += 1
        tally[2].add(f.source.label)
        if f.amount:
            try:
                tally[1][f.currency or "?"] += Decimal(f.amount)
            except InvalidOperation:
                pass
    out.update({("funder", key): (count, dict(money), frozenset(sources)) for key, (count, money, sources) in funders.items()})
    benefit = defaultdict(lambda: [set(), set()])
    for p in parts:
        if p.role == "beneficiary" and p.agent.is_country:
            benefit[p.agent.key][0].add(p.activity.iri)
            benefit[p.agent.key][1].add(p.source.label)
    out.update({("beneficiary", key): (len(acts), "", frozenset(sources)) for key, (acts, sources) in benefit.items()})
    told = defaultdict(set)
    for row in run_query(store, find_query("activity_reports")).as_dicts():
        told[row["activity"]].add(Source(row["report"], row["paragraph"], ""))
    used = defaultdict(lambda: [set(), set()])
    for row in run_query(store, find_query("activities_by_instrument")).as_dicts():
        for source in told[row["activity"]]:
            if source.report in side.reports:
                used[row["instrument_key"]][0].add(row["activity"])
                used[row["instrument_key"]][1].add(source.label)
    out.update({("instrument", key): (len(acts), "", frozenset(sources)) for key, (acts, sources) in used.items()})
    return out


def _found(comparison, which: str) -> dict[tuple[str, str], tuple]:
    out = {}
    for c in comparison.changes:
        count = c.count_a if which == "a" else c.count_b
        if not count:
            continue
        money = c.amount_a if which == "a" else c.amount_b
        sources = c.paragraphs_a if which == "a" else c.paragraphs_b
        out[c.section, c.key] = (count, money, frozenset(sources))
    return out


def _money(amounts) -> str:
    return "; ".join(f"{a:,.0f} {c}" if a == a.to_integral_value() else f"{a:,.2f} {c}" for c, a in sorted(amounts.items()))


@pytest.mark.parametrize("a, b", [("A/77/901", "UNRCPD"), ("UNRCPD:2022", "UNRCPD")])
def test_a_side_of_several_reports_tallies_what_the_shipped_queries_rows_give(two_years_graph, a, b):
    store = open_store(graph=two_years_graph)
    comparison = compare(store, a, b)
    assert len(comparison.b.reports) == 2
    for which, side in (("a", comparison.a), ("b", comparison.b)):
        expected = {k: (count, _money(money) if isinstance(money, dict) else money, sources)
                    for k, (count, money, sources) in _oracle(store, side).items()}
        assert _found(comparison, which) == expected, which
        assert any(section == "partnership" for section, _ in expected)  # the fixture exercises each section
        assert any(section == "funder" and money for section, _ in expected for _, money, _ in [expected[section, _]])


def test_side_queries_read_only_the_graphs_of_the_sides(two_years_graph):
    store = open_store(graph=two_years_graph)
    side, graphs = _side(store, "A/77/901")
    assert graphs and side.reports == {"A/77/901"}
    for name, sparql in side_queries(graphs).items():
        scans = sparql.count("VALUES ?reportGraph {")
        assert scans == sparql.count("} GRAPH ?reportGraph {") > 0, name
        assert scans == side_queries(None)[name].count("WHERE { GRAPH ?reportGraph {"), name
    assert all("VALUES ?reportGraph {" not in q for q in side_queries(None).values())


def test_compare_reads_a_graph_file_without_named_graphs_the_same(two_years_graph, tmp_path):
    """A Turtle file holds every triple in its default graph: the side queries read it whole."""
    dataset = rdflib.Dataset()
    dataset.parse(two_years_graph, format="nquads")
    merged = rdflib.Graph()
    for s, p, o, _ in dataset.quads():
        merged.add((s, p, o))
    turtle = tmp_path / "two-years.ttl"
    merged.serialize(turtle, format="turtle")
    by_quads = compare(open_store(graph=two_years_graph), "UNRCPD:2021", "UNRCPD:2022")
    by_turtle = compare(open_store(graph=turtle), "UNRCPD:2021", "UNRCPD:2022")
    assert by_turtle.changes == by_quads.changes and by_quads.changes


def test_compare_through_rdflib_sparql_gives_what_oxigraph_gives(two_years_graph):
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(two_years_graph, format="nquads")
    by_rdflib = compare(RdflibStore(dataset), "UNRCPD:2021", "UNRCPD:2022")
    by_oxigraph = compare(open_store(graph=two_years_graph), "UNRCPD:2021", "UNRCPD:2022")
    assert by_rdflib.changes == by_oxigraph.changes and by_rdflib.changes


def test_compare_leaves_the_cycle_collector_as_it_found_it(tmp_path):
    """The collector is paused while the sides' facts are counted, and on again after, even when
    the comparison fails."""
    import gc

    from kg.views.compare import _collector_paused

    assert gc.isenabled()
    with _collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), _collector_paused():
        1 / 0
    assert gc.isenabled()
    gc.disable()
    try:
        with _collector_paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
