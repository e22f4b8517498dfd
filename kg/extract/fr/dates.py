"""French date expressions as UN documents write them: `1er juillet 2020`, `le 18 décembre 2020`,
`les 1er, 8 et 15 décembre 2020`, `du 18 au 20 mai 2021`, `du 29 novembre au 3 décembre 2021`,
`en octobre 2020 et en février 2021`."""
from __future__ import annotations

import re

from dataclasses import replace

from kg.extract.dates import (DateAtom as _Atom, DateSpan, DateWords, blank_words, covers_period, iso, join_dates,
                              part_of_year_spans, with_parts_of_year)
from kg.ingest.languages.fr import MONTHS

# a table's cells shorten the month with a point: "3-5 oct. 2017", "27 nov.-1er déc. 2017"
SHORT_MONTHS = {"janv": 1, "févr": 2, "fév": 2, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
                "nov": 11, "déc": 12, "dec": 12}
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_SHORT = "(?:" + "|".join(sorted(SHORT_MONTHS, key=len, reverse=True)) + r")\."
_DAY = r"(?:1er|\d{1,2})"
ATOM = re.compile(rf"(?:(?<![\d,])(?P<d>{_DAY})\s+)?(?P<m>{MONTH}\b|\b{_SHORT})(?:\s+(?P<y>(?:19|20)\d{{2}}))?"
                  rf"|(?<![\d/.-])(?P<y2>(?:19|20)\d{{2}})(?![\d/-])", re.I)
# days before the month: "1er, 8 et 15 décembre", "18 au 20 mai", "2-4 mars", "1er et le 2 juin"
DAY_LIST = re.compile(r"(?:(?<![\d/.,])(?:1er|\d{1,2})\s*(?:,|et|et le|et les|au|à|–|-|—)\s*)+$")
GAP = re.compile(r"^\s*(?:,|et|au|à|jusqu['’]au|–|-|—|et du|et en|et le|et les|et au|,\s*et|puis|puis en)?\s*$", re.I)
PERIOD_BEFORE = re.compile(r"(?:période|allant|couvrant|couvre|porte sur)\s+(?:du\s+)?$|\bdu\s+$", re.I)


def _day(text: str) -> int:
    return int(text.lower().removesuffix("er"))


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    for found in ATOM.finditer(text):
        if found.group("y2"):
            out.append(_Atom(None, None, int(found.group("y2")), found.start(), found.end()))
            continue
        day = _day(found.group("d")) if found.group("d") else None
        name = found.group("m").lower()
        month = SHORT_MONTHS[name[:-1]] if name.endswith(".") else MONTHS[name]
        year = int(found.group("y")) if found.group("y") else None
        start = found.start()
        if day is not None:
            days = DAY_LIST.search(text[:start])
            if days:
                for d in re.finditer(r"1er|\d{1,2}", days.group(0)):
                    out.append(_Atom(_day(d.group(0)), month, year, days.start() + d.start(), days.start() + d.end()))
        out.append(_Atom(day, month, year, start, found.end()))
    return out


WORDS = DateWords(gap=GAP, period_before=PERIOD_BEFORE, numeric=True)
WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?=1er\b|\d)", re.I)


# "au cours du premier trimestre de 1997", "pendant le second semestre de 2017", "le dernier trimestre",
# "dans la seconde moitié de 2017"
PART_ORDINALS = {"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "2e": 2, "second": 2, "seconde": 2,
                 "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4, "dernier": -1, "dernière": -1}
PARTS = {"trimestre": "quarter", "semestre": "half", "moitié": "half"}
PART = re.compile(r"\b(?P<n>première|premier|1er|deuxième|2e|seconde|second|troisième|3e|quatrième|4e|dernière|dernier)\s+"
                  r"(?P<part>trimestre|semestre|moitié)\b(?:\s+(?:de\s+l['’]année\s+|de\s+)?(?P<y>(?:19|20)\d{2})\b)?", re.I)


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text` (kg.extract.dates.join_dates joins this language's dates)."""
    text = blank_words(WEEKDAY, text)
    parts = part_of_year_spans(PART, text, PART_ORDINALS, PARTS, year=year, period=period)
    spans = with_parts_of_year(parts, text, lambda rest: join_dates(_atoms(rest), rest, WORDS, year=year, period=period))
    return [replace(s, is_period=True) if covers_period(s, period) else s for s in spans]


def date_in_label(text: str) -> str | None:
    """`Excédent cumulé au 1er janvier 2020` -> 2020-01-01."""
    found = re.search(rf"\b({_DAY})\s+({MONTH})\s+((?:19|20)\d{{2}})\b", text, re.I)
    if not found:
        return None
    return iso(int(found.group(3)), MONTHS[found.group(2).lower()], _day(found.group(1)))
