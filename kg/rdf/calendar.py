"""Calendar values at the precision a report states them, and the instants they span.

A report dates things to the day, the month or the year. The stated value keeps its precision
(`xsd:date`, `xsd:gYearMonth`, `xsd:gYear`), but those datatypes are outside the OWL 2 datatype
map and SPARQL does not compare them with one another; so an activity also gets its first and
last instant as `xsd:dateTime` (in the map, comparable at any precision).
"""
from __future__ import annotations

import calendar
from datetime import date, datetime, time

from kg.rdf.terms import XSD, Literal  # plain terms, as the mapping makes (kg.rdf.terms)

_DATATYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def stated(value: str) -> Literal:
    """`2021`, `2021-03` or `2021-03-02` as the typed literal of its precision."""
    return Literal(value, datatype=_DATATYPES[len(value)])


def _first_day(value: str) -> date:
    parts = [int(part) for part in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _last_day(value: str) -> date:
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)


def _instant(value: datetime) -> Literal:
    # Without a time zone: the reports give local dates, and a zone would invent one.
    return Literal(value.isoformat(timespec="seconds"), datatype=XSD.dateTime)


def earliest(value: str) -> Literal | None:
    """The first instant a stated date covers: 00:00:00 of its first day; None for a date that
    does not exist (30 February): the stated value stays, and the shapes report the missing bound."""
    try:
        return _instant(datetime.combine(_first_day(value), time.min))
    except ValueError:
        return None


def latest(value: str) -> Literal | None:
    """The last second a stated date covers: 23:59:59 of its last day (None as for `earliest`)."""
    try:
        return _instant(datetime.combine(_last_day(value), time(23, 59, 59)))
    except ValueError:
        return None


__all__ = ["stated", "earliest", "latest"]
