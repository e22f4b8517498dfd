"""Chinese and English layouts and phrasings that the held-out y-* round for zh and en
(tests/fixtures/README-zh.md, README-en.md) showed the reader and extractor missing, checked on
small invented texts: activity tables, web pages' tools and menus, page numbers beside job
numbers, statements in thousands, by object of expenditure or told in a paragraph, posts tables
with the grade in brackets, lettered list items, funders named by subparagraph or by an event's
kind and place, counts and beneficiaries in Chinese."""
from pathlib import Path

from kg.extract.pipeline import extract
from kg.ingest import read_text
from kg.ingest.layout import clean_lines
from kg.ingest.web import html_text
from facts_of import by_start as _by_start, finance as _finance, links as _links

ZH_HEAD = """第六十八届会议
临时议程* 项目99(d)
联合国拉丁美洲和加勒比和平、裁军与发展区域中心
秘书长的报告
一. 导言
1. 本报告述及区域中心2012年7月1日至2013年6月30日期间的活动。
"""
EN_HEAD = """Sixty-ninth session
Item 96 (d) of the preliminary list*
United Nations Regional Centre for Peace and Disarmament in Africa
Report of the Secretary-General
I. Introduction
1. The present report covers the activities of the Regional Centre from 1 July 2013 to 30 June 2014.
"""


def test_an_activity_table_gives_each_row_its_own_activity():
    zh = extract(read_text(ZH_HEAD + "2. 下表列出区域中心开展的活动。\n日期\t活动\t地点\t参加者\n"
                           "2012年9月3日至7日\t区域中心与美洲国家组织联合举办的培训班，由德国政府资助\t巴拿马城\t三十二名警官\n"
                           "2013年6月10日\t关于《武器贸易条约》的讲习班\t（线上）\t牙买加的二十名官员\n"
                           "3. 区域中心继续开展工作。\n"))
    training, workshop = _by_start(zh)["2012-09-03"], _by_start(zh)["2013-06-10"]
    assert (training.participants, training.modality, workshop.participants, workshop.modality) == (32, "in-person", 20, "online")
    assert {("organizer", "OAS"), ("funder", "DEU")} <= _links(training) and ("funder", "DEU") not in _links(workshop)
    en = extract(read_text(EN_HEAD + "2.\tThe activities are set out in the table below.\nDate\tActivity\tVenue\tParticipants\n"
                           "9-13 September 2013\tTraining course organized by the Centre in partnership with RECSA\tNairobi\t"
                           "Twenty-eight officers from eleven countries\n"
                           "4 December 2013\tBriefing on the Arms Trade Treaty\tAddis Ababa\tSixty diplomats\n"
                           "3.\tThe Centre also met the African Union Commission.\n"))
    course, briefing = _by_start(en)["2013-09-09"], _by_start(en)["2013-12-04"]
    assert (course.end, course.participants, course.participant_countries, briefing.participants) == ("2013-09-13", 28, 11, 60)
    assert briefing.paragraph == "2"  # the numbered paragraph after the table (a tab after its number) ends it


def test_a_web_page_table_row_has_no_tab_before_its_first_cell_and_sharing_tools_are_dropped(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><table><tr><td>2012年9月3日</td><td>培训班</td></tr>"
                    "<tr><td></td><td>2013</td></tr></table>"
                    "<div class='share-links'>分享： <a href='#'>微博</a> <a href='#'>Facebook</a></div></body></html>",
                    encoding="utf-8")
    lines = html_text(page, page.read_bytes()).splitlines()
    assert lines[:2] == ["2012年9月3日\t培训班", "\t2013"]  # an empty first cell keeps its place
    assert [line.strip() for line in clean_lines("\n".join(lines))] == ["2012年9月3日\t培训班", "2013"]
    assert clean_lines("Text of the report.\nShare this:\nFacebook\nTwitter\nCopyright | Terms of Use | Privacy Notice\n"
                       "Voluntary contributions | 1 500\nGeneral Service | Local level | Regular budget\n") == [
        "Text of the report.", "Voluntary contributions | 1 500", "General Service | Local level | Regular budget"]


def test_a_page_number_beside_the_job_number_is_no_text():
    text = "1. 区域中心举办或参与了下列\n\n98-25431 (C)\n1\n\fA/53/342\n\n活动。\n2\n98-25431 (C)\n\fA/53/342\n3. 第三段。"
    assert "1" not in clean_lines(text) and "2" not in clean_lines(text)


def test_a_statement_in_thousands_of_dollars():
    facts = extract(read_text(ZH_HEAD + "2. 区域中心继续开展工作。\n附件\n信托基金2012年状况\n(千美元)\n"
                              "2012年1月1日累计盈余\t2 104\n自愿捐款\t1 987\n费用共计\t2 088\n2012年12月31日累计盈余\t2 003\n"))
    assert _finance(facts)["opening-balance"] == 2_104_000 and _finance(facts)["voluntary-contributions"] == 1_987_000
    en = extract(read_text(EN_HEAD + "2. The Centre went on.\nAnnex\nStatement\n(Thousands of United States dollars)\n"
                           "Voluntary contributions\t1 502\nTotal expenses\t1 622\n"))
    assert _finance(en)["voluntary-contributions"] == 1_502_000


def test_expenses_by_object_are_totalled_as_the_operating_expenses():
    rows = "工作人员费用\t61 200\n旅费\t48 905\n一般业务费用\t23 322\n支出共计\t133 427\n"
    facts = extract(read_text(ZH_HEAD + "2. 区域中心继续开展工作。\n附件\n信托基金1997年状况\n(美元)\n自愿捐款\t146 210\n" + rows))
    assert _finance(facts)["operating-expenses"] == _finance(facts)["total-expenses"] == 133_427
    alone = extract(read_text(ZH_HEAD + "2. 区域中心继续开展工作。\n附件\n信托基金2020年状况\n(美元)\n"
                              "一般业务费用\t232 846\n退款\t1 000\n费用和退款总计\t233 846\n"))
    assert _finance(alone)["operating-expenses"] == 232_846  # today's line, not an object
    en = extract(read_text(EN_HEAD + "2. The Centre went on.\nANNEX\nStatus of the Trust Fund\n(in United States dollars)\n"
                           "Balance as at 1 January 1996 .................... 143,211\n"
                           "Programme support costs ..................... 9,812\nOther expenditure ........................... 75,483\n"
                           "Total expenditure ........................... 85,295\nBalance as at 31 December 1996 .................. 160,768\n"))
    assert _finance(en) == {"opening-balance": 143_211, "operating-expenses": 85_295, "total-expenses": 85_295,
                            "closing-balance": 160_768}


def test_a_statement_told_in_a_paragraph():
    facts = extract(read_text(ZH_HEAD + "2. 截至2012年12月31日，信托基金的结余为412 330美元。2012年，信托基金的收入共计198 445美元，"
                              "其中自愿捐款182 100美元，利息收入16 345美元；支出共计231 560美元。\n"))
    assert _finance(facts) == {"closing-balance": 412_330, "total-revenue": 198_445, "voluntary-contributions": 182_100,
                               "investment-revenue": 16_345, "total-expenses": 231_560}
    assert {line.date for line in facts.finance} == {"2012-12-31"}
    one = extract(read_text(ZH_HEAD + "2. 2012年，信托基金收到自愿捐款182 100美元，利息收入16 345美元。\n"))
    assert not one.finance  # no balance: contributions told, no statement


def test_a_posts_table_with_the_grade_in_brackets_after_the_title():
    facts = extract(read_text(ZH_HEAD + "2. 区域中心的员额如下表所示：\n员额\t数目\t供资来源\n主任(P-5)\t1\t经常预算\n"
                              "政治事务干事(P-3)\t1\t区域中心信托基金\n一般事务人员(当地雇用)\t3\t经常预算\n"))
    assert {(p.grade, p.count, p.funded_by.key) for p in facts.posts} == {
        ("P-5", 1, "UN"), ("P-3", 1, "UNLIREC-TRUST-FUND"), ("GS", 3, "UN")}


def test_lettered_items_after_a_lead_are_read_one_by_one():
    facts = extract(read_text(ZH_HEAD + "2. 区域中心举办了下列活动：(a) 2012年7月28日至31日，区域中心与日本政府联合在札幌举办了裁军会议。"
                              "约六十名代表出席了会议；(b) 2013年2月10日，区域中心在利马为蒙古海关和边防官员举办了培训班，学员共二十五名。\n"))
    meeting, course = _by_start(facts)["2012-07-28"], _by_start(facts)["2013-02-10"]
    assert meeting.label != "下列活动" and (meeting.participants, course.participants) == (60, 25)
    assert ("beneficiary", "MNG") in _links(course)  # a country's services' officers stand for it


def test_funders_named_by_the_events_kind_and_place_in_a_later_paragraph():
    facts = extract(read_text(EN_HEAD + "2. From 9 to 13 September 2013, the Centre held a training course in Nairobi. "
                              "On 4 December 2013, the Centre held a workshop in Lomé.\n"
                              "3. The training course in Nairobi was funded by the European Union. The workshop in Lomé "
                              "was made possible by a contribution from the Government of Germany.\n"))
    course, workshop = _by_start(facts)["2013-09-09"], _by_start(facts)["2013-12-04"]
    assert ("funder", "EU") in _links(course) and ("funder", "DEU") not in _links(course)
    assert ("funder", "DEU") in _links(workshop) and ("funder", "EU") not in _links(workshop)


def test_funders_named_by_subparagraph_in_a_report_without_numbers():
    text = ("Fifty-second session\nItem 71 (c) of the provisional agenda*\n"
            "UNITED NATIONS REGIONAL CENTRE FOR PEACE, DISARMAMENT AND DEVELOPMENT IN LATIN AMERICA AND THE CARIBBEAN\n"
            "Report of the Secretary-General\n\nI. INTRODUCTION\n\nThe present report covers the activities of the Centre "
            "from 1 July 1996 to 30 June 1997.\n\nThe activities of the Centre included the following:\n\n"
            "(a) A seminar held at Santiago from 2 to 4 October 1996 and organized jointly with the Government of Chile;\n\n"
            "(b) A regional meeting held at Lima on 27 and 28 January 1997. Thirty-one experts attended.\n\n"
            "The seminar referred to in subparagraph (a) was financed by the Government of Sweden; the activities referred "
            "to in subparagraph (b) were financed from a contribution from the Government of Norway.\n\n"
            "The Centre has two local staff members paid from the Trust Fund.\n")
    facts = extract(read_text(text))
    seminar, meeting = _by_start(facts)["1996-10-02"], _by_start(facts)["1997-01-27"]
    assert ("funder", "SWE") in _links(seminar) and ("funder", "NOR") not in _links(seminar)
    assert ("funder", "NOR") in _links(meeting) and ("funder", "SWE") not in _links(meeting)
    assert [(p.grade, p.count) for p in facts.posts] == [("GS", 2)]


def test_the_rok_un_joint_conference_is_no_conference_on_disarmament():
    facts = extract(read_text(EN_HEAD + "2. The Regional Centre, jointly with the Government of the Republic of Korea, convened "
                              "the fourth Republic of Korea-United Nations Joint Conference on Disarmament and Non-proliferation "
                              "Issues from 14 to 16 November 2013.\n"))
    assert "CD" not in {m.entity.key for m in facts.mentions}
    assert [a.start for a in facts.activities] == ["2013-11-14"]
