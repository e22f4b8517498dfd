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
on both sides). Everything is read through the shipped SPARQL queries, so any store will do.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import networkx as nx

from kg.paths import QUERIES
from kg.query import find_query, run_query, text_table
from kg.query.parameters import where_brace
from kg.views.errors import ViewError
from kg.views.networks import ViewFilter, partners_network
from kg.views.relations import Participation, Source, read_fundings, read_participations
from kg.views.scope import ReportInfo, Side, read_reports, select_side

SECTIONS = ("partner", "partnership", "funder", "instrument", "beneficiary")
CHANGES = ("appeared", "ended", "continued", "more", "less", "same")
PARTNER_ROLES = ("organizer", "funder")
COMPARE_QUERIES = ("activity_network", "funders", "activity_reports", "activities_by_instrument")
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
    network_a: nx.Graph = field(compare=False, repr=False)  # the partners network of each side
    network_b: nx.Graph = field(compare=False, repr=False)

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


@dataclass
class _Tally:
    """What one side says about one key: a name, how many, money, where."""
    name: str = ""
    count: int = 0
    money: dict[str, Decimal] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)


def compare(store, a: str, b: str, *, relations: tuple[str, ...] = PARTNER_ROLES) -> Comparison:
    """Compare what the reports `a` names with what `b` names (symbols, years, centres or
    CENTRE:YEAR; see kg.views.scope) in one store."""
    (side_a, graphs_a), (side_b, graphs_b) = _side(store, a), _side(store, b)
    if side_a.reports == side_b.reports:
        raise ViewError(f"'{a}' and '{b}' name the same reports; name two different editions")
    queries = _queries(graphs_a | graphs_b if graphs_a and graphs_b else None)
    participations = read_participations(store, queries["activity_network"])
    fundings = read_fundings(store, queries["funders"])
    instruments = _instrument_uses(store, queries)
    filters = ViewFilter(relations=relations)
    tallies, networks = {}, []
    for side in (side_a, side_b):
        own = [p for p in participations if p.source.report in side.reports]
        network = partners_network(own, filters)
        networks.append(network)
        tallies[side] = {
            **_partners(network, side),
            "funder": _funders([f for f in fundings if f.source.report in side.reports]),
            "instrument": _instruments(instruments, side),
            "beneficiary": _beneficiaries(own),
        }
    changes = []
    for section in SECTIONS:
        changes += _diff(section, tallies[side_a][section], tallies[side_b][section])
    return Comparison(side_a, side_b, tuple(changes), networks[0], networks[1])


def _partners(network: nx.Graph, side: Side) -> dict[str, dict[str, _Tally]]:
    partner: dict[str, _Tally] = defaultdict(_Tally)
    partnership: dict[str, _Tally] = defaultdict(_Tally)
    for u, v, data in network.edges(data=True):
        in_centre = [k for k in (u, v) if k in side.centres]
        if len(in_centre) == 1:
            other = v if u in side.centres else u
            tally, name = partner[other], _name(network, other)
        else:
            first, second = sorted((u, v))
            tally = partnership[f"{first} + {second}"]
            name = f"{_name(network, first)} + {_name(network, second)}"
        tally.name = name
        tally.count += data["weight"]
        tally.sources.update(s for e in data["evidence"] for s in e.source.split("; ") if s)
    return {"partner": partner, "partnership": partnership}


def _funders(fundings) -> dict[str, _Tally]:
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for funding in fundings:
        tally = tallies[funding.funder.key]
        tally.name = funding.funder.name
        tally.count += 1
        tally.sources.add(funding.source.label)
        if funding.amount:
            try:
                amount = Decimal(funding.amount)
            except InvalidOperation:
                continue
            currency = funding.currency or "?"
            tally.money[currency] = tally.money.get(currency, Decimal(0)) + amount
    return tallies


def _beneficiaries(participations: list[Participation]) -> dict[str, _Tally]:
    activities: dict[str, set[str]] = defaultdict(set)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for p in participations:
        if p.role != "beneficiary" or not p.agent.is_country:
            continue
        tally = tallies[p.agent.key]
        tally.name = p.agent.name
        activities[p.agent.key].add(p.activity.iri)
        tally.sources.add(p.source.label)
    for key, tally in tallies.items():
        tally.count = len(activities[key])
    return tallies


@dataclass(frozen=True)
class _InstrumentUse:
    key: str
    name: str
    activity: str
    source: Source


def _instrument_uses(store, queries: dict[str, str]) -> list[_InstrumentUse]:
    """Each instrument an activity served, once per paragraph that tells of the activity."""
    told = defaultdict(set)
    for row in run_query(store, queries["activity_reports"]).as_dicts():
        told[row["activity"]].add(Source(row["report"], row["paragraph"], ""))
    uses = []
    for row in run_query(store, queries["activities_by_instrument"]).as_dicts():
        name = row["instrument_label_en"] or row["instrument_label_zh"] or row["instrument_key"]
        uses += [_InstrumentUse(row["instrument_key"], name, row["activity"], source)
                 for source in told[row["activity"]]]
    return uses


def _instruments(uses: list[_InstrumentUse], side: Side) -> dict[str, _Tally]:
    activities: dict[str, set[str]] = defaultdict(set)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for use in uses:
        if use.source.report not in side.reports:
            continue
        tallies[use.key].name = use.name
        tallies[use.key].sources.add(use.source.label)
        activities[use.key].add(use.activity)
    for key, tally in tallies.items():
        tally.count = len(activities[key])
    return tallies


def _diff(section: str, a: dict[str, _Tally], b: dict[str, _Tally]) -> list[Change]:
    changes = []
    for key in set(a) | set(b):
        left, right = a.get(key, _Tally()), b.get(key, _Tally())
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
    def order(label: str):
        report, _, place = label.rpartition(" para. ")
        return (report or label.split(" ")[0], 0 if place.isdigit() else 1, int(place) if place.isdigit() else 0, label)
    return tuple(sorted(sources, key=order))


def _money(amounts: dict[str, Decimal]) -> str:
    return "; ".join(f"{amount:,.0f} {currency}" if amount == amount.to_integral_value()
                     else f"{amount:,.2f} {currency}" for currency, amount in sorted(amounts.items()))


def _name(network: nx.Graph, key: str) -> str:
    data = network.nodes[key]
    return data.get("label_en") or data.get("label_zh") or key


def _queries(graphs: frozenset[str] | None) -> dict[str, str]:
    """The queries a comparison reads, by the name of the shipped query whose rows each gives.

    With the named graphs of the two sides' reports: queries/compare/NAME.rq, which find the
    facts in those graphs alone (VALUES ?reportGraph) and join the rest as the shipped query
    does, so that a store of 10,000 reports costs what the two sides hold, not what it holds.
    Without (a graph file of one graph): the shipped queries over everything."""
    if not graphs:
        return {name: find_query(name) for name in COMPARE_QUERIES}
    values = "VALUES ?reportGraph { " + " ".join(f"<{g}>" for g in sorted(graphs)) + " }"
    queries = {}
    for name in COMPARE_QUERIES:
        sparql = find_query(name, QUERIES / "compare")
        brace = where_brace(sparql)
        queries[name] = sparql[:brace + 1] + "\n  " + values + sparql[brace + 1:]
    return queries


def _side(store, token: str) -> tuple[Side, frozenset[str] | None]:
    """The reports `token` names (see kg.views.scope.select_side) and their named graphs (None
    when a report has none, as in a graph file of one graph). The store is asked for the few
    reports the token can name, by symbol, centre or year, not for every report it holds."""
    for sparql in _candidate_queries(token):
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


SIDE_QUERY = """PREFIX unkg: <https://w3id.org/unkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?symbol ?language ?centre_key ?period_start ?period_end ?graph WHERE {
  %s
  ?report a unkg:Report ; dcterms:language ?language .
  OPTIONAL { ?report dcterms:identifier ?symbol }
  OPTIONAL { ?report unkg:about/unkg:key ?centre_key }
  OPTIONAL { ?report unkg:periodStart ?period_start }
  OPTIONAL { ?report unkg:periodEnd ?period_end }
  %s
  OPTIONAL { GRAPH ?graph { ?report a unkg:Report } }
}"""


def _candidate_queries(token: str) -> list[str]:
    """Queries for the reports a token may name: by symbol first (as select_side tries it), then
    by centre and year; each a superset that select_side narrows."""
    import re

    import pyoxigraph

    def values(variable: str, text: str) -> str:
        terms = " ".join(dict.fromkeys(str(pyoxigraph.Literal(t)) for t in (text, text.upper())))
        return f"VALUES ?{variable} {{ {terms} }}"

    wanted = token.strip()
    queries = [SIDE_QUERY % (values("symbol", wanted) + " ?report dcterms:identifier ?symbol .", "")]
    centre, _, year = wanted.rpartition(":") if ":" in wanted else ("", "", wanted)
    if not re.fullmatch(r"\d{4}", year):
        centre, year = wanted, ""
    year_filter = (f'FILTER(SUBSTR(STR(COALESCE(?period_end, ?period_start)), 1, 4) = "{year}")'
                   if year else "")
    if centre:
        head = values("centre_key", centre) + " ?centreNode unkg:key ?centre_key . ?report unkg:about ?centreNode ."
        queries.append(SIDE_QUERY % (head, year_filter))
    elif year:
        head = ("{ ?report unkg:periodEnd ?date } UNION { ?report unkg:periodStart ?date } "
                f'FILTER(SUBSTR(STR(?date), 1, 4) = "{year}")')
        queries.append((SIDE_QUERY % (head, year_filter)).replace("SELECT ?symbol", "SELECT DISTINCT ?symbol"))
    return queries
