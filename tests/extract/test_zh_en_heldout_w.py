"""Chinese and English phrasings and layouts that the held-out w-* round for zh and en
(tests/fixtures/README-zh.md, README-en.md) showed the extractor missing, checked on small
invented texts: dates in Chinese numerals, a note of the Secretary-General transmitting the report,
a statement with a column per year, a small amount led by dots, a posts table, donors' currencies,
a report on several centres, "At the request of X," opening a passive sentence, hundreds in words."""
from kg.extract.pipeline import extract
from kg.ingest import read_text
from facts_of import gifts as _gifts, links as _links, posts as _posts

ZH_HEAD = """第六十五届会议
暂定项目表* 项目98(c)
联合国和平与裁军亚洲及太平洋区域中心
秘书长的报告
一. 导言
1. 本报告述及区域中心2009年7月1日至2010年6月30日期间的活动。
"""
EN_HEAD = """Sixty-seventh session
Item 94 (d) of the provisional list*
United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean
Report of the Secretary-General
I. Introduction
1. The present report covers the activities of the Regional Centre from 1 July 2011 to 30 June 2012.
"""


def test_dates_in_chinese_numerals_are_read_as_dates():
    facts = extract(read_text(ZH_HEAD + "2. 二〇〇九年八月二十六日至二十八日，区域中心在加德满都举办了讲习班。\n"
                                        "3. 二〇一〇年五月十日至六月四日，区域中心举办了系列讲座。\n"))
    assert {(a.start, a.end) for a in facts.activities} == {("2009-08-26", "2009-08-28"), ("2010-05-10", "2010-06-04")}


def test_a_note_transmitting_the_report_gives_its_period_and_the_centre():
    for text in ("第六十五届会议\n暂定项目表* 项目98(c)\n联合国和平与裁军亚洲及太平洋区域中心\n秘书长的说明\n"
                 "秘书长谨向大会转递区域中心主任关于该中心二〇〇九年七月一日至二〇一〇年六月三十日期间活动的报告。\n"
                 "一. 导言\n1. 区域中心于2009年11月3日举办了讲习班。\n",
                 "Seventy-ninth session\nItem 99 (c) of the preliminary list*\n"
                 "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific\n"
                 "Note by the Secretary-General\nThe Secretary-General has the honour to transmit the report of the "
                 "Director of the Regional Centre, covering the period from 1 July 2023 to 30 June 2024.\n"
                 "I. Introduction\n1. On 16 April 2024, the Regional Centre held a round table in Ulaanbaatar.\n"):
        document = read_text(text)
        assert document.metadata.genre == "report"
        assert document.metadata.period_end in ("2010-06-30", "2024-06-30")
        activity, = extract(document).activities
        assert ("organizer", "UNRCPD") in _links(activity)


def test_a_statement_with_a_column_per_year_is_read_from_the_first():
    facts = extract(read_text(ZH_HEAD + "2. 区域中心继续开展工作。\n附件\n信托基金2004年状况\n(美元)\n\t2004年\t2003年\n"
                                        "1月1日基金结余\t1,112,300\t1,020,500\n自愿捐款\t689,420\t402,000\n"
                                        "向捐助者退款\t12,000\t—\n12月31日基金结余\t1,215,075\t1,112,300\n"))
    lines = {line.line: line.amount for line in facts.finance}
    assert lines["opening-balance"] == 1112300 and lines["voluntary-contributions"] == 689420
    assert lines["refunds"] == 12000 and lines["closing-balance"] == 1215075


def test_a_small_amount_led_by_dots_among_statement_rows_is_kept():
    facts = extract(read_text(ZH_HEAD + "2. 区域中心继续开展工作。\n附  件\n信托基金收支状况\n(美元)\n"
                                        "1996年1月1日基金结余 ..........................     182 406\n"
                                        "自愿捐款 ......................................      96 550\n"
                                        "杂项收入 ......................................         410\n"
                                        "支出 ..........................................     121 903\n"))
    lines = {line.line: line.amount for line in facts.finance}
    assert lines["other-revenue"] == 410 and lines["opening-balance"] == 182406


def test_a_posts_table_gives_each_column_its_payer():
    zh = extract(read_text(ZH_HEAD + "2. 区域中心的员额如下表所示：\n职等\t经常预算\t瑞典政府供资\nP-5\t1\t—\n"
                                     "P-3\t—\t1\n一般事务\t2\t—\n"))
    assert _posts(zh) == {("P-5", 1, "UN"), ("P-3", 1, "SWE"), ("GS", 2, "UN")}
    en = extract(read_text(EN_HEAD + "2. The staffing of the Regional Centre is shown below.\n"
                                     "Post    Regular budget    Government of Germany\nP-5    1    —\n"
                                     "P-2    —    2\nGeneral Service    1    —\n"))
    assert _posts(en) == {("P-5", 1, "UN"), ("P-2", 2, "DEU"), ("GS", 1, "UN")}


def test_donors_currencies_of_every_era():
    zh = extract(read_text(ZH_HEAD + "2. 1996年，下列国家提供了自愿捐款：挪威（150 000挪威克朗）、瑞典（40 000美元）"
                                     "和法国（100 000法国法郎）。\n"))
    assert _gifts(zh) == {("NOR", 150000, "NOK"), ("SWE", 40000, "USD"), ("FRA", 100000, "FRF")}
    en = extract(read_text(EN_HEAD + "2. During 2011, the following voluntary contributions were received: "
                                     "Canada, Can$ 250,000; Sweden, SKr 300,000; Switzerland, SwF 50,000; "
                                     "and Japan, ¥20,000,000.\n"))
    assert _gifts(en) == {("CAN", 250000, "CAD"), ("SWE", 300000, "SEK"), ("CHE", 50000, "CHF"),
                          ("JPN", 20000000, "JPY")}


def test_a_report_on_several_centres_gives_each_chapter_its_centre():
    facts = extract(read_text(
        "Fiftieth session\nItem 60 (c) of the provisional agenda*\n"
        "United Nations regional centres for peace and disarmament\nReport of the Secretary-General\n"
        "I. INTRODUCTION\n1. The present report covers the period from 1 July 1994 to 30 June 1995.\n"
        "II. UNITED NATIONS REGIONAL CENTRE FOR PEACE AND DISARMAMENT\nIN AFRICA\n"
        "2. From 5 to 9 December 1994, the Centre held a seminar at Yaoundé.\n"
        "III. UNITED NATIONS REGIONAL CENTRE FOR PEACE AND DISARMAMENT IN\nASIA AND THE PACIFIC\n"
        "3. The Centre held a regional meeting in Kathmandu on 30 January 1995.\n"))
    organisers = {a.start: {key for relation, key in _links(a) if relation == "organizer"} for a in facts.activities}
    assert organisers == {"1994-12-05": {"UNREC"}, "1995-01-30": {"UNRCPD"}}


def test_an_opening_that_names_who_asked_or_whom_it_served_names_no_host():
    en = extract(read_text(EN_HEAD + "2. At the request of the Government of Guatemala, a needs assessment mission "
                                     "was undertaken by the Regional Centre to Guatemala City from 24 to 28 March 2012.\n"))
    activity, = en.activities
    assert ("organizer", "UNLIREC") in _links(activity) and ("organizer", "GTM") not in _links(activity)
    assert ("beneficiary", "GTM") in _links(activity)
    zh = extract(read_text(ZH_HEAD + "2. 2010年3月17日至4月4日，为中非共和国、喀麦隆和乍得三国的警察举办了一期培训班。\n"))
    activity, = zh.activities
    assert {key for relation, key in _links(activity) if relation == "organizer"} == {"UNRCPD"}


def test_hundreds_written_in_words_are_counted():
    facts = extract(read_text(EN_HEAD + "2. From 14 May to 8 June 2012, the Regional Centre conducted an online course. "
                                        "One hundred and twelve officials took part.\n"))
    activity, = facts.activities
    assert activity.participants == 112


def test_posts_paid_by_the_centres_own_trust_fund_named_short():
    en = extract(read_text(EN_HEAD + "2. The staffing of the Regional Centre is shown below.\n"
                                     "Post    Regular budget    Trust Fund\nP-5    1    —\nP-3    —    2\n"))
    assert _posts(en) == {("P-5", 1, "UN"), ("P-3", 2, "UNLIREC-TRUST-FUND")}
    zh = extract(read_text(ZH_HEAD + "2. 区域中心主任(P-5)员额由联合国经常预算供资。两名当地雇用的一般事务人员由信托基金供资。\n"))
    assert _posts(zh) == {("P-5", 1, "UN"), ("GS", 2, "UNRCPD-TRUST-FUND")}
