"""A synthetic corpus of Chinese Secretary-General reports on the regional centres, for benchmarks.

Each report follows the layout of kg/data/reports/A-76-97.zh.txt (front page, 摘要, 一. 导言,
numbered paragraphs of dated activities, footnotes listing countries, the annex statement of the
trust fund), with its centre, year, partners, countries, dates, head counts and amounts drawn
from a seeded random generator: the same seed and index always give the same report, and the
partners and countries come from kg/data (organizations.yaml, countries.yaml).

    python bench/generate.py --n 1000 --seed 7 --out /tmp/corpus-1000
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
CENTRES = (  # name, region as the reports say it, host country, host city
    ("联合国和平与裁军亚洲及太平洋区域中心", "亚洲及太平洋", "尼泊尔", "加德满都"),
    ("联合国非洲和平与裁军区域中心", "非洲", "多哥", "洛美"),
    ("联合国拉丁美洲和加勒比和平、裁军与发展区域中心", "拉丁美洲和加勒比", "秘鲁", "利马"),
)
TOPICS = ("《武器贸易条约》", "安全理事会第 1540(2004)号决议",
          "《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》",
          "《不扩散核武器条约》", "《禁止化学武器公约》", "《生物武器公约》",
          "妇女与和平与安全议程", "裁军与不扩散教育", "《防止弹道导弹扩散海牙行为准则》")
EVENTS = ("网络研讨会", "讲习班", "培训班", "区域会议", "专家会议", "论坛")
SKIP_PARTNERS = {"UN", "UNGA", "UNSC", "UN-SECRETARIAT", "UNSG"}
PARTNER_KINDS = {"intergovernmental", "civil-society", "think-tank", "academic", "parliamentary",
                 "un-entity"}
ZH_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True)
class Names:
    countries: tuple[str, ...]
    partners: tuple[str, ...]
    funders: tuple[str, ...]


@lru_cache(maxsize=1)
def reference_names() -> Names:
    countries = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))
    members = tuple(row["names"]["zh"][0] for row in countries
                    if row.get("status") == "member" and row.get("names", {}).get("zh"))
    organizations = yaml.safe_load((DATA / "organizations.yaml").read_text(encoding="utf-8")) or []
    partners, funders = [], []
    for row in organizations:
        zh = (row.get("names") or {}).get("zh") or []
        if not zh or row["key"] in SKIP_PARTNERS or "区域中心" in zh[0]:
            continue
        if row.get("category") in PARTNER_KINDS:
            partners.append(zh[0])
        if row.get("category") in ("fund", "intergovernmental"):
            funders.append(zh[0])
    return Names(members, tuple(partners), tuple(funders) + members[:40])


def zh_number(n: int) -> str:
    """76 -> 七十六 (up to 99), as session numbers are printed."""
    tens, units = divmod(n, 10)
    text = (ZH_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
    return text + (ZH_DIGITS[units] if units or not tens else "")


def grouped(amount: int) -> str:
    """1258595 -> '1 258 595', negative in brackets, as the statements print amounts."""
    text = f"{abs(amount):,}".replace(",", " ")
    return f"({text})" if amount < 0 else text


class Writer:
    """One report, paragraph by paragraph, with its footnotes kept for the page they fall on."""

    def __init__(self, index: int, seed: int) -> None:
        self.rng = random.Random(f"{seed}-{index}")
        self.names = reference_names()
        self.centre, self.region, self.host, self.city = self.rng.choice(CENTRES)
        years = 38  # 1985-2022: symbols stay unique, one number per (session, index)
        self.year = 1985 + index % years
        self.session = self.year + 1 - 1945
        self.symbol = f"A/{self.session}/{100 + index // years}"
        self.job = f"{(self.year + 1) % 100:02d}-{self.rng.randint(1000, 19999):05d}"
        self.lines: list[str] = []
        self.notes: list[str] = []
        self.paragraph = 0
        self.printed_notes = 0
        self.page = 1

    def date(self, *, month_only: bool = False) -> tuple[str, int, int, int]:
        month = self.rng.randint(1, 12)
        year = self.year if month >= 7 else self.year + 1
        day = self.rng.randint(1, 26)
        if month_only:
            return f"{year} 年 {month} 月", year, month, day
        return f"{year} 年 {month} 月 {day} 日", year, month, day

    def countries(self, low: int, high: int) -> list[str]:
        return self.rng.sample(self.names.countries, self.rng.randint(low, high))

    def footnote(self, countries: list[str]) -> str:
        self.notes.append("、".join(countries[:-1]) + "和" + countries[-1] + "。")
        return str(len(self.notes))

    def para(self, text: str) -> None:
        self.paragraph += 1
        self.lines.append(f"{self.paragraph}. {text} ")

    def end_page(self) -> None:
        """The page's footnotes under a rule, then the running head and page number."""
        if len(self.notes) > self.printed_notes:
            self.lines.append("__________________ ")
            self.lines += [f" {n} {text} " for n, text in enumerate(self.notes, 1)
                           if n > self.printed_notes]
            self.printed_notes = len(self.notes)  # numbering runs on through the report
        self.page += 1
        self.lines += ["", f" {self.symbol} ", f"{self.job} {self.page}/8 "]

    def activity(self) -> None:
        rng, names = self.rng, self.names
        when, year, month, day = self.date()
        topic, event = rng.choice(TOPICS), rng.choice(EVENTS)
        partner, funder = rng.choice(names.partners), rng.choice(names.funders)
        attending = self.countries(3, 12)
        people = rng.randint(12, 90)
        style = rng.randrange(4)
        if style == 0:
            mark = self.footnote(attending)
            self.para(f"{when}，区域中心与{partner}以视频方式共同举办了一次关于{topic}的{self.region}"
                      f"{event}。来自{len(attending)} 个国家{mark} 的 {people} 名政府官员参加了活动。"
                      f"这次活动由{funder}出资举办。")
        elif style == 1:
            end = min(day + rng.randint(1, 4), 28)
            country = rng.choice(attending)
            self.para(f"{when}至 {end} 日，区域中心在{self.city}为{country}举办了关于{topic}的国家"
                      f"{event}，{people} 名执法和海关官员以面对面形式参加。该活动由{funder}供资。")
        elif style == 2:
            country = rng.choice(attending)
            self.para(f"{when}，区域中心、{country}政府和{partner}共同主办了国家机构间会议，协助"
                      f"{country}制定执行{topic}的国家行动计划。会议以混合形式举行，"
                      f"{people} 名代表出席。")
        else:
            month_text = self.date(month_only=True)[0]
            self.para(f"{month_text}，区域中心为{partner}组织的关于{topic}的系列讲座作出贡献，"
                      f"为大学生举办了裁军讲座。区域中心还参加了{partner}举办的专家小组讨论，"
                      f"重点讨论了{rng.choice(TOPICS)}的执行情况。")

    def front(self) -> None:
        agenda = f"{self.rng.randint(90, 110)}({self.rng.choice('abcdef')})"
        self.lines += [
            f" 第{zh_number(self.session)}届会议 ", f"暂定项目表* 项目 {agenda} ",
            "审查和执行大会第十二届特别会议的《结论文件》 ", f"  {self.centre} ", "  秘书长的报告 ",
            " 摘要 ",
            f" 本报告概述了{self.centre}在 {self.year} 年 7 月 1 日至 {self.year + 1} 年 6 月 30 日"
            f"期间开展的活动。 ",
            f" 在本报告所述期间，区域中心应请求为{self.region}区域会员国举办能力建设方案，推动普遍"
            f"加入和执行多边裁军、不扩散和军备控制文书，并促进了区域的对话和建立信任措施。 ",
            f" 区域中心完全依靠自愿捐款执行活动方案。秘书长感谢会员国，特别是东道国{self.host}"
            f"以及其他伙伴提供财政和实物支助。 ",
            "__________________ ", f" * A/{self.session}/50。 ",
        ]
        self.end_page()

    def body(self) -> None:
        self.lines.append(" 一. 导言 ")
        self.para(f"大会第 {self.rng.randint(39, 45)}/{self.rng.randint(30, 90)} D 号决议规定，"
                  f"{self.centre}的任务是应请求为{self.region}区域会员国提供实质性支持，执行和平与裁军措施。")
        self.para(f"大会第 {self.session - 1}/{self.rng.randint(50, 90)} 号决议重申大力支持区域中心"
                  f"发挥作用，并感谢东道国{self.host}政府给予合作和财政支助。")
        self.para(f"本报告是应上述要求提交的，涵盖了区域中心 {self.year} 年 7 月 1 日至 {self.year + 1}"
                  f" 年 6 月 30 日期间的活动。本报告附件载有反映区域中心信托基金 {self.year} 年状况的财务报表。")
        self.lines.append(" 二. 区域中心的活动 ")
        sections = ("A. 推动执行全球军备控制、裁军和不扩散文书", "B. 伙伴关系、外联和宣传")
        for section in sections:
            self.lines.append(f" {section} ")
            for _ in range(self.rng.randint(3, 7)):
                self.activity()
            self.end_page()

    def finance(self) -> dict[str, int]:
        rng = self.rng
        donors = self.rng.sample(self.names.countries, 2)
        refunded = self.rng.sample(self.names.countries, 2)
        gifts = [rng.randint(5, 300) * 1000 + rng.randint(0, 999) for _ in donors]
        refunds = [rng.randint(10, 60) * 1000 + rng.randint(0, 999) for _ in refunded]
        money = {"opening": rng.randint(200_000, 2_000_000), "voluntary": sum(gifts),
                 "other": rng.randint(0, 5000), "investment": rng.randint(1000, 40000),
                 "operating": rng.randint(100_000, 400_000), "refunds": sum(refunds)}
        money["revenue"] = money["voluntary"] + money["other"] + money["investment"]
        money["expenses"] = money["operating"] + money["refunds"]
        money["net"] = money["revenue"] - money["expenses"]
        money["closing"] = money["opening"] + money["net"]
        self.lines.append(" 三. 财政状况、人员配置和行政管理 ")
        self.lines.append(" A. 财政状况 ")
        self.para(f"{self.year} 年，区域中心信托基金共收到会员国自愿捐款 {grouped(money['voluntary'])} 美元。"
                  f"关于 {self.year} 年信托基金状况的资料载于本报告附件。")
        self.para(f"秘书长感谢{donors[0]}和{donors[1]}等会员国向区域中心提供捐款和实物捐助。")
        self.lines.append(" B. 人员配置 ")
        self.para("区域中心的 1 个高级政治事务干事/中心主任(P-5)员额、1 个政治事务干事(P-3)员额和"
                  " 1 个一般事务人员(G-7，当地雇员)员额由联合国经常预算供资。")
        self.lines.append(" 四. 结论 ")
        self.para("区域中心将继续开展工作，应请求为区域会员国提供协助，推动对话和建立信任，促进和平与裁军教育。")
        self.annex(money, donors, gifts, refunded, refunds)
        return money

    def annex(self, money, donors, gifts, refunded, refunds) -> None:
        y = self.year
        self.lines += [
            " 附件 ", f"  {self.centre}信托基金 {y} 年状况 ", "(美元) ",
            f"  累计盈余，{y} 年 1 月 1 日 {grouped(money['opening'])} ", " 收入  ",
            f" 自愿捐款 a {grouped(money['voluntary'])} ", f" 其他收入 {grouped(money['other'])} ",
            f" 投资收入 {grouped(money['investment'])} ", f" 总收入 {grouped(money['revenue'])} ",
            " 减去：费用和退款  ", f" 一般业务费用 {grouped(money['operating'])} ",
            f" 退款 b {grouped(money['refunds'])} ", f" 费用和退款总计  {grouped(money['expenses'])} ",
            f"{y} 年盈余/亏损 {grouped(money['net'])} ",
            f"截至 {y} 年 12 月 31 日的累计盈余 /赤字 {grouped(money['closing'])} ",
            f" a 包括下列自愿捐款：{donors[0]}，{grouped(gifts[0])} 美元；{donors[1]}，{grouped(gifts[1])} 美元。 ",
            f" b 包括给{refunded[0]}的退款 {grouped(refunds[0])} 美元和给{refunded[1]}的退款 "
            f"{grouped(refunds[1])} 美元。 ",
        ]


def make_report(index: int, seed: int = 0) -> tuple[str, str]:
    """(file name, text) of report number `index` of the corpus drawn with `seed`."""
    writer = Writer(index, seed)
    writer.front()
    writer.body()
    writer.finance()
    name = writer.symbol.replace("/", "-") + ".zh.txt"
    return name, "\n\n".join(writer.lines) + "\n"


def write_corpus(folder: str | Path, n: int, seed: int = 0) -> list[Path]:
    """Write reports 0..n-1 into `folder` (made if new); returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        name, text = make_report(index, seed)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="how many reports")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", required=True, help="folder to write them in")
    args = parser.parse_args()
    paths = write_corpus(args.out, args.n, args.seed)
    print(f"wrote {len(paths)} reports to {args.out}")


if __name__ == "__main__":
    main()
