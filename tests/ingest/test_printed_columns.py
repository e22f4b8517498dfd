"""Printed text without paragraph numbers, in a narrow column (a two-column page of the Official
Records or a Yearbook, copied with pdftotext; a narrow web column) or in a language of long
words: its lines hold fewer words than an English page's, yet every one is running text."""
import textwrap

import pytest

from kg.ingest import read_text

TITLE = "Regional disarmament\n\nUnited Nations Regional Centre for Peace and Disarmament in Africa\n\n"
BLOCKS = [
    "In 2004, the Centre organized a subregional workshop on small arms and light weapons for "
    "parliamentarians of the Economic Community of West African States in Accra, with the support "
    "of the Government of Ghana and the European Union.",
    "The Centre also assisted the secretariat of the Economic Community of Central African States in "
    "preparing a draft code of conduct for the defence and security forces of its member States, "
    "within the framework of the United Nations Standing Advisory Committee on Security Questions "
    "in Central Africa.",
    "Furthermore, the Centre continued its cooperation with the African Union on the implementation "
    "of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms "
    "and Light Weapons in All Its Aspects.",
]


@pytest.mark.parametrize("width", [44, 50, 60])
def test_a_narrow_column_is_read_whole_as_running_text(width: int):
    narrow = read_text(TITLE + "\n".join(textwrap.fill(block, width) for block in BLOCKS) + "\n")
    # every word of the text kept, in blocks that start where a sentence does (a paragraph that
    # ends on a full line, with no indent after it, may run on into the next block)
    assert " ".join(p.text for p in narrow.paragraphs) == " ".join(BLOCKS)
    assert all(p.text[0].isupper() for p in narrow.paragraphs)


def test_a_narrow_column_keeps_its_title_lines_out_of_the_text():
    narrow = read_text(TITLE + "\n".join(textwrap.fill(block, 50) for block in BLOCKS) + "\n")
    assert all(not p.text.startswith("Regional disarmament") for p in narrow.paragraphs)


RU_BLOCKS = [
    "С 3 по 7 ноября 2008 года Региональный центр совместно с Управлением Организации Объединенных "
    "Наций по наркотикам и преступности провел в Лиме учебный курс по борьбе с незаконным оборотом "
    "огнестрельного оружия. В курсе приняли участие 42 сотрудника полиции из Боливии, Колумбии и Перу.",
    "В феврале 2009 года Региональный центр по просьбе правительства Ямайки оказал содействие в "
    "уничтожении излишнего и конфискованного стрелкового оружия в Кингстоне.",
    "Девятого и десятого декабря 2008 года в Сан-Сальвадоре был проведен субрегиональный практикум "
    "для парламентариев центральноамериканских стран по вопросам законодательства об огнестрельном "
    "оружии, организованный Региональным центром и Парламентом Центральной Америки. В работе "
    "практикума приняли участие двадцать восемь депутатов из шести стран.",
]


def test_a_printed_page_of_long_words_without_paragraph_numbers_keeps_every_line():
    page = "Деятельность Регионального центра\n" + "\n".join(
        textwrap.fill(block, 85) for block in RU_BLOCKS) + "\n"
    document = read_text(page)
    assert " ".join(p.text for p in document.paragraphs) == " ".join(RU_BLOCKS)
