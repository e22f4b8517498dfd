"""An event a news item dates by its weekday alone ("kicked off Friday", "mardi dernier"): the
day of that name nearest the item's date line, which the reader keeps
(`Metadata.dateline`). The weekday's names are the language's (`WEEKDAYS` in its lexicon)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from kg.extract.dates import DateSpan


@lru_cache(maxsize=64)
def weekday_pattern(names: tuple[tuple[str, int], ...]) -> re.Pattern[str]:
    """One pattern for a language's weekday names, longest first (a name inside a longer one)."""
    words = sorted((name for name, _ in names), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])", re.I)


def dateline_day(dateline: str | None, find_dates: Callable[..., list[DateSpan]]) -> date | None:
    """The day a date line states, if it states one to the day."""
    spans = find_dates(dateline) if dateline else []
    day = next((s.start for s in spans if s.precision == "day"), None)
    return date.fromisoformat(day) if day else None


def weekday_spans(text: str, weekdays: dict[str, int], dateline: date) -> list[DateSpan]:
    """Each weekday the text names, dated to the day of that name nearest the date line's day:
    a news item tells of the days around it ("opened Friday" under Friday's date, "on Tuesday"
    under Friday's is the Tuesday before, "will end on Monday" under Saturday's the Monday after)."""
    out = []
    for found in weekday_pattern(tuple(sorted(weekdays.items()))).finditer(text):
        number = weekdays.get(found.group(1).casefold())
        if number is None:
            continue
        back = (dateline.weekday() - number) % 7
        day = dateline - timedelta(days=back) if back <= 3 else dateline + timedelta(days=7 - back)
        out.append(DateSpan(day.isoformat(), None, found.start(), found.end()))
    return out
