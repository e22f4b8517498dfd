"""What the third batch of real texts (tests/fixtures/real) taught the reader and the
extraction: a page's date line dates its yearless days, an event named only by its quoted
title, small capitals split after their initials, blockers with an apostrophe, Chinese
countries by one character, Chinese adoption dates with how a resolution was adopted.
Invented sentences, no real text's facts."""
from kg.extract.pipeline import extract
from kg.ingest import read_text
from kg.ingest.layout import join_split_initials


def names(facts, kind=None):
    return {m.entity.key for m in facts.mentions if kind is None or m.entity.kind == kind}


def activities(text):
    return sorted((a.start, a.end, a.type) for a in extract(read_text(text)).activities)


PRESS = """Communiqué de presse

3/9/2014
Département de l’information • New York

Le 8 septembre, le Bureau des affaires de désarmement organise à Lima un atelier sur le contrôle des armes légères à l’intention de fonctionnaires du Pérou.

Ce stage est organisé à Port-d’Espagne avec le soutien du Gouvernement de Trinité-et-Tobago.
"""


def test_a_page_s_date_line_dates_the_days_it_writes_without_their_year():
    assert activities(PRESS) == [("2014-09-08", None, "Workshop")]


def test_a_listing_s_month_first_date_line_dates_its_items():
    page = ("Mar 4, 2016 | Noticias\n"
            "El 9 de marzo, el Centro Regional organizó un taller para oficiales de policía de Belice.\n")
    assert activities(page) == [("2016-03-09", None, "Workshop")]


def test_without_a_date_line_yearless_days_date_nothing():
    assert activities(PRESS.replace("3/9/2014\n", "")) == []


def test_a_blocker_with_an_apostrophe_keeps_its_country_out():
    facts = extract(read_text(PRESS))
    assert "ESP" not in names(facts, "Country") and "TTO" in names(facts, "Country")


def test_an_event_named_only_by_its_quoted_title():
    page = ('انعقدت "حلقة العمل الإقليمية بشأن الأسلحة الصغيرة" في ليما، بيرو، يومي 4 و5 آذار/مارس 2015، '
            'ونظمها مكتب الأمم المتحدة لشؤون نزع السلاح. وشارك في الحلقة خبراء من عدة بلدان.\n')
    assert [(start, end) for start, end, _ in activities(page)] == [("2015-03-04", "2015-03-05")]


def test_a_quoted_title_without_an_event_verb_is_no_event():
    page = ('في 4 آذار/مارس 2015، نشر المكتب تقريرا بعنوان "حلقة العمل الإقليمية بشأن الأسلحة الصغيرة" '
            'في ليما، بيرو. وقرأه خبراء من عدة بلدان.\n')
    assert activities(page) == []


def test_small_capitals_split_after_their_initials_are_mended():
    lines = ["E XAMEN DE LAS ACTIVIDADES DEL C OMITÉ C ONSULTIVO P ERMANENTE DE LAS N ACIONES U NIDAS",
             "A LA ASAMBLEA Y A LOS E STADOS", "PART B CONTRIBUTIONS"]
    assert join_split_initials(lines) == [
        "EXAMEN DE LAS ACTIVIDADES DEL COMITÉ CONSULTIVO PERMANENTE DE LAS NACIONES UNIDAS",
        "A LA ASAMBLEA Y A LOS ESTADOS", "PART B CONTRIBUTIONS"]
    # one split after a letter that is a word of its own tells nothing
    assert join_split_initials(["PART B CONTRIBUTIONS", "A LA ASAMBLEA"]) == ["PART B CONTRIBUTIONS", "A LA ASAMBLEA"]


NEWS_ZH = """联合国小武器问题讲习班在河内举行

联合国裁军事务厅与越南政府合办的讲习班于2016年5月10日在河内举行,中、美、俄、英、法等20多个国家的约40名官员出席。

此前,大会于2015年12月7日未经表决通过的第70/60号决议请秘书长提出报告。
"""


def test_chinese_countries_by_one_character_in_a_list():
    facts = extract(read_text(NEWS_ZH))
    assert {"CHN", "USA", "RUS", "GBR", "FRA", "VNM"} <= names(facts, "Country")
    assert "ITA" not in names(facts, "Country")
    other = "中美洲各国的官员于2016年5月10日在危地马拉出席了联合国裁军事务厅举办的小武器问题讲习班,讨论了法律、英文资料和培训。\n"
    assert not {"CHN", "USA", "GBR", "FRA"} & names(extract(read_text(other)), "Country")


def test_a_chinese_resolution_s_adoption_date_with_how_it_was_adopted_is_no_event():
    assert activities(NEWS_ZH) == [("2016-05-10", None, "Workshop")]
