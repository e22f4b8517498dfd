"""English date expressions as UN documents write them: `4 April 2019`, `2, 9 and 16 October
2018`, `from 29 November to 3 December 2021`, `in October 2020 and February 2021`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.dates import DateSpan, iso, period_year

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
ATOM = re.compile(rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
                  rf"|(?<![\d/.-])(?P<y2>(?:19|20)\d{{2}})(?![\d/-])")
DAY_LIST = re.compile(r"(?:(?<![\d/.])\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|to|through|until|–|-|—)\s*)+$")
GAP = re.compile(r"^\s*(?:,|and|to|through|until|till|–|-|—|and from|and in|and on|,\s*and)?\s*$")
PERIOD_BEFORE = re.compile(r"(?:period|covering|covers|covered)\s+(?:from\s+)?$|\bfrom\s+$", re.I)


@dataclass
class _Atom:
    day: int | None
    month: int | None
    year: int | None
    start: int
    end: int


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    for found in ATOM.finditer(text):
        if found.group("y2"):
            out.append(_Atom(None, None, int(found.group("y2")), found.start(), found.end()))
            continue
        day = int(found.group("d")) if found.group("d") else None
        month = MONTHS[found.group("m").lower()]
        year = int(found.group("y")) if found.group("y") else None
        start = found.start()
        if day is not None:
            days = DAY_LIST.search(text[:start])  # "1, 8 and 15 December": days before the month
            if days:
                for d in re.finditer(r"\d{1,2}", days.group(0)):
                    out.append(_Atom(int(d.group(0)), month, year, days.start() + d.start(), days.start() + d.end()))
        out.append(_Atom(day, month, year, start, found.end()))
    return out


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text`; atoms joined by `to`, `and` or commas make one span.

    A missing month or year comes from the atom after it (`2 to 16 October 2018`), then from
    the year written earlier, then from the reporting period.
    """
    groups: list[list[_Atom]] = []
    for atom in _atoms(text):
        if groups and GAP.match(text[groups[-1][-1].end:atom.start]) and not (
                atom.year and atom.month is None and groups[-1][-1].month is not None):
            groups[-1].append(atom)
        else:
            groups.append([atom])
    spans = []
    for group in groups:
        _fill(group, year, period)
        year = group[-1].year or year
        first, last = group[0], group[-1]
        if first.year is None:
            continue
        start = iso(first.year, first.month, first.day)
        end = iso(last.year, last.month, last.day if first.day is not None else None) if len(group) > 1 else None
        if end and end < start and first.year == last.year:
            first.year -= 1  # "28 December to 3 January 2021"
            start = iso(first.year, first.month, first.day)
        is_period = bool(PERIOD_BEFORE.search(text[max(0, first.start - 25):first.start])) and len(group) > 1 \
            and (start, end) == period
        spans.append(DateSpan(start, end if end != start else None, first.start, last.end, is_period))
    return spans


def _fill(group: list[_Atom], year: int | None, period: tuple[str | None, str | None]) -> None:
    for later, atom in zip(reversed(group), list(reversed(group))[1:]):
        if atom.month is None and atom.day is not None:
            atom.month = later.month
        if atom.year is None and atom.month is not None:
            atom.year = later.year
    for atom in group:
        if atom.year is None and atom.month is not None:
            atom.year = year or period_year(atom.month, period)
