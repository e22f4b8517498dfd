"""English date expressions as UN documents write them: `4 April 2019`, `2, 9 and 16 October
2018`, `from 29 November to 3 December 2021`, `in October 2020 and February 2021`."""
from __future__ import annotations

import re

from kg.extract.dates import DateAtom as _Atom, DateSpan, DateWords, join_dates

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
# a news item's abbreviations ("12 Dec. 2013", "Sept. 3"): with their point, or before a number
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?=\s+\d)))")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
# news and web pages write the month first: "March 14th to 17th, 2023", "June 30, 2021"
ATOM = re.compile(rf"(?P<m3>{MONTH})\s+(?P<d3>{_DAY})(?:\s*(?:to|through|until|and|–|-|—)\s*(?P<d4>{_DAY}))?"
                  rf"(?:,?\s+(?P<y3>(?:19|20)\d{{2}}))?"
                  rf"|(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
                  rf"|(?<![\d/.-])(?P<y2>(?:19|20)\d{{2}})(?![\d/-])")
DAY_LIST = re.compile(r"(?:(?<![\d/.])\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|to|through|until|–|-|—)\s*)+$")
GAP = re.compile(r"^\s*(?:,|and|to|through|until|till|–|-|—|and from|and in|and on|,\s*and)?\s*$")
PERIOD_BEFORE = re.compile(r"(?:period|covering|covers|covered)\s+(?:from\s+)?$|\bfrom\s+$", re.I)


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    for found in ATOM.finditer(text):
        if found.group("m3"):
            month = _month(found.group("m3"))
            year = int(found.group("y3")) if found.group("y3") else None
            last = "d4" if found.group("d4") else "d3"
            out.append(_Atom(_day(found.group("d3")), month, year, found.start(), found.end("d3")))
            if last == "d4":
                out.append(_Atom(_day(found.group("d4")), month, year, found.start("d4"), found.end()))
            else:
                out[-1].end = found.end()
            continue
        if found.group("y2"):
            out.append(_Atom(None, None, int(found.group("y2")), found.start(), found.end()))
            continue
        day = int(found.group("d")) if found.group("d") else None
        month = _month(found.group("m"))
        year = int(found.group("y")) if found.group("y") else None
        start = found.start()
        if day is not None:
            days = DAY_LIST.search(text[:start])  # "1, 8 and 15 December": days before the month
            if days:
                for d in re.finditer(r"\d{1,2}", days.group(0)):
                    out.append(_Atom(int(d.group(0)), month, year, days.start() + d.start(), days.start() + d.end()))
        out.append(_Atom(day, month, year, start, found.end()))
    return out


def _month(name: str) -> int:
    """`December`, `Dec.` or `Sept.` -> its number."""
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or next(number for month, number in MONTHS.items() if month.startswith(name[:3]))


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # "14th" -> 14


WORDS = DateWords(gap=GAP, period_before=PERIOD_BEFORE, numeric=True)


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text` (kg.extract.dates.join_dates joins this language's dates)."""
    return join_dates(_atoms(text), text, WORDS, year=year, period=period)

