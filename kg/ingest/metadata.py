"""Document metadata from the front page, running heads and the opening paragraphs."""
from __future__ import annotations

import re
from collections import Counter
from functools import reduce

from kg.ingest.document import Metadata, Paragraph
from kg.ingest.layout import join_lines
from kg.ingest.markers import Markers

SYMBOL = re.compile(r"^\s*((?:A|S|E)/(?:RES/)?\d{1,3}/\d{1,4}(?:/(?:Add|Corr|Rev)\.\d+)*)\s*$", re.M)
SYMBOL_INLINE = re.compile(r"\b((?:A|S|E)/\d{2,3}/\d{1,4}(?:/(?:Add|Corr|Rev)\.\d+)*)\b")
JOB_NUMBER = re.compile(r"(?<![\d/-])(\d{2}-\d{5})(?![\d])")


def read_metadata(raw: str, front: list[str], paragraphs: list[Paragraph], markers: Markers,
                  language: str) -> Metadata:
    """Symbol and job number from running heads; session, agenda and title from the front page."""
    symbol = symbol_in(raw, "\n".join(front))
    jobs = Counter(JOB_NUMBER.findall(raw))
    front_text = "\n".join(front)
    session = None
    found = markers.session.search(front_text)
    if found:
        number = markers.ordinal(found.group(1))
        session = str(number) if number else None
    agenda = markers.agenda.search(front_text)
    agenda_item = _agenda_item(markers.agenda_letter(agenda.group(1))) if agenda else None
    agenda_title, title = _titles(front, markers)
    opening = " ".join(p.text for p in paragraphs[:6])
    start, end = markers.period(opening)
    return Metadata(symbol=symbol, language=language, session=session, agenda_item=agenda_item,
                    agenda_title=agenda_title, job_number=jobs.most_common(1)[0][0] if jobs else None,
                    title=title, period_start=start, period_end=end, subject_name=title)


def symbol_in(raw: str, front: str) -> str | None:
    """The document symbol: the one most running heads print, else the first page's."""
    symbols = Counter(SYMBOL.findall(raw)) or Counter(SYMBOL_INLINE.findall(front))
    return symbols.most_common(1)[0][0] if symbols else None


def _agenda_item(text: str) -> str:
    """`102 (d)`, `102 d)` and `102(d)` are one item: 102(d)."""
    found = re.match(r"\s*(\d+)\s*\(?\s*([a-z])?\s*\)?", text)
    return f"{found.group(1)}({found.group(2)})" if found and found.group(2) else re.sub(r"\s+", "", text)


def _titles(front: list[str], markers: Markers) -> tuple[str | None, str | None]:
    """The agenda item's title follows the agenda line; the report's title precedes 'Report of'."""
    lines = [line.strip() for line in front if line.strip()]
    agenda_at = next((i for i, line in enumerate(lines) if markers.agenda.search(line)), None)
    report_at = next((i for i, line in enumerate(lines) if markers.report_of.match(line)), None)
    if report_at is None:
        return None, None
    title_lines = []
    for line in lines[(agenda_at + 1 if agenda_at is not None else 0):report_at]:
        if title_lines and markers.title_wraps.search(f"{title_lines[-1]}\n{line}"):  # "… en Asie et" / "dans le Pacifique"
            title_lines[-1] = join_lines(title_lines[-1], line)
        else:
            title_lines.append(line)
    if agenda_at is not None and len(title_lines) > 1:
        # the agenda item's title may wrap; the report's own title is the last line
        return reduce(join_lines, title_lines[:-1], ""), title_lines[-1]
    return None, " ".join(title_lines) or None
