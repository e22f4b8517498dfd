"""PDF -> text with pypdf, page by page, laid out as a reader sees the page.

pypdf gives a page's text in the order it was drawn, without indents, and does not see drawn
lines. A report needs all three: word processors draw running heads and footers first and
table amounts before their labels; a summary paragraph starts with an indented line; footnotes
sit under a short drawn rule. So each line pypdf finds is kept with the place it starts, and
the page is put back together top to bottom: pieces on one baseline joined left to right,
indents given back as leading spaces, and a drawn rule given back as a line of `_`. A line in
Arabic is read from the right (kg.ingest.pdf_rtl).
"""
from __future__ import annotations

import io
import logging
import math
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.ingest.pdf_rtl import Run, first_letter, has_gap, is_rtl, mostly_rtl, rtl_line

RULE_TEXT = "_" * 18
RULE_INDENT = 24.0  # points; how far right of the text's left edge a footnote rule may start
MAX_INDENT = 8  # leading spaces at most; a reader only needs to know a line is indented


@dataclass
class _Piece:
    """Text on one line as pypdf gives it, where it starts (points, y upwards), its font size."""

    x: float
    y: float
    size: float
    text: str = ""
    end: float = 0.0  # where a drawn rule ends
    # each stretch of text drawn at a place of its own: (x, text); a right-to-left line is
    # put back together from them, since a program draws it left to right in pieces
    runs: list[tuple[float, str]] = field(default_factory=list)


def pdf_text(path: Path, data: bytes) -> str:
    """The text of every page, top to bottom, with a form feed between pages."""
    from pypdf import PdfReader

    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            pages = [page_text(page) for page in reader.pages]
    except Exception as error:  # noqa: BLE001 - a damaged file raises anything (LimitReachedError, NotImplementedError ...)
        raise InputError(f"{path}: cannot read this PDF ({error}); check that it opens in a PDF "
                         f"viewer, or give the text version") from error
    text = "\f".join(pages)
    if sum(1 for c in text if not c.isspace() and c != "_") < 40:
        raise InputError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first "
                         f"or give the text version")
    return text


def first_page_text(data: bytes) -> str:
    """The plain text of the first page, or "" when the PDF cannot be read: a quick look, for
    grouping files before they are read (the reader tells what is wrong with a file)."""
    from pypdf import PdfReader

    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            return reader.pages[0].extract_text() if reader.pages else ""
    except Exception:  # noqa: BLE001 - a damaged file raises anything; read_report reports it
        return ""


@contextmanager
def _quiet_pypdf():
    """pypdf logs and warns about each repair it tries on a damaged file; the user gets one
    message instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def page_text(page) -> str:
    """One page's lines from the top; sideways text (margin notes, barcodes) is left out."""
    pieces: list[_Piece] = []
    rules: list[_Piece] = []
    page.extract_text(orientations=(0,), visitor_text=_collect_text(pieces),
                      visitor_operand_before=_collect_rules(rules, float(page.mediabox.width)))
    pieces = [piece for piece in pieces if piece.text.strip()]
    if not pieces:
        return ""
    left = min(piece.x for piece in pieces)
    # an indent is told from the left edge; a right-to-left line's from the right is not known
    baselines = _baselines(pieces)
    rtl_lines = [is_rtl(first_letter(text)) for _, _, text in baselines]
    lines = [(y, ("" if rtl else _indent(first, left)) + text)
             for (y, first, text), rtl in zip(baselines, rtl_lines, strict=True)]
    # a footnote rule starts at the left edge of the text, or ends at its right edge on a page
    # set right to left (taken as far from the page's right side as the text is from its left);
    # a short rule elsewhere underlines a column of amounts
    right = float(page.mediabox.width) - left
    rtl = sum(rtl_lines) > len(baselines) / 2
    lines += [(rule.y, RULE_TEXT) for rule in rules
              if rule.x - left < RULE_INDENT or (rtl and right - rule.end < 2 * RULE_INDENT)]
    lines.sort(key=lambda line: -line[0])
    return "\n".join(text for _, text in lines)


def _collect_text(pieces: list[_Piece]):
    """A pypdf text visitor: a new piece starts after each line break pypdf makes."""
    line_open = False

    def visit(text, cm, tm, font, font_size) -> None:
        nonlocal line_open
        for i, part in enumerate(text.split("\n")):
            if i:
                line_open = False
            if not part:
                continue
            matrix = _multiply(tm, cm)
            size = font_size * math.hypot(matrix[2], matrix[3])
            if not line_open:
                pieces.append(_Piece(matrix[4], matrix[5] - i * size, size))
                line_open = True
            pieces[-1].text += part
            pieces[-1].runs.append((matrix[4] if i == 0 else pieces[-1].x, part))

    return visit


def _collect_rules(rules: list[_Piece], page_width: float):
    """A pypdf operator visitor: short horizontal strokes or thin bars, as footnote rules are."""
    pending: list[_Piece] = []
    start: tuple[float, float] | None = None

    def add(x0: float, x1: float, y: float) -> None:
        if 30 <= abs(x1 - x0) <= 0.45 * page_width:
            pending.append(_Piece(min(x0, x1), y, 0.0, RULE_TEXT, max(x0, x1)))

    def visit(operator, operands, cm, tm) -> None:
        nonlocal start
        if operator == b"m":
            start = _apply(cm, *operands[:2])
        elif operator == b"l" and start:
            (x0, y0), (x1, y1) = start, _apply(cm, *operands[:2])
            if abs(y1 - y0) < 0.5:
                add(x0, x1, y0)
            start = (x1, y1)
        elif operator == b"re":
            x, y, width, height = (float(value) for value in operands[:4])
            (x0, y0), (x1, y1) = _apply(cm, x, y), _apply(cm, x + width, y + height)
            if abs(y1 - y0) <= 2:
                add(x0, x1, (y0 + y1) / 2)
        elif operator in (b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
            rules.extend(pending)
            pending.clear()
        elif operator == b"n":  # a clipping path, not drawn
            pending.clear()

    return visit


def _baselines(pieces: list[_Piece]) -> list[tuple[float, _Piece, str]]:
    """Pieces grouped by baseline (a raised footnote mark stays on its line), each line read
    left to right: (y, leftmost piece, text)."""
    pieces = sorted(pieces, key=lambda piece: -piece.y)
    groups: list[list[_Piece]] = []
    for piece in pieces:
        if groups and _one_line(groups[-1][0], piece):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    out = []
    for group in groups:
        group.sort(key=lambda piece: piece.x)
        if mostly_rtl(piece.text for piece in group):
            out.append((group[0].y, group[0], rtl_line([Run(x, piece.size, text) for piece in group for x, text in piece.runs])))
            continue
        text = group[0].text.strip()
        for before, piece in zip(group, group[1:]):
            text += (" " if has_gap(before, piece) else "") + piece.text.rstrip()
        out.append((group[0].y, group[0], text.rstrip()))
    return out


def _one_line(upper: _Piece, lower: _Piece) -> bool:
    """Are two pieces on one line: one baseline, or a small raised mark (a footnote's number)
    over the text it goes with?"""
    big = max(upper.size, lower.size)
    rise = upper.y - lower.y
    return rise <= 0.45 * big or (upper.size <= 0.7 * lower.size and rise <= 0.6 * big)


def _indent(piece: _Piece, left: float) -> str:
    """Leading spaces for a line that starts right of the page's left edge of text."""
    ems = (piece.x - left) / piece.size if piece.size else 0
    return " " * min(MAX_INDENT, round(ems)) if ems >= 0.5 else ""


def _multiply(first, second) -> list[float]:
    """The product of two PDF matrices [a b c d e f]."""
    a, b, c, d, e, f = (float(v) for v in first)
    A, B, C, D, E, F = (float(v) for v in second)
    return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F]


def _apply(matrix, x, y) -> tuple[float, float]:
    a, b, c, d, e, f = (float(v) for v in matrix)
    x, y = float(x), float(y)
    return a * x + c * y + e, b * x + d * y + f
