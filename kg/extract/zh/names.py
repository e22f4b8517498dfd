"""Names in Chinese text: the gazetteer's, 'the Centre', resolutions cited by number, and
organisations the gazetteer lacks (a quoted name after 智库/联盟, a name ending in 委员会/论坛,
a Latin-script name)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.anaphora import bodies_of_named_instruments
from kg.extract.entities import (blank_out, cited_symbols, goals, host_of, org_from_text, overlaps,
                                 overlaps_span, pattern_matches, resolution)
from kg.extract.facts import Entity
from kg.extract.guards import guarded
from kg.paths import DATA
from kg.reference import Gazetteer, NameMatch, matcher_for
from kg.reference.compiled import read_yaml

# Phrases holding a name that are not that name (places such as 巴拿马城: kg/data/places.yaml).
BLOCKERS = ("发展中国家", "中国家", "最不发达国家", "小岛屿发展中国家", "内陆发展中国家", "中非洲",
            "阿拉伯半岛", "巴尔干半岛", "美洲", "西班牙文", "西班牙语", "葡萄牙文", "葡萄牙语",
            "法文", "法语区",
            # an Under- or Assistant Secretary-General is not the Secretary-General
            "副秘书长", "助理秘书长")

SUBJECT = re.compile(r"(?:区域中心|(?:(?<=^)|(?<=[，。；、：\s和与及并由为在使让向同对该本据经视]))中心)"
                     r"(?![\u4e00-\u9fff]{0,1}(?:主任|信托基金|的任务))")
GOALS = re.compile(r"可持续发展目标\s*(?P<numbers>\d{1,2}(?:\s*(?:、|和|及|与)\s*\d{1,2})*)")
HOST = re.compile(r"东道国(?:政府)?")
# head words of instrument names: 《条约》秘书处 after the treaty's whole name
INSTRUMENT_HEADS = tuple(re.compile(word) for word in ("条约", "公约", "议定书"))
GA_RESOLUTION = re.compile(r"第\s*(\d{1,2})\s*/\s*(\d{1,3})\s*([A-Z](?![a-z]))?\s*号决议")
SC_RESOLUTION = re.compile(r"(?:安全理事会|安理会)?第\s*(\d{3,4})\s*\(\s*(\d{4})\s*\)\s*号决议")
# a list of resolutions names 决议 once, after the last: "1985年12月16日第40/151 G号、1986年12月3日第41/60 D号
# 和1987年11月30日第42/39 J号决议"
_ZH_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
_ZH_ITEM = r"第\s*\d{1,2}\s*/\s*\d{1,3}\s*[A-Z]?\s*号"
GA_RESOLUTION_LIST = re.compile(_ZH_ITEM + r"(?:\s*(?:、|和|及|以及|，)\s*" + _ZH_DATE + _ZH_ITEM + r")+\s*决议")
GA_LISTED_ITEM = re.compile(r"第\s*(\d{1,2})\s*/\s*(\d{1,3})\s*([A-Z](?![a-z]))?\s*号")
QUOTED_AFTER = re.compile(r"(?:智库|组织|基金会|联盟|网络|机构|协会|平台|倡议)\s*[“\"「]([^”\"」]{2,30})[”\"」]")
SUFFIXED = guarded(re.compile(r"([\u4e00-\u9fff]{2,18}?(?:委员会|论坛|研究所|研究院|研究中心|基金会|大学|学院|协会|联合会|学会|行动网|智库|警察|警察局|监管局|管理局|总局|秘书处|外交部|国防部|内政部|司法部|办公室))(?!议)(?![队门长员])(?!人员|官员|代表)(?![\u4e00-\u9fff]{0,1}(?:会议|成员|主席|秘书处))"))  # skips a text without a suffix
# a ministry named by its country alone: 蒙古 + 外交部 (the country is blanked when this runs)
MINISTRY = re.compile(r"(?<=\u2588)((?:外交|国防|内政|司法|财政|公共安全|国家安全|外交和国际合作|外交与国际合作)部)")
LEFT_CUT = re.compile(r".*(?:[的由在为了向同是对将把被经并、，；：]|以及|参加|出席|举办|组织|支持|感谢|通过|一个|一系列|"
                      r"[\d一二两三四五六七八九十百千]+\s*(?:多\s*)?[名位个])")  # 二十八名警察: a count, no name
LATIN_NAME = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z'’&.-]+(?:\s+(?:[A-Z][A-Za-z'’&.-]+|of|for|and|the|de|du|la|des|pour|y|del|on))*)(?![A-Za-z])")
LATIN_STOP = {"COVID", "COVID-19", "P", "G", "D", "A", "RES", "S", "Add", "Corr", "Rev"}


class ChineseNames:
    """Finds every entity named in a piece of Chinese text."""

    def __init__(self, gazetteer: Gazetteer, subject: Entity | None) -> None:
        self.gazetteer = gazetteer
        self.matcher = matcher_for(gazetteer, BLOCKERS + gazetteer.place_names("zh"))
        self.subject = subject
        self.host = host_of(gazetteer, subject)

    def find(self, text: str) -> list[NameMatch]:
        cited = goals(self.gazetteer, text, GOALS)
        matches = [m for m in self.matcher.find(text) if not _before_numbers(m, cited, text)] + cited  # longest known name first: 第1540(2004)号决议所设委员会
        matches += [m for m in self._patterns(text) if not overlaps(m, matches)]
        matches += [m for m in self._abbreviated(text) if not overlaps(m, matches)]
        matches += pattern_matches(SUBJECT, text, self.subject, matches)
        matches += pattern_matches(HOST, text, self.host, matches)
        matches += bodies_of_named_instruments(text, matches, self.matcher, INSTRUMENT_HEADS)
        unknown = self._unknown(text, matches)
        matches = [m for m in matches if not any(u.start <= m.start and m.end <= u.end for u in unknown)]
        matches += [m for m in unknown if not overlaps(m, matches)]
        return sorted(matches, key=lambda m: m.start)

    def _patterns(self, text: str) -> list[NameMatch]:
        out: list[NameMatch] = []
        for found in SC_RESOLUTION.finditer(text):
            out.append(NameMatch(found.start(), found.end(),
                                 resolution(self.gazetteer, found.groups(), "UNSC"), found.group(0)))
        for listed in GA_RESOLUTION_LIST.finditer(text):
            for found in GA_LISTED_ITEM.finditer(text, listed.start(), listed.end()):
                if not overlaps_span(found.span(), out):
                    out.append(NameMatch(found.start(), found.end(),
                                         resolution(self.gazetteer, found.groups(), "UNGA"), found.group(0)))
        for found in GA_RESOLUTION.finditer(text):
            if not overlaps_span(found.span(), out):
                out.append(NameMatch(found.start(), found.end(),
                                     resolution(self.gazetteer, found.groups(), "UNGA"), found.group(0)))
        return out + cited_symbols(self.gazetteer, text, out)

    def _abbreviated(self, text: str) -> list[NameMatch]:
        """Countries by one character each in a list (中、美、俄、英、法等; 中、美两国)."""
        table = abbreviations()
        out = []
        for listed in ABBREVIATED_LIST.finditer(text):
            for found in re.finditer(r"[^、和及]", listed.group(0)):
                entity = self.gazetteer.get("Country", table[found.group(0)])
                if entity is not None:
                    at = listed.start() + found.start()
                    out.append(NameMatch(at, at + 1, entity, found.group(0)))
        return out

    def _unknown(self, text: str, known: list[NameMatch]) -> list[NameMatch]:
        out: list[NameMatch] = []
        for found in QUOTED_AFTER.finditer(text):
            name = found.group(1).strip()
            if self.gazetteer.lookup(name) is None and not overlaps_span(found.span(1), known):
                out.append(NameMatch(found.start(1), found.end(1), org_from_text(name), name))
        masked = blank_out(text, known + out)
        ministries = [f for f in MINISTRY.finditer(masked) if not overlaps_span(f.span(), out)]
        for found in [*SUFFIXED.finditer(masked), *ministries]:
            name = re.sub(r"^(?:和(?!平)|[与及名个位])+", "", LEFT_CUT.sub("", found.group(1)))
            start = found.end(1) - len(name)
            country = next((m for m in known if m.end == start and m.entity.kind in ("Country", "Region")), None)
            if country:  # 多哥 + 小武器问题国家委员会, 东北亚 + 青年指导委员会: the place is part of the name
                start, name = country.start, text[country.start:found.end(1)]
            if text[start - 1:start] == "》":
                continue  # 《公约》协商委员会: an organ of the quoted instrument, which its suffix alone does not name
            if 4 <= len(name) <= 24 and not _generic(name):
                out.append(NameMatch(start, found.end(1), org_from_text(name), name))
        for found in LATIN_NAME.finditer(masked):
            name = found.group(1).strip(" .-")
            if (len(name) >= 3 and name not in LATIN_STOP and not name.isupper() and not _no_latin_name(name, masked, found)
                    and self.gazetteer.lookup(name) is None):
                out.append(NameMatch(found.start(1), found.start(1) + len(name), org_from_text(name), name))
        return out


MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"}
GLUED_WORDS = re.compile(r"(?:[A-Z][a-z]+){3,}")  # "PrintedattheUnitedNations": words that lost their spaces


def _no_latin_name(name: str, text: str, found: re.Match[str]) -> bool:
    """A Latin run in Chinese text that names no body: a month ("January2013"), a piece of a web
    address ("…/HomePage/ODAPublications"), words a copy glued together without their spaces."""
    in_address = text[found.start(1) - 1:found.start(1)] in ("/", ".") or text[found.end(1):found.end(1) + 1] == "/"
    return name in MONTH_NAMES or in_address or bool(GLUED_WORDS.fullmatch(name))


def _generic(name: str) -> bool:
    """Descriptions, not names: 该委员会, 各国议会论坛 with a determiner, a bare suffix."""
    # 国家小武器委员会 after "X、Y 和 Z 的" is each country's commission, not one body; "唯一的多边裁军
    # 谈判论坛" says what a body is (the Conference on Disarmament), it names none
    return (bool(re.match(r"^(?:该|本|此|这|各|其|有关|相关|一个|上述|国家|区域|次区域|还|并|多所|多个|若干|一些|多边|唯一)", name))
            or bool(re.search(r"各(?:地|国|级|类|所)|等(?:国|地)", name)) or len(set(name)) < 3)


def _before_numbers(match: NameMatch, cited: list[NameMatch], text: str) -> bool:
    """The umbrella name right before goal numbers ("Goals 5 and 16") gives way to the goals."""
    return any(c.start - 3 <= match.end and match.start < c.end for c in cited)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """One character -> the country it stands for in a list (kg/data/abbreviations.zh.yaml)."""
    return {str(char): str(iso3) for char, iso3 in read_yaml(DATA / "abbreviations.zh.yaml").items()}


_ONE = "[" + "".join(abbreviations()) + "]"
# two or more, each alone between list marks, before 等, a list mark or 两国/五国: not 中美 in
# 中美洲 nor 法 in 法律、英文
ABBREVIATED_LIST = re.compile(rf"(?:^|(?<=[、，,。；：（(与和及同]))"
                              rf"{_ONE}(?:、{_ONE})+(?:[和及]{_ONE})?"
                              rf"(?=等|、|，|,|。|；|）|\)|[两三四五六七八九十]?国)")
