"""Russian date expressions as UN documents write them: `18 декабря 2020 года`, `18–20 мая
2021 года`, `1, 8 и 15 декабря 2020 года`, `с 29 ноября по 3 декабря 2021 года`, `в октябре
2020 года и феврале 2021 года`, `в 2020 году`. Months are read in any case (мая, мае, май)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.dates import DateSpan, iso, period_year
from kg.ingest.languages.ru import month as month_number

MONTH = (r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|"
         r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?![а-яё])")
YEAR_WORD = r"(?:\s*(?:года|году|год|годах|годы|гг?\.)(?![а-яё]))?"
ATOM = re.compile(rf"(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{MONTH})(?:\s+(?P<y>(?:19|20)\d{{2}}){YEAR_WORD})?"
                  rf"|(?<![\d/.-])(?P<y2>(?:19|20)\d{{2}})(?![\d/-]){YEAR_WORD}", re.I)
DAY_LIST = re.compile(r"(?:(?<![\d/.,])\d{1,2}\s*(?:,|и|по|до|–|-|—)\s*)+$")
GAP = re.compile(r"^\s*(?:,|и|по|до|–|-|—|,\s*и|и\s+в|и\s+с|а\s+также\s+в)?\s*$")
PERIOD_BEFORE = re.compile(r"(?:период\w*|охватыва\w*|охватывает)\s+(?:с\s+)?$|\bс\s+$", re.I)


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
        month = month_number(found.group("m"))
        year = int(found.group("y")) if found.group("y") else None
        start = found.start()
        if day is not None:
            days = DAY_LIST.search(text[:start])  # "1, 8 и 15 декабря", "18–20 мая": days before the month
            if days:
                for d in re.finditer(r"\d{1,2}", days.group(0)):
                    out.append(_Atom(int(d.group(0)), month, year, days.start() + d.start(), days.start() + d.end()))
        out.append(_Atom(day, month, year, start, found.end()))
    return out


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text`; atoms joined by `по`, `и`, dashes or commas make one span.

    A missing month or year comes from the atom after it (`2–19 марта 2021 года`), then from
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
            first.year -= 1  # "с 28 декабря по 3 января 2021 года"
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
    """A full date in a statement line: `на 31 декабря 2020 года` -> 2020-12-31."""
    found = re.search(rf"(\d{{1,2}})\s+({MONTH})\s+((?:19|20)\d{{2}})", text, re.I)
    if found:
        return iso(int(found.group(3)), month_number(found.group(2)), int(found.group(1)))
    return None
