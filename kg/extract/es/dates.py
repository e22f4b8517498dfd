"""Spanish date expressions as UN documents write them: `4 de abril de 2019`, `el 1º de julio`,
`los días 2, 9 y 16 de octubre de 2018`, `del 18 al 20 de mayo de 2021`, `del 29 de noviembre al
3 de diciembre de 2021`, `en octubre de 2020 y febrero de 2021`."""
from __future__ import annotations

import re

from kg.extract.dates import DateAtom as _Atom, DateSpan, DateWords, join_dates, part_of_year_spans, with_parts_of_year
from kg.ingest.languages.es import MONTHS

MONTH = "(?:" + "|".join(MONTHS) + ")"
# a table's cells shorten the month with a point: "3-5 oct. 2017", "27 nov.-1 dic. 2017"
SHORT_MONTHS = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "sept": 9, "set": 9,
                "oct": 10, "nov": 11, "dic": 12}
_SHORT = "(?:" + "|".join(sorted(SHORT_MONTHS, key=len, reverse=True)) + r")\."
_ORD = r"(?:\.?º|\.?°|\.?ª)?"  # "1º de julio", "1.º de julio"
# "de" between day and month may be left out on a web page: "del 19 al 20 agosto del 2014"
ATOM = re.compile(rf"(?:(?P<d>\b\d{{1,2}}|\bprimero(?=\s+de\s)){_ORD}\s+(?:de\s+)?)?(?P<m>\b{MONTH}\b|\b{_SHORT})"
                  rf"(?:\s+(?:(?:de|del)\s+(?:año\s+)?)?(?P<y>(?:19|20)\d{{2}}))?"
                  rf"|(?<![\d/.-])(?P<y2>(?:19|20)\d{{2}})(?![\d/-])", re.I)
# days listed before the one that carries the month: "1, 8 y 15 de", "18 al 20 de", "2 a 5 de"
DAY_LIST = re.compile(rf"(?:(?<![\d/.])\d{{1,2}}{_ORD}\s*(?:,|\by\b|\be\b|\bal\b|\ba\b|–|-|—)\s*(?:el\s+)?)+$")
GAP = re.compile(r"^\s*(?:,|y|e|al|a|hasta|–|-|—|y el|y del|y en|al el|,\s*y|y de|y los días|y el día)?\s*(?:el\s+)?$",
                 re.I)
PERIOD_BEFORE = re.compile(r"(?:per[ií]odo|comprendido|abarca|abarcado|cubre|cubierto)\s+(?:entre\s+)?(?:el\s+|del\s+)?$"
                           r"|\b(?:entre\s+el|del|desde\s+el)\s+$", re.I)


def _month(name: str) -> int:
    name = name.lower()
    return SHORT_MONTHS[name[:-1]] if name.endswith(".") else MONTHS[name]


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    for found in ATOM.finditer(text):
        if found.group("y2"):
            out.append(_Atom(None, None, int(found.group("y2")), found.start(), found.end()))
            continue
        day = (1 if found.group("d").lower() == "primero" else int(found.group("d"))) if found.group("d") else None
        month = _month(found.group("m"))
        year = int(found.group("y")) if found.group("y") else None
        start = found.start()
        if day is not None:
            days = DAY_LIST.search(text[:start])  # "1, 8 y 15 de diciembre": days before the month
            if days:
                for d in re.finditer(rf"(\d{{1,2}}){_ORD}", days.group(0)):
                    out.append(_Atom(int(d.group(1)), month, year, days.start() + d.start(), days.start() + d.end()))
        out.append(_Atom(day, month, year, start, found.end()))
    return out


WORDS = DateWords(gap=GAP, period_before=PERIOD_BEFORE, lookback=30, numeric=True)


# "durante el primer trimestre de 2016", "en el segundo semestre del año 2017", "el último trimestre",
# "en la segunda mitad de 2017"
PART_ORDINALS = {"primer": 1, "primero": 1, "primera": 1, "1er": 1, "segundo": 2, "segunda": 2, "tercer": 3,
                 "tercero": 3, "cuarto": 4, "último": -1, "ultimo": -1, "última": -1, "ultima": -1}
PARTS = {"trimestre": "quarter", "semestre": "half", "mitad": "half"}
PART = re.compile(r"\b(?P<n>primera|primero|primer|1er|segunda|segundo|tercero|tercer|cuarto|[úu]ltim[oa])\s+"
                  r"(?P<part>trimestre|semestre|mitad)\b"
                  r"(?:\s+(?:de|del)\s+(?:año\s+)?(?P<y>(?:19|20)\d{2})\b)?", re.I)


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text` (kg.extract.dates.join_dates joins this language's dates)."""
    parts = part_of_year_spans(PART, text, PART_ORDINALS, PARTS, year=year, period=period)
    return with_parts_of_year(parts, text, lambda rest: join_dates(_atoms(rest), rest, WORDS, year=year, period=period))


def date_in_label(text: str) -> str | None:
    """`al 31 de diciembre de 2020` in a statement line -> 2020-12-31."""
    found = re.search(rf"(\d{{1,2}}){_ORD}\s+de\s+({MONTH})\s+de\s+(\d{{4}})", text, re.I)
    if found:
        return f"{int(found.group(3)):04d}-{_month(found.group(2)):02d}-{int(found.group(1)):02d}"
    return None
