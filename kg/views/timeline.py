"""Activities over time: how many per year (or per month where the dates say the month), by
centre, activity type, instrument served or partner.

An activity counts once in each group it belongs to: a training served two instruments counts
for each. `partner` means an organisation or country that organised or funded the activity,
other than the centre the report is about. An activity dated only by its year falls in that
year's row when counted per month ("2021" before "2021-01"); an undated one in "undated".
Everything is read through the shipped SPARQL queries.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass

from kg.query import find_query, run_query, text_table
from kg.views.errors import ViewError
from kg.views.relations import read_participations

BY = ("centre", "type", "instrument", "partner")
PER = ("year", "month")
UNDATED = "undated"
PARTNER_ROLES = frozenset({"organizer", "funder"})


@dataclass(frozen=True)
class TimelineRow:
    period: str
    group: str
    name: str
    activities: int


@dataclass(frozen=True)
class Timeline:
    by: str
    per: str
    rows: tuple[TimelineRow, ...]  # by period, then group
    totals: tuple[tuple[str, int], ...] = ()  # period -> distinct activities (one may be in several groups)

    @property
    def periods(self) -> list[str]:
        return sorted({r.period for r in self.rows}, key=_period_order)

    @property
    def groups(self) -> list[str]:
        """Groups with the most activities first."""
        totals: dict[str, int] = defaultdict(int)
        for row in self.rows:
            totals[row.group] += row.activities
        return sorted(totals, key=lambda g: (-totals[g], g))

    def names(self) -> dict[str, str]:
        return {r.group: r.name for r in self.rows}

    def count(self, period: str, group: str) -> int:
        return next((r.activities for r in self.rows if r.period == period and r.group == group), 0)

    def pivot(self) -> tuple[list[str], list[list[str]]]:
        """One row per period, one column per group, and a total."""
        groups = self.groups
        totals = dict(self.totals)
        rows = [[period] + [str(self.count(period, g) or "") for g in groups] + [str(totals.get(period, ""))]
                for period in self.periods]
        return [self.per] + groups + ["total"], rows

    def to_table(self, *, wide: bool = False) -> str:
        if not self.rows:
            return "no activities match"
        columns, rows = self.pivot()
        return text_table(columns, rows, wide=wide)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("period", self.by, "name", "activities"))
        writer.writerows((r.period, r.group, r.name, r.activities) for r in self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps({"by": self.by, "per": self.per,
                           "rows": [{"period": r.period, self.by: r.group, "name": r.name,
                                     "activities": r.activities} for r in self.rows]},
                          ensure_ascii=False, indent=2)

    def render(self, fmt: str, *, wide: bool = False) -> str:
        if fmt == "table":
            return self.to_table(wide=wide)
        if fmt == "csv":
            return self.to_csv()
        if fmt == "json":
            return self.to_json()
        raise ViewError(f"unknown output format '{fmt}'; use table, csv or json")


@dataclass(frozen=True)
class _Activity:
    iri: str
    start: str
    type: str
    reports: frozenset[str]
    centres: frozenset[str]


def build_timeline(store, *, by: str = "centre", per: str = "year", focus: str | None = None,
                   reports: frozenset[str] | None = None, since: int | None = None,
                   until: int | None = None) -> Timeline:
    """Count the activities of `store` per period and group; `reports` (symbols) narrows to those
    reports, `since`/`until` to those years (undated activities are left out then), `focus` to
    one group (a partner's key, a centre, a type or an instrument)."""
    if by not in BY:
        raise ViewError(f"unknown grouping '{by}'; use one of {', '.join(BY)}")
    if per not in PER:
        raise ViewError(f"unknown period '{per}'; use year or month")
    activities = _read_activities(store)
    kept = {a.iri: a for a in activities.values()
            if (reports is None or a.reports & reports) and _in_years(a.start, since, until)}
    groups = _groups(store, by, kept)
    counts: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for iri, members in groups.items():
        for key, name in members:
            if focus is not None and key.casefold() != focus.casefold():
                continue
            counts[_period(kept[iri].start, per), key].add(iri)
            names[key] = name
    if focus is not None and not names:
        known = sorted({key for members in groups.values() for key, _ in members})
        raise ViewError(f"no activity with {by} '{focus}' here; {by} keys: {', '.join(known[:15]) or '(none)'}")
    rows = sorted((TimelineRow(period, key, names[key], len(iris)) for (period, key), iris in counts.items()),
                  key=lambda r: (_period_order(r.period), r.group))
    per_period: dict[str, set[str]] = defaultdict(set)
    for (period, _), iris in counts.items():
        per_period[period] |= iris
    totals = tuple((period, len(per_period[period])) for period in sorted(per_period, key=_period_order))
    return Timeline(by, per, tuple(rows), totals)


def _read_activities(store) -> dict[str, _Activity]:
    found: dict[str, dict] = {}
    for row in run_query(store, find_query("activity_reports")).as_dicts():
        entry = found.setdefault(row["activity"], {"start": row["start"] or row["end"],
                                                   "type": row["activity_type"], "reports": set(), "centres": set()})
        if row["report"]:
            entry["reports"].add(row["report"])
        if row["centre_key"]:
            entry["centres"].add(row["centre_key"])
    return {iri: _Activity(iri, e["start"], e["type"] or "Other", frozenset(e["reports"]), frozenset(e["centres"]))
            for iri, e in found.items()}


def _groups(store, by: str, kept: dict[str, _Activity]) -> dict[str, set[tuple[str, str]]]:
    """Activity IRI -> the (key, name) of each group it belongs to."""
    groups: dict[str, set[tuple[str, str]]] = defaultdict(set)
    if by == "centre":
        for iri, activity in kept.items():
            groups[iri] |= {(c, c) for c in activity.centres} or {("(centre not known)", "(centre not known)")}
    elif by == "type":
        for iri, activity in kept.items():
            groups[iri].add((activity.type, activity.type))
    elif by == "instrument":
        for row in run_query(store, find_query("activities_by_instrument")).as_dicts():
            if row["activity"] in kept:
                name = row["instrument_label_en"] or row["instrument_label_zh"] or row["instrument_key"]
                groups[row["activity"]].add((row["instrument_key"], name))
    else:
        for p in read_participations(store):
            activity = kept.get(p.activity.iri)
            if activity and p.role in PARTNER_ROLES and p.agent.key not in activity.centres:
                groups[p.activity.iri].add((p.agent.key, p.agent.name))
    return groups


def _period(start: str, per: str) -> str:
    if not start[:4].isdigit():
        return UNDATED
    if per == "month" and len(start) >= 7 and start[5:7].isdigit():
        return start[:7]
    return start[:4]


def _period_order(period: str) -> tuple[int, str]:
    return (1, period) if period == UNDATED else (0, period)


def _in_years(start: str, since: int | None, until: int | None) -> bool:
    if since is None and until is None:
        return True
    if not start[:4].isdigit():
        return False
    year = int(start[:4])
    return (since is None or year >= since) and (until is None or year <= until)
