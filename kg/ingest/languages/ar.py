"""How Arabic reports mark their parts and front page.

Arabic UN documents number paragraphs `1 -`, chapters `أولا -`, sections `ألف -`, footnotes
`(1)`, annex notes `(أ)`, and write months twice, Syriac and Gregorian: `تموز/يوليه`. The text is
right-to-left in logical order, so patterns read it first word first, as any other language."""
from __future__ import annotations

import re
from functools import partial

from kg.ingest.languages.ar_split_words import rejoin_split_words
from kg.ingest.markers import Markers, Period, iso_date, month_period, stated_period
from kg.ingest.ocr import ones_for_ells

# month -> number; the UN writes both names (`تشرين الأول/أكتوبر`), other copies one of them,
# with the spellings of the Maghreb and Egypt (يونيو, يوليو, أغسطس) beside the UN's
MONTH_NAMES = {
    1: ("كانون الثاني", "يناير", "جانفي"), 2: ("شباط", "فبراير", "فيفري"), 3: ("آذار", "اذار", "مارس"),
    4: ("نيسان", "أبريل", "ابريل", "إبريل", "أفريل"), 5: ("أيار", "ايار", "مايو"),
    6: ("حزيران", "يونيه", "يونيو", "جوان"), 7: ("تموز", "يوليه", "يوليو", "جويلية"),
    8: ("آب", "أغسطس", "اغسطس", "أوت"), 9: ("أيلول", "ايلول", "سبتمبر"),
    10: ("تشرين الأول", "تشرين الاول", "أكتوبر", "اكتوبر"), 11: ("تشرين الثاني", "نوفمبر", "نونبر"),
    12: ("كانون الأول", "كانون الاول", "ديسمبر", "دجنبر"),
}
MONTHS = {name: number for number, names in MONTH_NAMES.items() for name in names}
_ONE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# one month, either name or both joined by a slash; group: the whole expression
MONTH = rf"(?:{_ONE})(?:\s*/\s*(?:{_ONE}))?"
_M = f"({MONTH})"
DAY = r"(\d{1,2})"
PERIOD = re.compile(r"(?:الفترة\s+)?من\s+" + DAY + r"(?:\s+" + _M + r")?(?:\s+(\d{4}))?\s+(?:إلى|الى|حتى)\s+"
                    + DAY + r"\s+" + _M + r"\s+(\d{4})")
# a period stated in months: "من تموز/يوليه 2010 إلى حزيران/يونيه 2011"
MONTH_PERIOD = re.compile(r"من\s+" + _M + r"(?:\s+(\d{4}))?\s+(?:إلى|الى|حتى)\s+" + _M + r"\s+(\d{4})")
YEAR_PERIOD = re.compile(r"(?:أنشطة|الأنشطة|أعمال|عمل)[^.]{0,80}?(?:في|خلال|أثناء|عن)\s+(?:عام|سنة|العام)\s+((?:19|20)\d{2})")

UNITS = {"الأول": 1, "الأولى": 1, "الحادي": 1, "الحادية": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3,
         "الثالثة": 3, "الرابع": 4, "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6,
         "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9, "العاشر": 10,
         "العاشرة": 10, "عشر": 10, "عشرة": 10}
TENS = {"العشرون": 20, "العشرين": 20, "الثلاثون": 30, "الثلاثين": 30, "الأربعون": 40, "الأربعين": 40,
        "الخمسون": 50, "الخمسين": 50, "الستون": 60, "الستين": 60, "السبعون": 70, "السبعين": 70,
        "الثمانون": 80, "الثمانين": 80, "التسعون": 90, "التسعين": 90, "المائة": 100, "المئة": 100}
CHAPTERS = ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا")
# sections are lettered with the names of the letters in abjad order: A ألف, B باء, C جيم ...
SECTIONS = ("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء")
# list and agenda letters in abjad order stand for a, b, c ...: (د) is (d)
ABJAD = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق",
         "ر", "ش", "ت", "ث", "خ", "ذ", "ض")
LATIN_LETTER = {letter: chr(ord("a") + i) for i, letter in enumerate(ABJAD)} | {"ه": "e", "ا": "a"}
_ALEF = str.maketrans("أإآ", "ااا")
SHORTEST_PERIOD_MONTHS = 3
_LETTER = r"[\u0620-\u064a]"
# where a paragraph (`2 - `), chapter (`ثانيا - `), section (`باء - `) or the annex starts inside a
# line holding a whole report: a number after a sentence's end, or after a heading's last word
# when a spaced dash and a word follow it (no date range, `1995 - 1996`, has that shape); a
# chapter's ordinal before a dash anywhere; a section's letter after a word; the annex's word
# after a sentence
INLINE_BREAK = re.compile(
    r"(?<=[.!؟:»\"])\s+(?=\d{1,3}\s*[-–]\s*" + _LETTER + ")"
    r"|(?<=" + _LETTER + r")\s+(?=\d{1,3}\s[-–]\s" + _LETTER + ")"
    rf"|\s+(?=(?:{'|'.join(CHAPTERS)})\s*[-–]\s)"
    rf"|(?<=" + _LETTER + rf")\s+(?=(?:{'|'.join(SECTIONS)})\s[-–]\s)"
    r"|(?<=[.!؟])\s+(?=المرفق(?:\s|$))")


def month(name: str) -> int:
    """`تموز/يوليه`, `تموز` or `يوليه` -> 7."""
    first = re.split(r"\s*/\s*", name.strip())[0]
    return MONTHS.get(first) or MONTHS.get(first.translate(_ALEF), 0)


def ar_ordinal(text: str) -> int | None:
    """`السادسة والسبعون` -> 76, `الثانية عشرة` -> 12; the ordinal's words, then anything else."""
    if text.strip().isdigit():
        return int(text)
    total = 0
    for word in text.split():
        bare = word[1:] if word.startswith("و") and word[1:] in TENS | UNITS else word
        value = TENS.get(bare) or UNITS.get(bare) or TENS.get(bare.translate(_ALEF)) or UNITS.get(bare.translate(_ALEF))
        if value is None:
            break
        total += value
    return total or None


def agenda_letter(item: str) -> str:
    """`102 (د)` -> `102 (d)`."""
    return re.sub(r"\(\s*([^\W\d_]{1,2})\s*\)", lambda m: f"({LATIN_LETTER.get(m.group(1), m.group(1))})", item)


def find_range(text: str) -> Period:
    """The first stated range long enough to be a reporting period: an event's `في الفترة من 11
    إلى 15 آذار/مارس` is days long, a period months."""
    for found in PERIOD.finditer(text):
        d1, m1, y1, d2, m2, y2 = found.groups()
        start, end = iso_date(y1 or y2, month(m1 or m2), d1), iso_date(y2, month(m2), d2)
        if (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7]) >= SHORTEST_PERIOD_MONTHS:
            return start, end
    for found in MONTH_PERIOD.finditer(text):
        m1, y1, m2, y2 = found.groups()
        start, end = month_period(month(m1), y1, month(m2), y2)
        if start:
            return start, end
    return None, None


MARKERS = Markers(
    summary=re.compile(r"^\s*موجز\s*$"),
    chapter=re.compile(rf"^\s*({'|'.join(CHAPTERS)})\s*[-–]\s*(\S.{{0,100}})$"),
    annex=re.compile(r"^\s*(?:ال)?مرفق(?:\s+(?:ال)?(?:أول|ثاني|ثالث|رابع|خامس|[IVX]+))?\s*$"),
    report_of=re.compile(r"^\s*(?:تقرير|مذكرة من) الأمين العام\s*$"),  # a note transmits the report
    note_of=re.compile(r"^\s*مذكرة من الأمين العام\s*$"),
    appendix=re.compile(r"^\s*(?:ال)?تذييل(?:\s+(?:ال)?(?:أول|ثاني|ثالث|[IVX]+))?\s*$"),
    session=re.compile(r"(?<!\S)الدورة\s+((?:و?ال\w+|عشرة?)(?:\s+(?:و?ال\w+|عشرة?)){0,2})"),
    agenda=re.compile(r"(?<!\S)البند\s+(\d+\s*(?:\(\s*[^\W\d_]{1,2}\s*\))?)"),
    unit=re.compile(r"^\s*\(\s*(?:(?:ب)?آلاف\s+)?((?:(?:ب)?دولارات الولايات المتحدة|(?:ب)?دولارات الولايات المتحدة الأمريكية|"
                    r"(?:ب)?الدولارات|(?:ب)?اليورو|(?:ب)?الفرنكات السويسرية))\s*\)\s*$"),
    statement_heading=re.compile(r"^(?:مطروحا\s+منها\s*:?\s*)?(?:الإيرادات|المصروفات|النفقات)\s*:?$"),
    ordinal=ar_ordinal,
    period=partial(stated_period, stated_range=find_range, year_covered=YEAR_PERIOD),
    paragraph=re.compile(r"^\s*(\d{1,3})\s*[-–]\s*(?=\D)(\S.*)$"),  # `1 - `, also `1- ` and `1-`
    section=re.compile(rf"^\s*({'|'.join(SECTIONS)})()\s*[-–]\s*(\S.{{0,120}})$"),
    subsection=re.compile(r"^\s*(\d{1,2})\s*[-–]\s*(?=\D)(\S.{0,80})$"),
    # `(1) ` as Arabic documents print it; `1 ` and `أ ` as a word processor's footnotes give it
    # (not `1 - `, a paragraph)
    footnote=re.compile(r"^\s*(?:\((?=\s*(?:\d{1,3}|[^\W\d_]{1,2})\s*\))|(?=(?:\d{1,3}|\*{1,3}|[^\W\d_])\s+(?![-–])))"
                        r"\s*(\d{1,3}|\*{1,3}|[^\W\d_]{1,2})\s*\)?\s*(\S.*)$"),
    agenda_letter=agenda_letter,
    right_to_left=True,
    resolution=re.compile(r"قرار اتخذته الجمعية العامة"),
    # "رسالة مؤرخة 29 كانون الأول/ديسمبر 2016 موجهة إلى رئيس مجلس الأمن من …"
    letter=re.compile(r"^\s*(?:رسالتان\s+متطابقتان|رسائل\s+متطابقة|رسالة)\s+مؤرخة\b[\s\S]{0,300}?\bموجهة\b", re.M),
    # words a PDF-to-text copy split before ي ("أفر يقيا"); an OCR'd scan's l for 1 ("l993")
    normalise=lambda text: rejoin_split_words(ones_for_ells(text)),
    thousands=re.compile(r"آلاف"),  # "(بآلاف دولارات الولايات المتحدة)"
    inline_break=INLINE_BREAK,
)
