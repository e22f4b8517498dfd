"""Logical lines -> the parts of a report: front matter, summary blocks, headings, numbered
paragraphs, footnotes and the annex table."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.ingest.document import Footnote, FootnoteRef, Heading, Paragraph, Table, TableRow
from kg.ingest.layout import CJK, PAGE_BREAK, in_capitals, is_rule, join_all, join_digit_groups, join_lines
from kg.ingest.markers import BRACKET_FOOTNOTE, NEVER, Markers

SENTENCE_END = re.compile(r"[。！？.!?;；:：”」)؟؛]\s*$")
# a decimal point, or a decimal comma after spaced thousands (Russian, French: `1 692,50`), or
# points grouping thousands (Spanish: `1.258.595`)
AMOUNT_AT_END = re.compile(r"(?<![\d.])(\(?[-–−]?\s?\d{1,3}(?:[ ,]\d{3})*(?:\.\d+|,\d{1,2}(?!\d))?\)?|\(?[-–−]?\d{4,}(?:\.\d+)?\)?"
                           r"|\(?[-–−]?\s?\d{1,3}(?:\.\d{3})+\)?|-)\s*$")
# what AMOUNT_AT_END can match: it starts no earlier than a line's last run of these characters
AMOUNT_CHARACTERS = re.compile(r"[\d\s(),.\-–−]*")
DECIMAL_COMMA = re.compile(r",(\d{1,2}\)?)$")
THOUSANDS_POINTS = re.compile(r"^\(?[-–−]?\d{1,3}(?:\.\d{3})+\)?$")
ASTERISK_NOTE = re.compile(r"^\s*(\*{1,3})\s*([^*\s][^*]*)$")
_ROW_MARK_ENDS = set("abcdefghijklmnopqrstuvwxyz)]")
NOTES_HEADING = re.compile(r"^\s*(?:注|Notes?|Notas|الحواشي|الهوامش)\s*[:：]?\s*$")
# punctuation that a heading's title does not have, by level
CHAPTER_NOT = re.compile(r"[。，]")
SECTION_NOT = re.compile(r"[。，,،]")
SUBSECTION_NOT = re.compile(r"[。，,;；،؛]")
ROW_MARK = re.compile(r"(?:\s+([a-z])|\s*\[([a-z])\]|\s*\(([^\W\d_])\))$")


@lru_cache(maxsize=256)
def footnote_mark_pattern(mark: str, bracketed: bool, parenthesised: bool = False) -> re.Pattern[str]:
    """A footnote marker: `[2]` where the report brackets them, `(2)` glued to a word where it
    puts them in parentheses (Arabic: `بلدا(2)`, a typed copy `بلدان (2)`), else glued to a word
    (`国家2`, `States,2`) or after punctuation (`，1 `), but not a number of days, months or people
    (a PDF copy spaces them: `7 月1 日`)."""
    if bracketed:
        return re.compile(rf"\s?\[{re.escape(mark)}\]")
    if parenthesised:
        # Arabic typed copies set it apart: "تسعة بلدان (1)" ("article 4 (1)" elsewhere is no note)
        return re.compile(rf"(?:(?<=[^\W\d_])|(?<=[\u0621-\u064a]\s))\({re.escape(mark)}\)")
    # Spanish and French put the mark before the full stop: "del Caribe1."
    return re.compile(rf"(?:(?:(?<=[\u4e00-\u9fff”》)a-zA-ZÀ-ÿ])|(?<=[，。、；：,.;])\s?){re.escape(mark)}"
                      rf"(?=[\s\u4e00-\u9fff，。、；]|[.,;:](?!\d)|$)(?!\s?[日月年个名号届次多余万亿千百周岁人])"
                      rf"|(?<=[\u0400-\u04ff\u0621-\u064a]){re.escape(mark)}(?=[\s,.;:،]|$))")  # `стран2,` `بلدا1.`


@lru_cache(maxsize=256)
def spaced_mark_pattern(mark: str) -> re.Pattern[str]:
    """A raised mark a PDF-to-text program set apart from its word (`countries 1 of`): before a
    stop, or a word in small letters that joins no second number (not `On 1 July`, `2 and 3`);
    in Cyrillic, whose months are written small, also a capitalised name (`из 9 стран 1 Сахеля`)."""
    return re.compile(rf"(?<=[^\W\d_]) {re.escape(mark)}"
                      r"(?=[.,;:)]|$| (?!(?:and|to|or|et|au|à|y|a|al|e|и|или|по|до) \d)[a-zß-ÿа-яё]"
                      rf"|(?<=[а-яё] {re.escape(mark)}) [А-ЯЁ][а-яё])")


def find_footnote_mark(mark: str, text: str, bracketed: bool, parenthesised: bool = False) -> re.Match[str] | None:
    """`footnote_mark_pattern(...).search(text)`, tried only where the mark is written: a match
    starts at the mark (or its bracket) or one space before it. The patterns open with
    lookbehinds, which a search would try at every character. A bare mark is never part of a
    number (`1` of `1985`): where a digit touches it, it is not tried."""
    pattern = footnote_mark_pattern(mark, bracketed, parenthesised)
    bare = not (bracketed or parenthesised)
    written = f"[{mark}]" if bracketed else f"({mark})" if parenthesised else mark
    at = text.find(written)
    while at >= 0:
        if not (bare and (text[at - 1:at] in _ASCII_DIGITS or text[at + len(mark):at + len(mark) + 1] in _ASCII_DIGITS)):
            found = (at and pattern.match(text, at - 1)) or pattern.match(text, at)
            if found:
                return found
        at = text.find(written, at + 1)
    return None


_ASCII_DIGITS = frozenset("0123456789")


# a row of a table that a Word or web copy gives as cells between tabs
TAB_ROW = re.compile(r"\S\t+\S")


@dataclass
class _Block:
    key: str
    number: int | None
    part: str
    section: str
    lines: list[str] = field(default_factory=list)
    position: int | None = None  # a block's place in a text without paragraph numbers
    # lines that open a row of a table, or the text after one (`_Splitter._append`): the text
    # keeps each apart by a line break
    breaks: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        if not self.breaks:
            return join_all(self.lines)
        cuts = [0, *sorted(self.breaks), len(self.lines)]
        return "\n".join(join_all(self.lines[a:b]) for a, b in zip(cuts, cuts[1:]) if a < b)


@dataclass
class Parts:
    front: list[str]
    blocks: list[_Block]
    headings: list[Heading]
    footnotes: list[Footnote]
    annex: list[str]
    # a mark set apart from its word (`countries 1 of`), by the block it was seen in: a spaced
    # number is looked for as a mark there only, where its note's page tells it is one
    spaced_marks: dict[str, int] = field(default_factory=dict)


class _Splitter:
    """One pass over the lines; `one_per_line` when every line is a whole paragraph (web copies)."""

    def __init__(self, markers: Markers, one_per_line: bool) -> None:
        self.m = markers
        self.one_per_line = one_per_line
        self.part = "front"
        self.front: list[str] = []
        self.annex: list[str] = []
        self.blocks: list[_Block] = []
        self.headings: list[Heading] = []
        self.footnotes: list[list[str]] = []  # [mark, text]
        self.in_footnotes = False
        self.section: dict[int, str] = {}
        self.last_number = 0
        self.list_number = 0  # the last item of a numbered list, whose numbers open no numbering
        self.summary_count = 0
        self.heading_open = False  # the last line was a chapter heading in capitals
        self.page_blocks = 0  # blocks before this page
        self.spaced_marks: dict[str, int] = {}
        self.queued_marks: list[str] = []  # bare marks whose texts come after the note being read
        # a note the last page left unfinished, which a word processor goes on with at this page's foot
        self.carried: list[str] | None = None
        self.foot: set[int] = set()  # lines that stand, indented, at a page's foot (page_foot)
        self.at = 0  # the line being read
        self.lines: list[str] = []
        self.noted = False  # the front page is a note of the Secretary-General's
        self.report_in_annex = False  # ... and the report it transmits is its annex

    def feed(self, lines: list[str]) -> Parts:
        self.foot = page_foot(lines)
        self.lines = lines
        for i, line in enumerate(lines):
            self.at = i
            if line == PAGE_BREAK:
                unfinished = self.in_footnotes and self.footnotes and not SENTENCE_END.search(self.footnotes[-1][1])
                self.carried = self.footnotes[-1] if unfinished else None
                self.in_footnotes = False  # a page's footnotes end with it
                self.queued_marks.clear()
                self.page_blocks = len(self.blocks)
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if nxt != PAGE_BREAK and self._bare_note_mark(line, nxt):
                continue
            if nxt == PAGE_BREAK:
                nxt = lines[i + 2] if i + 2 < len(lines) else ""
            self._line(line, nxt)
        notes = [Footnote(mark, join_digit_groups(text)) for mark, text in self.footnotes]
        return Parts(self.front, self.blocks, self.headings, notes, self.annex, self.spaced_marks)

    def _line(self, line: str, nxt: str) -> None:
        if is_rule(line):
            self.in_footnotes = self.part != "front"
            return
        if self.in_footnotes and self._footnote_line(line):
            return
        self.in_footnotes = False
        if self._carries() and self.part == "body" and self.at in self.foot and not self.m.paragraph.match(line):
            # the rest of the last page's note, at this page's foot with no rule over it (pdftotext -layout)
            self.carried[1] = join_lines(self.carried[1], line)
            self.in_footnotes = True
            return
        if self.part == "body" and line.lstrip()[:1] in ("注", "N", "ا") and NOTES_HEADING.match(line):
            self.in_footnotes = True  # a notes heading before "[1] …" lines
            return
        if self.m.annex.match(line):
            if self.noted and self.part == "summary" and self.m.appendix is not NEVER:
                self.report_in_annex = True  # the note's annex is the report it transmits
                return
            if not self.report_in_annex:
                self.part = "annex"
                return
        if self.report_in_annex and self.m.appendix.match(line):
            self.part = "annex"  # the report's appendix: its statement
            return
        if self.part == "annex":
            self.annex.append(line)
            return
        bracketed = "[" in line and BRACKET_FOOTNOTE.match(line)  # the pattern holds a bracket
        if bracketed and self.part in ("summary", "body") and self._is_next_mark(bracketed.group(1)):
            self.footnotes.append([bracketed.group(1), bracketed.group(2).strip()])
            self.in_footnotes = True  # web copies list notes as "[1] …" lines, without a rule
            return
        asterisk = "*" in line and ASTERISK_NOTE.match(line)
        if asterisk and self._takes_asterisk_note():  # not a *1909876* barcode
            self.footnotes.append([asterisk.group(1), asterisk.group(2).strip()])
            return
        if self.part == "front" and self.m.summary.match(line):
            self.part = "summary"
            return
        if self.part == "front" and self.m.note_of.match(line):
            self.noted = True
            self.front.append(line)  # the front page's last line, as "Report of the Secretary-General" is
            self.part = "summary"
            return
        if self.part == "front" and self.m.letter.match(line) and not self.m.paragraph.match(line):
            self.front.append(line)  # "Carta de fecha … dirigida al Secretario General por …": the letter's
            self.part = "letter"     # own text follows, unnumbered blocks of the body, before its numbered annex
            return
        if (self.heading_open and self.part == "body" and in_capitals(line) and not self.m.paragraph.match(line)
                and not self.m.chapter.match(line) and not self.m.section.match(line)):
            last = self.headings[-1]  # "II. UNITED NATIONS REGIONAL CENTRE FOR PEACE AND DISARMAMENT" / "IN AFRICA"
            self.headings[-1] = Heading(last.label, f"{last.title} {line.strip()}", last.level)
            return
        self.heading_open = False
        glued = GLUED_HEADING.match(line) if self.part == "body" else None
        if (glued and int(glued.group(2)) == self.last_number + 1 and self.m.chapter.match(glued.group(1))
                and self.m.paragraph.match(line[glued.start(2):])):
            # a copy that ran a heading into the paragraph after it ("II. Actividades del Centro
            # Regional 3. Del 3 al 5 …"): the heading, then the paragraph
            self._line(glued.group(1), line[glued.start(2):])
            self._line(line[glued.start(2):], nxt)
            return
        if self._heading(line, nxt):
            self.part = "body"
            self.heading_open = in_capitals(self.headings[-1].title) if self.headings else False
            return
        listed = self.m.footnote.match(line) if self.one_per_line and self.part == "body" else None
        if (listed and listed.group(1).isdigit()
                and int(listed.group(1)) == max((int(m) for m, _ in self.footnotes if m.isdigit()), default=0) + 1):
            self.footnotes.append([listed.group(1), listed.group(2).strip()])  # "1 阿富汗、…" (a web copy)
            return
        numbered = self.m.paragraph.match(line)
        if (self.part in ("front", "letter") and numbered and self.last_number == 0 and self._opens_numbering(numbered)
                and len(numbered.group(2)) >= 30):
            self.part = "body"  # an old report's first paragraph may follow the title, no heading between
            self._take_preamble()
        if self.part == "front":
            self.front.append(line)
        elif self.part == "letter":
            self._letter_line(line)
        elif self.part == "summary":
            self._summary_line(line)
        else:
            self._body_line(line)

    def _footnote_line(self, line: str) -> bool:
        found = self.m.footnote.match(line) or BRACKET_FOOTNOTE.match(line)
        if found and _continues(self.footnotes, found.group(1)):
            found = None  # "… Nigeria, Senegal" / "y Togo.": a one-letter word goes on with the note
        if found and self._is_next_mark(found.group(1)):
            self.footnotes.append([found.group(1), found.group(2).strip()])
            self._spaced_before_stop(found.group(1))
            return True
        if self._carries() and self.footnotes[-1] is not self.carried and not self.footnotes[-1][1]:
            # this page's first mark, then the rest of the last page's note, then this mark's text
            # (pdftotext without -layout gives a page's marks before their texts)
            self.carried[1] = join_lines(self.carried[1], line)
            return True
        if self.footnotes and not SENTENCE_END.search(self.footnotes[-1][1]):
            self.footnotes[-1][1] = join_lines(self.footnotes[-1][1], line)
            return True
        if self.queued_marks:
            self.footnotes.append([self.queued_marks.pop(0), line.strip()])
            return True
        return False

    def _carries(self) -> bool:
        """Is the note the last page left unfinished still unfinished?"""
        return self.carried is not None and not SENTENCE_END.search(self.carried[1])

    def _bare_note_mark(self, line: str, nxt: str) -> bool:
        """A footnote's number alone on its line, its text on the next, at a page's foot with no
        rule drawn over it (poppler's pdftotext gives a raised number so): the next note's
        number, after a paragraph that carries that number as a mark."""
        mark = line.strip()
        if not (mark.isdigit() and len(mark) <= 3) or self.part == "front":
            return False
        numbers = [int(m) for m, _ in self.footnotes if m.isdigit()] + [int(m) for m in self.queued_marks]
        if int(mark) != (max(numbers) + 1 if numbers else 1) or not nxt.strip():
            return False
        queued = bool(self.queued_marks) or (self.in_footnotes and self.footnotes and not self.footnotes[-1][1])
        if not (self._marked_on_page(mark) or queued):
            return False
        if queued:
            self.queued_marks.append(mark)  # "1", "2", then their texts: each note ends a sentence
            return True
        last = self.blocks[-1] if self.blocks and self.blocks[-1].part == "body" else None
        if self._carries() and last and len(last.lines) > 1 and SENTENCE_END.search(last.lines[-1]):
            # the rest of the last page's note, just over this page's first mark: it ends the note's
            # sentence, which the paragraph's line before it had ended; a rest of several lines
            # runs back to that line
            for line in last.lines[_note_rest(last.lines):]:
                self.carried[1] = join_lines(self.carried[1], line)
            del last.lines[_note_rest(last.lines):]
        self.footnotes.append([mark, ""])
        self.in_footnotes = True
        return True

    def _marked_on_page(self, mark: str) -> bool:
        """Is `mark` written as a mark in a block of this page (or the one it goes on with)? A
        mark set apart from its word is noted with its block (Parts.spaced_marks)."""
        first = max(self.page_blocks - 1, 0)
        texts = [block.text for block in self.blocks[first:]]
        if any(find_footnote_mark(mark, text, False) for text in texts):
            return True
        spaced = [n for n, text in enumerate(texts, first) if spaced_mark_pattern(mark).search(text)]
        if spaced:
            self.spaced_marks[mark] = spaced[-1]
        return bool(spaced)

    def _spaced_before_stop(self, mark: str) -> None:
        """A note under a rule whose mark is written nowhere glued to a word, but set apart before
        a stop on this page (`легким вооружениям 1, который`): that block holds its mark. Only before
        a stop, so that no day of a date (`с 1 июля`) is taken for it."""
        first = max(self.page_blocks - 1, 0)
        texts = [block.text for block in self.blocks[first:]]
        if mark in self.spaced_marks or not mark.isdigit() or any(find_footnote_mark(mark, t, False) for t in texts):
            return
        before_stop = re.compile(rf"(?<=[^\W\d_]) {re.escape(mark)}(?=[.,;:)](?!\d))")
        spaced = [n for n, text in enumerate(texts, first) if before_stop.search(text)]
        if spaced:
            self.spaced_marks[mark] = spaced[-1]

    def _takes_asterisk_note(self) -> bool:
        """The note on the front page's asterisk (`暂定项目表*`, `provisional agenda*`) comes once,
        at the foot of the first page: before the summary, or inside it when the summary runs on."""
        if any(mark.startswith("*") for mark, _ in self.footnotes):
            return False
        return not self.blocks or any("*" in line for line in self.front)

    def _is_next_mark(self, mark: str) -> bool:
        numbers = [int(m) for m, _ in self.footnotes if m.isdigit()]
        if mark.isdigit():
            return int(mark) == (max(numbers) + 1 if numbers else 1) or not numbers
        return True

    def _append(self, block: _Block, line: str) -> None:
        """The next line of a block: a table's row, and the line after the last row, open a
        line of their own (a Word or web copy's table of activities, donors or posts: each row is
        read as a sentence, kg.extract.sentences)."""
        if block.lines and (TAB_ROW.search(line) or TAB_ROW.search(block.lines[-1])):
            block.breaks.add(len(block.lines))
        block.lines.append(line.strip())

    def _heading(self, line: str, nxt: str) -> bool:
        chapter = self.m.chapter.match(line)
        if chapter and not CHAPTER_NOT.search(chapter.group(2)):
            self._add_heading(chapter.group(1), chapter.group(2), 1)
            return True
        if self.part == "front":
            return False
        section = self.m.section.match(line)
        if section and not SECTION_NOT.search(section.group(3)) and self.part == "body":
            self._add_heading(section.group(1) or section.group(2), section.group(3), 2)
            return True
        sub = self.m.subsection.match(line)
        if sub and self.part == "body" and not SUBSECTION_NOT.search(sub.group(2)):
            number = int(sub.group(1))
            following = self.m.paragraph.match(nxt)
            if number != self.last_number + 1 or (following and int(following.group(1)) == number):
                self._add_heading(sub.group(1), sub.group(2), 3)
                return True
        return False

    def _add_heading(self, label: str, title: str, level: int) -> None:
        self.headings.append(Heading(label, title.strip(), level))
        self.section = {k: v for k, v in self.section.items() if k < level}
        self.section[level] = label

    def _open_block(self, line: str) -> None:
        """A block of the body without a number (b1, b2 …), opened by `line`, keyed by its place."""
        count = sum(1 for b in self.blocks if b.part == "body") + 1
        self.blocks.append(_Block(f"b{count}", None, "body", self._path(), [line.strip()], count))

    def _path(self) -> str:
        return " > ".join(self.section[k] for k in sorted(self.section))

    def _summary_line(self, line: str) -> None:
        previous = self.blocks[-1] if self.blocks and self.blocks[-1].part == "summary" else None
        starts = previous is None or (SENTENCE_END.search(previous.lines[-1])
                                      and (self.one_per_line or line[:1].isspace()))
        if starts:
            self.summary_count += 1
            self.blocks.append(_Block(f"summary-{self.summary_count}", None, "summary", "summary"))
        self.blocks[-1].lines.append(line.strip())

    def _letter_line(self, line: str) -> None:
        """A letter's own text: blocks of the body without numbers (b1, b2 …), a new one where the
        last ended a sentence and this line opens one (indented, or a paragraph a line)."""
        previous = self.blocks[-1] if self.blocks and self.blocks[-1].part == "body" else None
        if previous is None or (SENTENCE_END.search(previous.lines[-1]) and (self.one_per_line or line[:1].isspace())):
            self._open_block(line)
        else:
            self._append(previous, line)

    def _take_preamble(self) -> None:
        """A resolution's preamble, read as front page up to its operative paragraph 1: the
        lines after its opening formula ("The General Assembly,", "大会，"), a short line ending
        in a comma, become a block of text, so the names it cites are read."""
        opener = next((i for i, line in enumerate(self.front[:-1]) if PREAMBLE_OPENER.search(line)
                       and len(line.split()) <= 5 and len(line.strip()) <= 40
                       and _running_text(self.front[i + 1])), None)
        if opener is None:
            return
        lines = [line.strip() for line in self.front[opener + 1:]]
        del self.front[opener + 1:]
        self.blocks.append(_Block(INTRO_KEY, None, "body", self._path(), lines))

    def _opens_numbering(self, numbered: re.Match[str]) -> bool:
        """Does this numbered line open the text's numbering? Paragraph 1 does; an extract of a
        report starts where the extract starts ("93.自1946年以来"), so a higher number opens it
        when the next numbered line is its successor (94 after 93): the numbers run in sequence."""
        number = int(numbered.group(1))
        following = ((i, self.m.paragraph.match(line)) for i, line in enumerate(self.lines[self.at + 1:], self.at + 1))
        at, successor = next(((i, found) for i, found in following if found), (None, None))
        if successor is not None and int(successor.group(1)) == number + 1 and self._list_items(number, at):
            return False
        if number == 1:
            return True
        return successor is not None and int(successor.group(1)) == number + 1

    def _list_items(self, number: int, successor_at: int) -> bool:
        """Are numbered lines the items of a list a lead-in line opens ("Les objectifs sont :"),
        each ending in ";"? Item 1 after the lead-in, or glued to it ("… sont : 1. Améliorer … ;")
        where the numbering seems to start at 2. A resolution's operative paragraphs end in ";"
        too, but follow its preamble, whose lines end in commas."""
        if self.list_number and number in (self.list_number, self.list_number + 1):
            self.list_number = number  # the list's next item
            return True
        before = self.lines[self.at - 1] if self.at else ""
        if not LIST_ITEM_END.search(self.lines[successor_at - 1]):
            return False
        opens = (bool(LEAD_IN_END.search(before)) if number == 1
                 else re.search(rf"[:：]\s*{number - 1}\.\s", before) is not None)
        self.list_number = number if opens else self.list_number
        return opens

    def _body_line(self, line: str) -> None:
        numbered = self.m.paragraph.match(line)
        if numbered and self.last_number == 0 and self._opens_numbering(numbered):
            self.last_number = int(numbered.group(1)) - 1  # an extract's numbering starts where it starts
        if numbered and int(numbered.group(1)) == self.last_number + 1:
            self.last_number += 1
            self.blocks.append(_Block(str(self.last_number), self.last_number, "body", self._path(),
                                      [numbered.group(2).strip()]))
        elif self.last_number == 0 and self.one_per_line and SENTENCE_END.search(line):
            # a report whose paragraphs carry no numbers: each line is one, keyed in order
            self._open_block(line)
        elif self.blocks and self.blocks[-1].part == "body":
            self._append(self.blocks[-1], line)
        elif self.last_number == 0 and _running_text(line):
            # running text before the first numbered paragraph: a resolution's preamble before its
            # operative paragraph 1, an extract's lead-in; kept, unnumbered, so its names are read
            self.blocks.append(_Block(INTRO_KEY, None, "body", self._path(), [line.strip()]))
        # other body text before the first numbered paragraph continues a heading: dropped


# a chapter heading run into the numbered paragraph after it: group 1 the heading, 2 the number
GLUED_HEADING = re.compile(r"^\s*([IVXL]+\s*\.\s+[^.;:!?]{3,80}?)\s+(\d{1,3})\s*\.\s+(?=\S)")
INTRO_KEY = "intro-1"  # the block of running text before a text's first numbered paragraph
# an item of a list ends so ("… de la paix ;"); a paragraph ends its sentence
LIST_ITEM_END = re.compile(r"[;；؛,，،]\s*$")
LEAD_IN_END = re.compile(r"[:：]\s*$")  # "Les objectifs de cet atelier sont :"
PREAMBLE_OPENER = re.compile(r"[,，،]\s*$")  # "The General Assembly,", "La Asamblea General,"
INTRO_WORDS = 8  # words of a line of running text (a heading's second line is shorter)
INTRO_CJK = 20


def _running_text(line: str) -> bool:
    """A line of running text, not a heading's second line or page furniture."""
    return (len(CJK.findall(line)) >= INTRO_CJK
            or len(re.findall(r"[^\W\d_][\w'’-]*", line)) >= INTRO_WORDS)


def page_foot(lines: list[str]) -> set[int]:
    """The lines at each page's foot that are indented, or a note's number alone, down to the
    page's end: where `pdftotext -layout` sets notes (a body line is indented only where it opens
    a numbered paragraph)."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, PAGE_BREAK]):
        if line == PAGE_BREAK:
            out.update(run)
            run = []
        elif line[:1].isspace() or (line.isdigit() and len(line) <= 3):
            run.append(i)
        else:
            run = []
    return out


PROSE_WORDS = 6  # fewer: a heading, a menu or a site's header or footer line ("КОНФЕРЕНЦИИ, КНИГИ, ПОСОБИЯ, НАУЧНЫЕ ИЗДАНИЯ"), which says nothing either way


def one_paragraph_per_line(lines: list[str]) -> bool:
    """A text has one paragraph per line (a web copy) when most lines of some length end a
    sentence; a PDF's printed lines mostly break mid-sentence. Short lines (headings, titles)
    and lines ending in a number (table rows) say nothing either way, nor a table's rows of three
    cells or more, split by tabs ("26.08.2014\tНациональный практикум …\tКатманду\t32 должностных лица")."""
    telling = [line for line in lines if len(line.strip()) >= 20 and not line.rstrip()[-1].isdigit()
               and line.count("\t") < 2
               and (len(line.split()) >= PROSE_WORDS or CJK.search(line))]
    ends = sum(1 for line in telling if SENTENCE_END.search(line))
    return bool(telling) and ends / len(telling) >= 0.5


def split_parts(lines: list[str], markers: Markers) -> Parts:
    """The parts of a report with numbered paragraphs."""
    return _Splitter(markers, one_paragraph_per_line(lines)).feed(lines)


def take_footnote_refs(blocks: list[_Block], marks: list[str], spaced: dict[str, int] | None = None) -> list[Paragraph]:
    """Paragraphs with footnote markers cut out of the text and kept as references, in order;
    `spaced`: marks set apart from their word, by the block they stand in (Parts.spaced_marks)."""
    spaced = spaced or {}
    pending = [m for m in marks if m.isdigit()]
    texts = [block.text for block in blocks]  # each joins the block's lines: once
    bracketed = any(f"[{m}]" in text for text in texts for m in pending[:1])
    parenthesised = not bracketed and any(find_footnote_mark(m, text, False, True)
                                          for text in texts for m in pending[:1])
    out = []
    for n, (block, joined) in enumerate(zip(blocks, texts)):
        text = join_digit_groups(joined)
        refs: list[FootnoteRef] = []
        while pending:
            mark = pending[0]
            found = find_footnote_mark(mark, text, bracketed, parenthesised)
            if not found and spaced.get(mark) == n:
                found = spaced_mark_pattern(mark).search(text)
            if not found:
                break
            start, end = found.span()
            if text[end:end + 1] == " " and re.match(r"[\u4e00-\u9fff，、]", text[start - 1:start]):
                end += 1
            text = text[:start] + text[end:]
            refs.append(FootnoteRef(mark, start))
            pending.pop(0)
        out.append(Paragraph(block.key, block.number, text, block.section, block.part, tuple(refs),
                             block.position))
    return out


LONGEST_NOTE_REST = 8  # lines of a note's rest at the next page's foot that a paragraph may hold


def _note_rest(lines: list[str]) -> int:
    """Where the rest of a note begins among a paragraph's last lines (the last ends the note's
    sentence): after the last line before it that ends a sentence, within LONGEST_NOTE_REST lines
    and never the paragraph's first; the last line alone where no line before ends one."""
    for start in range(len(lines) - 1, max(0, len(lines) - 1 - LONGEST_NOTE_REST), -1):
        if SENTENCE_END.search(lines[start - 1]):
            return start
    return len(lines) - 1


def _continues(notes: list[list[str]], mark: str) -> bool:
    """A line opening with a one-letter word (Spanish "y", "a", "e", "o") goes on with the
    note before it when that note has not ended a sentence, unless it is the next letter."""
    if not notes or not mark.isalpha() or re.search(r"[。！？.!?]\s*$", notes[-1][1]):
        return False
    previous = notes[-1][0]
    return not (len(previous) == 1 and previous.isalpha() and mark == chr(ord(previous) + 1))


YEAR = re.compile(r"(?:19|20)\d{2}")  # ends a label ("… au 31 décembre 2024"), is no amount
# a right-to-left row as its page lays it out: the amount on the left, then the label (a letter first)
AMOUNT_FIRST = re.compile(r"^\s*(\(?[-–−]?\d[\d,.]*\)?)\s+([^\W\d_].*\S)\s*$")


UNIT_TAIL = re.compile(r"[(（][^()（）\n]{1,40}[)）]\s*$")  # a bracket closing a line


def parse_table(lines: list[str], markers: Markers) -> tuple[Table | None, list[Footnote]]:
    """The annex: a title, a unit line, rows of label and amount, lettered footnotes."""
    title: list[str] = []
    unit, scale = "", 1
    cells: list[TableRow] = []  # one a line: a label and its amount, or either alone
    notes: list[list[str]] = []
    columns = 1  # a column of amounts per period: this period's comes first
    for line in lines:
        note = markers.footnote.match(line) or BRACKET_FOOTNOTE.match(line)
        if cells and note and note.group(1).isalpha() and len(note.group(1)) == 1 and not _continues(notes, note.group(1)):
            notes.append([note.group(1), note.group(2).strip()])
            continue
        if notes:
            notes[-1][1] = join_lines(notes[-1][1], line)
            continue
        found_unit = markers.unit.match(line)
        if found_unit:
            unit, scale = found_unit.group(1), 1000 if markers.thousands.search(line) else 1
            continue
        tail = UNIT_TAIL.search(line) if not unit and not cells else None
        found_unit = markers.unit.match(tail.group(0)) if tail else None
        if tail and found_unit:  # "…终了年度的财务状况(美元)": a web copy ends the title with its unit
            title.append(line[:tail.start()].strip())
            unit, scale = found_unit.group(1), 1000 if markers.thousands.search(tail.group(0)) else 1
            continue
        if not unit and not cells:
            title.append(line.strip())
            continue
        mirrored = AMOUNT_FIRST.match(line) if markers.right_to_left else None
        if mirrored:  # `pdftotext -layout` of a right-to-left table
            line = f"{mirrored.group(2)} {mirrored.group(1)}"
        if not cells and PERIOD_COLUMNS.match(line):  # "2006-2007 2004-2005": a column per period
            columns = 2
            continue
        second = SECOND_COLUMN.match(line.strip()) if columns == 2 else None
        if second and "." in second.group(2) + second.group(3):  # points group thousands: a space parts columns
            line = f"{second.group(1)} {second.group(2)}"
        cells.append(_row(line))
    if columns == 1 and len(cells) > 1 and all(not c.label and YEAR.fullmatch(c.amount_text) for c in cells[:2]):
        columns, cells = 2, cells[2:]  # a web table one cell a line: "2016", "2015", then the rows
    rows = _paired(cells, markers.statement_heading, columns)
    if not rows:
        return None, []
    footnotes = [Footnote(m, join_digit_groups(t)) for m, t in notes]
    return Table(join_all(title), unit, tuple(rows), tuple(footnotes), scale), footnotes  # "Disar-" / "mament" whole


def _label_only(cell: TableRow) -> bool:
    """A line with no amount, or none but the year its label ends in ("… au 31 décembre 2024")."""
    return bool(cell.label) and (not cell.amount_text or bool(YEAR.fullmatch(cell.amount_text)))


def _whole_label(cell: TableRow) -> TableRow:
    return TableRow(f"{cell.label} {cell.amount_text}" if cell.amount_text else cell.label, "", cell.marks)


def _wrapped(cells: list[TableRow]) -> list[TableRow]:
    """A label wrapped before its amounts ("Excédent (déficit) des recettes sur" / "les dépenses
    (85 415)"): its second line opens in a small letter and goes on with it."""
    joined: list[TableRow] = []
    for cell in cells:
        if joined and not joined[-1].amount_text and joined[-1].label and cell.label[:1].islower():
            joined[-1] = TableRow(f"{joined[-1].label} {cell.label}", cell.amount_text, cell.marks or joined[-1].marks)
        else:
            joined.append(cell)
    return joined


def _paired(cells: list[TableRow], heading: re.Pattern[str], columns: int = 1) -> list[TableRow]:
    """Rows of label and amount from lines where a copy may have set them apart: a web table
    copied one cell a line ("Excédent cumulé au 1er janvier 2024", "2 014 377"), or a PDF's text
    that gives a run of labels, then a run of their amounts (poppler's pdftotext without -layout
    reads the two columns one after the other, a page's rows or part of them)."""
    rows: list[TableRow] = []
    cells = _wrapped(cells)
    i = 0
    while i < len(cells):
        labels_end = i
        while labels_end < len(cells) and _label_only(cells[labels_end]):
            labels_end += 1
        amounts_end = labels_end
        while amounts_end < len(cells) and not cells[amounts_end].label and cells[amounts_end].amount_text:
            amounts_end += 1
        if labels_end == i or amounts_end == labels_end:  # a whole row, a stray amount, or headings
            rows += cells[i:max(labels_end, i + 1)]
            i = max(labels_end, i + 1)
            continue
        labels = [_whole_label(cell) for cell in cells[i:labels_end]]
        amounts = [cell.amount_text for cell in cells[labels_end:amounts_end]]
        if columns == 2 and len(amounts) == 2:  # a label's two periods one cell a line: this period's first
            amounts = amounts[:1]
        rows += _columns(labels, amounts, heading)
        i = amounts_end
    return rows


def _columns(labels: list[TableRow], amounts: list[str], heading: re.Pattern[str]) -> list[TableRow]:
    """A run of labels and the run of amounts printed after it, as rows. One amount belongs to
    the last label (those before it are headings). More amounts go to the labels in order,
    skipping the statement's headings ("Revenue", "Less: expenses"), which have none; a label's
    second line (it opens in a small letter) goes on with the label. Where the counts still do
    not agree, nothing is guessed: the labels stay without amounts."""
    if len(amounts) == 1:
        last = labels[-1]
        return labels[:-1] + [TableRow(last.label, amounts[0], last.marks)]
    if len(labels) > len(amounts):
        joined: list[TableRow] = []
        for label in labels:
            if joined and label.label[:1].islower():
                joined[-1] = TableRow(f"{joined[-1].label} {label.label}", "", label.marks or joined[-1].marks)
            else:
                joined.append(label)
        labels = joined
    headings = [n for n, label in enumerate(labels[:-1]) if heading.match(label.label)]
    extra = len(labels) - len(amounts)
    if extra < 0 or extra > len(headings):
        return labels + [TableRow("", amount) for amount in amounts]
    skipped = set(headings[:extra])  # a heading comes before its lines: the first ones
    given = iter(amounts)
    return [label if n in skipped else TableRow(label.label, next(given), label.marks)
            for n, label in enumerate(labels)]


# a statement with a column per year, set apart by tabs or wide gaps: this year's amount comes
# first, the year before's is there for comparison ("1月1日基金结余	1,112,300	1,020,500")
_CELL = r"(\(?[-–−]?\d[\d ,.]*\)?|[-–—])"
# the head of a statement's period columns: "1996   1995", "2006-2007 2004-2005"
_PERIOD = r"(?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?"
PERIOD_COLUMNS = re.compile(rf"^\s*{_PERIOD}(?:\t|\s)+{_PERIOD}\s*$")
# two amounts after a label with one space between them (a copy without layout), told apart where
# points group the thousands: "Contribuciones voluntarias 1.284.530 612.400"
_POINTED = r"(\(?[-–−]?\d{1,3}(?:\.\d{3})*\)?|[-–—])"
SECOND_COLUMN = re.compile(rf"^(.*?[^\d\s.,()–−-])\s+{_POINTED}\s+{_POINTED}$")
YEAR_COLUMNS = re.compile(rf"^(.*?\S)(?:\t|\s{{2,}})+{_CELL}(?:\t|\s{{2,}})+{_CELL}$")


def _row(line: str) -> TableRow:
    text = line.strip()
    columns = YEAR_COLUMNS.match(text) if "\t" in text or "   " in text else None
    if columns and not YEAR.fullmatch(columns.group(2).strip()):
        first = columns.group(2).strip()
        text = columns.group(1) if first in "-–—" else f"{columns.group(1)} {first}"
    amount = AMOUNT_AT_END.search(text, len(text) - AMOUNT_CHARACTERS.match(text[::-1]).end())
    label, amount_text = (text[:amount.start()].strip(), amount.group(1)) if amount else (text, "")
    marks: tuple[str, ...] = ()
    # every ROW_MARK ends in a small letter or a bracket: other labels are not searched
    mark = ROW_MARK.search(label) if label[-1:] in _ROW_MARK_ENDS else None
    if mark:
        marks = (mark.group(1) or mark.group(2) or mark.group(3),)
        label = label[:mark.start()].strip()
    amount_text = DECIMAL_COMMA.sub(r".\1", amount_text.strip())  # 1 692,50 -> 1 692.50
    amount_text = join_digit_groups(amount_text).replace(",", "").replace(" ", "")
    if THOUSANDS_POINTS.match(amount_text):
        amount_text = amount_text.replace(".", "")
    return TableRow(label, amount_text, marks)
