"""An Arabic line of a PDF is put back together from the runs it was drawn in, from the right.

Word processors draw a right-to-left line in runs, left to right on the page: numbers and Latin
words as runs of their own, and each kashida (the stretch that justifies a line) as a glyph the
font may give as tatweel or as any sign. The whole-document check is tests/ingest/test_copies.py
(an Arabic report set by LibreOffice); these are the cases one by one, with the runs as pypdf gives
them (x in points, each run's text as pypdf reads it).
"""
from __future__ import annotations

import pytest

from kg.ingest.pdf_rtl import Run, rtl_line


def line(*runs: tuple[float, str], size: float = 11.0) -> str:
    return rtl_line([Run(x, size, text) for x, text in runs])


def test_runs_are_read_from_the_right():
    assert line((71.1, "أفريقيا"), (150.0, "السلاح في "), (220.0, "مركز ")) == "مركز السلاح في أفريقيا"


@pytest.mark.parametrize("kashida", [";", "==", "/", "\u0640"])
def test_a_kashida_between_two_halves_of_a_word_is_dropped_with_no_space(kashida: str):
    # "للسلام" drawn as "لام" | kashida | "للس", left to right
    assert line((100.0, "لام ونزع"), (140.0, kashida), (143.0, "يغطي للس")) == "يغطي للسلام ونزع"


def test_a_slash_after_a_letter_that_never_joins_is_kept():
    # "تموز/يوليه": ز does not join the letter after it, so a `/` after it is a real slash
    assert line((100.0, "يوليه"), (126.0, "/"), (130.0, "تموز")) == "تموز/يوليه"


def test_a_number_keeps_its_digits_and_gets_its_spaces():
    # "في الفترة من 1 تموز/يوليه 2016": the year drawn left of the month, a space between them
    assert line((356.7, "2016"), (387.3, " تموز/يوليه"), (444.4, "1"), (452.2, "في الفترة من ")) == \
        "في الفترة من 1 تموز/يوليه 2016"


def test_a_range_of_numbers_reads_in_order():
    assert line((374.8, "20"), (390.2, "-"), (394.4, "18"), (409.8, "وفي الفترة من ")) == "وفي الفترة من 18-20"


def test_a_latin_phrase_keeps_its_word_order():
    assert line((200.0, "Nations"), (236.0, " "), (239.0, "United"), (300.0, "منظمة ")) == "منظمة United Nations"


def test_an_amount_in_its_column_is_not_read_with_a_year_in_the_label():
    # a table row: the amount far left, the label's year beside its words
    assert line((251.9, "840120"), (308.3, "2016"), (339.0, " كانون الثاني/يناير"), (430.3, "1"),
                (438.1, "الرصيد المتراكم، ")) == "الرصيد المتراكم، 1 كانون الثاني/يناير 2016 840120"


def test_signs_alone_are_read_in_the_order_they_are_seen_and_brackets_hug_what_they_hold():
    # "(ف-3)." at a paragraph's end: the closing bracket and the full stop drawn as `.)`
    assert line((88.4, ".)"), (96.8, "3"), (104.7, "-"), (104.7, "للشؤون السياسية (ف")) == "للشؤون السياسية (ف-3)."
    assert line((250.2, ")"), (254.8, "53700"), (293.1, "("), (438.5, "2016"), (469.2, "العجز لعام")) == \
        "العجز لعام 2016 (53700)"


def test_arabic_indic_digits_read_from_the_right_are_turned_back():
    # pypdf takes Arabic-Indic digits for letters and gives "٩٨" as "٨٩"
    assert line((391.0, " (ب) من القائمة"), (490.7, "٨٩"), (504.8, "البند ")) == "البند ٩٨ (ب) من القائمة"


def test_a_kashida_given_as_a_letter_inside_a_run_is_dropped():
    assert line((100.0, "مركز للسCلام ونCCزع")) == "مركز للسلام ونزع"


def test_a_paragraph_number_is_set_apart_from_its_text():
    assert line((436.0, "بنن، وتوغو، وغانا."), (520.8, "1")) == "1 بنن، وتوغو، وغانا."


def test_brackets_a_program_gave_as_drawn_are_mirrored_back():
    # a browser's PDF: each word a run, the brackets as their mirrored glyphs
    assert line((291.0, "("), (295.0, "455605"), (331.0, ")"), (498.3, "2019"), (522.3, " "),
                (525.3, "لعام"), (545.8, "  "), (548.8, "العجز")) == "العجز لعام 2019 (455605)"


def test_signs_placed_beside_a_number_go_back_to_their_word():
    assert line((100.0, ".وقدم"), (130.0, " "), (140.0, "2019"), (170.0, "عام ")) == "عام 2019. وقدم"


@pytest.mark.parametrize("line_text", ["file:///tmp/report.html 1/3", "12/6/26, 6:53 PM United Nations"])
def test_a_browsers_print_header_and_footer_are_page_furniture(line_text: str):
    from kg.ingest.layout import is_artefact

    assert is_artefact(line_text)
    assert not is_artefact("12 December 2026, the Centre held a workshop")
