"""What real texts of the field taught the reader and the English and Chinese extraction
(tests/fixtures/real): news pages dated month first and without years, a typewritten report
with two meetings in one sentence, web clutter glued to the text, names with a possessive or a
lost bracket. Invented sentences, no real text's facts."""
from kg.extract.en.dates import find_dates
from kg.extract.pipeline import extract
from kg.ingest import read_text
from facts_of import links


def names(facts, kind=None):
    return {m.entity.key for m in facts.mentions if kind is None or m.entity.kind == kind}


# -- dates -----------------------------------------------------------------------------------
def test_a_date_written_month_first_with_ordinals():
    [span] = find_dates("the centre attended a meeting from June 3rd to 5th, 2019, in Accra")
    assert (span.start, span.end) == ("2019-06-03", "2019-06-05")
    [span] = find_dates("On September 21, 2018 the Centre")
    assert (span.start, span.end) == ("2018-09-21", None)
    assert [s.start for s in find_dates("in May 2020, 12 officials")] == ["2020-05"]


def test_a_year_written_once_dates_the_earlier_days_of_its_sentence():
    spans = find_dates("the first from 3 to 6 May and the second from 29 November to 2 December 2001")
    assert [(s.start, s.end) for s in spans] == [("2001-05-03", "2001-05-06"), ("2001-11-29", "2001-12-02")]


TYPEWRITTEN = """United Nations

General Assembly

Distr. GENERAL

2 October 1997

Fifty-second session
Agenda item 70 (c)

Report of the Secretary-General

1.  By its  resolution 51/46 C  of 10  December 1996, the General  Assembly
requested  me to report on  the work of  the Standing Advisory  Committee.

2.   Both meetings were  held at Libreville, the first from  3 to 6 March
and  the second from 22  to 26 September  1997.  A message from the
Secretary-General of the Organization of African Unity was delivered.
"""


def test_two_meetings_in_one_sentence_and_no_reporting_period():
    document = read_text(TYPEWRITTEN)
    meta = document.metadata
    assert (meta.session, meta.agenda_item, meta.period_start, meta.period_end) == ("52", "70(c)", None, None)
    facts = extract(document)  # a meeting's days above are no reporting period
    assert sorted((a.start, a.end, a.type) for a in facts.activities) == [
        ("1997-03-03", "1997-03-06", "Meeting"), ("1997-09-22", "1997-09-26", "Meeting")]


def test_a_country_under_its_former_name():
    facts = extract(read_text("The ministers of Zaire and Gabon met on 4 June 1996 in a meeting of the "
                              "Committee held at Yaoundé.\n"))
    assert {"COD", "GAB"} <= names(facts, "Country")


# -- a centre's news page ---------------------------------------------------------------------
PAGE = """Latest news
Logo banniere

On 14 April, UNLIREC participated in a meeting of the country team in Lima to review
security measures in the region.

Photos from the event

cmr lima3From 20 to 22 April, UNLIREC organized a training course for customs officers and border
police of Peru on the marking and tracing of firearms and their ammunition.

UNLIREC attended the 3rd Meeting of the network of arms control practitioners, from May 9th
to 11th, 2022, in Quito.
"""


def test_a_news_page_is_about_the_centre_it_names_and_dates_its_items_by_its_year():
    document = read_text(PAGE)
    assert not any(p.text.startswith("cmr") for p in document.paragraphs)  # the image's name is no text
    facts = extract(document)
    found = {a.start: (a.end, a.type, links(a)) for a in facts.activities}
    assert found["2022-04-14"][2] == {("participant", "UNLIREC")}  # a guest, not the host
    assert found["2022-04-20"][:2] == ("2022-04-22", "Training")
    assert ("organizer", "UNLIREC") in found["2022-04-20"][2]
    assert found["2022-05-09"][:2] == ("2022-05-11", "Meeting")


def test_a_page_naming_two_centres_has_no_subject_and_no_guessed_year():
    facts = extract(read_text("UNREC and UNLIREC held a joint webinar on 3 March.\n"
                              "Both centres met again on 5 May 2021 and on 6 June 2022.\n"))
    assert facts.subject is None
    assert not [a for a in facts.activities if a.start.endswith("03-03")]


# -- names -------------------------------------------------------------------------------------
def test_possessives_leading_prepositions_and_a_lost_bracket():
    facts = extract(read_text(
        "Among the Centre’s partners, the Andean Institute’s network and the National Commission for "
        "the Control of Small Arms and Light Weapons CNCAL) took part. The plan follows General "
        "Assembly Resolution 66/50 of 2 December 2011.\n"))
    orgs = {m.text for m in facts.mentions if m.entity.kind == "Organization"}
    assert "Andean Institute" in orgs
    assert "National Commission for the Control of Small Arms and Light Weapons" in orgs
    assert not any("Among" in o or o.endswith(("’s", "CNCAL")) for o in orgs)
    assert "A/RES/66/50" in names(facts, "Instrument")


def test_permanent_missions_are_no_mission():
    facts = extract(read_text("The Office presents its compliments to the Permanent Missions and asks "
                              "for their views before 30 April 2018.\n"))
    assert not facts.activities


# -- Chinese -----------------------------------------------------------------------------------
ZH = """联合国和平、裁军与发展拉丁美洲和加勒比区域中心

一、导言

  1. 本报告述及2008年8月至2009年7月期间该中心的各项活动。

  2. 在秘书长任命中心主任和他于2008年10月1日上任之后,各方为其活动提供了自愿捐款。

  3. 2009年3月5日,中心在利马举办了讲习班。
"""


def test_chinese_period_in_months_and_the_centres_work_in_general_is_no_event():
    document = read_text(ZH)
    assert (document.metadata.period_start, document.metadata.period_end) == ("2008-08-01", "2009-07-31")
    facts = extract(document)
    assert [(a.start, a.type) for a in facts.activities] == [("2009-03-05", "Workshop")]


def test_a_guests_host_named_in_the_undated_sentence_before():
    facts = extract(read_text(
        "UNLIREC took part in the regional dialogue on arms control, organized by the Organization of "
        "American States in Panama City. As agreed with the partners beforehand, UNLIREC attended the "
        "2nd Meeting of national focal points, from October 4th to 6th, 2021.\n"))
    [activity] = facts.activities
    assert (activity.start, activity.end) == ("2021-10-04", "2021-10-06")
    assert links(activity) == {("organizer", "OAS"), ("participant", "UNLIREC")}


def test_a_chinese_resolutions_date_with_its_subject_between_is_no_event():
    document = read_text(ZH + "\n  4. 本报告是依照大会2008年12月2日关于区域中心的第63/76号决议提交的,"
                                "大会在其中请秘书长继续支持中心的研讨会。\n")
    assert [a.start for a in extract(document).activities] == ["2009-03-05"]
