"""Arabic reader markers: ordinals, agenda letters, periods, and the parts of an invented report."""
from kg.ingest.languages.ar import MARKERS as ARABIC, agenda_letter, ar_ordinal
from kg.ingest.reader import read_text

ARABIC_REPORT = """الدورة الثالثة والستون
البند ٩٧ (ج) من القائمة الأولية*
استعراض وتنفيذ الوثيقة الختامية لدورة الجمعية العامة الاستثنائية الثانية عشرة
  مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في أفريقيا
  تقرير الأمين العام
 أولا - مقدمة
١ - يغطي هذا التقرير الأنشطة التي اضطلع بها المركز الإقليمي في الفترة من ١ آب/أغسطس ٢٠٠٧
إلى ٣١ تموز/يوليه ٢٠٠٨.
 ثانيا - أنشطة المركز الإقليمي
 ألف - الأسلحة الصغيرة
 1 - حلقات العمل
٢ - ونظم المركز حلقة عمل في لومي لفائدة دول المنطقة(1).
__________________
 (1) بنن، وتوغو،
وغانا.
٣ - وشارك المركز في اجتماع عقد في أكرا.
"""


def test_arabic_ordinals_and_agenda_letters():
    assert ar_ordinal("السادسة والسبعون") == 76
    assert ar_ordinal("الثانية عشرة") == 12
    assert ar_ordinal("الحادية والثمانون (استئناف)") == 81
    assert agenda_letter("102 (د)") == "102 (d)"
    assert agenda_letter("101 (هـ)") == "101 (e)"


def test_arabic_periods_take_double_month_names_and_skip_short_ranges():
    assert ARABIC.period("في الفترة من 1 تموز/يوليه 2020 إلى 30 حزيران/يونيه 2021") == ("2020-07-01", "2021-06-30")
    assert ARABIC.period("من 1 كانون الثاني/يناير إلى 31 كانون الأول/ديسمبر 2019") == ("2019-01-01", "2019-12-31")
    # an event of five days is no reporting period; the year the activities cover is
    assert ARABIC.period("في الفترة من 11 إلى 15 آذار/مارس 2019، نظم. ويغطي التقرير أنشطة المركز في عام 2019.") \
        == ("2019-01-01", "2019-12-31")


def test_an_arabic_report_reads_into_front_page_headings_paragraphs_and_footnotes():
    document = read_text(ARABIC_REPORT, source="invented.ar.txt")
    meta = document.metadata
    assert (meta.language, meta.session, meta.agenda_item) == ("ar", "63", "97(c)")
    assert (meta.period_start, meta.period_end) == ("2007-08-01", "2008-07-31")
    assert [(h.label, h.level) for h in document.headings] == [("أولا", 1), ("ثانيا", 1), ("ألف", 2), ("1", 3)]
    body = {p.key: p for p in document.paragraphs if p.part == "body"}
    assert list(body) == ["1", "2", "3"]  # `1 - حلقات العمل` is a heading, not paragraph 1 again
    assert body["1"].text.endswith("٢٠٠٨.".translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    assert body["2"].section == "ثانيا > ألف > 1"
    assert body["2"].text == "ونظم المركز حلقة عمل في لومي لفائدة دول المنطقة."
    assert [r.mark for r in body["2"].footnote_refs] == ["1"]
    assert document.footnote("1").text == "بنن، وتوغو، وغانا."


def test_paragraph_numbers_with_or_without_spaces_around_the_dash():
    for line, number in (("1 - بموجب القرار", "1"), ("12- وفي عام 2020", "12"), ("3-وفي", "3")):
        assert ARABIC.paragraph.match(line).group(1) == number
    assert ARABIC.paragraph.match("2004-2005 هي الفترة") is None


def test_arabic_letters_digits_and_marks_are_folded():
    from kg.ingest.layout import fold_width
    assert fold_width("ﻧﻴﺒﺎﻝ") == "نيبال"  # presentation forms, as some PDFs give them
    assert fold_width("١٩٨٬٢٩٩ دولاراً") == "198,299 دولارا"  # digits, separator, tanween
    assert fold_width("المـــركز") == "المركز"  # tatweel


def test_digit_groups_a_right_to_left_copy_reversed_are_put_back():
    from kg.ingest.layout import unreverse_digit_groups
    # one number whose first group starts with 0 or whose last group is short shows the order
    assert unreverse_digit_groups("ألمانيا (000 200 يورو) 2011 377 204 1 و 500 632") == \
        "ألمانيا (200 000 يورو) 2011 1 204 377 و 632 500"
    # printed right: left as it is, also where every group has three digits
    assert unreverse_digit_groups("كندا 450 000 دولار و 2 000 000 كرونة و 3 200 قطعة و 500 632") == \
        "كندا 450 000 دولار و 2 000 000 كرونة و 3 200 قطعة و 500 632"


def test_an_arabic_pdf_copy_with_reversed_groups_gives_the_amounts_printed():
    from kg.ingest.reader import read_text
    text = ("الأمم المتحدة A/67/129\nالجمعية العامة\nالدورة السابعة والستون\nتقرير الأمين العام\n"
            "أولا - مقدمة\n1 - يغطي هذا التقرير أنشطة المركز الإقليمي في الفترة من 1 تموز/يوليه 2011 "
            "إلى 30 حزيران/يونيه 2012.\n2 - تلقى الصندوق تبرعات من اليابان (000 150 دولار).\n")
    paragraphs = read_text(text, language="ar").paragraphs
    assert any("150000 دولار" in p.text for p in paragraphs), [p.text for p in paragraphs]


ARABIC_BODY = """ أولا - مقدمة
١ - يغطي هذا التقرير الأنشطة التي اضطلع بها المركز الإقليمي في الفترة من ١ آب/أغسطس ٢٠٠٧ إلى ٣١ تموز/يوليه ٢٠٠٨.
 ثانيا - أنشطة المركز الإقليمي
 ألف - الأسلحة الصغيرة
٢ - ونظم المركز حلقة عمل في لومي لفائدة دول المنطقة في الفترة ٢٠٠٧ - ٢٠٠٨.
٣ - وشارك المركز في اجتماع عقد في أكرا.
"""


def test_an_arabic_report_copied_onto_one_line_is_cut_where_its_paragraphs_and_headings_start():
    """A PDF viewer's or web copy puts the whole report on one line: `٢ - ` after a sentence,
    `ثانيا - ` and `ألف - ` after a word are where its parts start (the years' range is no number)."""
    front = ARABIC_REPORT.split(" أولا - مقدمة")[0]
    by_lines = read_text(front + ARABIC_BODY, source="invented.ar.txt")
    one_line = read_text(front + " ".join(ARABIC_BODY.split("\n")) + "\n", source="invented.ar.txt")
    assert [(p.key, p.text) for p in one_line.paragraphs] == [(p.key, p.text) for p in by_lines.paragraphs]
    assert [p.key for p in one_line.paragraphs] == ["1", "2", "3"]
    assert one_line.headings == by_lines.headings
    assert [h.label for h in one_line.headings] == ["أولا", "ثانيا", "ألف"]
