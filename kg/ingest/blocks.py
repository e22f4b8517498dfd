"""A text of the field without numbered paragraphs -> blocks of running text.

A Disarmament Yearbook chapter, a press release, a web page or a report whose paragraphs are
indented but not numbered has no paragraph numbers to cut at. Its running text is cut into
blocks instead: one per line where every line is a whole paragraph (a web copy), else where a
sentence ends and the next line is indented or the line before is short (a printed page).
Each block becomes a paragraph keyed by its position (`b3`). Short lines before the first
block (navigation, a masthead, dates, a title) are the front matter; short lines between
blocks are headings or page furniture, and a footnote list under a rule is kept as footnotes.
"""
from __future__ import annotations

import re

from kg.ingest.layout import CJK, is_rule
from kg.ingest.markers import Markers
from kg.ingest.structure import SENTENCE_END, Parts, _Block, _Splitter

MIN_PROSE_WORDS = 4  # Latin words in a sentence that is a paragraph
FULL_STOP = re.compile(r"[。！？.!?][\"”’)]?(?:\d{1,2}|\*)?\s*$")  # a sentence's end, a footnote mark after it
# in the running text, a colon ends the sentence that leads into a list ("… established three
# regional centres:"); on the front page it ends an agenda item's title, which is no text
LEAD_IN = re.compile(r"[:：]\s*$")
MIN_PROSE_CJK = 20  # ideographs in a line of running text
# a row of a table copied from a web page, cells between tabs: it goes with the text that leads
# into it ("Le tableau ci-dessous indique les postes …")
TABLE_ROW = re.compile(r"\S\t+\S")
SHORT_LINE = 0.7  # of the longest line: a printed paragraph's last line is shorter
# an item of a dashed or bulleted list ("- El Centro Regional … (UNREC), en Lomé ( Togo )"): a web
# page's list ends no sentence, yet after a lead-in line it is running text, not a menu entry
LIST_ITEM = re.compile(r"\s*[-–—•·▪*]\s+\S")
LIST_PUNCTUATION = re.compile(r"[,;،؛，、]\s*$")  # an item of a list that runs as a sentence
# of the column's width, a line that ends the front page: its title's lines may be nearly as wide
FRONT_FILLED = 0.85
COLUMN_LINES = 10  # lines of a few words a text needs for its column's width to be told


def is_prose(line: str, one_per_line: bool, in_text: bool = False, column: int = 0,
             filled: float = SHORT_LINE) -> bool:
    """A line of running text, not a menu entry, a date, a title or a name. Where every line is
    a whole paragraph, running text ends a sentence; a printed line may break anywhere: it ends
    a sentence, holds many words, or fills the text's `column` (its width in characters; 0:
    unknown) to `filled` of its width. `in_text`: the running text has begun, where a sentence
    may lead into a list."""
    text = line.strip()
    ends = FULL_STOP.search(text) is not None or (in_text and LEAD_IN.search(text) is not None)
    if len(CJK.findall(text)) >= MIN_PROSE_CJK:
        return ends or not one_per_line
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    # a line that fills the column, as few words as a sentence has: a page's line of Russian
    # holds fewer words than one of English, a column of a two-column page (a resolution in the
    # Official Records, a Yearbook) 40-60 characters; a line wider than the column is a title
    fills = not one_per_line and filled * column <= len(text) <= column
    many = 30 if one_per_line else MIN_PROSE_WORDS if fills else 12
    return len(words) >= MIN_PROSE_WORDS and (ends or len(words) >= many)


class _BlockSplitter(_Splitter):
    """The report splitter, with running text cut into blocks rather than numbered paragraphs."""

    def __init__(self, markers: Markers, one_per_line: bool, widest: int, column: int = 0) -> None:
        super().__init__(markers, one_per_line)
        self.widest = widest
        self.column = column  # the width of most of the text's long lines
        self.previous = ""  # the last line taken into a block
        self.after_summary = False
        self.last = False  # the line read is the text's last

    def _line(self, line: str, nxt: str) -> None:
        self.last = not nxt
        if (self.part == "front" and is_prose(line, self.one_per_line, column=self.column, filled=FRONT_FILLED)
                and not self.m.summary.match(line)):
            self.part = "body"
        if self.part == "summary" and self.blocks and is_rule(line):
            self.part = "body"  # the summary fills the first page: the rule over its footnotes ends it
            self.after_summary = True
        if self.part == "summary" and self._ends_summary(line):
            self.part = "body"  # no chapter number ends the summary: its first heading does
        super()._line(line, nxt)

    def _ends_summary(self, line: str) -> bool:
        """A heading after the summary's text: a short line that ends no sentence, after a line
        that ended one ("Introducción" after "… al 30 de junio de 2022.")."""
        last = next((b for b in reversed(self.blocks) if b.part == "summary"), None)
        return (last is not None and bool(last.lines) and SENTENCE_END.search(last.lines[-1]) is not None
                and not FULL_STOP.search(line.strip()) and not LEAD_IN.search(line.strip())
                and not is_prose(line, self.one_per_line))

    def _takes_asterisk_note(self) -> bool:
        # the front page's note, under the rule that ends the summary too
        first_page = self.part == "front" or (self.after_summary and not any(b.part == "body" for b in self.blocks))
        return first_page and super()._takes_asterisk_note()

    def _body_line(self, line: str) -> None:
        last = self.blocks[-1] if self.blocks and self.blocks[-1].part == "body" else None
        if last is not None and (self._continues(line) or TABLE_ROW.search(line)):
            self._append(last, line)
        elif (is_prose(line, self.one_per_line, in_text=True, column=self.column) or (last is None and SENTENCE_END.search(line))
              or self._indented_start(line) or self._cut_off(line, last) or self._list_item(line)):
            self._open_block(line)
        else:
            line = ""  # a heading the chapter markers do not know, a signature, page furniture:
            # the next line of text starts a block
        self.previous = line

    def _add_heading(self, label: str, title: str, level: int) -> None:
        super()._add_heading(label, title, level)
        self.previous = ""

    def _list_item(self, line: str) -> bool:
        """An item of a list that a lead-in line opened ("La Oficina tiene cinco departamentos:"),
        or the next item of it: each is a block of its own. A list after a heading or a menu line
        (the line before was dropped) is no text."""
        words = len(re.findall(r"[^\W\d_][\w'’-]*", line))
        if not LIST_ITEM.match(line) or not (words >= 2 or (words == 1 and LIST_PUNCTUATION.search(line))):
            return False  # one word is a menu entry, unless a comma sets it in a list ("- Ангола,")
        before = self.previous.strip()
        return bool(LEAD_IN.search(before)) or LIST_ITEM.match(before) is not None

    def _indented_start(self, line: str) -> bool:
        """A printed paragraph's indented first line, after a heading or a line that ended a sentence: fewer words
        than `is_prose` asks fit a line in a script of long words (Arabic), more than a heading has."""
        return (not self.one_per_line and line[:1].isspace()
                and (not self.previous or bool(SENTENCE_END.search(self.previous)))
                and len(re.findall(r"[^\W\d_][\w'’-]*", line)) >= 2 * MIN_PROSE_WORDS)

    def _cut_off(self, line: str, last: _Block | None) -> bool:
        """The text's last line, cut off mid-sentence where an opening or a snippet ends ("…
        impulsar el progreso del desarme práctico en Améri"), after a block that ended a sentence:
        the start of a paragraph, not page furniture."""
        text = line.strip()
        return (self.last and last is not None and bool(SENTENCE_END.search(last.lines[-1]))
                and text[-1:].isalpha() and len(re.findall(r"[^\W\d_][\w'’-]*", text)) >= 2 * MIN_PROSE_WORDS)

    def _continues(self, line: str) -> bool:
        """Does `line` go on with the block before it (a printed paragraph's next line)?"""
        if not self.previous or self._list_item(line):
            return False
        if self.one_per_line and LIST_ITEM.match(self.previous):
            return False  # a web page's list item is a line: a heading may follow it
        if not (SENTENCE_END.search(self.previous) or FULL_STOP.search(self.previous)):
            return not self.one_per_line or not is_prose(line, self.one_per_line, column=self.column)
        if self.one_per_line or line[:1].isspace():
            return False
        return len(self.previous.strip()) >= SHORT_LINE * self.widest


def split_blocks(lines: list[str], markers: Markers, one_per_line: bool) -> Parts:
    """The parts of a text without numbered paragraphs: front matter, headings, blocks, notes."""
    widest = max((len(line.strip()) for line in lines), default=0)
    return _BlockSplitter(markers, one_per_line, widest, _column(lines)).feed(lines)


def _column(lines: list[str]) -> int:
    """The width of the text's printed lines: nine in ten lines of a few words are no wider
    (headings and the last lines of paragraphs are narrower). 0 where it is not one width: too
    few lines to tell, or lines of whole paragraphs among them (a web copy's, a summary's)."""
    widths = sorted(len(line.strip()) for line in lines if len(line.split()) >= 3)
    if len(widths) < COLUMN_LINES:
        return 0
    column = widths[int(0.9 * (len(widths) - 1))]
    return column if sum(1 for width in widths if width > 1.5 * column) <= 0.05 * len(widths) else 0
