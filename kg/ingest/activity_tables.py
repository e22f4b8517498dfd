"""A table of activities in the body (`Date | Activity | Venue | Participants`, `日期 | 活动 | 地点 |
参加者`), as a Word copy or a saved web page gives it: one tab-separated row per activity under a
heading row. Read as lines, the rows run into the paragraph that introduces them, and each row's
date, place and head count are lost among the others'. Each row is written instead as one sentence
in the report's language (the language's `ActivityTable`), so the extractor reads it as prose: the
date, what was held, where, who took part. The annex's statement has no such heading row."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

ROLES = ("date", "activity", "place", "participants")
NOTHING = re.compile(r"^[\s\-–—/]*$")  # an empty cell, or a dash for none


@dataclass(frozen=True)
class ActivityTable:
    """A language's words for an activity table: a pattern for each column's heading (a cell that
    matches none is a column of no role), and the sentence a row becomes (given its cells by role,
    the empty ones left out)."""
    headings: dict[str, re.Pattern[str]]
    sentence: Callable[[dict[str, str]], str]


def rows_as_sentences(lines: list[str], table: ActivityTable | None) -> list[str]:
    """The lines, each activity table's heading row dropped and each of its rows one sentence."""
    if table is None or not any("\t" in line for line in lines):
        return lines
    out: list[str] = []
    roles: list[str | None] | None = None  # the columns' roles while inside a table
    for line in lines:
        cells = [cell.strip() for cell in line.split("\t")]
        # a row has a cell for each column but the last few, which may be empty: a Word copy's
        # numbered paragraph after the table ("4.<TAB>The training …") has two, and ends it
        if roles is not None and len(cells) >= min(3, len(roles)):
            found = {role: cell for role, cell in zip(roles, cells) if role and not NOTHING.match(cell)}
            out.append(table.sentence(found) if "activity" in found else line)
            continue
        roles = _heading(cells, table)
        if roles is None:
            out.append(line)
    return out


def _heading(cells: list[str], table: ActivityTable) -> list[str | None] | None:
    """The roles of a heading row's columns; None unless it heads a date and an activity column."""
    if len(cells) < 3:
        return None
    roles = [next((role for role, pattern in table.headings.items() if pattern.fullmatch(cell)), None)
             for cell in cells]
    return roles if "date" in roles and "activity" in roles else None
