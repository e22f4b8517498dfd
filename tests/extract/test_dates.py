"""Chinese date expressions: the rules, on dates no report needs to have."""
import pytest

from kg.extract.zh.dates import find_dates

PERIOD = ("2017-07-01", "2018-06-30")


@pytest.mark.parametrize("text, start, end", [
    ("2017 年 9 月 4 日，中心", "2017-09-04", None),
    ("2017年9月4日，中心", "2017-09-04", None),
    ("于 2018 年 2 月 6 日至 9 日举行", "2018-02-06", "2018-02-09"),
    ("2017 年 11 月 27 日至 12 月 1 日", "2017-11-27", "2017-12-01"),
    ("2017 年 12 月 28 日至 1 月 3 日", "2017-12-28", "2018-01-03"),
    ("2017 年 10 月 2 日、9 日和 16 日", "2017-10-02", "2017-10-16"),
    ("2018 年 3 月 7 日、4 月 4 日、11 日及 18 日", "2018-03-07", "2018-04-18"),
    ("2017 年 8 月和 2018 年 1 月", "2017-08", "2018-01"),
    ("2018 年 5 月", "2018-05", None),
])
def test_date_expression(text, start, end):
    [span] = find_dates(text, period=PERIOD)
    assert (span.start, span.end) == (start, end)


def test_day_without_year_takes_the_year_written_before():
    spans = find_dates("2016 年 3 月 1 日举办讲习班，随后于 11 月 5 日举办培训", period=PERIOD)
    assert [s.start for s in spans] == ["2016-03-01", "2016-11-05"]


def test_day_without_any_year_takes_the_reporting_period():
    assert find_dates("11 月 5 日，中心", period=PERIOD)[0].start == "2017-11-05"
    assert find_dates("3 月 5 日，中心", period=PERIOD)[0].start == "2018-03-05"


def test_the_reporting_period_is_marked():
    [span] = find_dates("在 2017 年 7 月 1 日至 2018 年 6 月 30 日期间开展的活动", period=PERIOD)
    assert span.is_period and (span.start, span.end) == ("2017-07-01", "2018-06-30")


def test_counts_are_not_dates():
    assert find_dates("14 个国家的 41 名官员参加") == []


@pytest.mark.parametrize("language, text, start", [
    ("fr", "le 0 janvier 2002, le Centre", "2002-01"),   # a day's digit lost at a line break
    ("en", "on 31 June 2019 the Centre", "2019-06"),
    ("zh", "2019 年 2 月 30 日，中心", "2019-02"),
])
def test_a_day_no_calendar_has_keeps_the_month(language, text, start):
    from importlib import import_module

    [span] = import_module(f"kg.extract.{language}.dates").find_dates(text)
    assert span.start == start


@pytest.mark.parametrize("text", ["26.08.2014-28.08.2014", "26.08.2014 – 28.08.2014", "26/08/2014-28/08/2014"])
def test_a_range_of_dates_in_figures_joined_by_a_hyphen_or_a_dash(text: str):
    from kg.extract.ru.dates import find_dates as ru_dates

    [span] = ru_dates(text)
    assert (span.start, span.end) == ("2014-08-26", "2014-08-28")


def test_figures_joined_by_hyphens_that_are_no_range_of_dates_give_none():
    from kg.extract.dates import numeric_atoms

    assert numeric_atoms("ref. 12-08-2014-3, job 14-45678, A/75/136") == []
