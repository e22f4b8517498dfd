"""Arabic date expressions as UN documents write them: `18 كانون الأول/ديسمبر 2020`,
`1 و 8 و 15 كانون الأول/ديسمبر 2020`, `من 18 إلى 20 أيار/مايو 2021`, `في تشرين الأول/أكتوبر
2020 وشباط/فبراير 2021`. Months are named twice (Syriac/Gregorian) or once; a month named once
and without a day or year (`مارس` is also a verb) is no date."""
from __future__ import annotations

import re

from kg.extract.dates import DateAtom as _Atom, DateSpan, DateWords, iso, join_dates
from kg.ingest.languages.ar import MONTH, month

ATOM = re.compile(rf"(?:(?P<d>\d{{1,2}})\s+)?(?<![^\W\d_])(?:[وفب](?=\S))?(?P<m>{MONTH})(?![^\W\d_])(?:\s*،?\s*(?P<y>(?:19|20)\d{{2}}))?"
                  r"|(?<![\d/.-])(?P<y2>(?:19|20)\d{2})(?![\d/-])")
DAY_LIST = re.compile(r"(?:(?<![\d/.])\d{1,2}\s*(?:،|,|و|إلى|الى|حتى|-|–)\s*)+$")
GAP = re.compile(r"^\s*(?:،|,|و|إلى|الى|حتى|-|–|و\s*في|و\s*من|،\s*و)?\s*$")
PERIOD_BEFORE = re.compile(r"(?:الفترة|الممتدة)\s+(?:من\s+)?$|(?<!\S)من\s+$")
# the words that open a date expression: "وفي الفترة من 18 إلى 20 أيار/مايو 2021"
LEAD_IN = re.compile(r"(?<!\S)(?:[وف]?(?:في|خلال)\s+)?(?:ال)?فترة\s+(?:الممتدة\s+)?(?:من\s+)?$|(?<!\S)[وف]?(?:في|من)\s+$")


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


WORDS = DateWords(gap=GAP, period_before=PERIOD_BEFORE, lead_in=LEAD_IN)


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text` (kg.extract.dates.join_dates joins this language's dates)."""
    return join_dates(_atoms(text), text, WORDS, year=year, period=period)


def date_in_label(text: str) -> str | None:
    """A full date in a statement line's label: `الفائض المتراكم، 1 كانون الثاني/يناير 2020`."""
    found = next((a for a in _atoms(text) if a.day and a.month and a.year), None)
    return iso(found.year, found.month, found.day) if found else None
