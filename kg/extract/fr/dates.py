"""French date expressions as UN documents write them: `1er juillet 2020`, `le 18 décembre 2020`,
`les 1er, 8 et 15 décembre 2020`, `du 18 au 20 mai 2021`, `du 29 novembre au 3 décembre 2021`,
`en octobre 2020 et en février 2021`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.dates import DateSpan, iso, period_year
from kg.ingest.languages.fr import MONTHS

MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DAY = r"(?:1er|\d{1,2})"
ATOM = re.compile(rf"(?:(?<![\d,])(?P<d>{_DAY})\s+)?(?P<m>{MONTH})\b(?:\s+(?P<y>(?:19|20)\d{{2}}))?"
                  rf"|(?<![\d/.-])(?P<y2>(?:19|20)\d{{2}})(?![\d/-])", re.I)
# days before the month: "1er, 8 et 15 décembre", "18 au 20 mai", "2-4 mars", "1er et le 2 juin"
DAY_LIST = re.compile(r"(?:(?<![\d/.,])(?:1er|\d{1,2})\s*(?:,|et|et le|et les|au|à|–|-|—)\s*)+$")
GAP = re.compile(r"^\s*(?:,|et|au|à|jusqu['’]au|–|-|—|et du|et en|et le|et les|et au|,\s*et|puis|puis en)?\s*$", re.I)
PERIOD_BEFORE = re.compile(r"(?:période|allant|couvrant|couvre|porte sur)\s+(?:du\s+)?$|\bdu\s+$", re.I)


@dataclass
class _Atom:
    day: int | None
    month: int | None
    year: int | None
    start: int
    end: int


def _day(text: str) -> int:
    return int(text.lower().removesuffix("er"))


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    for found in ATOM.finditer(text):
        if found.group("y2"):
            out.append(_Atom(None, None, int(found.group("y2")), found.start(), found.end()))
            continue
        day = _day(found.group("d")) if found.group("d") else None
        month = MONTHS[found.group("m").lower()]
        year = int(found.group("y")) if found.group("y") else None
        start = found.start()
        if day is not None:
            days = DAY_LIST.search(text[:start])
            if days:
                for d in re.finditer(r"1er|\d{1,2}", days.group(0)):
                    out.append(_Atom(_day(d.group(0)), month, year, days.start() + d.start(), days.start() + d.end()))
        out.append(_Atom(day, month, year, start, found.end()))
    return out


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text`; atoms joined by `au`, `et` or commas make one span.

    A missing month or year comes from the atom after it (`du 2 au 19 mars 2021`), then from
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
            first.year -= 1  # "du 28 décembre au 3 janvier 2021"
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


def date_in_label(text: str) -> str | None:
    """`Excédent cumulé au 1er janvier 2020` -> 2020-01-01."""
    found = re.search(rf"\b({_DAY})\s+({MONTH})\s+((?:19|20)\d{{2}})\b", text, re.I)
    if not found:
        return None
    return iso(int(found.group(3)), MONTHS[found.group(2).lower()], _day(found.group(1)))
