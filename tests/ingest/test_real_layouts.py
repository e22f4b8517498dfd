"""Layouts and phrasings of real texts of the field (tests/fixtures/real): a front page run
together with the text, a resolution's front page, a period stated in months."""
from __future__ import annotations

from kg.ingest.languages.es import find_range
from kg.ingest.reader import read_text

RUN_TOGETHER = (
    "Descarga 12 vistas\nA/70/999\n\nNaciones Unidas\n\nAsamblea General\n\n"
    "Distr. general 3 de agosto de 2015 Español Original: inglés\n\n"
    "Septuagésimo período de sesiones Tema 97 b) de la lista preliminar* Examen y aplicación del "
    "Documento de Clausura\n\nCentro Regional de las Naciones Unidas para la Paz y el Desarme en Asia y el "
    "Pacífico Informe del Secretario General Resumen En el presente informe se describen las actividades "
    "del Centro Regional entre julio de 2014 y junio de 2015. El Centro siguió prestando asistencia a los "
    "Estados de la región en la aplicación de los instrumentos de desarme.\n")


def test_a_front_page_run_together_with_the_text_is_read():
    meta = read_text(RUN_TOGETHER).metadata
    assert (meta.symbol, meta.session, meta.agenda_item, meta.genre) == ("A/70/999", "70", "97(b)", "report")
    assert meta.title == "Centro Regional de las Naciones Unidas para la Paz y el Desarme en Asia y el Pacífico"
    assert (meta.period_start, meta.period_end) == ("2014-07-01", "2015-06-30")


def test_the_report_of_the_secretary_general_in_a_sentence_makes_no_front_page():
    text = ("Le Centre a présenté ses travaux. Tenant compte du rapport du Secrétaire général sur la "
            "cinquante-huitième session et du point 12 de l'ordre du jour, le Centre a poursuivi ses activités.\n")
    meta = read_text(text).metadata
    assert (meta.session, meta.agenda_item, meta.genre) == (None, None, "other")


def test_a_resolutions_front_page_gives_its_symbol_session_and_agenda_item():
    text = ("Nations Unies A/RES/63/76 Assemblée générale Distr. générale 9 janvier 2009 Soixante-troisième "
            "session Point 89, c, de l’ordre du jour Résolution adoptée par l’Assemblée générale "
            "[sur le rapport de la Première Commission (A/63/389)] 63/76. Centre régional des Nations Unies "
            "pour la paix et le désarmement en Afrique L’Assemblée générale, Rappelant ses résolutions "
            "40/151 G du 16 décembre 1985 et 41/60 D du 3 décembre 1986,\n")
    meta = read_text(text).metadata
    assert (meta.symbol, meta.session, meta.agenda_item, meta.period_start) == ("A/RES/63/76", "63", "89(c)", None)


def test_a_spanish_period_in_months():
    assert find_range("entre julio\nde 2009 y junio de 2011") == ("2009-07-01", "2011-06-30")
    assert find_range("de enero a diciembre de 2019") == ("2019-01-01", "2019-12-31")
    assert find_range("de marzo a mayo de 2020") == (None, None)  # an activity's months, not a period


# the opening of an Arabic PDF's text as a document site gives it: shaped letters (presentation
# forms), the front page's Latin furniture run into the text
SHAPED_ARABIC = ("ﺍﻷﻣــﻢ ﺍﳌﺘﺤـﺪﺓ ﺍﻟﻌﺎﻣﺔ ﺍﳉﻤﻌﻴﺔDistr.: General 2 December 2004 Arabic Original: English 011204 "
                 "301104 04-60229 (A) ﻭﺍﳋﻤﺴﻮﻥ ﺍﻟﺘﺎﺳﻌﺔ ﺍﻟﺪﻭﺭﺓ ﻣﻦ ﻣﺬﻛﺮﺓ ﺍﻷﻣﲔ ﺍﻟﻌﺎﻡ ﺍﳉﻤﻌﻴﺔ ﺍﻟﻌﺎﻣﺔ ﺃﻳﻠﻮﻝ/ ﺳﺒﺘﻤﱪ ﺍﻷﻣﻢ "
                 "ﺍﳌﺘﺤﺪﺓ ﺇﱃ ﺍﳌﻴﺜﺎﻕ ﺍﻟﻮﺍﺭﺩ ﺍﻟﺘﻄﻠﻊ ﺳﻴﻤﺎ ﻭﻻ، ﺍﳉﻤﺎﻋﻲ ﺍﻷﻣﻦ ﺗﻮﻓﲑ ﻟﻠﺠﻤﻴﻊ.\n")


def test_an_arabic_copy_in_shaped_letters_is_read_as_arabic():
    from kg.ingest.reader import detect_language

    assert detect_language(SHAPED_ARABIC) == "ar"
    assert read_text(SHAPED_ARABIC).metadata.language == "ar"


def test_the_front_pages_latin_furniture_names_no_body():
    from kg.extract.ar.names import ArabicNames
    from kg.reference.gazetteer import load_gazetteer

    text = read_text(SHAPED_ARABIC).paragraphs[0].text
    keys = {m.entity.key for m in ArabicNames(load_gazetteer(), None).find(text)}
    assert keys == {"UN", "UNGA", "UNSG"}


def test_a_period_in_months_in_english_russian_and_arabic():
    from kg.ingest.languages import ar, en, ru

    assert en.find_range("during the period from July 2010 to June 2011") == ("2010-07-01", "2011-06-30")
    assert en.find_range("between July 2009 and June 2011") == ("2009-07-01", "2011-06-30")
    assert en.find_range("from March to May 2020") == (None, None)
    assert ru.find_range("в период с июля 2010 года по июнь 2011 года") == ("2010-07-01", "2011-06-30")
    assert ar.find_range("خلال الفترة من تموز/يوليه 2010 إلى حزيران/يونيه 2011") == ("2010-07-01", "2011-06-30")
