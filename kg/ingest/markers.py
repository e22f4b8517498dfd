"""How each language marks the parts of a report: summary, headings, annex, footnotes."""
from __future__ import annotations

import re
from dataclasses import dataclass

ZH_NUMERALS = "〇一二三四五六七八九十百"


@dataclass(frozen=True)
class Markers:
    summary: re.Pattern[str]
    chapter: re.Pattern[str]  # 一. 导言 / 一、导言 / I. Introduction
    annex: re.Pattern[str]
    report_of: re.Pattern[str]  # the line "Report of the Secretary-General"
    session: re.Pattern[str]
    agenda: re.Pattern[str]
    unit: re.Pattern[str]  # the table's unit line: (美元)


ZH = Markers(
    summary=re.compile(r"^\s*摘要\s*$"),
    chapter=re.compile(rf"^\s*([{ZH_NUMERALS}]+)\s*[.、．]\s*(\S.{{0,40}})$"),
    annex=re.compile(r"^\s*附件\s*[一二三四五六七八九十]*\s*$"),
    report_of=re.compile(r"^\s*秘书长的报告\s*$"),
    session=re.compile(r"第([〇一二三四五六七八九十百\d]+)届会议"),
    agenda=re.compile(r"项目\s*(\d+\s*(?:\(\s*[a-z]\s*\))?)"),
    unit=re.compile(r"^\s*\(\s*(美元|欧元|瑞士法郎)\s*\)\s*$"),
)

EN = Markers(
    summary=re.compile(r"^\s*Summary\s*$"),
    chapter=re.compile(r"^\s*([IVX]+)\s*\.\s+(\S.{0,60})$"),
    annex=re.compile(r"^\s*Annex(?:\s+[IVX]+)?\s*$"),
    report_of=re.compile(r"^\s*Report of the Secretary-General\s*$", re.I),
    session=re.compile(r"\b([A-Z][a-z]+(?:-[a-z]+)?)\s+session\b"),
    agenda=re.compile(r"\bItem\s+(\d+\s*(?:\(\s*[a-z]\s*\))?)", re.I),
    unit=re.compile(r"^\s*\(\s*((?:United States )?dollars|US\$|euros)\s*\)\s*$", re.I),
)

MARKERS = {"zh": ZH, "en": EN}

SECTION = re.compile(r"^\s*(?:([A-H])\s*[.．]\s+|\(([一二三四五六七八九十]{1,3})\)\s*)(\S.{0,60})$")
SUBSECTION = re.compile(r"^\s*(\d{1,2})\s*[.．]\s+(\S.{0,40})$")
PARAGRAPH = re.compile(r"^\s*(\d{1,3})\s*[.．]\s*(\S.*)$")
FOOTNOTE = re.compile(r"^\s*(\d{1,3}|\*{1,3}|[a-z])\s+(\S.*)$")
BRACKET_FOOTNOTE = re.compile(r"^\s*(?:注\s*[:：]?\s*|Notes?\s*:?\s*)?\[(\d{1,3}|[a-z])\]\s*(\S.*)$")


def zh_number(text: str) -> int | None:
    """Chinese numerals up to 999 (七十六 -> 76); digits pass through."""
    if text.isdigit():
        return int(text)
    values = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    total, current = 0, 0
    for ch in text:
        if ch in values:
            current = values[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


EN_ORDINALS = {
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
           "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}


def en_ordinal(text: str) -> int | None:
    """Seventy-sixth -> 76."""
    parts = text.lower().split("-")
    total = 0
    for part in parts:
        if part in EN_TENS:
            total += EN_TENS[part]
        elif part in EN_ORDINALS:
            total += EN_ORDINALS[part]
        else:
            return None
    return total or None
