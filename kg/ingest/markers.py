"""How each language marks the parts of a report: summary, headings, annex, footnotes, and the
front page's session, agenda item and reporting period. The shared patterns live here; each
language's words live in `kg/ingest/languages/<code>.py` as `MARKERS`, loaded on first use."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import Callable

SECTION = re.compile(r"^\s*(?:([A-H])\s*[.．]\s+|\(([一二三四五六七八九十]{1,3})\)\s*)(\S.{0,60})$")
SUBSECTION = re.compile(r"^\s*(\d{1,2})\s*[.．]\s+(\S.{0,90})$")  # Latin titles run longer than Chinese
PARAGRAPH = re.compile(r"^\s*(\d{1,3})\s*[.．]\s*(\S.*)$")
FOOTNOTE = re.compile(r"^\s*(\d{1,3}|\*{1,3}|[a-z])\s+(\S.*)$")
BRACKET_FOOTNOTE = re.compile(r"^\s*(?:注\s*[:：]?\s*|Notes?\s*:?\s*)?\[(\d{1,3}|[a-z])\]\s*(\S.*)$")

Period = tuple[str | None, str | None]
NEVER = re.compile(r"(?!)")


def after_prefix(head: str, tail: str, *, prefixes: frozenset[str]) -> bool:
    """A `kept_hyphen` for a language whose prefixes `prefixes` always take a hyphen: `non-` /
    `proliferation` is non-proliferation however often the text writes it."""
    return head.rsplit("-", 1)[-1].lower() in prefixes


def no_period(text: str) -> Period:
    return None, None


def stated_period(text: str, stated_range: Callable[[str], Period], year_covered: re.Pattern[str]) -> Period:
    """The reporting period: a stated range, else the calendar year (group 1) the report covers."""
    start, end = stated_range(text)
    if start and covers_months(start, end):
        return start, end
    year = year_covered.search(text)
    return (f"{year.group(1)}-01-01", f"{year.group(1)}-12-31") if year else (None, None)


@dataclass(frozen=True)
class Markers:
    summary: re.Pattern[str]
    chapter: re.Pattern[str]  # 一. 导言 / 一、导言 / I. Introduction
    annex: re.Pattern[str]
    report_of: re.Pattern[str]  # the line "Report of the Secretary-General"
    session: re.Pattern[str]  # group 1: the session's number or ordinal
    agenda: re.Pattern[str]
    unit: re.Pattern[str]  # the table's unit line: (美元)
    ordinal: Callable[[str], int | None]  # the session group -> its number
    period: Callable[[str], Period] = no_period  # the reporting period stated in the opening text
    paragraph: re.Pattern[str] = PARAGRAPH  # a numbered paragraph: group 1 number, group 2 text
    section: re.Pattern[str] = SECTION  # A. / (一): groups 1 or 2 the label, 3 the title
    subsection: re.Pattern[str] = SUBSECTION  # 1. Title: group 1 the number, 2 the title
    footnote: re.Pattern[str] = FOOTNOTE  # a note under the rule: group 1 its mark, 2 its text
    agenda_letter: Callable[[str], str] = str  # the agenda item's letter in Latin (د -> d)
    # two front-page lines, joined by "\n", that are one wrapped title: never, unless given
    title_wraps: re.Pattern[str] = NEVER
    letter: re.Pattern[str] = NEVER  # the opening of a letter: "Letter dated ... addressed to"
    yearbook: re.Pattern[str] = NEVER  # a Disarmament Yearbook chapter's head or name
    # the head of a resolution's text, after its front page: "Resolution adopted by the General Assembly"
    resolution: re.Pattern[str] = NEVER
    right_to_left: bool = False  # a PDF copy of such a script may give digit groups in reverse
    # the line "Note by the Secretary-General" over a report the note transmits: it ends the front
    # page as "Report of" does (report_of matches it too), and the note's text is read as a summary
    note_of: re.Pattern[str] = NEVER
    # a note's report may stand in its annex ("المرفق / تقرير مدير …"): where a language gives it, that
    # annex heading then opens the report, and the report's own appendix ("التذييل", "附录") its statement
    appendix: re.Pattern[str] = NEVER
    # the language's own spelling of figures made digits before reading (二〇〇九年八月 -> 2009年8月)
    normalise: Callable[[str], str] = str
    # (word's part before a line-end hyphen, part after) -> whether the hyphen is the word's own
    # (по- / прежнему), where the text does not write the compound whole elsewhere
    kept_hyphen: Callable[[str, str], bool] | None = None
    # a statement's heading row, which has no amount ("Revenue", "Less: expenses and refunds"):
    # where a copy gives the labels as one column and the amounts as another, it tells which
    # labels the amounts skip
    statement_heading: re.Pattern[str] = NEVER
    # the unit line of a statement in thousands ("(千美元)"): its amounts are multiplied by 1000
    thousands: re.Pattern[str] = NEVER
    # where the language's own paragraph numbers and headings start inside a line that holds a
    # whole report (a web copy or a PDF viewer's copy): matches the space before them, which the
    # reader cuts at, beside the shared `layout.PARAGRAPH_BREAK`
    inline_break: re.Pattern[str] = NEVER


# ISO 639-1 code -> module holding that language's `MARKERS`
LANGUAGES = {code: f"kg.ingest.languages.{code}" for code in ("zh", "en", "fr", "es", "ru", "ar")}


@lru_cache(maxsize=None)
def markers_for(language: str) -> Markers | None:
    """The markers of a language unkg reads, else None."""
    module = LANGUAGES.get(language)
    if module is None:
        return None
    try:
        return import_module(module).MARKERS
    except ModuleNotFoundError as error:  # a language whose markers are not written yet
        if error.name != module:
            raise
        return None


def iso_date(year: str | int, month: str | int, day: str | int) -> str:
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


SHORTEST_MONTH_PERIOD = 6  # "from March to May 2020" is an activity's time, not what a report covers


def covers_months(start: str, end: str | None) -> bool:
    """Whether a stated range is long enough to be what a report covers: "from 28 August to 1
    September 1995" is when a meeting was held, not a reporting period."""
    if not end:
        return False
    months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7]) + 1
    return months >= SHORTEST_MONTH_PERIOD


def month_period(first: int, year1: str | None, last: int, year2: str) -> Period:
    """A period stated in months ("between July 2009 and June 2011"): from the first day of the
    first month to the last day of the last; none when shorter than a report's period."""
    from calendar import monthrange

    start_year = int(year1) if year1 else int(year2) - (first > last)
    if not (first and last) or (int(year2) - start_year) * 12 + last - first + 1 < SHORTEST_MONTH_PERIOD:
        return None, None
    return iso_date(start_year, first, 1), iso_date(year2, last, monthrange(int(year2), last)[1])
