"""Chinese date expressions: days, ranges, lists and months, with the year carried over."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.dates import DateSpan, iso, period_year

# a day is "5 日", or "5" before "-7 日" / "至 7 日" (3 月 5-7 日); every part opens with a
# digit, so the search skips to digits instead of matching the empty string at every character
ATOM = re.compile(r"(?=\d)(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月(?!份?\s*\d*\s*个)\s*)?"
                  r"(?:(\d{1,2})\s*(?:日|号|(?=\s*[-–~～至到]\s*\d{1,2}\s*[日号])))?")
RANGE_GAP = re.compile(r"^\s*(?:至|到|—|–|-|~|～)\s*$")
LIST_GAP = re.compile(r"^\s*(?:、|,|，|和|及|以及|与)\s*$")
PERIOD_AFTER = re.compile(r"\s*(?:期间|这一期间|以来|之间)")  # a span the text calls a period


@dataclass
class _Atom:
    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int


def _atoms(text: str) -> list[_Atom]:
    out = []
    for found in ATOM.finditer(text):
        year, month, day = (int(g) if g else None for g in found.groups())
        if year is None and month is None and day is None:
            continue
        if (month and not 1 <= month <= 12) or (day and not 1 <= day <= 31):
            continue
        if year is not None and month is None and day is not None:
            continue
        out.append(_Atom(year, month, day, found.start(), found.end()))
    return out


def find_dates(text: str, *, year: int | None = None, period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text`, left to right; atoms joined by 至 or 、/和 make one span.

    A date without a year takes the year written before it in the text, else `year`, else the
    year of the reporting period that contains its month.
    """
    atoms = _atoms(text)
    groups: list[list[_Atom]] = []
    for atom in atoms:
        if groups:
            gap = text[groups[-1][-1].end:atom.start]
            if (RANGE_GAP.match(gap) or LIST_GAP.match(gap)) and not (atom.year and atom.month is None):
                groups[-1].append(atom)
                continue
        groups.append([atom])
    spans = []
    current_year = year
    for group in groups:
        span, current_year = _span(group, current_year, period)
        if span is None:
            continue
        tail = text[group[-1].end:group[-1].end + 4]
        is_period = bool(PERIOD_AFTER.match(tail))
        spans.append(DateSpan(span[0], span[1], group[0].start, group[-1].end, is_period))
    return spans


def _span(group: list[_Atom], year: int | None, period: tuple[str | None, str | None]):
    first = group[0]
    if first.year is None and first.month is None:
        return None, year  # a lone day ("20 日") belongs to nothing we can place
    y = first.year or year or period_year(first.month, period)
    if y is None:
        return None, year
    start = iso(y, first.month, first.day)
    m, d = first.month, first.day
    end = None
    for atom in group[1:]:
        ny = atom.year or y
        nm = atom.month or m
        if atom.year is None and atom.month and m and atom.month < m:
            ny = y + 1  # "12 月 28 日至 1 月 5 日"
        y, m, d = ny, nm, atom.day
        end = iso(y, m if (m and (first.month or atom.month)) else None, d if first.day is not None else None)
    if end == start:
        end = None
    return (start, end), y
