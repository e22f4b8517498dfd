"""A page decoded with the wrong code page before it was copied reads as the page."""
from kg.ingest import read_text
from kg.ingest.mojibake import repair_mojibake

PLAIN = ("Le Centre régional des Nations Unies pour la paix et le désarmement en Afrique a organisé "
         "à Lomé un atelier sur le contrôle des armes légères, avec l’appui de l’Allemagne.\n")


def _utf8_read_as_1252(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_utf8_read_as_windows_1252_is_decoded_as_written():
    damaged = _utf8_read_as_1252(PLAIN)
    assert "Ã©" in damaged and "â€™" in damaged
    assert repair_mojibake(damaged) == PLAIN
    assert read_text(damaged).paragraphs == read_text(PLAIN).paragraphs


def test_a_gb2312_pages_accented_letters_read_as_windows_1252_are_put_back():
    damaged = "la limitaci¨®n de armas y la Organizaci¨®n de las Naciones Unidas, la m¨¢xima prioridad, qu¨ªmicas"
    assert repair_mojibake(damaged) == "la limitación de armas y la Organización de las Naciones Unidas, la máxima prioridad, químicas"


def test_a_text_showing_no_damage_or_one_sign_of_it_is_left_as_it_is():
    assert repair_mojibake(PLAIN) == PLAIN
    once = "Le code Ã© du fichier est cité tel quel."
    assert repair_mojibake(once) == once
    legit = "« Désarmement » – à Lomé, l’année 2021 ; ¨ tréma"
    assert repair_mojibake(legit) == legit


REPORT = """A/66/140
General Assembly
Sixty-sixth session
United Nations Regional Centre for Peace and Disarmament in Africa
Report of the Secretary-General
I. Introduction
1. The Regional Centre organized a workshop in Lomé on 3 May 2011 for officials of Benin and Togo.
2. The Centre received voluntary contributions from Germany and Japan.
"""


def test_signs_that_print_as_nothing_inside_a_symbol_a_number_or_a_word_are_dropped():
    copied = (REPORT.replace("A/66/140", "A/66/14\u200b0").replace("Regional", "Re\u00adgio\u00adnal")
              .replace("workshop", "work\u200bshop").replace("2011", "20\u206011"))
    plain, read = read_text(REPORT), read_text(copied)
    assert read.metadata == plain.metadata and read.metadata.symbol == "A/66/140"
    assert read.paragraphs == plain.paragraphs
