"""A word broken at a line's end: the hyphen is kept where it is the word's own (Russian по- /
прежнему, told by the dictionary; English and French non- / proliferation; a compound before a
capital or written whole elsewhere, in any language: Asia- / Pacific) and dropped where the
printer put it (разо- / ружения, disarma- / ment, souscri- / vants)."""
import pytest

from kg.ingest.reader import read_text

RUSSIAN = """Семьдесят шестая сессия
Пункт 101 d) предварительной повестки дня*
Обзор и осуществление Заключительного документа
  Региональный центр Организации Объединенных Наций по вопросам мира и разоружения в Азиатско-
Тихоокеанском регионе
  Доклад Генерального секретаря
 I. Введение
1. Центр по-
прежнему оказывал государствам-
членам поддержку в области разо-
ружения и провел информационно-
просветительскую кампанию и военно-
морские учения, а также семинар-
практикум из-
за пандемии.
2. Центр сотрудничал с Центрально-
африканской Республикой и какими-
либо партнерами в Азиатско-
Тихоокеанском регионе.
"""

ENGLISH = """Seventy-sixth session
Item 101 (d) of the preliminary list*
  Report of the Secretary-General
 I. Introduction
1. The Centre supported the Asia-
Pacific States in disarma-
ment and non-
proliferation, and non-proliferation education.
2. It met non-
governmental organizations.
"""

FRENCH = """Soixante-seizième session
Point 101 d) de la liste préliminaire*
  Rapport du Secrétaire général
 I. Introduction
1. Le Centre a aidé les États d'Asie-
Pacifique en matière de désarme-
ment et de non-
prolifération, et d'éducation à la non-prolifération.
2. Il a reçu des organisations non-
gouvernementales et des souscri-
vants.
"""


def body(text: str, source: str) -> list[str]:
    return [p.text for p in read_text(text, source=source).paragraphs if p.part == "body"]


def test_russian_keeps_the_hyphen_of_a_word_the_dictionary_writes_with_one():
    first, second = body(RUSSIAN, "hyphens.ru.txt")
    assert first == ("Центр по-прежнему оказывал государствам-членам поддержку в области разоружения и "
                     "провел информационно-просветительскую кампанию и военно-морские учения, а также "
                     "семинар-практикум из-за пандемии.")
    # the country's solid name stays solid; a hyphen before a capital is the word's
    assert second == ("Центр сотрудничал с Центральноафриканской Республикой и какими-либо партнерами в "
                      "Азиатско-Тихоокеанском регионе.")


@pytest.mark.parametrize(("text", "source", "expected"), [
    (ENGLISH, "hyphens.en.txt", ["The Centre supported the Asia-Pacific States in disarmament and "
                                 "non-proliferation, and non-proliferation education.",
                                 "It met non-governmental organizations."]),  # a prefix that takes one
    (FRENCH, "hyphens.fr.txt", ["Le Centre a aidé les États d'Asie-Pacifique en matière de désarmement et de "
                                "non-prolifération, et d'éducation à la non-prolifération.",
                                "Il a reçu des organisations non-gouvernementales et des souscrivants."]),
])
def test_latin_languages_keep_a_compound_written_whole_elsewhere_before_a_capital_or_after_non(text, source, expected):
    assert body(text, source) == expected


def test_a_russian_title_wrapped_at_its_hyphen_is_one_title():
    """A PDF's front page without indents: the report's title goes on after "Азиатско-"."""
    front = RUSSIAN.replace("  Региональный", "Региональный").replace("  Доклад", "Доклад")
    metadata = read_text(front, source="hyphens.ru.txt").metadata
    assert metadata.agenda_title == "Обзор и осуществление Заключительного документа"
    assert metadata.title == ("Региональный центр Организации Объединенных Наций по вопросам мира и "
                              "разоружения в Азиатско-Тихоокеанском регионе")
