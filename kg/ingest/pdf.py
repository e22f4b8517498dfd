"""PDF -> text with pypdf, page by page, laid out as a reader sees the page.

pypdf gives a page's text in the order it was drawn, without indents, and does not see drawn
lines. A report needs all three: word processors draw running heads and footers first and
table amounts before their labels; a summary paragraph starts with an indented line; footnotes
sit under a short drawn rule. So each line pypdf finds is kept with the place it starts, and
the page is put back together top to bottom: pieces on one baseline joined left to right,
indents given back as leading spaces, and a drawn rule given back as a line of `_`.
"""
from __future__ import annotations

import io
import logging
import math
import re
import unicodedata
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

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
    lines = [(y, ("" if text and _is_rtl(_first_letter(text)) else _indent(first, left)) + text)
             for y, first, text in _baselines(pieces)]
    # a footnote rule starts at the left edge of the text; a short rule further right
    # underlines a column of amounts
    lines += [(rule.y, RULE_TEXT) for rule in rules if rule.x - left < RULE_INDENT]
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
            pending.append(_Piece(min(x0, x1), y, 0.0, RULE_TEXT))

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
        if groups and abs(groups[-1][0].y - piece.y) <= 0.45 * max(groups[-1][0].size, piece.size):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    out = []
    for group in groups:
        group.sort(key=lambda piece: piece.x)
        if _right_to_left(group):
            out.append((group[0].y, group[0], _rtl_line(group)))
            continue
        text = group[0].text.strip()
        for before, piece in zip(group, group[1:]):
            text += (" " if _gap(before, piece) else "") + piece.text.rstrip()
        out.append((group[0].y, group[0], text.rstrip()))
    return out


def _gap(left: _Piece, right: _Piece) -> bool:
    """Is there a space between two pieces side by side on a line?"""
    return right.x - (left.x + _width(left.text, left.size)) > 0.3 * left.size


def _is_rtl(ch: str) -> bool:
    return "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc"  # Hebrew, Arabic, their forms


def _right_to_left(group: list[_Piece]) -> bool:
    """Is a line mostly Arabic (or Hebrew) letters?"""
    rtl = sum(1 for piece in group for ch in piece.text if _is_rtl(ch))
    return rtl > sum(1 for piece in group for ch in piece.text if ch.isalpha() and not _is_rtl(ch))


# Kashida: word processors justify an Arabic line by stretching the joins between letters, and
# draw each stretch as a glyph of its own that the font's table gives as tatweel or as any sign
# (`;`, `=`, `/`): a short run of one such sign, between a letter that joins the next one and a
# letter, is no text and no space.
NOT_KASHIDA = frozenset(".,،-()")
# the Arabic letters that never join the letter after them, so no kashida can follow them
RIGHT_JOINING = frozenset("ءآأؤإاةدذرزوٱ")


def _kashida(run: _Piece, after: _Piece, before: _Piece) -> bool:
    """Is `run` a kashida, `after` being the run it follows in reading and `before` the next?"""
    text = run.text.strip()
    if not (0 < len(text) <= 4 and len(set(text)) == 1) or text != run.text:
        return False
    if text[0] == "\u0640":
        return True
    joins = after.text[-1:].isalpha() and _is_rtl(after.text[-1]) and after.text[-1] not in RIGHT_JOINING
    return (not text[0].isalnum() and text[0] not in NOT_KASHIDA and joins
            and before.text[:1].isalpha() and _is_rtl(before.text[0]))


def _ltr(run: _Piece) -> bool:
    """Does a run hold digits or Latin letters, and no Arabic?"""
    return any(ch.isalnum() for ch in run.text) and not any(_is_rtl(ch) for ch in run.text)


def _rtl_line(group: list[_Piece]) -> str:
    """A right-to-left line from the runs its pieces were drawn in: read from the right, each
    stretch of left-to-right runs (numbers, Latin words) kept in its own order, kashida dropped.
    A space is put where the runs do not give one only after a number or a Latin word, the one
    kind of run whose printed width can be told from its length."""
    runs = sorted((_Piece(x, piece.y, piece.size, text) for piece in group for x, text in piece.runs),
                  key=lambda run: run.x)
    drop = {i for i, run in enumerate(runs) if 0 < i < len(runs) - 1 and _kashida(run, runs[i + 1], runs[i - 1])}
    glued = {i + 1 for i in drop}  # the run right of a kashida joins the one left of it
    stretches: list[list[int]] = []  # indexes, right to left; a left-to-right stretch in its own order
    for i in reversed(range(len(runs))):
        if i in drop:
            continue
        previous = stretches[-1] if stretches else None
        if previous and _ltr(runs[i]) and _near(runs[i], runs[previous[0]]) and (_ltr(runs[previous[0]]) or (
                not runs[previous[0]].text.strip() and len(previous) > 1 and _ltr(runs[previous[1]]))):
            previous.insert(0, i)
        else:
            stretches.append([i])
    order = [i for stretch in stretches for i in stretch]
    text = ""
    for before, i in zip([None] + order, order):
        run = runs[i]
        if not any(ch.isalnum() for ch in run.text):  # signs alone come in the order they are seen
            run = _Piece(run.x, run.y, run.size, run.text[::-1])
        elif INDIC_NUMBER.search(run.text):  # pypdf reads Arabic-Indic digits as letters, from the right
            run = _Piece(run.x, run.y, run.size, INDIC_NUMBER.sub(lambda m: m.group(0)[::-1], run.text))
        if before is not None and not (text.endswith(" ") or run.text.startswith(" ")):
            left, right = (i, before) if i < before else (before, i)
            joiner = {runs[left].text.strip(), runs[right].text.strip()} & {"-", "–", "/"}  # 18-20, ف-5
            if left + 1 not in glued and not joiner and _ltr(runs[left]) and _gap(runs[left], runs[right]):
                text += " "
            elif before == order[0] and runs[before].text.strip().isdigit() and _is_rtl(_first_letter(run.text)):
                text += " "  # the number of a paragraph or a footnote before its text
        text += run.text
    text = STRAY_KASHIDA.sub("", " ".join(text.split()))
    # brackets hug what they hold, whichever side the copy put its space on
    return BRACKET_SPACE.sub(lambda m: m.group(1) or m.group(2), OPEN_AFTER_WORD.sub(r"\1 (", text))


# a kashida given as some other letter inside a run (`للسCلام`): a sign that is no Arabic, no
# digit and no punctuation between a letter that joins the next one and a letter
STRAY_KASHIDA = re.compile("(?<=[%s])[^\\s\\d\u0600-\u06ff.,،؛:()/-]{1,4}(?=[\u0621-\u064a])" % "".join(
    chr(cp) for cp in range(0x0620, 0x064B) if chr(cp) not in RIGHT_JOINING and chr(cp).isalpha()))
INDIC_NUMBER = re.compile("[\u0660-\u066c\u06f0-\u06f9]+")
BRACKET_SPACE = re.compile(r"(\()\s+|\s+(\))")
OPEN_AFTER_WORD = re.compile(r"(\w)\(")


def _near(left: _Piece, right: _Piece) -> bool:
    """Are two runs close enough to be one stretch of text (not two cells of a table)?"""
    return right.x - (left.x + _width(left.text, left.size)) < left.size


def _first_letter(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


def _indent(piece: _Piece, left: float) -> str:
    """Leading spaces for a line that starts right of the page's left edge of text."""
    ems = (piece.x - left) / piece.size if piece.size else 0
    return " " * min(MAX_INDENT, round(ems)) if ems >= 0.5 else ""


def _width(text: str, size: float) -> float:
    """About how wide `text` is printed: CJK characters are one em, others about half."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    return (wide + 0.5 * (len(text) - wide)) * size


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
