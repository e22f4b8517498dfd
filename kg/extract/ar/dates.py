"""Arabic date expressions as UN documents write them: `18 كانون الأول/ديسمبر 2020`,
`1 و 8 و 15 كانون الأول/ديسمبر 2020`, `من 18 إلى 20 أيار/مايو 2021`, `في تشرين الأول/أكتوبر
2020 وشباط/فبراير 2021`. Months are named twice (Syriac/Gregorian) or once; a month named once
and without a day or year (`مارس` is also a verb) is no date."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.dates import DateSpan, iso, period_year
from kg.ingest.languages.ar import MONTH, month

ATOM = re.compile(rf"(?:(?P<d>\d{{1,2}})\s+)?(?<![^\W\d_])(?:[وفب](?=\S))?(?P<m>{MONTH})(?![^\W\d_])(?:\s*،?\s*(?P<y>(?:19|20)\d{{2}}))?"
                  r"|(?<![\d/.-])(?P<y2>(?:19|20)\d{2})(?![\d/-])")
DAY_LIST = re.compile(r"(?:(?<![\d/.])\d{1,2}\s*(?:،|,|و|إلى|الى|حتى|-|–)\s*)+$")
GAP = re.compile(r"^\s*(?:،|,|و|إلى|الى|حتى|-|–|و\s*في|و\s*من|،\s*و)?\s*$")
PERIOD_BEFORE = re.compile(r"(?:الفترة|الممتدة)\s+(?:من\s+)?$|(?<!\S)من\s+$")
# the words that open a date expression: "وفي الفترة من 18 إلى 20 أيار/مايو 2021"
LEAD_IN = re.compile(r"(?<!\S)(?:[وف]?(?:في|خلال)\s+)?(?:ال)?فترة\s+(?:الممتدة\s+)?(?:من\s+)?$|(?<!\S)[وف]?(?:في|من)\s+$")


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
        year = int(found.group("y")) if found.group("y") else None
        if day is None and year is None and "/" not in found.group("m"):
            continue  # مارس alone may be the verb "practised"
        number = month(found.group("m"))
        start = found.start()
        if day is not None:
            days = DAY_LIST.search(text[:start])  # "1 و 8 و 15 كانون الأول": days before the month
            if days:
                for d in re.finditer(r"\d{1,2}", days.group(0)):
                    out.append(_Atom(int(d.group(0)), number, year, days.start() + d.start(), days.start() + d.end()))
        out.append(_Atom(day, number, year, start, found.end()))
    return out


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text`; atoms joined by `و`, `إلى` or commas make one span.
    A missing month or year comes from the atom after it, then from the year written earlier,
    then from the reporting period."""
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
            first.year -= 1  # "28 كانون الأول/ديسمبر إلى 3 كانون الثاني/يناير 2021"
            start = iso(first.year, first.month, first.day)
        is_period = bool(PERIOD_BEFORE.search(text[max(0, first.start - 25):first.start])) and len(group) > 1 \
            and (start, end) == period
        lead_in = LEAD_IN.search(text, max(0, first.start - 40), first.start)
        offset = lead_in.start() if lead_in else first.start
        spans.append(DateSpan(start, end if end != start else None, offset, last.end, is_period))
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
    """A full date in a statement line's label: `الفائض المتراكم، 1 كانون الثاني/يناير 2020`."""
    found = next((a for a in _atoms(text) if a.day and a.month and a.year), None)
    return iso(found.year, found.month, found.day) if found else None
