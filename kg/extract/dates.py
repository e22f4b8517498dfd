"""Dates as the extractor keeps them: ISO 8601 at the precision the text gives."""
from __future__ import annotations

from dataclasses import dataclass


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
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def period_year(month: int | None, period: tuple[str | None, str | None]) -> int | None:
    """The year of a month named without one: the year of the reporting period that holds it."""
    start, end = period
    if not start:
        return None
    if not end or month is None:
        return int(start[:4])
    if int(start[:4]) == int(end[:4]):
        return int(start[:4])
    return int(start[:4]) if month >= int(start[5:7]) else int(end[:4])
