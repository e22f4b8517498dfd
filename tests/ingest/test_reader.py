"""The report reader on small reports written for these tests (small_reports.py): as a PDF reader
gives them (Chinese and English), as an older web page gives them (one paragraph per line), and
as a web page that lost its line breaks. Each test asserts the Document's fields exactly."""
from __future__ import annotations

import re

from small_reports import EN_PDF, WEB_FRONT, WEB_REST, ZH_PDF

from kg.ingest import Document, Footnote, FootnoteRef, Heading, Metadata, Paragraph, Table, TableRow, read_text


def test_pdf_style_chinese_metadata():
    document = read_text(ZH_PDF, source="zh.txt")
    assert document.source == "zh.txt"
    assert document.metadata == Metadata(
        symbol="A/81/205", language="zh", session="81", agenda_item="97(c)",
        agenda_title="审查和执行大会第十二届特别会议的《结论文件》", job_number="26-01234",
        title="联合国和平与裁军中亚区域中心", period_start="2025-07-01", period_end="2026-06-30",
        subject_name="联合国和平与裁军中亚区域中心", genre="report")
    assert document.report_id == "A-81-205"


def test_pdf_style_chinese_paragraphs_lose_page_furniture_and_keep_footnote_references():
    document = read_text(ZH_PDF)
    assert document.paragraphs[:5] == (
        Paragraph("summary-1", None, "本报告述及联合国和平与裁军中亚区域中心在 2025 年 7 月 1 日至 "
                  "2026 年 6 月 30 日期间的活动。", "summary", "summary"),
        Paragraph("summary-2", None, "区域中心为中亚各国举办了关于小武器管制的培训，并继续与区域组织合作。",
                  "summary", "summary"),
        Paragraph("1", 1, "区域中心在阿拉木图举办了三次培训，共有来自 5 个国家的 40 名学员参加。"
                  "培训由联合国训练研究所协办。", "一", "body", (FootnoteRef("1", 27),)),
        Paragraph("2", 2, "区域中心收到会员国自愿捐款 198299 美元，用于支持其在区域内开展的各项活动。",
                  "一", "body"),
        Paragraph("3", 3, "秘书长感谢所有捐助者，特别是哈萨克斯坦政府。", "二", "body"),
    )
    assert document.paragraphs[2].text[27 - 2:27] == "国家"  # the mark stood after 国家
    assert document.headings == (Heading("一", "导言", 1), Heading("二", "结论", 1))
    assert document.footnotes == (
        Footnote("*", "A/81/50。"),
        Footnote("1", "哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克斯坦。"),
    )


def test_pdf_style_chinese_annex_table_keeps_the_deficit_in_parentheses():
    document = read_text(ZH_PDF)
    note = Footnote("a", "包括哈萨克斯坦的捐款 150000 美元。")
    assert document.tables == (Table(
        title="联合国和平与裁军中亚区域中心信托基金 2025 年状况",
        unit="美元",
        rows=(TableRow("累计盈余，2025 年 1 月 1 日", "512400"),
              TableRow("收入", ""),
              TableRow("自愿捐款", "198299", ("a",)),
              TableRow("总收入", "198299"),
              TableRow("一般业务费用", "210000"),
              TableRow("2025 年赤字", "(11701)"),
              TableRow("截至 2025 年 12 月 31 日的累计盈余", "500699")),
        footnotes=(note,)),)
    assert [(p.key, p.text) for p in document.paragraphs if p.part == "annex"] == [
        ("annex-1", "联合国和平与裁军中亚区域中心信托基金 2025 年状况\n累计盈余，2025 年 1 月 1 日 512400\n"
                    "收入\n自愿捐款 198299\n总收入 198299\n一般业务费用 210000\n2025 年赤字 (11701)\n"
                    "截至 2025 年 12 月 31 日的累计盈余 500699"),
        ("annex-1-a", "包括哈萨克斯坦的捐款 150000 美元。"),
    ]


def test_pdf_style_english_joins_lines_with_a_space_and_mends_hyphenated_words():
    document = read_text(EN_PDF)
    assert document.metadata == Metadata(
        symbol="A/81/206", language="en", session="81", agenda_item="97(c)",
        agenda_title="Review and implementation of the Concluding Document of the Twelfth Special Session",
        job_number="26-01235",
        title="United Nations Regional Centre for Peace and Disarmament in Central Asia",
        period_start="2025-07-01", period_end="2026-06-30",
        subject_name="United Nations Regional Centre for Peace and Disarmament in Central Asia", genre="report")
    assert document.paragraphs == (
        Paragraph("summary-1", None, "The present report covers the activities of the Regional Centre "
                  "from 1 July 2025 to 30 June 2026.", "summary", "summary"),
        Paragraph("1", 1, "During the reporting period, the Regional Centre organized a training course "
                  "on small arms control for officials from 5 States, together with the Organization "
                  "for Security and Co-operation in Europe.", "I", "body", (FootnoteRef("1", 127),)),
        Paragraph("2", 2, "Member States contributed 1250000 dollars to the trust fund of the Centre in 2025.",
                  "I", "body"),
        Paragraph("3", 3, "The Secretary-General thanks all donors.", "II", "body"),
    )
    assert document.paragraphs[1].text[:127].endswith("from 5 States,")
    assert document.headings == (Heading("I", "Introduction", 1), Heading("II", "Conclusions", 1))
    assert document.footnotes == (
        Footnote("*", "A/81/50."),
        Footnote("1", "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan."),
    )
    assert document.tables == ()


WEB_PARAGRAPHS = (
    Paragraph("summary-1", None, "本报告述及联合国和平与裁军中亚区域中心2003年7月1日至2004年6月30日期间的活动。",
              "summary", "summary"),
    Paragraph("summary-2", None, "在本报告所述期间，区域中心于2003年12月8日在阿拉木图举办了一次关于小武器管制的"
              "讲习班，并继续与区域组织合作。", "summary", "summary"),
    Paragraph("1", 1, "大会第58/61号决议请秘书长向大会第五十九届会议报告区域中心的活动。本报告是根据该要求提交的。",
              "一", "body"),
    Paragraph("2", 2, "区域中心于2003年12月8日在阿拉木图举办了关于小武器的讲习班，有12个国家的30名代表参加。"
              "讲习班由欧洲联盟资助。", "二", "body"),
    Paragraph("3", 3, "区域中心于2004年3月与哈萨克斯坦政府合作，在阿斯塔纳举办了关于出口管制的国家培训班。",
              "二", "body"),
    Paragraph("4", 4, "秘书长感谢各会员国对区域中心的支持，并呼吁会员国继续提供自愿捐款。", "三", "body"),
)
WEB_HEADINGS = (Heading("一", "导言", 1), Heading("二", "区域中心的活动", 1), Heading("三", "结论", 1))


def test_web_style_text_has_one_paragraph_per_line():
    document = read_text(WEB_FRONT + WEB_REST)
    assert document.metadata == Metadata(
        symbol="A/59/180", language="zh", session="59", agenda_item="66(e)",
        agenda_title="审查和执行大会第十二届特别会议的《结论文件》", job_number=None,
        title="联合国和平与裁军中亚区域中心", period_start="2003-07-01", period_end="2004-06-30",
        subject_name="联合国和平与裁军中亚区域中心", genre="report")
    assert document.paragraphs == WEB_PARAGRAPHS
    assert document.headings == WEB_HEADINGS
    assert document.footnotes == (Footnote("*", "A/59/50。"),)


def test_a_report_on_a_few_long_lines_reads_as_the_same_report_line_by_line():
    long_line = " ".join(WEB_REST.splitlines())
    assert len(long_line) > 300
    document = read_text(WEB_FRONT + long_line + "\n")
    assert document.paragraphs == WEB_PARAGRAPHS
    assert document.headings == WEB_HEADINGS
    assert document.footnotes == (Footnote("*", "A/59/50。"),)
    assert document.metadata == read_text(WEB_FRONT + WEB_REST).metadata


def test_a_web_copy_whose_every_space_is_a_no_break_space_reads_as_the_plain_text():
    plain = read_text(EN_PDF)
    copied = read_text(EN_PDF.replace(" ", "\u00a0"))  # what some pages and their copies give
    assert copied.paragraphs == plain.paragraphs and copied.metadata == plain.metadata
    assert len(copied.paragraphs) > 3


def test_the_same_text_gives_the_same_document():
    first, second = read_text(ZH_PDF), read_text(ZH_PDF)
    assert isinstance(first, Document)
    assert first == second
    assert first.sha256 == second.sha256 and len(first.sha256) == 64


def test_a_pdf_copy_spacing_a_day_from_its_character_leaves_the_day_out_of_footnote_marks():
    """A PDF copy writes `7 月1 日`; the `1` before ` 日` is a day, the one after 国家 the mark."""
    from kg.ingest.structure import find_footnote_mark

    text = "述及2018 年7 月1 日至2019 年6 月30 日期间的活动。来自9 个国家1的27 名军官参加了培训。"
    found = find_footnote_mark("1", text, bracketed=False)
    assert found and text[found.start() - 2:found.start()] == "国家"


def test_a_footnote_that_runs_on_to_the_next_page_ends_with_its_page():
    """A word processor continues a long footnote at the foot of the next page: the page's
    end closes the footnotes, the next page's text goes on with its paragraph, and the rest of
    the note, under the next page's rule, joins the note."""
    text = "\n".join([
        "A/81/300", "大会", "第八十一届会议", "联合国和平与裁军中亚区域中心", "秘书长的报告",
        "一. 导言",
        "1. 区域中心在阿拉木图举办了培训，来自 11 个国家1的 63 名官员参加了研讨",
        "__________________",
        "1 哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼",
        "\f26-01234 2/3", "A/81/300",
        "会。",
        "2. 区域中心收到自愿捐款 198299 美元，用于支持其活动。来自 6 个国家2的官员参加。",
        "__________________",
        "  斯坦和乌兹别克斯坦。",
        "2 阿富汗、蒙古、巴基斯坦、印度、尼泊尔和斯里兰卡。",
        "\f26-01234 3/3",
    ])
    document = read_text(text)
    assert [p.text for p in document.paragraphs if p.number] == [
        "区域中心在阿拉木图举办了培训，来自 11 个国家的 63 名官员参加了研讨会。",
        "区域中心收到自愿捐款 198299 美元，用于支持其活动。来自 6 个国家的官员参加。"]
    assert document.footnotes == (
        Footnote("1", "哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克斯坦。"),
        Footnote("2", "阿富汗、蒙古、巴基斯坦、印度、尼泊尔和斯里兰卡。"))


def test_a_typeset_pdfs_ligatures_and_hyphens_read_as_their_letters():
    """A PDF set in a font with ligatures gives `ofﬁcials`, `ﬁnancial`: the extractor's words
    and the names in the reference data are written with the letters."""
    text = EN_PDF.replace("fi", "ﬁ").replace("fl", "ﬂ")
    text = re.sub(r"(?<=\w)-(?=\w)", "\u2011", text)  # and Word's non-breaking hyphen: non‑proliferation
    assert "ﬁ" in text and "\u2011" in text
    ligatures, letters = read_text(text), read_text(EN_PDF)
    assert ligatures.paragraphs == letters.paragraphs and ligatures.metadata == letters.metadata


def _pdftotext_page_foot(marks_first: bool) -> str:
    """A report as poppler's pdftotext gives it: no rule over the footnotes, each raised number
    alone on its line (`-layout`), or all the numbers first and then the notes (plain mode), and
    a raised mark in the text set apart from its word."""
    foot = (["1", "2", "Benin, Burkina Faso, Ghana, Mali and Togo.", "Angola, Cameroon and Gabon."] if marks_first
            else ["1", "    Benin, Burkina Faso, Ghana, Mali and Togo.", "2", "    Angola, Cameroon and Gabon."])
    return "\n".join([
        "A/81/150", "General Assembly", "Eighty-first session",
        "United Nations Regional Centre for Peace and Disarmament in Africa",
        "Report of the Secretary-General", "I. Introduction",
        "     1. On 1 July 2025, the Regional Centre held a course in Lomé for 27 officers from 5 countries 1 of",
        "West Africa. On 2 and 3 July, the Centre met the officials of 3 States Members of ECCAS 2.",
        *foot,
        "\fA/81/150",
        "     2. The Regional Centre received voluntary contributions from Germany.",
    ])


def test_pdftotext_footnotes_without_a_rule_are_read_with_their_marks():
    for marks_first in (False, True):
        document = read_text(_pdftotext_page_foot(marks_first))
        assert document.footnotes[-2:] == (Footnote("1", "Benin, Burkina Faso, Ghana, Mali and Togo."),
                                           Footnote("2", "Angola, Cameroon and Gabon.")), marks_first
        first, second = [p for p in document.paragraphs if p.number]
        assert first.text == ("On 1 July 2025, the Regional Centre held a course in Lomé for 27 officers from 5 "
                              "countries of West Africa. On 2 and 3 July, the Centre met the officials of 3 States "
                              "Members of ECCAS.")
        assert [ref.mark for ref in first.footnote_refs] == ["1", "2"]
        assert first.text[:first.footnote_refs[0].offset].endswith("countries")
        assert second.text == "The Regional Centre received voluntary contributions from Germany."


def test_a_byte_order_mark_kept_by_the_callers_decoding_changes_nothing():
    news = ("Ago 21, 2017 | Sin Categoría\nDel 21 al 24 de agosto, el Centro Regional de las Naciones "
            "Unidas para la Paz, el Desarme y el Desarrollo en América Latina y el Caribe llevó a cabo "
            "un curso en Santo Domingo.\n")
    marked, plain = read_text("\ufeff" + news), read_text(news)
    assert (marked.metadata, marked.paragraphs) == (plain.metadata, plain.paragraphs)
    assert marked.metadata.dateline_year == 2017
    assert read_text("\ufeff" + EN_PDF).metadata == read_text(EN_PDF).metadata
