"""The reader's markers per language: front page and reporting period of invented reports."""
from kg.ingest.languages.fr import MARKERS as FRENCH, fr_ordinal
from kg.ingest.markers import markers_for
from kg.ingest.reader import read_text

FRENCH_REPORT = """Soixante-troisième session
Point 97 c) de la liste préliminaire*
Examen et application du Document de clôture
  Centre régional des Nations Unies pour la paix et le désarmement en Afrique
  Rapport du Secrétaire général
 I. Introduction
1. Le présent rapport porte sur les activités menées par le Centre régional du 1er août 2007 au 31 juillet 2008.
2. Le Centre a organisé un atelier à Lomé à l’intention des États de la région.
"""


def test_french_ordinals_and_periods():
    assert fr_ordinal("Soixante-seizième") == 76
    assert fr_ordinal("quatre-vingt-dixième") == 90
    assert FRENCH.period("du 1er juillet 2020 au 30 juin 2021") == ("2020-07-01", "2021-06-30")
    assert FRENCH.period("du 1er janvier au 31 décembre 2021") == ("2021-01-01", "2021-12-31")
    assert FRENCH.period("du 18 au 20 mai 2021") == (None, None)  # a meeting's days, not what a report covers


def test_a_french_front_page_gives_session_agenda_and_period():
    document = read_text(FRENCH_REPORT * 1, source="invented.fr.txt")
    meta = document.metadata
    assert (meta.language, meta.session, meta.agenda_item) == ("fr", "63", "97(c)")
    assert (meta.period_start, meta.period_end) == ("2007-08-01", "2008-07-31")


def test_a_language_without_markers_is_not_read():
    assert markers_for("de") is None
    assert markers_for("zh").summary.match("摘要")


SPANISH_REPORT = """Quincuagésimo tercer período de sesiones
Tema 65 f) del programa provisional*
Examen y aplicación del Documento de Clausura
  Centro Regional de las Naciones Unidas para la Paz, el Desarme y el Desarrollo en América Latina y el Caribe
  Informe del Secretario General
 I. Introducción
1. El presente informe abarca las actividades realizadas del 1º de agosto de 1997 al 31 de julio de 1998.
2. El Centro organizó un seminario en Lima para los Estados de la región.
"""


def test_spanish_ordinals_written_out_and_compound():
    from kg.ingest.languages.es import es_ordinal

    assert es_ordinal("Septuagésimo sexto") == 76
    assert es_ordinal("quincuagésimo tercer") == 53
    assert es_ordinal("vigésimo primer") == 21
    assert es_ordinal("decimoséptimo") == 17
    assert es_ordinal("Sexagésimo") == 60
    assert es_ordinal("septuagesimo octavo") == 78  # a copy that lost its accents
    assert es_ordinal("período") is None


def test_spanish_periods_stated_or_by_year():
    spanish = markers_for("es")
    assert spanish.period("del 1 de julio de 2020 al 30 de junio de 2021") == ("2020-07-01", "2021-06-30")
    assert spanish.period("entre el 1 de enero y el 31 de diciembre de 2018") == ("2018-01-01", "2018-12-31")
    assert spanish.period("las actividades realizadas por el Centro durante 2019.") == ("2019-01-01", "2019-12-31")
    assert spanish.unit.match("(En dólares de los Estados Unidos)")


def test_a_spanish_front_page_gives_session_agenda_and_period():
    document = read_text(SPANISH_REPORT, source="invented.es.txt")
    meta = document.metadata
    assert (meta.language, meta.session, meta.agenda_item) == ("es", "53", "65(f)")
    assert (meta.period_start, meta.period_end) == ("1997-08-01", "1998-07-31")


WRAPPED_NOTES = """Sexagésimo período de sesiones
Tema 9 del programa provisional
  Centro Regional de las Naciones Unidas para la Paz y el Desarme en África
  Informe del Secretario General
 I. Introducción
1. El presente informe abarca las actividades realizadas del 1 de enero al 31 de diciembre de 2004.
 A. Apoyo a las comisiones nacionales sobre armas pequeñas y armas ligeras
 1. Apoyo a las comisiones nacionales sobre armas pequeñas y armas ligeras de África
2. El Centro organizó un taller en Lomé para los Estados de África Occidental1, con 20 participantes.
__________________
 1 Benin, Ghana, Nigeria, Senegal
 y Togo.
 Anexo
 Estado del Fondo Fiduciario correspondiente a 2004
 (En dólares de los Estados Unidos)
 Saldo al 1 de enero de 2004 1.102.477
 Contribuciones voluntarias a 62.340
 a Incluye las siguientes contribuciones: Benin, 2.340 dólares;
 y Togo, 60.000 dólares.
"""


def test_spanish_notes_wrapped_before_a_one_letter_word_and_long_subsection_titles():
    document = read_text(WRAPPED_NOTES, source="invented.es.txt")
    assert [f.text for f in document.footnotes] == ["Benin, Ghana, Nigeria, Senegal y Togo."]
    assert [h.title for h in document.headings][-1].endswith("armas ligeras de África")
    assert [p.number for p in document.paragraphs if p.part == "body"] == [1, 2]
    [table] = document.tables
    assert [(r.label, r.amount_text) for r in table.rows] == [
        ("Saldo al 1 de enero de 2004", "1102477"), ("Contribuciones voluntarias", "62340")]
    assert [n.text for n in table.footnotes] == [
        "Incluye las siguientes contribuciones: Benin, 2.340 dólares; y Togo, 60.000 dólares."]


def test_a_spanish_web_copy_lists_its_notes_under_notas():
    text = """Sexagésimo período de sesiones
Tema 9 del programa provisional
Centro Regional de las Naciones Unidas para la Paz y el Desarme en África
Informe del Secretario General
I. Introducción
1. El presente informe abarca las actividades realizadas del 1 de enero al 31 de diciembre de 2004.
2. El Centro organizó un taller en Lomé para los Estados de África Occidental[1], con 20 participantes.
Notas
[1] Benin, Ghana y Togo.
"""
    document = read_text(text, source="invented.es.txt")
    assert [(f.mark, f.text) for f in document.footnotes] == [("1", "Benin, Ghana y Togo.")]
    assert document.paragraphs[-1].text.endswith("con 20 participantes.")
