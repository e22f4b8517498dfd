"""How Russian reports mark their parts and front page."""
from __future__ import annotations

import re
from datetime import date
from functools import partial

from kg.ingest.languages.ru_hyphens import kept_hyphen
from kg.ingest.markers import Markers, Period, iso_date, month_period, stated_period

MONTHS = {m: i for i, m in enumerate(
    "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split(), 1)}
MONTH = r"(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])"
# a stated range is the reporting period only where the text says so: "в период с", "охватывает … с"
# "в период с 1 июля 2014 года по 30 июня 2015 года", "… до 30 июня …", "за период 1 июля 2014 года —
# 30 июня 2015 года"
PERIOD = re.compile(r"(?:период\w*|охватыва\w+[^.]{0,160}?)\s+(?:с\s+)?(\d{1,2})\s+" + MONTH
                    + r"(?:\s+(\d{4})\s*(?:года|г\.)?)?(?:\s+(?:по|до)\s+|\s*[–—-]\s*)(\d{1,2})\s+" + MONTH
                    + r"\s+(\d{4})", re.I)
# a period stated in months: "в период с июля 2010 года по июнь 2011 года"
MONTH_PERIOD = re.compile(r"(?:период\w*|охватыва\w+[^.]{0,160}?)\s+с\s+" + MONTH + r"(?:\s+(\d{4})\s*(?:года|г\.)?)?\s+по\s+"
                          + MONTH + r"\s+(\d{4})", re.I)
YEAR_PERIOD = re.compile(r"деятельност\w*[^.]{0,80}?(?<![а-яё])(?:в|за)\s+((?:19|20)\d{2})\s+год", re.I)
UNITS = {"перв": 1, "втор": 2, "трет": 3, "четвер": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
         "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
         "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19}
# tens as cardinals (семьдесят шестая) and as ordinals (семидесятая)
TENS = {"двадцат": 20, "тридцат": 30, "сорок": 40, "пятьдесят": 50, "пятидесят": 50, "шестьдесят": 60,
        "шестидесят": 60, "семьдесят": 70, "семидесят": 70, "восемьдесят": 80, "восьмидесят": 80,
        "девяност": 90}
# A. / А. / С.: sections lettered in Latin or, as Russian documents print them, in Cyrillic
SECTION = re.compile(r"^\s*([A-HАБВГДЕЖЗС])\s*[.．]\s+()(\S.{0,120})$")  # groups as kg.ingest.markers.SECTION
STEMS = sorted({**TENS, **UNITS}.items(), key=lambda kv: -len(kv[0]))  # longest first: пятнадцат before пят


def month(word: str) -> int:
    w = word.lower()
    for stem, i in sorted(MONTHS.items(), key=lambda kv: -len(kv[0])):
        if w.startswith(stem):
            return i
    return 0


def ru_ordinal(text: str) -> int | None:
    """Семьдесят шестая -> 76; the ordinal's words at the end of the text ("Ассамблея Семидесятая" -> 70)."""
    if text.isdigit():
        return int(text)
    total = 0
    for part in reversed(text.lower().split()):
        value = next((v for stem, v in STEMS if part.startswith(stem)), None)
        if value is None:
            break
        total += value
    return total or None


# an agenda item's letter is Latin; a copy may type its Cyrillic look-alike ("Пункт 98 с)")
LOOK_ALIKES = str.maketrans("асеорхук", "aceopxyk")


def agenda_letter(item: str) -> str:
    """`98 с)` (Cyrillic с) -> `98 c)`."""
    return item.translate(LOOK_ALIKES)


def find_range(text: str) -> Period:
    """The first stated range long enough to be a reporting period (an event held "в период с
    12 по 14 марта" is not one)."""
    for found in PERIOD.finditer(text):
        d1, m1, y1, d2, m2, y2 = found.groups()
        start, end = iso_date(y1 or y2, month(m1), d1), iso_date(y2, month(m2), d2)
        if (date.fromisoformat(end) - date.fromisoformat(start)).days >= 150:
            return start, end
    for found in MONTH_PERIOD.finditer(text):
        m1, y1, m2, y2 = found.groups()
        start, end = month_period(month(m1), y1, month(m2), y2)
        if start:
            return start, end
    return None, None


MARKERS = Markers(
    summary=re.compile(r"^\s*Резюме\s*$"),
    chapter=re.compile(r"^\s*([IVX]+)\s*\.\s+(\S.{0,120})$"),  # Russian titles run long
    annex=re.compile(r"^\s*Приложение(?:\s+[IVX]+)?\s*$", re.I),  # "ПРИЛОЖЕНИЕ" in older copies
    report_of=re.compile(r"^\s*(?:Доклад|Записка) Генерального секретаря\s*$", re.I),  # a note transmits the report
    note_of=re.compile(r"^\s*Записка Генерального секретаря\s*$", re.I),
    session=re.compile(r"\b((?:[А-Яа-яё]+\s+)?[А-Яа-яё]+)\s+сесси[яи]\b"),
    agenda=re.compile(r"\bПункт\s+(\d+\s*(?:\(?\s*[a-zа-я]\s*\))?)", re.I),
    unit=re.compile(r"^\s*\(\s*(?:[вВ]\s+тыс\.\s*)?((?:в\s+)?(?:долл\.\s*США|долларах\s+США|евро|швейцарских\s+франках))\s*\)\s*$", re.I),
    statement_heading=re.compile(r"^(?:За\s+вычетом\s*:?\s*)?"
                                 r"(?:Поступления|Расходы)(?:\s+и\s+возвраты?\s+средств)?\s*:?$", re.I),
    ordinal=ru_ordinal,
    agenda_letter=agenda_letter,
    period=partial(stated_period, stated_range=find_range, year_covered=YEAR_PERIOD),
    section=SECTION,
    resolution=re.compile(r"Резолюция,? принятая Генеральной Ассамблеей"),
    # a wrapped title: the line before ends in a word broken at its hyphen ("… в Азиатско-" /
    # "Тихоокеанском регионе") or on a word no title ends with ("… разоружения в" / "Африке")
    title_wraps=re.compile(r"[А-ЯЁа-яё]-\n|(?<![А-ЯЁа-яё])(?i:в|во|и|по|для|на|с|со|о|об)\s*\n"),
    kept_hyphen=kept_hyphen,
    # "Письмо Председателя Комитета … от 29 декабря 2016 года на имя Председателя Совета Безопасности"
    letter=re.compile(r"^\s*(?:Идентичные\s+)?Письм[оа]\b[\s\S]{0,300}?\bна\s+имя\b", re.M),
    thousands=re.compile(r"тыс\."),  # "(В тыс. долл. США)"
)
