"""Two editions side by side: what changed between two sets of reports (two years of a centre,
two centres, two report symbols).

Five sections, each row citing the report paragraphs on each side:

- partner: an organisation or country that worked with the centre (shared an activity with it,
  one of them organising or funding), with the count of activities shared on each side;
- partnership: two partners that worked together, likewise;
- funder: who funded activities or gave money, with the amounts stated (per currency);
- instrument: treaties, resolutions and programmes served, by count of activities;
- beneficiary: countries an activity was for.

A row's change is `appeared`, `ended` or `continued` (instruments: `more`, `less` or `same` when
on both sides). Everything is read through SPARQL (queries/compare/side_*.rq, see
kg.views.compare_facts), so any store will do.
"""
from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Callable

import networkx as nx

from kg.paths import QUERIES
from kg.query import find_query, run_query, text_table
from kg.store.summary import SUMMARY_GRAPH, has_report_years
from kg.views.compare_facts import (Tally, beneficiary_tallies, funder_tallies, instrument_tallies,
                                    partner_tallies, read_side_facts, with_values)
from kg.views.errors import ViewError
from kg.views.networks import ViewFilter, partners_network
from kg.views.relations import read_participations
from kg.views.scope import ReportInfo, Side, read_reports, select_side

SECTIONS = ("partner", "partnership", "funder", "instrument", "beneficiary")
CHANGES = ("appeared", "ended", "continued", "more", "less", "same")
PARTNER_ROLES = ("organizer", "funder")
COLUMNS = ("section", "change", "key", "name", "count_a", "count_b", "amount_a", "amount_b",
           "paragraphs_a", "paragraphs_b")


@dataclass(frozen=True)
class Change:
    section: str
    change: str
    key: str
    name: str
    count_a: int
    count_b: int
    amount_a: str
    amount_b: str
    paragraphs_a: tuple[str, ...]
    paragraphs_b: tuple[str, ...]

    def cells(self) -> tuple[str, ...]:
        return (self.section, self.change, self.key, self.name, str(self.count_a), str(self.count_b),
                self.amount_a, self.amount_b, "; ".join(self.paragraphs_a), "; ".join(self.paragraphs_b))


@dataclass(frozen=True)
class Comparison:
    a: Side
    b: Side
    changes: tuple[Change, ...]
    # the partners network of each side, read when asked for (the page draws them, the table not)
    _networks: Callable[[], tuple[nx.Graph, nx.Graph]] = field(compare=False, repr=False)

    @cached_property
    def networks(self) -> tuple[nx.Graph, nx.Graph]:
        return self._networks()

    @property
    def network_a(self) -> nx.Graph:
        return self.networks[0]

    @property
    def network_b(self) -> nx.Graph:
        return self.networks[1]

    def rows(self, section: str | None = None) -> list[Change]:
        return [c for c in self.changes if section is None or c.section == section]

    def to_table(self, *, wide: bool = False) -> str:
        head = f"A = {self.a.description}\nB = {self.b.description}\n"
        return head + "\n" + text_table(list(COLUMNS), [list(c.cells()) for c in self.changes], wide=wide)

    def to_csv(self) -> str:
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(c.cells() for c in self.changes)
        return out.getvalue()

    def to_json(self) -> str:
        def side(s: Side) -> dict:
            return {"label": s.label, "reports": sorted(s.reports), "centres": sorted(s.centres)}

        changes = [{**dict(zip(COLUMNS, c.cells())), "count_a": c.count_a, "count_b": c.count_b,
                    "paragraphs_a": list(c.paragraphs_a), "paragraphs_b": list(c.paragraphs_b)}
                   for c in self.changes]
        return json.dumps({"a": side(self.a), "b": side(self.b), "changes": changes},
                          ensure_ascii=False, indent=2)

    def render(self, fmt: str, *, wide: bool = False) -> str:
        if fmt == "table":
            return self.to_table(wide=wide)
        if fmt == "csv":
            return self.to_csv()
        if fmt == "json":
            return self.to_json()
        raise ViewError(f"unknown output format '{fmt}'; use table, csv or json")


def compare(store, a: str, b: str, *, relations: tuple[str, ...] = PARTNER_ROLES) -> Comparison:
    """Compare what the reports `a` names with what `b` names (symbols, years, centres or
    CENTRE:YEAR; see kg.views.scope) in one store."""
    indexed = has_report_years(store)
    (side_a, graphs_a), (side_b, graphs_b) = _side(store, a, indexed=indexed), _side(store, b, indexed=indexed)
    if side_a.reports == side_b.reports:
        raise ViewError(f"'{a}' and '{b}' name the same reports; name two different editions")
    graphs = graphs_a | graphs_b if graphs_a and graphs_b else None
    with _collector_paused():
        changes = _changes(store, graphs, side_a, side_b, relations)
    return Comparison(side_a, side_b, tuple(changes),
                      _networks=lambda: _partners_networks(store, graphs, (side_a, side_b), relations))


def _changes(store, graphs: frozenset[str] | None, side_a: Side, side_b: Side,
             relations: tuple[str, ...]) -> list[Change]:
    """Each section's changes from the sides' facts (gone, but for the changes, on return)."""
    facts = read_side_facts(store, graphs, frozenset({*relations, "beneficiary", "instrument"}))
    tallies = {side: {**partner_tallies(facts, side, relations),
                      "funder": funder_tallies(facts, side),
                      "instrument": instrument_tallies(facts, side),
                      "beneficiary": beneficiary_tallies(facts, side)}
               for side in (side_a, side_b)}
    changes = []
    for section in SECTIONS:
        changes += _diff(section, tallies[side_a][section], tallies[side_b][section])
    return changes


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the sides' facts are read and counted: they are
    hundreds of thousands of tuples, sets and dicts made at once and none in a cycle, and the
    collector's passes over them took a third of a comparison of 180 reports (bench/NOTES.md).
    What is left of them at the end (the changes) joins the oldest generation at once
    (freeze, then unfreeze), rather than being walked by the next young collection."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_on:
            gc.enable()


def _partners_networks(store, graphs: frozenset[str] | None, sides: tuple[Side, Side],
                       relations: tuple[str, ...]) -> tuple[nx.Graph, nx.Graph]:
    """The partners network of each side, with its evidence, for the page (kg compare --html)."""
    participations = read_participations(store, _network_query(graphs))
    filters = ViewFilter(relations=relations)
    return tuple(partners_network([p for p in participations if p.source.report in side.reports], filters)
                 for side in sides)


def _diff(section: str, a: dict[str, Tally], b: dict[str, Tally]) -> list[Change]:
    changes = []
    for key in set(a) | set(b):
        left, right = a.get(key, Tally()), b.get(key, Tally())
        if key not in a:
            change = "appeared"
        elif key not in b:
            change = "ended"
        elif section == "instrument":
            change = "more" if right.count > left.count else "less" if right.count < left.count else "same"
        else:
            change = "continued"
        changes.append(Change(section, change, key, right.name or left.name, left.count, right.count,
                              _money(left.money), _money(right.money),
                              _ordered(left.sources), _ordered(right.sources)))
    return sorted(changes, key=lambda c: (CHANGES.index(c.change), c.key))


def _ordered(sources: set[str]) -> tuple[str, ...]:
    """"A/77/901 para. 3" before "para. 12", summary and annex keys after the numbered ones."""
    return tuple(sorted(sources, key=_order))


@lru_cache(maxsize=65536)
def _order(label: str) -> tuple:
    report, _, place = label.rpartition(" para. ")
    return (report or label.split(" ")[0], 0 if place.isdigit() else 1, int(place) if place.isdigit() else 0, label)


def _money(amounts: dict[str, Decimal]) -> str:
    return "; ".join(f"{amount:,.0f} {currency}" if amount == amount.to_integral_value()
                     else f"{amount:,.2f} {currency}" for currency, amount in sorted(amounts.items()))


def _network_query(graphs: frozenset[str] | None) -> str:
    """queries/compare/activity_network.rq for the named graphs of the two sides' reports
    (VALUES ?reportGraph); without them (a graph file of one graph), the shipped query."""
    if not graphs:
        return find_query("activity_network")
    return with_values(find_query("activity_network", QUERIES / "compare"), "reportGraph", graphs)


def _side(store, token: str, *, indexed: bool | None = None) -> tuple[Side, frozenset[str] | None]:
    """The reports `token` names (see kg.views.scope.select_side) and their named graphs (None
    when a report has none, as in a graph file of one graph). The store is asked for the few
    reports the token can name, by symbol, centre or year, not for every report it holds; a
    year's through the summary's index of years where the store has one (`indexed`; None: ask)."""
    if indexed is None:
        indexed = has_report_years(store)
    for sparql in _candidate_queries(token, indexed=indexed):
        rows = run_query(store, sparql).as_dicts()
        if not rows:
            continue
        infos = [ReportInfo(r["symbol"], r["language"], r["centre_key"], r["period_start"], r["period_end"])
                 for r in rows]
        try:
            side = select_side(token, infos)
        except ViewError:
            continue
        graphs = [r["graph"] for r in rows if r["symbol"] in side.reports]
        return side, (frozenset(graphs) if all(graphs) else None)
    return select_side(token, read_reports(store)), None  # says what the store holds, or finds it


# The candidates (%s: patterns binding ?report) are found first, by scans joined by hashing;
# then each one's details are looked up (LATERAL): joined by hashing instead, they would cost a
# scan of every report in the store.
SIDE_QUERY = """# oxigraph: lateral
PREFIX unkg: <https://w3id.org/unkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?symbol ?language ?centre_key ?period_start ?period_end ?graph WHERE {
  { SELECT DISTINCT ?report WHERE { %s } }
  { ?report a unkg:Report ; dcterms:language ?language . }
  OPTIONAL { ?report dcterms:identifier ?symbol }
  OPTIONAL { ?report unkg:about/unkg:key ?centre_key }
  OPTIONAL { ?report unkg:periodStart ?period_start }
  OPTIONAL { ?report unkg:periodEnd ?period_end }
  %s
  OPTIONAL { GRAPH ?graph { ?report a unkg:Report } }
}"""


def _candidate_queries(token: str, *, indexed: bool = False) -> list[str]:
    """Queries for the reports a token may name: by symbol first (as select_side tries it), then
    by centre and year; each a superset that select_side narrows. With `indexed`, a year's
    reports are those the summary graph files under it (kg.store.summary)."""
    import re

    import pyoxigraph

    def terms(text: str) -> list[str]:
        return list(dict.fromkeys(str(pyoxigraph.Literal(t)) for t in (text, text.upper())))

    def values(variable: str, text: str) -> str:
        return f"VALUES ?{variable} {{ {' '.join(terms(text))} }}"

    wanted = token.strip()
    queries = [SIDE_QUERY % (values("symbol", wanted) + " ?report dcterms:identifier ?symbol .", "")]
    centre, _, year = wanted.rpartition(":") if ":" in wanted else ("", "", wanted)
    if not re.fullmatch(r"\d{4}", year):
        centre, year = wanted, ""
    year_filter = (f'FILTER(SUBSTR(STR(COALESCE(?period_end, ?period_start)), 1, 4) = "{year}")'
                   if year else "")
    # the reports of the year (by its end, else its start): a scan of the periods, each compared
    # as a date (its text read only where it is no xsd:date: a date's text is made for the asking),
    # and the few that start in the year looked up for an end (MINUS would hash every end)
    in_year = (f'COALESCE(?date >= "{year}-01-01"^^xsd:date && ?date <= "{year}-12-31"^^xsd:date, '
               f'SUBSTR(STR(?date), 1, 4) = "{year}")') if year else ""
    of_year = (f"{{ ?report unkg:periodEnd ?date FILTER({in_year}) }} UNION "
               f"{{ {{ SELECT ?report WHERE {{ ?report unkg:periodStart ?date FILTER({in_year}) }} }} "
               "FILTER NOT EXISTS { ?report unkg:periodEnd ?end } } ")
    if indexed and year:
        of_year = f'GRAPH <{SUMMARY_GRAPH}> {{ ?report unkg:reportYear "{year}" }} '
    if centre and indexed and year:
        # the year's few hundred reports, each looked up for its centre (a join would hash the
        # centre's thousands)
        head = of_year + " UNION ".join(f"{{ ?report unkg:about/unkg:key {term} }}" for term in terms(centre))
        queries.append(SIDE_QUERY % (head, year_filter))
    elif centre:
        head = ((of_year if year else "") + values("centre_key", centre)
                + " ?centreNode unkg:key ?centre_key . ?report unkg:about ?centreNode .")
        queries.append(SIDE_QUERY % (head, year_filter))
    elif year:
        queries.append(SIDE_QUERY % (of_year, year_filter))
    return queries
