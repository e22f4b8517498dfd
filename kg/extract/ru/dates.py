"""Russian date expressions as UN documents write them: `18 декабря 2020 года`, `18–20 мая
2021 года`, `1, 8 и 15 декабря 2020 года`, `с 29 ноября по 3 декабря 2021 года`, `в октябре
2020 года и феврале 2021 года`, `в 2020 году`. Months are read in any case (мая, мае, май)."""
from __future__ import annotations

import re

from kg.extract.dates import DateAtom as _Atom, DateSpan, DateWords, iso, join_dates
from kg.ingest.languages.ru import month as month_number

MONTH = (r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|"
         r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?![а-яё])")
YEAR_WORD = r"(?:\s*(?:года|году|год|годах|годы|гг?\.)(?![а-яё]))?"
ATOM = re.compile(rf"(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{MONTH})(?:\s+(?P<y>(?:19|20)\d{{2}}){YEAR_WORD})?"
                  rf"|(?<![\d/.-])(?P<y2>(?:19|20)\d{{2}})(?![\d/-]){YEAR_WORD}", re.I)
DAY_LIST = re.compile(r"(?:(?<![\d/.,])\d{1,2}\s*(?:,|и|по|до|–|-|—)\s*)+$")
GAP = re.compile(r"^\s*(?:,|и|по|до|–|-|—|,\s*и|и\s+в|и\s+с|а\s+также\s+в)?\s*$")
PERIOD_BEFORE = re.compile(r"(?:период\w*|охватыва\w*|охватывает)\s+(?:с\s+)?$|\bс\s+$", re.I)


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


WORDS = DateWords(gap=GAP, period_before=PERIOD_BEFORE, numeric=True)


def find_dates(text: str, *, year: int | None = None,
               period: tuple[str | None, str | None] = (None, None)) -> list[DateSpan]:
    """Every date expression in `text` (kg.extract.dates.join_dates joins this language's dates)."""
    return join_dates(_atoms(text), text, WORDS, year=year, period=period)


def date_in_label(text: str) -> str | None:
    """A full date in a statement line: `на 31 декабря 2020 года` -> 2020-12-31."""
    found = re.search(rf"(\d{{1,2}})\s+({MONTH})\s+((?:19|20)\d{{2}})", text, re.I)
    if found:
        return iso(int(found.group(3)), month_number(found.group(2)), int(found.group(1)))
    return None
