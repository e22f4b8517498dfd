"""Documents of the field in the layouts the UN has published them in, read into the Document
they hold: texts without paragraph numbers (blocks keyed by position), the typewritten plain
text of the 1990s, the HTML era's one-line reports, joint symbols, titles over two lines, and
what each document is (its genre). Texts written for these tests; symbols and events invented."""
from __future__ import annotations

from kg.ingest import Heading, Paragraph, read_text
from kg.ingest.layout import clean_lines

# A yearbook chapter as its web edition gives it: a chapter line, a heading, paragraphs that
# are printed lines broken mid-sentence and start indented, no numbers, a note under a rule.
YEARBOOK = """\
CHAPTER V

Regional disarmament

Regional centres

  In 2031, the Regional Centre for Peace and Disarmament in Africa organized a
workshop on small arms control in Lomé for officials of Benin and Ghana, with the
support of the European Union.1
  The Centre also continued its cooperation with the African Union on the
Silencing the Guns initiative.
__________________
1 The workshop was held from 3 to 5 May 2031.
"""


def test_a_text_without_numbered_paragraphs_is_read_into_blocks_keyed_by_position():
    document = read_text(YEARBOOK)
    body = [p for p in document.paragraphs if p.part == "body"]
    assert [(p.key, p.number, p.position) for p in body] == [("b1", None, 1), ("b2", None, 2)]
    assert body[0].text == ("In 2031, the Regional Centre for Peace and Disarmament in Africa organized a workshop "
                            "on small arms control in Lomé for officials of Benin and Ghana, with the support of "
                            "the European Union.")
    assert body[0].footnote_refs[0].mark == "1"
    assert body[1].text == "The Centre also continued its cooperation with the African Union on the Silencing the Guns initiative."
    assert document.footnote("1").text == "The workshop was held from 3 to 5 May 2031."
    assert not document.numbered


def test_what_a_text_without_numbers_does_not_state_stays_empty_and_is_told():
    document = read_text(YEARBOOK)
    meta = document.metadata
    assert (meta.symbol, meta.session, meta.agenda_item, meta.period_start, meta.title) == (None,) * 5
    assert meta.genre == "yearbook-chapter"
    assert document.warnings == ("no numbered paragraphs: read as 2 blocks of text (b1-b2), genre yearbook-chapter; "
                                 "no symbol, session, agenda item, reporting period, title stated",)


# A web page: navigation and a date above, a share bar and a copyright line below, one
# paragraph a line, no numbers.
WEB_PAGE = """\
Home
Peace and security
Disarmament
12 March 2032
Press Release
Centre trains customs officers in Lima
LIMA, 12 March -- The United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean trained 30 customs officers of Peru in the detection of firearms.
The training was funded by Canada.
Share this page
Copyright United Nations
"""


def test_a_web_page_loses_the_lines_around_its_text():
    document = read_text(WEB_PAGE)
    assert [p.text for p in document.paragraphs] == [
        "LIMA, 12 March -- The United Nations Regional Centre for Peace, Disarmament and Development in Latin "
        "America and the Caribbean trained 30 customs officers of Peru in the detection of firearms.",
        "The training was funded by Canada."]
    assert document.metadata.genre == "other"


# A letter with its annex, as a document.
LETTER = """\
A/86/300–S/2031/612

Letter dated 2 July 2031 from the Permanent Representative of Nepal to the United Nations addressed to the Secretary-General

I have the honour to transmit herewith the statement of the Government of Nepal on the work of the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific (see annex).

I should be grateful if the present letter and its annex could be circulated as a document of the General Assembly and of the Security Council.

Annex

Statement of the Government of Nepal

In 2031 the Regional Centre held a conference in Kathmandu with the Government of Japan and the Republic of Korea.
"""


def test_a_letter_with_a_joint_symbol():
    document = read_text(LETTER)
    assert document.metadata.symbol == "A/86/300"
    assert document.metadata.other_symbols == ("S/2031/612",)
    assert document.metadata.genre == "letter"
    assert len([p for p in document.paragraphs if p.position]) == 2
    assert [(p.key, p.part, p.text) for p in document.paragraphs if p.part == "annex"] == [
        ("annex-b1", "annex", "In 2031 the Regional Centre held a conference in Kathmandu with the Government of "
                              "Japan and the Republic of Korea.")]


# The typewritten plain text of the 1990s: double spaces between words, `Distr. GENERAL`, an
# agenda item `71 (b)`, a table of contents with leader dots, paragraphs `1.  By its`.
NINETIES = """\
UNITED
NATIONS                                                        A

          General Assembly                        Distr.
                                                  GENERAL

                                                  A/51/300
                                                  5 August 1996

                                                  ORIGINAL:  ENGLISH

Fifty-first session
Agenda item 71 (b)

          REVIEW AND IMPLEMENTATION OF THE CONCLUDING DOCUMENT OF
               THE TWELFTH SPECIAL SESSION OF THE GENERAL ASSEMBLY

          United Nations Regional Centre for Peace and Disarmament in Africa

                        Report of the Secretary-General

                                   CONTENTS
                                                             Paragraphs
   I.   INTRODUCTION ........................................     1 - 2
  II.   ACTIVITIES OF THE CENTRE ............................     3

96-20001 (E)   120896                                            /...

1.  By its  resolution  50/71 C  of  12 December 1995,  the  General  Assembly
requested the Secretary-General to report on the Centre.

2.  The  present report covers the period  from 1 July 1995 to 30 June 1996.

3.  The Centre held a seminar in Lomé in March 1996.
"""


def test_the_typewritten_text_of_the_nineties():
    document = read_text(NINETIES)
    meta = document.metadata
    assert (meta.symbol, meta.session, meta.agenda_item, meta.job_number) == ("A/51/300", "51", "71(b)", "96-20001")
    assert meta.title == "United Nations Regional Centre for Peace and Disarmament in Africa"
    assert (meta.period_start, meta.period_end, meta.genre) == ("1995-07-01", "1996-06-30", "report")
    assert [(p.key, p.text) for p in document.paragraphs] == [
        ("1", "By its resolution 50/71 C of 12 December 1995, the General Assembly requested the "
              "Secretary-General to report on the Centre."),
        ("2", "The present report covers the period from 1 July 1995 to 30 June 1996."),
        ("3", "The Centre held a seminar in Lomé in March 1996.")]


# The HTML era: the front page on one line, the report on another, `一.导言 1.本报告`.
HTML_ERA = (
    "第八十五届会议 临时议程项目99(c) 审查和执行大会第十二届特别会议《结论文件》: 联合国和平与裁军非洲区域中心 秘书长的报告\n"
    "一.导言 1.本报告是依照大会2029 年12 月1 日第84/55B 号决议提交的,其中大会请秘书长就该决议的执行情况向大会第八十五届会议提出报告。"
    "本报告所述期间,区域中心在洛美举办了多次讲习班,并与非洲联盟开展了合作,以支持各国执行有关小武器的区域文书。 "
    "2.本报告包括的期间是2029 年9 月1 日至2030 年7 月31 日。 二.中心的运作 3.中心的总部设在多哥洛美。\n")


def test_the_html_era_report_on_one_line():
    document = read_text(HTML_ERA)
    assert [(p.key, p.section) for p in document.paragraphs] == [("1", "一"), ("2", "一"), ("3", "二")]
    assert document.headings == (Heading("一", "导言", 1), Heading("二", "中心的运作", 1))
    assert (document.metadata.session, document.metadata.agenda_item) == ("85", "99(c)")
    assert document.paragraphs[2] == Paragraph("3", 3, "中心的总部设在多哥洛美。", "二", "body")


def test_an_english_title_over_two_lines_is_the_whole_title():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "A-76-97.en.txt").read_text(encoding="utf-8")
    meta = read_text(text).metadata
    assert meta.title == "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"
    assert meta.agenda_title == ("Review and implementation of the Concluding Document of the Twelfth Special "
                                 "Session of the General Assembly")


# A report laid out as today's, whose paragraphs are indented but not numbered.
INDENTED = """\
 United Nations                                                     A/87/140
 General Assembly                                          Distr.: General
                                                              1 July 2032
Eighty-seventh session
Item 99 (d) of the preliminary list
Review and implementation of the Concluding Document
of the Twelfth Special Session of the General Assembly

  United Nations Regional Centre for Peace and Disarmament
  in Africa

  Report of the Secretary-General

 Summary
     The present report covers the activities of the Regional Centre from 1 July
 2031 to 30 June 2032.

 I. Introduction

     The General Assembly, in its resolution 86/55, requested the Secretary-General
 to report on the Regional Centre.
     The Regional Centre organized a workshop in Lomé for officials of Ghana
 and Togo in March 2032.
"""


def test_a_report_whose_paragraphs_are_indented_but_not_numbered():
    document = read_text(INDENTED)
    assert [(p.key, p.part, p.section, p.position) for p in document.paragraphs] == [
        ("summary-1", "summary", "summary", None), ("b1", "body", "I", 1), ("b2", "body", "I", 2)]
    assert document.paragraphs[2].text == ("The Regional Centre organized a workshop in Lomé for officials of Ghana "
                                           "and Togo in March 2032.")
    meta = document.metadata
    assert (meta.symbol, meta.session, meta.agenda_item, meta.genre) == ("A/87/140", "87", "99(d)", "report")
    assert meta.title == "United Nations Regional Centre for Peace and Disarmament in Africa"
    assert (meta.period_start, meta.period_end) == ("2031-07-01", "2032-06-30")
    assert document.warnings == ("no numbered paragraphs: read as 2 blocks of text (b1-b2), genre report",)


def test_a_chinese_letter_whose_title_wraps():
    text = ("A/86/300–S/2031/612\n\n2031年7月2日尼泊尔常驻联合国代表\n给秘书长的信\n\n"
            "谨随函转递尼泊尔政府关于联合国和平与裁军亚洲及太平洋区域中心工作的声明，请将本函及其附件作为大会和安全理事会的文件分发为荷。\n")
    meta = read_text(text).metadata
    assert (meta.symbol, meta.other_symbols, meta.genre) == ("A/86/300", ("S/2031/612",), "letter")


def test_a_page_foot_with_the_page_number_beside_the_job_number_is_furniture():
    from kg.ingest.layout import is_artefact
    assert is_artefact("2                                                                       04-43210")
    assert is_artefact("04-43210                                                                        3")
    assert not is_artefact("2 04-43210 долл.")


def test_a_statement_row_with_a_column_per_year_keeps_its_columns():
    from kg.ingest.layout import clean_lines
    assert clean_lines("  Contributions            1 362 400          980 250") == ["  Contributions\t1 362 400\t980 250"]
    assert clean_lines("  Refunds                     12 500                -") == ["  Refunds\t12 500\t-"]
    assert clean_lines("  P-3        —        2") == ["  P-3 — 2"]  # a posts table's counts are no amounts


def test_a_table_between_bars_has_its_cells_between_tabs_and_no_rule():
    lines = clean_lines("Los cursos:\n| Fecha | Actividad | Lugar |\n|---|:---:|---|\n"
                        "| 24 de septiembre de 2001 |  Curso  sobre armas | Santo Domingo |\nHome | About | Contact\n")
    assert lines == ["Los cursos:", "Fecha\tActividad\tLugar", "24 de septiembre de 2001\tCurso sobre armas\tSanto Domingo"]


# A right-to-left page as `pdftotext -layout` gives it: lines pushed right, a note's raised mark
# alone on a line far right with no rule over the notes, the note's text under it, and the page's
# own number alone on the last line before the form feed.
RTL_LAYOUT_PAGE = (
    "A/90/103\n"
    "                    مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في أفريقيا\n"
    "                                                   تقرير الأمين العام\n"
    "                                                        أولا - مقدمة\n"
    "  1 - نظم المركز في لومي في 3 آذار/مارس 2034 حلقة عمل حضرها ممثلو ثلاث دول من المنطقة\n"
    "                                                              دون الإقليمية1.\n"
    "  2 - وقدم المركز الدعم إلى حكومة توغو في إعداد خطتها الوطنية.\n"
    "                                                                              1\n"
    "بنن وغانا ونيجيريا.\n"
    "                                                                              2\n"
    "\f  3 - وشارك المركز في اجتماع الاتحاد الأفريقي.\n")


def test_a_lone_note_mark_far_right_with_its_text_under_it_is_a_note_not_a_page_number():
    lines = clean_lines(RTL_LAYOUT_PAGE)
    assert any(line.strip() == "1" for line in lines)  # the mark stays, for the reader to claim
    assert not any(line.strip() == "2" for line in lines)  # the page's number, last before the feed, goes
    document = read_text(RTL_LAYOUT_PAGE, source="invented.ar.txt")
    assert document.footnote("1").text == "بنن وغانا ونيجيريا."


# a printed page whose paragraphs are blocks set apart by blank lines, none indented; the first
# block's last line is as full as the lines before it
BLOCKS = """\
Regional disarmament

The Regional Centre for Peace and Disarmament in Africa organized a workshop on small
arms control in Lomé for officials of Benin and Ghana, with the support of Germany, and
a course on the marking of firearms for the police and customs officers of Togo.

The Centre also continued its cooperation with the African Union on the Silencing
the Guns initiative, and trained officers of the police of Togo in stockpile security
and in the destruction of surplus weapons, with the support of the European Union.

In Latin America, the Regional Centre held a course in Lima for officers of Peru, and
advised the Governments of Bolivia and Ecuador on their national laws on firearms.
"""


def test_printed_blocks_set_apart_by_blank_lines_are_cut_there_when_a_block_ends_on_a_full_line():
    body = [p for p in read_text(BLOCKS).paragraphs if p.part == "body"]
    assert [p.text[:25] for p in body] == ["The Regional Centre for P", "The Centre also continued",
                                          "In Latin America, the Reg"]
    assert body[0].text.endswith("customs officers of Togo.")
    # a text that spaces every line tells nothing by its blank lines: its lines are read as before
    every_line = BLOCKS.replace("\n", "\n\n")
    assert [p.text for p in read_text(every_line).paragraphs] == [p.text for p in read_text(BLOCKS.replace("\n\n", "\n")).paragraphs]


def test_a_copy_that_breaks_the_line_after_every_point_keeps_its_addresses_and_numbers_whole():
    lines = clean_lines("详情,请联系:联合国裁军事务厅纽约,电话:212.\n963.\n3022电子邮件:unoda-web@un.\norg网站:www.\nun.\n"
                        "org/disarmament《指南》第一版于2001年出版.\n")
    assert lines == ["详情,请联系:联合国裁军事务厅纽约,电话:212.963.3022电子邮件:unoda-web@un.org网站:www.un.org/disarmament"
                     "《指南》第一版于2001年出版."]
    # a sentence's end before a line that goes on in small letters or a year is no address
    prose = ["The Centre held a workshop, as described in paragraph 12.", "2013 was the year of the course, e.g.",
             "the first one."]
    assert clean_lines("\n".join(prose)) == prose


def test_a_paragraphs_number_after_a_line_that_ends_its_sentence_is_no_piece_of_an_address():
    lines = ["Asistieron a la reunión representantes de Estados Miembros, así como", "parlamentarios.",
             "12. El Centro Regional siguió colaborando con la sociedad civil."]
    assert clean_lines("\n".join(lines)) == lines


def test_a_footnote_mark_glued_before_a_paragraph_number_joins_nothing():
    lines = ["приняли участие 63 представителя 15 государств Азиатско-Тихоокеанского", "региона1.",
             "3.   Десятое региональное совещание по вопросам разоружения состоялось в Катманду."]
    assert [line.strip() for line in clean_lines("\n".join(lines))][:2] == lines[:2]


def test_a_paragraph_number_alone_on_its_line_before_a_year_is_no_telephone_number():
    lines = ["一、导言", "5.", "2021年3月，区域中心举办了讲习班。", "6.", "2022年，中心继续开展工作。"]
    assert clean_lines("\n".join(lines)) == lines  # not "5.2021年3月"
