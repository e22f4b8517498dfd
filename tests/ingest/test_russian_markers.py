"""The Russian reader's markers: session ordinals, agenda items, reporting periods, Cyrillic
section letters and footnote marks glued to Cyrillic words."""
import pytest

from kg.ingest.languages.ru import MARKERS as RUSSIAN, ru_ordinal
from kg.ingest.reader import read_text

REPORT = """Шестьдесят третья сессия
Пункт 97 c) предварительной повестки дня*
Обзор и осуществление Заключительного документа
  Региональный центр Организации Объединенных Наций по вопросам мира и разоружения в Африке
  Доклад Генерального секретаря
 I. Введение
1. Настоящий доклад охватывает деятельность Регионального центра в период с 1 августа 2007 года по 31 июля 2008 года.
 II. Деятельность Регионального центра, партнерские отношения и пропагандистская деятельность в регионе
 А. Обычные вооружения
2. Центр провел практикум для представителей девяти стран1 региона.
 С. Будущая деятельность
3. Центр продолжит свою работу.
__________________
 1 Бенин, Гана и Того.
"""


@pytest.mark.parametrize("text, number", [
    ("Семьдесят шестая", 76), ("семидесятая", 70), ("Пятьдесят девятая", 59), ("пятидесятой", 50),
    ("Шестьдесят пятой", 65), ("восьмидесятая", 80), ("Двадцать пятая", 25), ("девятнадцатая", 19),
])
def test_session_ordinals(text, number):
    assert ru_ordinal(text) == number


def test_a_stated_range_is_the_period_only_where_the_text_says_so():
    assert RUSSIAN.period("в период с 1 июля 2020 года по 30 июня 2021 года") == ("2020-07-01", "2021-06-30")
    assert RUSSIAN.period("Доклад охватывает деятельность Центра с 1 января по 31 декабря 2019 года.") \
        == ("2019-01-01", "2019-12-31")
    assert RUSSIAN.period("С 29 ноября по 3 декабря 2019 года Центр провел учения.") == (None, None)
    assert RUSSIAN.period("деятельность Регионального центра в 2019 году") == ("2019-01-01", "2019-12-31")


def test_a_russian_front_page_sections_and_footnotes():
    document = read_text(REPORT, source="invented.ru.txt")
    meta = document.metadata
    assert (meta.language, meta.session, meta.agenda_item) == ("ru", "63", "97(c)")
    assert (meta.period_start, meta.period_end) == ("2007-08-01", "2008-07-31")
    titles = [h.title for h in document.headings]
    assert "Обычные вооружения" in titles and "Будущая деятельность" in titles
    assert "Деятельность Регионального центра, партнерские отношения и пропагандистская деятельность в регионе" in titles
    second = next(p for p in document.paragraphs if p.key == "2")
    assert [ref.mark for ref in second.footnote_refs] == ["1"]
    assert "стран региона" in second.text  # the mark is cut out of the word
    assert "Будущая" not in second.text


def test_an_event_held_over_a_few_days_is_not_the_reporting_period():
    assert RUSSIAN.period("Центр провел в период с 12 марта по 14 апреля 1998 года курсы. Доклад охватывает "
                          "деятельность Центра за 1998 год.") == ("1998-01-01", "1998-12-31")
