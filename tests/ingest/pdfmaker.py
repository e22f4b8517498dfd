"""Test helper: typeset a report's text file as a PDF laid out like the UN's.

The text file is what a PDF reader gives for a UN report: its lines are the printed lines,
a line of `____` starts a page's footnotes, and running heads, page footers and URL lines mark
where a page ended. `make_report_pdf` keeps the printed lines as they are and lays them out on
A4 pages the way the UN does: a masthead with the symbol on the first page, the symbol as a
running head on the others, a footer `3/8 21-08602`, the page's footnotes at the bottom under
a short rule, footnote marks raised and small, and the annex amounts set flush right in a
column, with a short rule over the closing balance. Heads and footers are drawn before the body, as word processors do, so a reader that
takes text in drawing order sees them out of place.

Needs reportlab and a CJK font with TrueType outlines (Debian: fonts-wqy-microhei).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FONT = "WenQuanYiMicroHei"

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89  # A4 in points
LEFT, RIGHT, TOP, BOTTOM = 78.0, 78.0, 64.0, 56.0
BODY_SIZE, BODY_LEADING = 11.0, 15.5
NOTE_SIZE, NOTE_LEADING = 9.0, 12.0
FIRST_BASELINE = PAGE_HEIGHT - TOP - 70  # below the masthead
BASELINE = PAGE_HEIGHT - TOP - 10
INDENT = 18.0  # points per leading space of the source line

PAGE_MARK = re.compile(r"^\s*(?:\d{1,3}/\d{1,3}\s+\d{2}-\d{5}|\d{2}-\d{5}\s+\d{1,3}/\d{1,3}|"
                       r"\d{2}-\d{5}\s*\([A-Z]\)|[A-Z]/\d{1,3}/\d{1,4})\s*$")
URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
RULE = re.compile(r"^\s*_{5,}\s*$")
ASTERISK_NOTE = re.compile(r"^\s*\*{1,3}\s+\S")
NOTE_START = re.compile(r"^\s*(\d{1,3}|\*{1,3}|[a-z])\s+\S")
SENTENCE_END = re.compile(r"[。.!?！？]\s*$")
ANNEX = re.compile(r"^\s*(?:附件|Annex)\b")
AMOUNT = re.compile(r"^(.*?\S)\s+(\(?\d{1,3}(?: \d{3})*\)?)\s*$")


@dataclass
class SourcePage:
    """The printed lines of one page of the source text and the footnotes at its bottom."""

    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    in_annex: bool = False


def split_pages(text: str) -> list[SourcePage]:
    """Cut the source text where its pages ended; drop its old heads, footers, rules and URLs."""
    pages = [SourcePage()]
    in_notes = False
    for line in text.replace("\f", "\n").splitlines():
        line = line.rstrip()
        page = pages[-1]
        if not line.strip() or URL_LINE.match(line):
            continue
        if PAGE_MARK.match(line) or ANNEX.match(line):
            if page.lines or page.notes:
                pages.append(SourcePage(in_annex=page.in_annex))
                page = pages[-1]
            in_notes = False
            if PAGE_MARK.match(line):
                continue
            page.in_annex = True
        if RULE.match(line):
            in_notes = True
            continue
        if ASTERISK_NOTE.match(line):  # the front page's note on the agenda line, with no rule
            page.notes.append(line)
            pages.append(SourcePage(in_annex=page.in_annex))
            continue
        if in_notes:
            if NOTE_START.match(line) or (page.notes and not SENTENCE_END.search(page.notes[-1])):
                page.notes.append(line)
                continue
            pages.append(SourcePage(in_annex=page.in_annex))
            page = pages[-1]
            in_notes = False
        page.lines.append(line)
    return [page for page in pages if page.lines or page.notes]


class _Typesetter:
    def __init__(self, out: Path, *, symbol: str, job_number: str, page_count: int) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen.canvas import Canvas

        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
        self.width = pdfmetrics.stringWidth
        self.canvas = Canvas(str(out), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
        self.symbol, self.job_number, self.page_count = symbol, job_number, page_count
        self.number = 0

    def new_page(self) -> float:
        """Start a page with its masthead or running head and footer; return the first baseline."""
        if self.number:
            self.canvas.showPage()
        self.number += 1
        c, n = self.canvas, self.number
        right = PAGE_WIDTH - RIGHT
        if n == 1:
            c.setFont(FONT, 14)
            c.drawString(LEFT, PAGE_HEIGHT - TOP, "联合国")
            c.drawRightString(right, PAGE_HEIGHT - TOP, self.symbol)
            c.setFont(FONT, 9)
            for i, text in enumerate(("Distr.: General", "Original: English")):
                c.drawString(right - 100, PAGE_HEIGHT - TOP - 22 - 11 * i, text)
            c.setFont(FONT, 8)
            c.drawString(LEFT, BOTTOM - 24, f"{self.job_number} (C)")
            return FIRST_BASELINE
        c.setFont(FONT, 9)
        folio = f"{n}/{self.page_count}"
        if n % 2:  # odd pages: head and folio on the right
            c.drawRightString(right, PAGE_HEIGHT - TOP + 20, self.symbol)
            c.drawString(LEFT, BOTTOM - 24, self.job_number)
            c.drawRightString(right, BOTTOM - 24, folio)
        else:
            c.drawString(LEFT, PAGE_HEIGHT - TOP + 20, self.symbol)
            c.drawString(LEFT, BOTTOM - 24, folio)
            c.drawRightString(right, BOTTOM - 24, self.job_number)
        return BASELINE

    def line(self, text: str, y: float, *, size: float, marks: list[str], annex: bool,
             rule_above: bool = False) -> None:
        """One printed line: its indent from leading spaces, raised footnote marks, amounts right
        (with a short rule over the amount if `rule_above`, as over a statement's closing balance)."""
        spaces = len(text) - len(text.lstrip())
        x = LEFT + INDENT * min(spaces, 3)
        text = text.strip()
        if annex:
            found = AMOUNT.match(text)
            if found:
                self.canvas.setFont(FONT, size)
                self.canvas.drawRightString(PAGE_WIDTH - RIGHT, y, found.group(2))
                if rule_above:
                    self.canvas.setLineWidth(0.5)
                    self.canvas.line(PAGE_WIDTH - RIGHT - 60, y + size, PAGE_WIDTH - RIGHT, y + size)
                text = found.group(1)
        for piece, is_mark in _split_marks(text, marks):
            font_size = size * 0.6 if is_mark else size
            words = self.canvas.beginText(x, y + (size * 0.35 if is_mark else 0))
            words.setFont(FONT, font_size)
            words.textOut(piece)
            self.canvas.drawText(words)
            x += self.width(piece, FONT, font_size)

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


def _split_marks(text: str, marks: list[str]) -> list[tuple[str, bool]]:
    """Cut a line into runs of text and footnote marks (`国家2 的` -> 国家, 2, ` 的`)."""
    if not marks:
        return [(text, False)]
    alternatives = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    pattern = re.compile(rf"(?<=[\u4e00-\u9fff》”，。、；表,.a-z])({alternatives})(?=\s|$)")
    out: list[tuple[str, bool]] = []
    at = 0
    for found in pattern.finditer(text):
        out += [(text[at:found.start()], False), (found.group(1), True)]
        at = found.end()
    out.append((text[at:], False))
    return [(piece, is_mark) for piece, is_mark in out if piece]


def fit_pages(pages: list[SourcePage]) -> list[SourcePage]:
    """Split a source page too long for A4 in two or more; its footnotes go on the last part."""
    out: list[SourcePage] = []
    for page in pages:
        lines = list(page.lines)
        while True:
            top = FIRST_BASELINE if not out else BASELINE
            notes_height = (len(page.notes) + 1) * NOTE_LEADING if page.notes else 0
            room = int((top - BOTTOM - notes_height) // BODY_LEADING) + 1
            if len(lines) <= room:
                out.append(SourcePage(lines, page.notes, page.in_annex))
                break
            out.append(SourcePage(lines[:room], [], page.in_annex))
            lines = lines[room:]
    return out


def make_report_pdf(text: str, out: Path, *, symbol: str, job_number: str) -> Path:
    """Typeset `text` (a report as a PDF reader gives it) into the PDF `out`; return `out`."""
    pages = fit_pages(split_pages(text))
    setter = _Typesetter(out, symbol=symbol, job_number=job_number, page_count=len(pages))
    for page in pages:
        marks = [NOTE_START.match(note).group(1) for note in page.notes if NOTE_START.match(note)]
        amounts = [i for i, text_line in enumerate(page.lines) if AMOUNT.match(text_line.strip())]
        closing_balance = amounts[-1] if page.in_annex and amounts else None
        y = setter.new_page()
        for i, text_line in enumerate(page.lines):
            setter.line(text_line, y, size=BODY_SIZE, marks=marks, annex=page.in_annex,
                        rule_above=i == closing_balance)
            y -= BODY_LEADING
        if page.notes:
            y = BOTTOM + (len(page.notes) + 1) * NOTE_LEADING
            setter.canvas.setLineWidth(0.5)
            setter.canvas.line(LEFT, y + 4, LEFT + 120, y + 4)
            for note in page.notes:
                y -= NOTE_LEADING
                setter.line(note, y, size=NOTE_SIZE, marks=[], annex=False)
    setter.save()
    return out
