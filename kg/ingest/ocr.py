"""What optical character recognition makes of an old scan's figures, put back before reading,
beyond what every language gets (kg.ingest.layout.mend_ocr_digits: O and l inside a number that
stands apart from any word): in the languages whose own script has no Latin l (Chinese, Arabic,
through their `normalise`), an l beside a figure is never a word, even glued to a character of
the script ("l6个") or alone before a group of digits ("l 500 000")."""
from __future__ import annotations

import re

# an l glued to a digit, or alone before a group of three digits, with no letter on its other side
ELL_FOR_ONE = re.compile(r"(?<![^\W\d_])l(?=\d)|(?<=\d)l(?![^\W\d_])|(?<![^\W\d_])l(?= \d{3}(?!\d))")
# characters OCR set apart one by one: four at least, each between single spaces
SPACED_HAN = re.compile(r"(?:[\u4e00-\u9fff，、] ){3,}[\u4e00-\u9fff，、]")


def ones_for_ells(text: str) -> str:
    """`text` with an OCR'd l beside figures read as the digit 1 ("l99l" -> "1991")."""
    return ELL_FOR_ONE.sub("1", text) if "l" in text else text


def join_spaced_han(text: str) -> str:
    """Chinese characters OCR set apart one by one ("区 域 中 心 与 非 洲"), joined again: a run
    of four at least, each alone between single spaces (a copy's columns are wider apart)."""
    return SPACED_HAN.sub(lambda m: m.group(0).replace(" ", ""), text)
