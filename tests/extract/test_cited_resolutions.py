"""Resolutions cited in a list after one keyword, or by their symbols, in every language that
writes them so (real texts: the General Assembly's resolutions on the regional centres)."""
from __future__ import annotations

import pytest

from kg.extract.ar.words import normalise
from kg.reference.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def found(gazetteer, language: str, text: str) -> list[str]:
    from importlib import import_module

    module = import_module(f"kg.extract.{language}.names")
    finder = next(getattr(module, n) for n in dir(module) if n.endswith("Names") and n[0].isupper()
                  and isinstance(getattr(module, n), type))
    return [m.entity.key for m in finder(gazetteer, None).find(text) if m.entity.kind == "Instrument"]


@pytest.mark.parametrize("language, text", [
    ("fr", "Rappelant ses résolutions 40/151 G du 16 décembre 1985, 41/60 D du 3 décembre 1986, "
           "52/220 du 22 décembre 1997 et 54/55 B du 1 er décembre 1999,"),
    ("en", "Recalling its resolutions 40/151 G of 16 December 1985, 41/60 D of 3 December 1986, "
           "52/220 of 22 December 1997 and 54/55 B of 1 December 1999,"),
    ("es", "Recordando sus resoluciones 40/151 G, de 16 de diciembre de 1985, 41/60 D, de 3 de diciembre "
           "de 1986, 52/220, de 22 de diciembre de 1997, y 54/55 B, de 1 de diciembre de 1999,"),
    ("ru", "ссылаясь на свои резолюции 40/151 G от 16 декабря 1985 года, 41/60 D от 3 декабря 1986 года, "
           "52/220 от 22 декабря 1997 года и 54/55 В от 1 декабря 1999 года,"),
    ("ar", "وإذ تشير إلى قراراتها 40/151 زاي المؤرخ 16 كانون الأول/ديسمبر 1985، و 41/60 دال المؤرخ 3 كانون "
           "الأول/ديسمبر 1986، و 52/220 المؤرخ 22 كانون الأول/ديسمبر 1997 و 54/55 باء المؤرخ 1 كانون الأول/ديسمبر 1999،"),
])
def test_every_resolution_of_a_list_is_found(gazetteer, language: str, text: str):
    assert found(gazetteer, language, text) == ["A/RES/40/151G", "A/RES/41/60D", "A/RES/52/220", "A/RES/54/55B"]


def test_a_list_stops_at_what_is_not_a_resolution(gazetteer):
    assert found(gazetteer, "en", "resolution 75/78, 15 States and 3/4 of the participants") == ["A/RES/75/78"]


@pytest.mark.parametrize("language, text", [
    ("en", "adopted a resolution creating the Centre (A/RES/40/151 ( G). Its report A/60/153 was issued."),
    ("ar", "مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في أفريقيا (A/RES/40/151 G). التقرير A/60/153."),
])
def test_a_resolution_cited_by_its_symbol_is_found_and_a_report_is_not(gazetteer, language: str, text: str):
    assert found(gazetteer, language, text) == ["A/RES/40/151G"]


def test_arabic_final_hamza_on_its_seat_is_one_spelling():
    assert normalise("الهادئ") == normalise("الهادي")


def test_a_russian_name_opening_with_a_capitalised_noun_is_no_gerund(gazetteer):
    text = "положения пункта 1 статьи 11 Устава Организации Объединенных Наций (995_010)"
    assert found(gazetteer, "ru", text) == ["UN-CHARTER"]


def test_a_chinese_list_names_the_word_resolution_once(gazetteer):
    text = "大会1985年12月16日第40/151 G号、1986年12月3日第41/60 D号和1987年11月30日第42/39 J号决议；报告A/60/153。"
    assert found(gazetteer, "zh", text) == ["A/RES/40/151G", "A/RES/41/60D", "A/RES/42/39J"]
