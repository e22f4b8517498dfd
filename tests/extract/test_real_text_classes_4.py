"""What the fourth batch of real texts (tests/fixtures/real) taught the reader and the
extraction: a web page's dashed list after a lead-in line, a document-sharing site's widgets,
a PDF's paragraph numbers on lines of their own, the head of a 1990s Chinese resolution, its
adoption line, Arabic "السلم" and resolutions listed with a glued "و", events that were not held,
French country names without their accents. Invented sentences, no real text's facts."""
from kg.extract.ar.words import word_form
from kg.extract.pipeline import extract
from kg.ingest import read_text
from kg.ingest.layout import clean_lines, join_lone_numbers


def names(facts, kind=None):
    return {m.entity.key for m in facts.mentions if kind is None or m.entity.kind == kind}


def activities(text):
    return sorted((a.start, a.end, a.type) for a in extract(read_text(text)).activities)


LIST_PAGE = """Oficina de Asuntos de Desarme
La Oficina de Asuntos de Desarme es un departamento de la Secretaría de las Naciones Unidas desde hace años.
La Oficina tiene tres servicios:
- Servicio de armas convencionales
- Servicio regional de desarme, con un centro regional:
- El Centro Regional de las Naciones Unidas para la Paz y el Desarme en África (UNREC), en Lomé ( Togo )
Historia
La Oficina se estableció hace muchos años por recomendación de la Asamblea General de las Naciones Unidas.
"""


def test_a_dashed_list_after_a_lead_in_is_text_one_block_an_item():
    document = read_text(LIST_PAGE)
    texts = [p.text for p in document.paragraphs]
    assert "- Servicio de armas convencionales" in texts
    assert any(t.startswith("- El Centro Regional") and t.endswith("( Togo )") for t in texts)  # no heading glued
    facts = extract(document)
    assert {"UNREC"} <= names(facts, "Organization") and "TGO" in names(facts, "Country")


def test_a_dashed_list_after_a_heading_is_no_text():
    page = (LIST_PAGE.replace("La Oficina tiene tres servicios:\n", "Servicios\n")
            .replace("- Servicio regional de desarme, con un centro regional:\n", "- Servicio regional de desarme\n"))
    texts = [p.text for p in read_text(page).paragraphs]
    assert not any(t.startswith("- ") for t in texts)  # a menu under a heading


def test_a_sharing_site_s_widgets_and_page_marks_are_furniture():
    lines = clean_lines("裁军年鉴\n  • Upload\n    others\n  • View\nEmbed Size (px)\nCitation preview\n"
                        "Page 1: 裁军年鉴 2010年\n读者指南\n")
    assert not any(word in line for line in lines for word in ("Upload", "View", "others", "Embed", "Citation", "Page 1"))
    assert "读者指南" in lines


def test_paragraph_numbers_on_lines_of_their_own_join_their_paragraphs():
    lines = ["I. Introducción", "1.", "Este informe se presenta a petición del Consejo.", "2.", "Durante el período."]
    assert join_lone_numbers(lines) == ["I. Introducción", "1. Este informe se presenta a petición del Consejo.",
                                        "2. Durante el período."]
    # one number alone, or numbers out of order, may be a table's: left as they are
    assert join_lone_numbers(["1.", "Total"]) == ["1.", "Total"]
    assert join_lone_numbers(["3.", "Total", "1.", "Otros"]) == ["3.", "Total", "1.", "Otros"]


RESOLUTION_ZH = ("第五十一届会议 议程项目71 大会决议 [根据第一委员会的报告(A/51/566)通过] 51/99. 裁军周 大会, "
                 "重申裁军谈判会议作为国际社会唯一的多边裁军谈判论坛的作用, 注意到裁军谈判会议在1996年8月2日作出关于其议程的"
                 "CD/1400号决定, 1. 请秘书长继续提供支助; 1996年12月10日 第79次全体会议\n")


def test_a_1990s_chinese_resolution_s_head_gives_its_session_and_agenda_item():
    document = read_text(RESOLUTION_ZH)
    assert (document.metadata.session, document.metadata.agenda_item) == ("51", "71")


def test_a_chinese_resolution_s_adoption_line_and_a_body_s_decision_are_no_meetings():
    facts = extract(read_text(RESOLUTION_ZH))
    assert not facts.activities
    assert names(facts, "Organization") >= {"CD", "UNGA", "FIRST-COMMITTEE"}
    assert not any("论坛" in key or "LUN-TAN" in key for key in names(facts, "Organization"))


def test_the_older_arabic_word_for_peace_names_the_same_centre():
    assert word_form("للسلم") == word_form("للسلام") == word_form("السلم") == "سلام"
    text = "وإذ تشير إلى مركز الأمم المتحدة الإقليمي للسلم ونزع السلاح في أفريقيا، ومقره لومي.\n"
    assert "UNREC" in names(extract(read_text(text)), "Organization")


def test_an_arabic_list_of_resolutions_with_a_glued_conjunction():
    text = ("إن الجمعية العامة، إذ تشير إلى قراريها 43 / 76 دال المؤرخ 7 كانون الأول/ديسمبر 1988 "
            "و45 / 58 ميم المؤرخ 4 كانون الأول/ديسمبر 1990، وإذ تثني على تنظيم اجتماعات إقليمية للحوار،\n")
    facts = extract(read_text(text))
    assert {"A/RES/43/76D", "A/RES/45/58M"} <= names(facts, "Instrument")
    assert not facts.activities  # the second resolution's date is its adoption's


def test_an_event_that_was_not_held_is_no_activity():
    ru = ("Запланированная на 2014 год конференция по вопросу о создании зоны так и не была проведена. "
          "Кроме того, в мае 2015 года Центр провел семинар в Ломе для сотрудников полиции.\n")
    assert [kind for _, _, kind in activities(ru)] == ["Workshop"]
    en = "The regional conference planned for March 2014 in Lima was not held, for want of funds.\n"
    assert activities(en) == []
    held = "The regional conference was held in Lima in March 2014, with experts of ten States.\n"
    assert [start for start, _, _ in activities(held)] == ["2014-03"]


def test_french_country_names_without_their_accents():
    text = "Les représentants des pays suivants ont expliqué leur vote : Egypte, Koweit, Etats-Unis, Equateur.\n"
    assert {"EGY", "KWT", "USA", "ECU"} <= names(extract(read_text(text)), "Country")


NEWS = """ date 2020-03 Lomé - Le Centre régional des Nations Unies pour la paix et le désarmement en Afrique a ouvert, lundi 9 mars 2020 à Lomé, un atelier de formation à l'intention des douaniers.

Cet atelier s'inscrit dans le cadre d'un projet régional sur la gestion des armes et des munitions.

Cet atelier est conjointement organisé par le Bureau des affaires de désarmement, avec l'appui financier du Gouvernement du Japon.
"""


def test_a_block_that_points_back_at_the_event_gives_it_its_organisers_and_funders():
    facts = extract(read_text(NEWS))
    [workshop] = facts.activities
    links = {(link.relation, link.target.key) for link in workshop.links}
    assert {("organizer", "UNREC"), ("organizer", "UNODA"), ("funder", "JPN")} <= links
    funder = next(link for link in workshop.links if link.relation == "funder")
    assert funder.source.paragraph == "b3"  # stated in the later block, sourced there
    assert workshop.paragraph == "b1"


def test_a_block_that_does_not_point_back_stays_apart():
    facts = extract(read_text(NEWS.replace("Cet atelier est conjointement organisé",
                                           "Un autre projet est conjointement organisé")))
    [workshop] = facts.activities
    assert ("funder", "JPN") not in {(link.relation, link.target.key) for link in workshop.links}


def test_a_date_after_a_cited_document_s_symbol_is_that_document_s():
    es = ("De conformidad con la Declaración de la Presidencia (S/PRST/2003/12) de 14 de mayo de 2003, "
          "el Secretario General envió una misión de evaluación a la región.\n")
    assert activities(es) == []
    en = ("Pursuant to the presidential statement (S/PRST/2003/12) of 14 May 2003, the Secretary-General "
          "dispatched an assessment mission to the region.\n")
    assert activities(en) == []
    held = "On 14 May 2003, the Centre held a workshop in Lomé on small arms for police officers.\n"
    assert [start for start, _, _ in activities(held)] == ["2003-05-14"]


def test_a_block_that_says_this_event_lasts_until_a_date_ends_it():
    page = ("14/3/2016\n\n"
            "Le 7 mars, le Centre régional organise à Lima un stage de formation sur le trafic d’armes à feu.\n\n"
            "Cette formation, qui dure jusqu’au 18 mars, s’adresse à une trentaine de fonctionnaires de 9 États Membres.\n\n"
            "Ce stage est organisé avec le soutien du Gouvernement du Pérou.\n")
    [course] = extract(read_text(page)).activities
    assert (course.start, course.end) == ("2016-03-07", "2016-03-18")
    assert course.participant_countries == 9
    assert ("funder", "PER") in {(link.relation, link.target.key) for link in course.links}


def test_a_french_press_release_tells_who_organises_in_the_present():
    page = ("14/3/2016\n\n"
            "Le 7 mars, le Bureau des affaires de désarmement organise à Lima un stage de formation "
            "sur le trafic d’armes à feu.\n")
    [course] = extract(read_text(page)).activities
    assert ("organizer", "UNODA") in {(link.relation, link.target.key) for link in course.links}
