"""Dates as the extractor keeps them: ISO 8601 at the precision the text gives."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class DateSpan:
    start: str  # ISO 8601 at the stated precision: 2021, 2021-03, 2021-03-02
    end: str | None  # None for a single date
    offset: int  # where the expression starts in the text
    stop: int  # where it ends
    is_period: bool = False  # the reporting period ("…期间", "during the period"), not an event's date

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.start)]


def iso(year: int, month: int | None, day: int | None) -> str:
    """The date at the precision the text gives; a day or month no calendar has (a day's digit
    lost at a line break, "0 janvier"; "31 June") keeps only what is sure."""
    if month is None or not 1 <= month <= 12:
        return f"{year:04d}"
    if day is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def covers_period(span: DateSpan, period: tuple[str | None, str | None]) -> bool:
    """Whether a span states the reporting period at its own precision ("de juillet 2013 à juin
    2014" for 2013-07-01 .. 2014-06-30): what the report covers, not an event's dates."""
    start, end = period
    return bool(start and end and span.end and span.precision != "year"
                and start.startswith(span.start) and end.startswith(span.end))


def blank_words(pattern: re.Pattern[str], text: str) -> str:
    """`text` with the words `pattern` finds turned to spaces, offsets kept ("du lundi 4 au
    vendredi 8 novembre": the weekdays say nothing the dates do not)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def period_year(month: int | None, period: tuple[str | None, str | None]) -> int | None:
    """The year of a month named without one: the year of the reporting period that holds it;
    None where the period is longer than a year (a biennium holds every month twice)."""
    start, end = period
    if not start:
        return None
    if not end or month is None:
        return int(start[:4])
    if int(start[:4]) == int(end[:4]):
        return int(start[:4])
    if len(start) < 7 or len(end) < 7 or _months(end) - _months(start) >= 12:
        return None
    return int(start[:4]) if month >= int(start[5:7]) else int(end[:4])


def _months(date: str) -> int:
    return int(date[:4]) * 12 + int(date[5:7])


def year_of_month(month: int, stated: int | None, period: tuple[str | None, str | None]) -> int | None:
    """The year of a month written without one: the year the text stated before it, unless that
    puts the month outside the reporting period and the period's own year for it does not
    ("Le 4 mars 2020 … Le 15 novembre" in a report on 2019-07..2020-06: November 2019)."""
    in_period = period_year(month, period)
    if (stated and in_period and stated != in_period and _spans_year(period, stated)
            and not _holds(period, stated, month)):
        return in_period  # a year outside the period's (a plan: "En 2021, … le 15 mars") stands
    return stated or in_period


def _spans_year(period: tuple[str | None, str | None], year: int) -> bool:
    start, end = period
    return bool(start and end) and int(start[:4]) <= year <= int(end[:4])


def _holds(period: tuple[str | None, str | None], year: int, month: int) -> bool:
    start, end = period
    return bool(start and end) and start[:7] <= f"{year:04d}-{month:02d}" <= end[:7]


# a part of a year a text dates by ("au cours du premier trimestre de 1997", "durante el segundo
# semestre de 2016"): the months it spans, as a range of months
PART_MONTHS = {"quarter": 3, "half": 6}


def part_of_year_spans(pattern: re.Pattern[str], text: str, ordinals: dict[str, int], parts: dict[str, str], *,
                       year: int | None = None, period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """The parts of a year `pattern` finds in `text` (groups `n`: its ordinal word, `part`: the word
    for a quarter or a half, `y`: its year if written), each a span of months. A part without its
    year takes the year stated before it, else the reporting period's year of its first month."""
    spans = []
    for found in pattern.finditer(text):
        size = PART_MONTHS[parts[found.group("part").lower()]]
        count = 12 // size
        ordinal = ordinals[found.group("n").lower()]
        ordinal = count if ordinal < 0 else ordinal  # "dernier trimestre", "último semestre"
        if not 1 <= ordinal <= count:
            continue
        first = (ordinal - 1) * size + 1
        stated = int(found.group("y")) if found.group("y") else None
        at = stated or year_of_month(first, year, period)
        if at is None:
            continue
        spans.append(DateSpan(iso(at, first, None), iso(at, first + size - 1, None), found.start(), found.end()))
    return spans


def with_parts_of_year(parts: list[DateSpan], text: str, find: Callable[[str], list[DateSpan]]) -> list[DateSpan]:
    """The spans `find` reads in `text` once the parts of a year are blanked (their year is theirs,
    no date of its own), with those parts, in the order of the text."""
    for span in parts:
        text = text[:span.offset] + " " * (span.stop - span.offset) + text[span.stop:]
    return sorted(find(text) + parts, key=lambda s: s.offset)


@dataclass
class DateAtom:
    """One date as a language's pattern finds it (`4 April`, `2021`); joined into spans below."""

    day: int | None
    month: int | None
    year: int | None
    start: int
    end: int


@dataclass(frozen=True)
class DateWords:
    """What a language writes between and around the dates of one expression."""

    gap: re.Pattern[str]  # between two dates of one expression: `to`, `au`, `по`, `إلى`, commas
    period_before: re.Pattern[str]  # before the reporting period: `period from`, `du`
    lookback: int = 25  # characters before a span where `period_before` is looked for
    lead_in: re.Pattern[str] | None = None  # words that open the expression and belong to it
    numeric: bool = False  # its copies write dates in figures, `15/08/2022`, `15.08.2022` (day first)


# a date in figures, as tables and forms write it: "15/08/2022", "15.08.2022", "4-7-2016"; no digit,
# point, slash, letter or hyphen around it (never part of an amount, a symbol "A/75/136" or a
# longer number), but a hyphen between two such dates ("26.08.2014-28.08.2014", a range)
_WHOLE = r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}"
NUMERIC_DATE = re.compile(r"(?<![\d/.,A-Za-z])(?:(?<=\d{4}-)|(?<!-))(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})"
                          r"(?![\d/]|[.,]\d|-(?!" + _WHOLE + r"))")
# a year in brackets after a number is a resolution's or a decision's ("1540 (2004)"), not a date
SYMBOL_YEAR = re.compile(r"\d\s*\(\s*$")


def numeric_atoms(text: str) -> list[DateAtom]:
    """The dates `text` writes in figures. The UN and the countries of its regional centres write
    the day first; a second number over 12 can only be a day after its month (an American copy).
    A day over 31 or a month over 12 either way is no date."""
    atoms = []
    for found in NUMERIC_DATE.finditer(text):
        first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
        day, month = (second, first) if second > 12 >= first else (first, second)
        if 1 <= day <= 31 and 1 <= month <= 12:
            atoms.append(DateAtom(day, month, year, found.start(), found.end()))
    return atoms


def _with_numeric(atoms: list[DateAtom], text: str) -> list[DateAtom]:
    numeric = numeric_atoms(text)
    if not numeric:
        return atoms
    kept = [a for a in atoms if not any(n.start < a.end and a.start < n.end for n in numeric)]
    return sorted(kept + numeric, key=lambda a: a.start)


def _symbol_year(atom: DateAtom, text: str) -> bool:
    return (atom.month is None and atom.day is None and bool(SYMBOL_YEAR.search(text, max(0, atom.start - 12), atom.start))
            and text[atom.end:atom.end + 3].lstrip().startswith(")"))


def join_dates(atoms: list[DateAtom], text: str, words: DateWords, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression of `text` from its atoms: atoms joined by a gap make one span.

    A missing month or year comes from the atom after it (`2 to 16 October 2018`), then from
    the year written earlier, then from the reporting period. The same in every language: a
    language gives its atoms and its words.
    """
    if words.numeric:
        atoms = _with_numeric(atoms, text)
    atoms = [a for a in atoms if not _symbol_year(a, text)]
    groups: list[list[DateAtom]] = []
    for atom in atoms:
        if groups and words.gap.match(text[groups[-1][-1].end:atom.start]) and not (
                atom.year and atom.month is None and groups[-1][-1].month is not None):
            groups[-1].append(atom)
        else:
            groups.append([atom])
    # a year written once after several dates of a sentence ("the first from 20 to 24 March and
    # the second from 28 August to 1 September 1995") dates those before it, when nothing else does
    later = [next((a.year for g in groups[i + 1:] for a in g if a.year), None) for i in range(len(groups))]
    spans = []
    for group, after in zip(groups, later):
        _fill(group, year, period, after)
        year = group[-1].year or year
        first, last = group[0], group[-1]
        if first.year is None:
            continue
        start = iso(first.year, first.month, first.day)
        end = (iso(last.year, last.month, last.day if first.day is not None else None)
               if len(group) > 1 and last.year is not None else None)
        if end and end < start and first.year == last.year:
            first.year -= 1  # "28 December to 3 January 2021"
            start = iso(first.year, first.month, first.day)
        is_period = (bool(words.period_before.search(text[max(0, first.start - words.lookback):first.start]))
                     and len(group) > 1 and (start, end) == period)
        lead_in = words.lead_in.search(text, max(0, first.start - 40), first.start) if words.lead_in else None
        spans.append(DateSpan(start, end if end != start else None, lead_in.start() if lead_in else first.start,
                              last.end, is_period))
    return spans


def _fill(group: list[DateAtom], year: int | None, period: tuple[str | None, str | None],
          year_after: int | None = None) -> None:
    for later, atom in zip(reversed(group), list(reversed(group))[1:]):
        if atom.month is None and atom.day is not None:
            atom.month = later.month
        if atom.year is None and atom.month is not None:
            atom.year = later.year
    previous: DateAtom | None = None
    for atom in group:
        if atom.year is None and atom.month is not None:
            atom.year = year_of_month(atom.month, year, period) or _after(previous, atom.month) or year_after
        previous = atom if atom.year and atom.month else previous


def _after(previous: DateAtom | None, month: int) -> int | None:
    """"octobre 2016 et mars" cut short, no year known around it: the year of the date before,
    or the next one when the month comes earlier in the year."""
    if previous is None or previous.year is None or previous.month is None:
        return None
    return previous.year + (month < previous.month)
