"""Chinese activity rules on small invented reports (facts of no real report)."""
from kg.extract.pipeline import extract
from kg.ingest import read_text
from facts_of import links

HEAD = """第八十届会议
暂定项目表* 项目 99(b)
审查和执行大会第十二届特别会议的《结论文件》
联合国非洲和平与裁军区域中心
秘书长的报告
摘要
本报告概述了联合国非洲和平与裁军区域中心在 2024 年 7 月 1 日至 2025 年 6 月 30 日期间开展的活动。
一. 导言
1. 本报告是应大会要求提交的。
二. 区域中心的活动
"""


def facts_of(body: str, notes: str = ""):
    return extract(read_text(HEAD + body + notes))


def test_passive_voice_organisers_and_a_funder_for_two_activities():
    facts = facts_of(
        "2. 2024 年 9 月 3 日至 5 日，区域中心与非洲联盟在洛美共同举办了一次讲习班。"
        "11 月 20 日，一次培训班由西非国家经济共同体主办。上述活动由德国和日本提供资金。\n")
    first, second = facts.activities
    assert (first.start, first.end, first.type) == ("2024-09-03", "2024-09-05", "Workshop")
    assert {("organizer", "UNREC"), ("organizer", "AU"), ("funder", "DEU"), ("funder", "JPN")} <= links(first)
    assert (second.start, second.type) == ("2024-11-20", "Training")
    assert ("organizer", "ECOWAS") in links(second) and ("funder", "DEU") in links(second)
    assert first.modality == "in-person"


def test_the_centre_speaking_at_someone_elses_event_is_a_participant():
    facts = facts_of("2. 2025 年 2 月 14 日，区域中心参加了欧洲联盟举办的网络研讨会，并作了发言。\n")
    [activity] = facts.activities
    assert links(activity) == {("organizer", "EU"), ("participant", "UNREC")}
    assert (activity.type, activity.modality) == ("Webinar", "online")


def test_footnote_countries_counts_and_a_mismatch_finding():
    facts = facts_of("2. 2025 年 3 月 10 日，区域中心举办了培训班，来自 4 个国家1 的 22 名官员参加。\n",
                     "__________________\n1 加纳、马里和尼日尔。\n")
    [activity] = facts.activities
    assert (activity.participants, activity.participant_countries) == (22, 4)
    assert {("participant", "GHA"), ("participant", "MLI"), ("participant", "NER")} <= links(activity)
    [finding] = [f for f in facts.findings if f.kind == "count-mismatch"]
    assert "4" in finding.message and "3" in finding.message


def test_beneficiaries_named_after_wei_and_a_date_list():
    facts = facts_of("2. 区域中心于 2024 年 10 月 1 日、8 日和 15 日为布基纳法索和乍得举办了一系列网络研讨会。\n")
    [activity] = facts.activities
    assert (activity.start, activity.end) == ("2024-10-01", "2024-10-15")
    assert {("beneficiary", "BFA"), ("beneficiary", "TCD"), ("organizer", "UNREC")} <= links(activity)


def test_the_reporting_period_and_resolution_dates_are_not_activities():
    facts = facts_of("2. 大会在 2024 年 12 月 2 日第 79/55 号决议中请秘书长提交报告。\n")
    assert facts.activities == ()


def test_two_dated_events_in_one_sentence_are_two_activities():
    facts = facts_of("2. 区域中心于 2025 年 3 月 5 日举办了一次讲习班，并于 4 月 10 日至 12 日举办了培训班。\n")
    assert [(a.start, a.end, a.type) for a in facts.activities] == [
        ("2025-03-05", None, "Workshop"), ("2025-04-10", "2025-04-12", "Training")]


def test_posts_with_bare_grades_and_their_funders():
    facts = facts_of("2. 区域中心有 1 个 P-4 员额和 2 名 G-5 当地雇员，均由联合国经常预算供资。"
                     "另有 1 名初级专业干事(P-2)由瑞典政府供资。\n")
    rows = sorted((p.grade, p.count, p.funded_by.key if p.funded_by else None) for p in facts.posts)
    assert rows == [("G-5", 2, "UN"), ("P-2", 1, "SWE"), ("P-4", 1, "UN")]


def test_a_year_alone_dates_an_event_only_when_it_opens_the_sentence():
    facts = facts_of("2. 2024 年，区域中心为西非国家举办了一系列讲习班。这些讲习班是 2023 年项目的后续。\n")
    assert [(a.start, a.type) for a in facts.activities] == [("2024", "Workshop")]


def test_an_unknown_body_keeps_the_place_that_opens_its_name():
    facts = facts_of("2. 2025 年 1 月 20 日，区域中心与西非青年和平协调委员会共同举办了一次讲习班。\n")
    [activity] = facts.activities
    assert {(l.relation, l.target.label_zh) for l in activity.links if l.relation == "organizer"} >= {
        ("organizer", "西非青年和平协调委员会")}
