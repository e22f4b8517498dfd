"""Right-to-left lines of a PDF page, put back in reading order from the runs they were drawn in.

A program draws an Arabic line left to right on the page, in runs: Arabic words (which pypdf
gives in reading order), numbers and Latin words as runs of their own, and each kashida (the
stretch that justifies a line) as a glyph its font may give as tatweel or as any sign. Read from
the right, run by run, the line comes back as it was written; what the placing of signs around a
number leaves (mirrored brackets, a full stop before a number) is put right after.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class Placed(Protocol):
    """Text drawn at a place: where it starts (points), its font size."""

    x: float
    size: float
    text: str


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn at a place of its own."""

    x: float
    size: float
    text: str


def has_gap(left: Placed, right: Placed) -> bool:
    """Is there a space between two pieces side by side on a line?"""
    return right.x - (left.x + printed_width(left.text, left.size)) > 0.3 * left.size


def is_rtl(ch: str) -> bool:
    return "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc"  # Hebrew, Arabic, their forms


def mostly_rtl(texts: Iterable[str]) -> bool:
    """Are the letters of a line's pieces mostly Arabic (or Hebrew)?"""
    rtl = latin = 0
    for text in texts:
        rtl += sum(1 for ch in text if is_rtl(ch))
        latin += sum(1 for ch in text if ch.isalpha() and not is_rtl(ch))
    return rtl > latin


def first_letter(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


# Kashida: word processors justify an Arabic line by stretching the joins between letters, and
# draw each stretch as a glyph of its own that the font's table gives as tatweel or as any sign
# (`;`, `=`, `/`): a short run of one such sign, between a letter that joins the next one and a
# letter, is no text and no space.
NOT_KASHIDA = frozenset(".,،-()")
# the Arabic letters that never join the letter after them, so no kashida can follow them
RIGHT_JOINING = frozenset("ءآأؤإاةدذرزوٱ")


def _kashida(run: Run, after: Run, before: Run) -> bool:
    """Is `run` a kashida, `after` being the run it follows in reading and `before` the next?"""
    text = run.text.strip()
    if not (0 < len(text) <= 4 and len(set(text)) == 1) or text != run.text:
        return False
    if text[0] == "\u0640":
        return True
    joins = after.text[-1:].isalpha() and is_rtl(after.text[-1]) and after.text[-1] not in RIGHT_JOINING
    return (not text[0].isalnum() and text[0] not in NOT_KASHIDA and joins
            and before.text[:1].isalpha() and is_rtl(before.text[0]))


def _latin(run: Run) -> bool:
    return any(ch.isalpha() and not is_rtl(ch) for ch in run.text)


def _ltr(run: Run) -> bool:
    """Does a run hold digits or Latin letters, and no Arabic?"""
    return any(ch.isalnum() for ch in run.text) and not any(is_rtl(ch) for ch in run.text)


def rtl_line(runs: list[Run]) -> str:
    """A right-to-left line from the runs its pieces were drawn in: read from the right, each
    stretch of left-to-right runs (numbers, Latin words) kept in its own order, kashida dropped.
    A space is put where the runs do not give one only after a number or a Latin word, the one
    kind of run whose printed width can be told from its length."""
    runs = sorted(runs, key=lambda run: run.x)  # stable: runs drawn at one place keep their order
    drop = {i for i, run in enumerate(runs) if 0 < i < len(runs) - 1 and _kashida(run, runs[i + 1], runs[i - 1])}
    glued = {i + 1 for i in drop}  # the run right of a kashida joins the one left of it
    stretches: list[list[int]] = []  # indexes, right to left; a left-to-right stretch in its own order
    for i in reversed(range(len(runs))):
        if i in drop:
            continue
        previous = stretches[-1] if stretches else None
        # Latin words go on left to right; numbers side by side are read as the line is (a year
        # and an amount in two cells; digit groups a later step puts back, layout.py)
        neighbour = previous[0] if previous and (runs[previous[0]].text.strip() or len(previous) == 1) \
            else previous[1] if previous else None
        if (neighbour is not None and _ltr(runs[i]) and _ltr(runs[neighbour]) and _near(runs[i], runs[previous[0]])
                and (_latin(runs[i]) or _latin(runs[neighbour]))):
            previous.insert(0, i)
        else:
            stretches.append([i])
    order = [i for stretch in stretches for i in stretch]
    text = ""
    for before, i in zip([None] + order, order):
        run = runs[i]
        if not any(ch.isalnum() for ch in run.text):  # signs alone come in the order they are seen
            run = Run(run.x, run.size, run.text[::-1])
        elif INDIC_NUMBER.search(run.text):  # pypdf reads Arabic-Indic digits as letters, from the right
            run = Run(run.x, run.size, INDIC_NUMBER.sub(lambda m: m.group(0)[::-1], run.text))
        if before is not None and not (text.endswith(" ") or run.text.startswith(" ")):
            left, right = (i, before) if i < before else (before, i)
            joiner = {runs[left].text.strip(), runs[right].text.strip()} & {"-", "–", "/"}  # 18-20, ف-5
            numbers = runs[left].text.strip().isdigit() and runs[right].text.strip().isdigit()
            if left + 1 not in glued and not joiner and _ltr(runs[left]) and (numbers or has_gap(runs[left], runs[right])):
                text += " "  # two numbers drawn apart are two (a year, an amount); digit groups go back later
            elif before == order[0] and runs[before].text.strip().isdigit() and is_rtl(first_letter(run.text)):
                text += " "  # the number of a paragraph or a footnote before its text
        text += run.text
    text = STRAY_KASHIDA.sub("", " ".join(text.split()))
    if _mirrored(text):  # the program gave each bracket's glyph as it is drawn, mirrored
        text = text.translate(MIRROR)
    # what the placing of signs between a number and Arabic text leaves: `2019 .و`, `الأول /ديسمبر`,
    # `ف -3`; brackets hug what they hold, whichever side the copy put its space on
    text = SIGN_BEFORE.sub(lambda m: m.group(1) + ("" if m.end() == len(m.string) else " "), text)
    text = GRADE_DASH.sub("-", SLASH_SPACE.sub("/", SIGN_IN_BRACKET.sub(r")\1", text)))
    text = CLOSE_BEFORE_WORD.sub(") ", text)
    return BRACKET_SPACE.sub(lambda m: m.group(1) or m.group(2), OPEN_AFTER_WORD.sub(r"\1 (", text))


MIRROR = str.maketrans("()[]", ")(][")
SIGN_BEFORE = re.compile(r"\s+([.,،؛:؟!])(?=[^\s\d.]|$)")
SIGN_IN_BRACKET = re.compile(r"([.،,])\)(?=\S|$)")  # `دولار.)` for `دولار).`
CLOSE_BEFORE_WORD = re.compile(r"\)(?=[^\W\d_])")
SLASH_SPACE = re.compile(r"(?<=[^\W\d])\s*/\s*(?=[^\W\d])")
GRADE_DASH = re.compile(r"(?<=[^\W\d_])\s+-(?=\d)")  # ف -3


def _mirrored(text: str) -> bool:
    """Do a line's brackets balance only when each is read as its mirror image?"""
    def balanced(opening: str, closing: str) -> bool:
        depth = 0
        for ch in text:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                return False
        return depth == 0

    return ("(" in text or ")" in text) and not balanced("(", ")") and balanced(")", "(")


# a kashida given as some other letter inside a run (`للسCلام`): a sign that is no Arabic, no
# digit and no punctuation between a letter that joins the next one and a letter
STRAY_KASHIDA = re.compile("(?<=[%s])[^\\s\\d\u0600-\u06ff.,،؛:()/-]{1,4}(?=[\u0621-\u064a])" % "".join(
    chr(cp) for cp in range(0x0620, 0x064B) if chr(cp) not in RIGHT_JOINING and chr(cp).isalpha()))
INDIC_NUMBER = re.compile("[\u0660-\u066c\u06f0-\u06f9]+")
BRACKET_SPACE = re.compile(r"(\()\s+|\s+(\))")
OPEN_AFTER_WORD = re.compile(r"(\w)\(")


def _near(left: Run, right: Run) -> bool:
    """Are two runs close enough to be one stretch of text (not two cells of a table)?"""
    return right.x - (left.x + printed_width(left.text, left.size)) < left.size


def printed_width(text: str, size: float) -> float:
    """About how wide `text` is printed: CJK characters are one em, others about half."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    return (wide + 0.5 * (len(text) - wide)) * size
