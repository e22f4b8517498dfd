"""Which reports a view or a comparison looks at: a report symbol, a year, a centre, or CENTRE:YEAR.

A report's year is the year its reporting period ends (a report on July 2020 to June 2021 is the
2021 edition), else the year it starts. A centre is the body a report is about (`unkg:about`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.query import find_query, run_query
from kg.views.errors import ViewError


@dataclass(frozen=True)
class ReportInfo:
    symbol: str
    language: str
    centre: str
    period_start: str
    period_end: str

    @property
    def year(self) -> int | None:
        for date in (self.period_end, self.period_start):
            if date[:4].isdigit():
                return int(date[:4])
        return None


@dataclass(frozen=True)
class Side:
    """One side of a comparison, or the reach of a view: the reports it takes facts from."""
    label: str
    reports: frozenset[str]   # report symbols
    centres: frozenset[str]   # keys of the bodies those reports are about

    @property
    def description(self) -> str:
        return f"{self.label} ({', '.join(sorted(self.reports))})"


def read_reports(store) -> list[ReportInfo]:
    """Every report version in the store."""
    rows = run_query(store, find_query("reports")).as_dicts()
    return [ReportInfo(r["symbol"], r["language"], r["centre_key"], r["period_start"], r["period_end"])
            for r in rows]


def select_side(token: str, reports: list[ReportInfo]) -> Side:
    """The reports `token` names: a symbol (A/77/115), a year (2021), a centre (UNRCPD) or both
    (UNRCPD:2021). A token that names no report is the user's mistake."""
    wanted = token.strip()
    by_symbol = [r for r in reports if r.symbol.casefold() == wanted.casefold()]
    if by_symbol:
        return _side(wanted, by_symbol)
    centre, _, year = wanted.rpartition(":") if ":" in wanted else ("", "", wanted)
    if not re.fullmatch(r"\d{4}", year):
        centre, year = wanted, ""
    chosen = [r for r in reports
              if (not centre or r.centre.casefold() == centre.casefold())
              and (not year or r.year == int(year))]
    if not chosen:
        raise ViewError(f"'{token}' names no report in this graph; give a report symbol, a year, "
                        f"a centre or CENTRE:YEAR; it holds {_inventory(reports)}")
    return _side(wanted, chosen)


def narrow(reports: list[ReportInfo], *, centre: str | None = None,
           report: str | None = None) -> frozenset[str] | None:
    """The symbols of the reports a view keeps (None: all of them)."""
    if not centre and not report:
        return None
    kept = reports
    if centre:
        kept = [r for r in kept if r.centre.casefold() == centre.casefold()]
        if not kept:
            raise ViewError(f"no report about a centre '{centre}'; centres here: "
                            f"{', '.join(sorted({r.centre for r in reports if r.centre})) or '(none)'}")
    if report:
        kept = [r for r in kept if r.symbol.casefold() == report.casefold()]
        if not kept:
            raise ViewError(f"no report '{report}' here; it holds {_inventory(reports)}")
    return frozenset(r.symbol for r in kept)


def _side(label: str, reports: list[ReportInfo]) -> Side:
    return Side(label, frozenset(r.symbol for r in reports), frozenset(r.centre for r in reports if r.centre))


def _inventory(reports: list[ReportInfo]) -> str:
    if not reports:
        return "no report"
    seen = sorted({f"{r.symbol} ({r.centre or 'centre not known'}, {r.year or 'year not known'})" for r in reports})
    return ", ".join(seen[:12]) + (" …" if len(seen) > 12 else "")
