"""How English reports mark their parts and front page."""
from __future__ import annotations

import re
from functools import partial

from kg.ingest.markers import (Markers, Period, after_prefix, covers_months, iso_date, month_period,
                               stated_period)

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
DATE = r"(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})"
# "from 1 July 2014 to 30 June 2015", "for the period 1 July 2014 through 30 June 2015", "between
# 1 July 2014 and 30 June 2015", "1 July 2014-30 June 2015"
PERIOD = re.compile(r"(?:from|between|period)\s+(\d{1,2})\s+([A-Z][a-z]+)(?:\s+(\d{4}))?"
                    r"(?:\s+(?:to|through|until|till|and)\s+|\s*[–—-]\s*)" + DATE)
# the month first, as the United States write it: "from July 1, 2023 to June 30, 2024"
MONTH_FIRST_PERIOD = re.compile(r"(?:from|between|period)\s+([A-Z][a-z]+)\s+(\d{1,2})(?:,?\s+(\d{4}))?,?"
                                r"(?:\s+(?:to|through|until|till|and)\s+|\s*[–—-]\s*)"
                                r"([A-Z][a-z]+)\s+(\d{1,2}),?\s+(\d{4})")
# a period stated in months: "from July 2010 to June 2011", "between July 2009 and June 2011"
MONTH_PERIOD = re.compile(r"\b(?:from|between)\s+([A-Z][a-z]+)(?:\s+(\d{4}))?\s+(?:to|and|until|through)\s+"
                          r"([A-Z][a-z]+)\s+(\d{4})")
YEAR_PERIOD = re.compile(r"\b(?:activities|work)\b[^.]{0,80}?\b(?:in|during|for)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b")
ORDINALS = {
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
        "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}


def en_ordinal(text: str) -> int | None:
    """Seventy-sixth -> 76."""
    total = 0
    for part in text.lower().split("-"):
        if part in TENS:
            total += TENS[part]
        elif part in ORDINALS:
            total += ORDINALS[part]
        else:
            return None
    return total or None


def find_range(text: str) -> Period:
    for found in PERIOD.finditer(text):  # the first range long enough: a meeting's days are no period
        if found.group(2).lower() in MONTHS and found.group(5).lower() in MONTHS:
            d1, mo1, y1, d2, mo2, y2 = found.groups()
            start, end = iso_date(y1 or y2, MONTHS[mo1.lower()], d1), iso_date(y2, MONTHS[mo2.lower()], d2)
            if covers_months(start, end):
                return start, end
    for found in MONTH_FIRST_PERIOD.finditer(text):
        mo1, d1, y1, mo2, d2, y2 = found.groups()
        if mo1.lower() in MONTHS and mo2.lower() in MONTHS:
            start, end = iso_date(y1 or y2, MONTHS[mo1.lower()], d1), iso_date(y2, MONTHS[mo2.lower()], d2)
            if covers_months(start, end):
                return start, end
    for found in MONTH_PERIOD.finditer(text):
        m1, y1, m2, y2 = found.groups()
        start, end = month_period(MONTHS.get(m1.lower(), 0), y1, MONTHS.get(m2.lower(), 0), y2)
        if start:
            return start, end
    return None, None


MARKERS = Markers(
    summary=re.compile(r"^\s*Summary\s*$"),
    chapter=re.compile(r"^\s*([IVX]+)\s*\.\s+(\S.{0,60})$"),
    annex=re.compile(r"^\s*(?:Annex|ANNEX)(?:\s+[IVX]+)?\s*$"),
    report_of=re.compile(r"^\s*(?:Report of|Note by) the Secretary-General\s*$", re.I),  # a note transmits the report
    session=re.compile(r"\b([A-Z][a-z]+(?:-[a-z]+)?)\s+session\b"),
    agenda=re.compile(r"\bItem\s+(\d+\s*(?:\(\s*[a-z]\s*\))?)", re.I),
    unit=re.compile(r"^\s*\(\s*(?:in\s+)?(?:(?:in\s+)?thousands\s+of\s+)?((?:United States )?dollars|US\$|euros)\s*\)\s*$", re.I),
    thousands=re.compile(r"\bthousands\b", re.I),
    statement_heading=re.compile(r"^(?:Less\s*:?\s*)?"
                                 r"(?:Revenue|Income|Receipts|Expenses|Expenditures?|Disbursements)(?:\s+and\s+refunds)?\s*:?$", re.I),
    ordinal=en_ordinal,
    period=partial(stated_period, stated_range=find_range, year_covered=YEAR_PERIOD),
    letter=re.compile(r"^\s*(?:Identical\s+)?letters?\s+dated\b[\s\S]{0,300}?\baddressed\s+to\b", re.I | re.M),
    yearbook=re.compile(r"\bDisarmament\s+Yearbook\b|^\s*(?:Continuing\s+)?C\s?H\s?A\s?P\s?T\s?E\s?R\s+[IVX]+\b",
                        re.I | re.M),
    resolution=re.compile(r"Resolution adopted by the General Assembly"),
    note_of=re.compile(r"^\s*Note by the Secretary-General\s*$", re.I),
    kept_hyphen=partial(after_prefix, prefixes=frozenset({"non"})),  # non-proliferation, non-governmental
)
