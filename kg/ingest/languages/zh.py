"""How Chinese reports mark their parts and front page."""
from __future__ import annotations

import re
from functools import partial

from kg.ingest.markers import Markers, Period, covers_months, iso_date, month_period, stated_period
from kg.ingest.ocr import join_spaced_han, ones_for_ells

ZH_NUMERALS = "〇一二三四五六七八九十百"
DATE = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
PERIOD = re.compile(DATE + r"\s*(?:至|到|-|–)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a period stated in months: "报告2003年7月至2004年6月期间该中心的各项活动"
MONTH_PERIOD = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:至|到|-|–)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?!\s*\d)")
YEAR_PERIOD = re.compile(r"(?:述及|介绍|涵盖|概述|报告)[^。]{0,60}?(\d{4})\s*年(?:全年|期间|内)?(?:开展)?的(?:活动|工作)")


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


# dates written in Chinese numerals, as older and some web copies give them: a year digit by
# digit with 〇 (or 零, ○) for zero, months and days as numbers (二十八)
YEAR_DIGITS = "〇零○一二三四五六七八九"
NUMERAL_YEAR = re.compile(rf"([{YEAR_DIGITS}]{{4}})(?=\s*年)")
_YEAR_DIGIT = str.maketrans({c: str(max(0, i - 2)) for i, c in enumerate(YEAR_DIGITS)})
NUMBER = "[一二三四五六七八九十]{1,3}"
MONTH_AFTER_YEAR = re.compile(rf"(?<=\d年)(\s*)({NUMBER})(?=\s*月)")
MONTH_BEFORE_DAY = re.compile(rf"(?:(?<=[至到、和及于自从在])|(?<![一-龥\d]))({NUMBER})(?=\s*月\s*(?:\d{{1,2}}|{NUMBER})\s*[日号])")
DAY = re.compile(rf"(?<=[月至到、和及])(\s*)({NUMBER})(?=\s*[日号])")


def arabic_dates(text: str) -> str:
    """`text` with dates in Chinese numerals written in digits (二〇〇九年八月二十六日至二十八日 ->
    2009年8月26日至28日), so that one date reader serves both spellings."""
    if not any(ch in text for ch in "〇零○") and "月" not in text:
        return text
    text = NUMERAL_YEAR.sub(lambda m: m.group(1).translate(_YEAR_DIGIT), text)
    text = MONTH_AFTER_YEAR.sub(lambda m: m.group(1) + _month(m.group(2)), text)
    text = MONTH_BEFORE_DAY.sub(lambda m: _month(m.group(1)), text)
    return DAY.sub(lambda m: m.group(1) + _day(m.group(2)), text)


def _month(numeral: str) -> str:
    value = zh_number(numeral)
    return str(value) if value and 1 <= value <= 12 else numeral


def _day(numeral: str) -> str:
    value = zh_number(numeral)
    return str(value) if value and 1 <= value <= 31 else numeral


# the notes of the 1990s, marked "1/" (in the text "国家 1/ 的", before the note "1/ 贝宁、…"):
# written as today's marks, glued to the word, so that one note reader serves both
SLASH_MARK = re.compile(r"(?<=[\u4e00-\u9fff》”)])\s?(\d{1,2})/(?=\s|[\u4e00-\u9fff，。；、]|$)", re.M)
SLASH_NOTE = re.compile(r"^(\s*\d{1,2})/(?=\s)", re.M)


def slash_notes(text: str) -> str:
    """`text` with the 1990s' "1/" note marks written as "1"."""
    if "/" not in text:
        return text
    return SLASH_NOTE.sub(r"\1", SLASH_MARK.sub(r"\1", text))


def normalise(text: str) -> str:
    """What the reader reads: OCR'd figures and spacing put right, 1990s note marks as today's,
    dates in Chinese numerals in digits."""
    return arabic_dates(slash_notes(join_spaced_han(ones_for_ells(text))))


def find_range(text: str) -> Period:
    for found in PERIOD.finditer(text):  # the first range long enough: a meeting's days are no period
        y1, m1, d1, y2, m2, d2 = found.groups()
        start, end = iso_date(y1, m1, d1), iso_date(y2 or y1, m2, d2)
        if covers_months(start, end):
            return start, end
    for found in MONTH_PERIOD.finditer(text):
        y1, m1, y2, m2 = found.groups()
        start, end = month_period(int(m1), y1, int(m2), y2 or y1)
        if start:
            return start, end
    return None, None


MARKERS = Markers(
    summary=re.compile(r"^\s*摘要\s*$"),
    chapter=re.compile(rf"^\s*([{ZH_NUMERALS}]+)\s*[.、．]\s*(\S.{{0,40}})$"),
    annex=re.compile(r"^\s*附\s*件\s*[一二三四五六七八九十]*\s*$"),  # typewritten copies space it: 附  件
    report_of=re.compile(r"^\s*秘书长的(?:报告|说明)\s*$"),  # a note transmits the report
    session=re.compile(r"第([〇一二三四五六七八九十百\d]+)届会议"),
    agenda=re.compile(r"项目\s*(\d+\s*(?:\(\s*[a-z]\s*\))?)"),
    unit=re.compile(r"^\s*\(\s*(?:千)?(美元|欧元|瑞士法郎)\s*\)\s*$"),
    thousands=re.compile(r"^\s*\(\s*千"),
    statement_heading=re.compile(r"^(?:减去?\s*[:：]\s*)?(?:收入|支出|费用|开支)(?:[和及]退款)?\s*[:：]?$"),
    ordinal=zh_number,
    period=partial(stated_period, stated_range=find_range, year_covered=YEAR_PERIOD),
    letter=re.compile(r"^\s*[^。]{0,80}?(?:给|致)秘书长的(?:同文)?信", re.M),
    yearbook=re.compile(r"裁军年鉴|^\s*第[一二三四五六七八九十]+章\s*\S{0,30}$", re.M),
    # the HTML era's copies head a resolution "大会决议 [根据第一委员会的报告(A/50/592)通过]"
    resolution=re.compile(r"大会通过的决议|大会决议(?=\s*[\[［]\s*(?:根据|未经))"),
    note_of=re.compile(r"^\s*秘书长的说明\s*$"),
    appendix=re.compile(r"^\s*附\s*录\s*[一二三四五六七八九十]*\s*$"),
    normalise=normalise,
)
