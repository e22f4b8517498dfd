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
    assert FRENCH.period("du 18 au 20 mai 2021") == ("2021-05-18", "2021-05-20")


def test_a_french_front_page_gives_session_agenda_and_period():
    document = read_text(FRENCH_REPORT * 1, source="invented.fr.txt")
    meta = document.metadata
    assert (meta.language, meta.session, meta.agenda_item) == ("fr", "63", "97(c)")
    assert (meta.period_start, meta.period_end) == ("2007-08-01", "2008-07-31")


def test_a_language_without_markers_is_not_read():
    assert markers_for("de") is None
    assert markers_for("zh").summary.match("摘要")
