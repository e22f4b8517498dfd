"""Money and posts in Chinese reports: contributions with amounts, who funds what, posts by
grade, and the names of the trust-fund statement's lines."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.money import MoneyWords, ThanksWords, find_contributions, find_fundings
from kg.extract.posts import PostPattern, PostWords, find_posts
from kg.extract.statement import OBJECT_OF_EXPENDITURE

# donors' currencies, with those of the years before the euro (older reports name them)
CURRENCIES = {"美元": "USD", "欧元": "EUR", "瑞士法郎": "CHF", "日元": "JPY", "英镑": "GBP",
              "加拿大元": "CAD", "加元": "CAD", "澳大利亚元": "AUD", "澳元": "AUD", "人民币": "CNY",
              "新西兰元": "NZD", "挪威克朗": "NOK", "瑞典克朗": "SEK", "丹麦克朗": "DKK", "韩元": "KRW",
              "法国法郎": "FRF", "比利时法郎": "BEF", "德国马克": "DEM", "马克": "DEM", "荷兰盾": "NLG",
              "芬兰马克": "FIM", "奥地利先令": "ATS", "意大利里拉": "ITL", "里拉": "ITL",
              # the CFA francs of West and Central Africa, where the Centre in Lomé is
              "非洲金融共同体法郎": "XOF", "西非法郎": "XOF", "非洲法郎": "XOF", "CFA法郎": "XOF", "中非法郎": "XAF"}
MULTIPLIERS = {"万": 10_000, "百万": 1_000_000, "亿": 100_000_000, "千": 1_000}
AMOUNT = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(百万|万|亿|千)?\s*(" + "|".join(CURRENCIES) + ")")
REFUND = re.compile(r"退款|退还|退回")
IN_KIND = re.compile(r"实物")
GIVING = re.compile(r"捐款|捐助|供资|出资|资助|提供|收到|退款|退还")
TOTAL = re.compile(r"共收到|共计|总计|总额|合计|共\s*\d")
# a party's clause ends after its amount, bracketed or not: 德国(250,000 美元)、日本(…)和瑞士(…)
CLAUSE = re.compile(r"[；;]|(?:" + "|".join(f"(?<={name})" for name in CURRENCIES) + r")\s*[)）]?\s*(?:和|及|以及|、|，)")

THANKS = re.compile(r"(?:感谢|赞赏)(?P<who>[^。]{2,120}?)(?:向|为|给予|提供|对)")
FUNDED_BY = re.compile(r"由(?P<who>[^，。；]{2,40}?)(?:的)?(?:经常预算|预算外资源|预算)?(?:供资|资助|提供资金|出资|支付|承担|负担)")
REGULAR_BUDGET = re.compile(r"经常预算")
# X 为…供资, or X 资助 1 名…: the payer is named before the verb
PAYS_FOR = re.compile(r"为[^，。；]{2,40}?(?:供资|提供资金|出资)"
                      r"|(?:资助|供资|出资|提供资金|提供)(?=\s*(?:了)?\s*(?:\d+|[一两二三])\s*(?:个|名))")
GIVE_TO = re.compile(r"(?:向|为)(?P<to>[^，。；]{2,30}?)提供(?:了)?[^，。；]{0,10}?(?:捐款|捐助|资金|支持|支助|财政)")

_AFTER = r"(?:(?P<after>\d+|[一两二三四五六七八九十])\s*(?:个|名))"  # the count after the title: 主任一名(D-1)
POST_GRADED = re.compile(r"(?:(?P<count>\d+|[一两二三四五])\s*(?:个|名)\s*)?(?P<title>[^()\d，。；、]{0,40}?)\s*" + _AFTER + r"?"
                         r"\s*\(\s*(?P<grade>[A-Z]{1,3}-[A-Z0-9]{1,2})")
POST_BARE = re.compile(r"(?P<count>\d+|[一两二三四五])\s*(?:个|名)\s*(?P<grade>(?:P|D|G|GS|FS|NO)-[A-Z0-9]{1,2})(?![\d)])"
                       r"\s*(?P<title>职等|级)?")
POST_GS_AFTER = re.compile(r"(?P<title>一般事务人员|当地雇员)\s*" + _AFTER)  # 一般事务人员四名
# staff named by their titles, then said to be recruited locally: "一名行政助理和一名司机为当地征聘人员"
_ONE_LOCAL = r"(?:\d+|[一两二三四五])\s*名\s*[\u4e00-\u9fff]{2,8}?"
POST_LOCAL = re.compile(r"(?P<local>" + _ONE_LOCAL + r"(?:\s*(?:和|及|、)\s*" + _ONE_LOCAL + r")*)"
                        r"(?=\s*(?:均|都)?为当地(?:征聘|雇用|招聘)的?(?:人员|工作人员|雇员))")
POST_GS = re.compile(r"(?P<count>\d+|[一两二三四五])\s*(?:个|名)\s*(?:当地(?:雇用的)?)?\s*(?P<title>一般事务人员|一般事务(?!人员)|当地雇员|当地(?:工作|雇用|征聘)人员)(?!\s*\(\s*[A-Z]{1,3}-)")

STATEMENT_LINES = [  # (line, label pattern), first match wins
    ("net-result", re.compile(r"收入减(?:去)?支出|收支差额|收入超过支出|支出超过收入|收入不敷支出|收不抵支")),
    ("total-expenses", re.compile(r"(?:费用|支出|开支).*(?:总计|共计|合计)|总(?:费用|支出)")),
    ("total-revenue", re.compile(r"总收入|收入(?:总计|共计|合计)")),
    # expenses by object (staff, travel, contracts ...): parts of the expenses, no line of their own
    # (一般业务费用 alone is today's operating expenses: an object only beside others, kg/extract/report.py)
    (OBJECT_OF_EXPENDITURE, re.compile(r"^(?:工作人员|旅费|差旅|订约|其他业务费用|用品|家具|设备|招待|方案支助|赠款)")),
    ("opening-balance", re.compile(r"(?:累计|结余|余额|储备).*1\s*月\s*1\s*日|期初|上期结转|1\s*月\s*1\s*日.*(?:累计|结余|余额)")),
    ("closing-balance", re.compile(r"(?:累计|结余|余额|储备)|期末|截至")),
    ("net-result", re.compile(r"盈余|亏损|赤字|收支|净额|超过|超出|差额")),
    ("voluntary-contributions", re.compile(r"自愿捐款|捐款")),
    ("investment-revenue", re.compile(r"投资收入|利息")),
    ("other-revenue", re.compile(r"其他收入|杂项收入")),
    ("refunds", re.compile(r"退款|退还|退回")),  # 退还捐助方款项
    ("operating-expenses", re.compile(r"业务费用|费用|支出|开支")),
]



def _value(found: re.Match[str]) -> tuple[float, str]:
    return (float(found.group(1).replace(",", "")) * MULTIPLIERS.get(found.group(2) or "", 1),
            CURRENCIES[found.group(3)])


def _year(text: str) -> int | None:
    found = re.search(r"(\d{4})\s*年", text)
    return int(found.group(1)) if found else None


WORDS = MoneyWords(code="zh", amount=AMOUNT, value=_value, clause=CLAUSE, total=TOTAL, refund=REFUND,
                   in_kind=IN_KIND, giving=GIVING, year=_year, respectively=re.compile(r"分别"),
                   # a table of gifts under its unit line "(美元)": each party's bare numbers
                   listed=re.compile(r"(?<![\d,.])\d[\d,]*(?:\.\d+)?(?![\d.])"),
                   number=lambda text: float(text.replace(",", "")),
                   table_unit=re.compile(r"[(（]\s*(?:单位\s*[:：]\s*)?(?P<cur>" + "|".join(CURRENCIES) + r")\s*[)）]"),
                   currency=CURRENCIES.__getitem__,
                   year_cell=re.compile(r"((?:19|20)\d{2})\s*年?"))  # "2019年" heads a year's column
contributions = partial(find_contributions, WORDS)


fundings = partial(find_fundings, ThanksWords(
    code="zh", thanks=THANKS, support=re.compile(r"捐款|捐助|支助|财政|资金|实物"), give_to=GIVE_TO,
    qualifier=re.compile(r"的[\u4e00-\u9fff]{2,}?(?:会|组织|基金|协会)")))  # 挪威的某基金会


def _count(found: re.Match[str]) -> int:
    groups = found.groupdict()
    if groups.get("local"):  # titles listed as one group of local staff: how many in all
        return sum(_number(n) for n in re.findall(r"(\d+|[一两二三四五])\s*名", groups["local"]))
    return _number(groups.get("count") or groups.get("after"))


def _number(text: str | None) -> int:
    return {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}.get(text or "", None) or int(text or 1)


posts = partial(find_posts, PostWords(
    code="zh", patterns=(PostPattern(POST_GRADED), PostPattern(POST_GS, lambda m: "GS"), PostPattern(POST_BARE),
                         PostPattern(POST_GS_AFTER, lambda m: "GS"), PostPattern(POST_LOCAL, lambda m: "GS", lambda m: "当地征聘人员")),
    funded_first=re.compile(r"由(?P<who>[^，。；]{2,30}?)(?:供资|资助|出资)的(?:员额|职位|工作人员)(?:为|有|包括)"),
    about=re.compile(r"员额|人员|干事|供资|资助|工作人员"), count=_count,
    regular_budget=REGULAR_BUDGET, pays_for=PAYS_FOR, funded_by=FUNDED_BY, strip=" 、的",
    general_service=re.compile(r"一般事务(?:人员)?(?:\((?:其他|特等)职等\))?|当地雇员|当地(?:工作|雇用|征聘)人员"),
    own_fund=re.compile(r"(?<![\u4e00-\u9fff])信托基金|(?<=由)信托基金|(?<=区域中心)信托基金")))
