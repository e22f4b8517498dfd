"""Document metadata from the front page, running heads and the opening paragraphs."""
from __future__ import annotations

import re
from collections import Counter

from kg.ingest.document import Metadata, Paragraph
from kg.ingest.layout import join_lines
from kg.ingest.markers import Markers, en_ordinal, zh_number

SYMBOL = re.compile(r"^\s*((?:A|S|E)/(?:RES/)?\d{1,3}/\d{1,4}(?:/(?:Add|Corr|Rev)\.\d+)*)\s*$", re.M)
SYMBOL_INLINE = re.compile(r"\b((?:A|S|E)/\d{2,3}/\d{1,4}(?:/(?:Add|Corr|Rev)\.\d+)*)\b")
JOB_NUMBER = re.compile(r"(?<![\d/-])(\d{2}-\d{5})(?![\d])")
ZH_DATE = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
ZH_PERIOD = re.compile(ZH_DATE + r"\s*(?:至|到|-|–)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
EN_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
EN_DATE = r"(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})"
EN_PERIOD = re.compile(r"from\s+(\d{1,2})\s+([A-Z][a-z]+)(?:\s+(\d{4}))?\s+to\s+" + EN_DATE)


def _iso(year: str, month: str | int, day: str) -> str:
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


ZH_YEAR_PERIOD = re.compile(r"(?:述及|介绍|涵盖|概述|报告)[^。]{0,60}?(\d{4})\s*年(?:全年|期间|内)?(?:开展)?的(?:活动|工作)")
EN_YEAR_PERIOD = re.compile(r"\b(?:activities|work)\b[^.]{0,80}?\b(?:in|during|for)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b")


def find_period(text: str, language: str) -> tuple[str | None, str | None]:
    """The reporting period: a stated range, else a calendar year the report covers."""
    start, end = _find_range(text, language)
    if start:
        return start, end
    year = (ZH_YEAR_PERIOD if language == "zh" else EN_YEAR_PERIOD).search(text)
    return (f"{year.group(1)}-01-01", f"{year.group(1)}-12-31") if year else (None, None)


def _find_range(text: str, language: str) -> tuple[str | None, str | None]:
    if language == "zh":
        found = ZH_PERIOD.search(text)
        if found:
            y1, m1, d1, y2, m2, d2 = found.groups()
            return _iso(y1, m1, d1), _iso(y2 or y1, m2, d2)
    else:
        found = EN_PERIOD.search(text)
        if found and found.group(2).lower() in EN_MONTHS and found.group(5).lower() in EN_MONTHS:
            d1, mo1, y1, d2, mo2, y2 = found.groups()
            return _iso(y1 or y2, EN_MONTHS[mo1.lower()], d1), _iso(y2, EN_MONTHS[mo2.lower()], d2)
    return None, None


def read_metadata(raw: str, front: list[str], paragraphs: list[Paragraph], markers: Markers,
                  language: str) -> Metadata:
    """Symbol and job number from running heads; session, agenda and title from the front page."""
    symbols = Counter(SYMBOL.findall(raw)) or Counter(SYMBOL_INLINE.findall("\n".join(front)))
    symbol = symbols.most_common(1)[0][0] if symbols else None
    jobs = Counter(JOB_NUMBER.findall(raw))
    front_text = "\n".join(front)
    session = None
    found = markers.session.search(front_text)
    if found:
        number = zh_number(found.group(1)) if language == "zh" else en_ordinal(found.group(1))
        session = str(number) if number else None
    agenda = markers.agenda.search(front_text)
    agenda_item = re.sub(r"\s+", "", agenda.group(1)) if agenda else None
    agenda_title, title = _titles(front, markers)
    opening = " ".join(p.text for p in paragraphs[:6])
    start, end = find_period(opening, language)
    return Metadata(symbol=symbol, language=language, session=session, agenda_item=agenda_item,
                    agenda_title=agenda_title, job_number=jobs.most_common(1)[0][0] if jobs else None,
                    title=title, period_start=start, period_end=end, subject_name=title)


def _titles(front: list[str], markers: Markers) -> tuple[str | None, str | None]:
    """The agenda item's title follows the agenda line; the report's title precedes 'Report of'."""
    lines = [line.strip() for line in front if line.strip()]
    agenda_at = next((i for i, line in enumerate(lines) if markers.agenda.search(line)), None)
    report_at = next((i for i, line in enumerate(lines) if markers.report_of.match(line)), None)
    if report_at is None:
        return None, None
    title_lines = lines[(agenda_at + 1 if agenda_at is not None else 0):report_at]
    if agenda_at is not None and len(title_lines) > 1:
        # the agenda item's title may wrap; the report's own title is the last line
        return join_lines("", "\n".join(title_lines[:-1])).replace("\n", ""), title_lines[-1]
    return None, " ".join(title_lines) or None
