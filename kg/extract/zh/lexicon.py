"""Words of Chinese reports that carry meaning for extraction: activity nouns, verbs, cues."""
from __future__ import annotations

import re

from kg.extract.zh.dates import find_dates as _find_dates
from kg.ingest.languages.zh import zh_number

# Activity nouns and their type; the longest noun at the leftmost place wins.
ACTIVITY_NOUNS: dict[str, str] = {
    "网络研讨会": "Webinar", "在线研讨会": "Webinar", "视频研讨会": "Webinar", "网络研讨": "Webinar",
    "虚拟研讨会": "Webinar",
    "视频会议": "Meeting", "网络会议": "Meeting", "在线会议": "Meeting", "虚拟会议": "Meeting",
    "工作会议": "Meeting", "会议": "Meeting", "常会": "Meeting", "届会": "Meeting", "特别会议": "Meeting", "会间会": "Meeting", "会间会议": "Meeting", "座谈会": "Meeting", "会晤": "Meeting", "会谈": "Meeting",
    "协调会": "Meeting", "通报会": "Meeting", "情况介绍会": "Meeting", "对话会": "Meeting", "对话": "Meeting",
    "培训班": "Training", "培训课程": "Training", "培训方案": "Training", "培训活动": "Training",
    "培训讲习班": "Training", "培训": "Training", "训练班": "Training", "研修班": "Training",
    "进修班": "Training", "课程": "Training", "训练": "Training", "学习班": "Training",
    "培训会": "Training", "研讨班": "Workshop", "讲习会": "Workshop", "工作组会议": "Meeting",
    "专家会议": "Meeting", "协商会议": "Consultation", "磋商会议": "Consultation",
    "讲习班": "Workshop", "研讨会": "Workshop", "工作坊": "Workshop", "专题讨论会": "Workshop", "讨论会": "Workshop",
    "系列讲座": "Lecture", "讲座": "Lecture", "报告会": "Lecture", "讲课": "Lecture",
    "审议大会": "Conference", "国际会议": "Conference", "区域会议": "Conference",
    "联合会议": "Conference", "问题会议": "Conference", "年会": "Conference",
    "专家小组": "Panel", "小组讨论": "Panel", "圆桌会议": "Meeting", "圆桌讨论": "Panel",
    "专题小组": "Panel",
    "论坛": "Forum",
    "磋商": "Consultation", "协商会": "Consultation", "磋商会": "Consultation",
    "演习": "Exercise", "桌面演练": "Exercise", "模拟练习": "Exercise", "演练": "Exercise",
    "宣传运动": "Campaign", "宣传活动": "Campaign", "运动": "Campaign",
    "展览": "Other", "竞赛": "Other", "比赛": "Other", "访问": "Other", "考察": "Other",
    "评估团": "Other", "咨询团": "Other", "考察团": "Other", "技术援助团": "Other", "销毁活动": "Other", "销毁": "Other", "纪念活动": "Other", "庆祝活动": "Other",
    "纪念会": "Other", "仪式": "Other", "周年纪念": "Other", "活动": "Other",
}
NOUN = re.compile("|".join(sorted(map(re.escape, ACTIVITY_NOUNS), key=len, reverse=True)))

HOLD_VERBS = r"(?:共同主办|共同举办|共同组织|联合举办|联合主办|合作举办|合作组织|主办|举办|组织|召开|举行|开展|主持|发起|启动|召集|协办|推出|实施)"
TAKE_PART = r"(?:参加|出席|参与|致开幕词|致闭幕词|致辞|发言|作出贡献|作出了贡献|作讲座|作介绍|作陈述|介绍了|担任)"
EVENT_VERB = re.compile(r"(?:举行|举办|召开|开展|进行|组织|参加|出席)")

# The Centre at someone else's event: "参加了 X 举办的 …", "在 X 组织的 … 上致辞", "为 X 组织的 … 作出贡献".
# 在/为/向 X 举办的 only with a verb of taking part after it: "为 X 举办的课程" alone (a table's cell) is
# an event held for X
EXTERNAL = re.compile(r"(?:参加了?|出席了?|参与了?|应邀在|应邀参加了?|(?:在|为|向)(?=[^。；]*?" + TAKE_PART + r"))"
                      r"(?P<orgs>[^，。；]{2,90}?)"
                      r"(?:(?:共同)?(?:组织|举办|主办|召开|举行|发起|主持|召集)的"
                      # "应邀在 X《公约》协商委员会第二十二届常会上发言": the body named right before its
                      # session (no 的 between: "在 X 组织的…研讨会上" names X by the first branch)
                      r"|(?=(?:《[^》]{2,80}》)?[^，。；《的]{0,20}?(?:第[一二三四五六七八九十百〇零\d]+届)?"
                      r"(?:常会|会议|年会|大会|届会|论坛|研讨会)上" + TAKE_PART + r"))")
# the body whose event it is, named after the verb that held it: "在雅温得举行的 X（第N届）会议"
EVENT_OF = re.compile(r"(?:举行|举办|召开|主办)的(?P<orgs>\u2588+)(?:第[^，。；\u2588]{1,6}届)?[^，。；\u2588]{0,12}?"
                      r"(?:会议|常会|年会|届会|论坛|首脑会议|会间会|研讨会|讨论会|讲习班|磋商)")
CO_ORGANISER = re.compile(r"(?:与|同|和)(?P<orgs>[^，。；]{2,80}?)(?:共同|合作|联合|一道|携手|协作)")
PASSIVE_ORGANISER = re.compile(r"由(?P<orgs>[^，。；]{2,80}?)(?:共同)?(?:主办|组织|举办|召集|召开|牵头|发起)")
FUNDING = re.compile(
    r"(?:由(?P<a>[^，。；]{2,80}?)(?:共同)?(?:提供(?:了)?(?:财政|资金|经费)?(?:支持|资助|捐助|资金|支助)|出资|资助|供资|赞助)"
    r"|在(?P<b>[^，。；]{2,80}?)的(?:财政支持|资金支持|财政资助|资助|捐助|供资)下"
    r"|(?:经费|资金)由(?P<c>[^，。；]{2,80}?)提供"
    # 讲习班的费用由挪威政府承担: who bore the costs paid for it
    r"|(?:费用|经费|开支|开销)(?:均|全部)?由(?P<d>[^，。；]{2,80}?)(?:承担|负担|支付))")
FUNDING_PLURAL = re.compile(r"(?:这些|上述|以上|这两项|这三项|两项|两次|三次|各项|所有|这一系列)[\u4e00-\u9fff]{0,4}?"
                            r"(?:活动|会议|网络研讨会|讲习班|培训|项目|课程)|均由|都由")  # 这些销毁活动
# 为 X 举办: X the beneficiary; 为审查 X 的战略提供投入: a purpose, not a beneficiary
BENEFICIARY = re.compile(r"(?:为|向)(?!审查|制定|促进|支持|加强|落实|执行|推动|编写|筹备|庆祝|纪念|讨论)(?P<orgs>[^，。；]{2,50}?)(?:举办|组织|提供|开展|召开|设计)")
ASSISTED = re.compile(r"(?:协助|帮助|援助|支持|应)(?P<orgs>[^，。；]{2,50}?)(?:制定|执行|落实|编写|建立|加强|提交|审查|拟订|的请求|请求|的要求|要求)")
TARGETED = re.compile(r"(?:对象为|对象是|面向|针对|受益者为|受益方为)(?P<orgs>[^，。；]{2,80}?)(?:的|。|，|$)")
ORGANISER_IS = re.compile(r"(?:共同)?(?:组织者|主办方|主办者|主办单位|组织方|合作伙伴)(?:为|是|包括)(?P<orgs>[^，。；]{2,80})")
GUEST_VERB = re.compile(r"(?:参加|出席|参与(?!组织|举办|主办|筹备|设计|编写))")  # the subject a guest at the event
PARTICIPATION = re.compile(r"(?:参加者|与会者|参与方|参与者)(?:包括|有)(?P<orgs>[^。；]{2,120}?)(?=。|；|$)|"
                           r"在(?P<joined>[^，。；]{2,60}?)的(?:参与|参加)下|"
                           r"(?P<speakers>[^，。；]{2,60}?)的代表(?:作了?|发了?言|致辞|介绍|参加|出席|与会)")
# countries whose people the event was for: 为 30 名尼泊尔大学生举办
PEOPLE_OF = re.compile(r"为\s*(?:约\s*)?" + "(?:\\d+|[一二两三四五六七八九十百]{1,5})" + r"\s*(?:[多余]\s*)?名(?P<orgs>[^，。；\d]{2,20}?)"
                       r"(?:大学生|学生|官员|人员|学员|代表|专家|外交官|议员|青年|妇女)")
# the country's people, also of one of its services (蒙古海关和边防官员, 尼泊尔警察部队军官), though
# not of a body of its own (印度民间社会组织代表)
PEOPLE_AFTER = re.compile(r"^\s*的?\s*(?:政府)?(?:(?!组织|机构|大学|研究|智库)[\u4e00-\u9fff]){0,6}?"
                          r"(?:官员|专家|学员|议员|外交官|代表|执法人员|人员|警察|军官|警官)")
INVITER = re.compile(r"应(?P<orgs>[^，。；]{2,40}?)(?:的)?邀请")  # 应 X 邀请，区域中心出席了…
# a sentence that turns to another action of the Centre ends the scope of the event before it
SCOPE_BREAK = re.compile(r"^(?:此外|另外|另一方面)")
CENTRE_TOOK_PART = re.compile(r"(?:参与|参加|出席|派代表出席|派代表参加|应邀出席|介绍|发言|致辞)")
FOOTNOTE_BENEFICIARY = re.compile(r"受益|受援")
ONLY_NAMES = re.compile(r"^(?:[\s、，和与及]|\u2588)+$")
COME_FROM = re.compile(r"来自(?P<orgs>[^，。；]{2,80}?)的")
PERSONNEL_OF = re.compile(r"(?P<orgs>[^，。；]{2,40}?)的\s*(?:约\s*)?\d+\s*(?:[多余]\s*)?名[^，。；]{0,24}?(?:参加|出席|参与|与会|受训)")
PERSONNEL = re.compile(r"(?<![\d.])\d+\s*(?:[多余]\s*)?名(?P<orgs>[^，。；\d]{2,40}?)(?:人员|官员|学员|代表|军官|警官|外交官|专家)[^，。；]{0,12}?(?:参加|出席|参与|与会|受训)")
COUNTRY_QUALIFIER = re.compile(r"^\s*(?:的)?\s*(?:民间社会组织|非政府组织|智库|组织|机构|大学|研究所|研究机构|常驻代表团|代表团|外交部|国防部|警察|海关|议会|议员|官员|专家|学员)")
GOVERNMENT = re.compile(r"^\s*(?:政府|国政府)")

NUM = r"(\d+|[一二两三四五六七八九十]{1,3})"  # 22, 两, 十二
HEADS = r"(?:\d+|[一二两三四五六七八九十百]{1,5})"  # a head count: 25, 二十五, 一百二十
NOT_COUNTRIES = r"(?!机构|部门|部委|委员会|当局|政府机构|主管)"
COUNT_BOTH = re.compile(r"(?P<countries>\d+\s*个|[一二两三四五六七八九十]{1,3}\s*个?)[^，。；\d]{0,8}?(?:国家|会员国|成员国|国(?!家))" + NOT_COUNTRIES
                        + r"[^，。；]{0,14}?的\s*(?:共\s*)?(?:约\s*)?(?P<people>" + HEADS + r")\s*(?:[多余]\s*)?名")
COUNT_PEOPLE = re.compile(r"(?:共\s*|共有\s*|共计\s*)?(?<![\d.一二两三四五六七八九十百])(" + HEADS + r")\s*(?:[多余]\s*)?(?:名|人)(?![\u4e00-\u9fff]{0,2}(?:员额))[^，。；]{0,30}?(?:参加|出席|参与|与会|受训|接受|参训)")
_WHO = r"(?:人员|官员|学员|代表|学生|专家|参与者|与会者|议员|外交官|军官|警官|警察|记者|青年|妇女|研究人员|教师|法官|检察官)"
# one group of people in a head count stated as a sum: 18 名政府官员和 7 名民间社会代表
COUNT_GROUP = re.compile(r"(?<![\d.一二两三四五六七八九十百])(" + HEADS + r")\s*(?:[多余]\s*)?名[^，。；\d、和及与]{0,14}?" + _WHO)
COUNT_JOIN = re.compile(r"\s*(?P<and>和|及|以及|与|、)\s*")
COUNT_COUNTRIES = re.compile(r"(?:来自|代表)[^，。；\d]{0,12}?" + NUM + r"\s*个[^，。；\d]{0,8}?(?:国家|会员国|成员国)" + NOT_COUNTRIES)
# 出席的议员共41人, 听讲学生约一百二十名, 学员共二十五名: those present named, then counted; and those
# trained, counted after 为 (为该国委员会的 30 名成员提供培训; not "由 3 名专家提供培训", the trainers)
_TRAINED = (r"为[^，。；\d]{0,30}?(?:的\s*)?(?:约\s*)?(?=" + HEADS
            + r"\s*(?:[多余]\s*)?名[^，。；]{0,20}?提供(?:了)?[^，。；]{0,4}?(?:培训|训练))")
COUNT_AFTER_NOUN = re.compile(r"(?:(?:出席|参加|与会|听讲|受训|参训)(?:的)?" + _WHO + r"\s*(?:共有|共计|共|约|逾)?"
                              r"|" + _WHO + r"(?:人数)?\s*(?:共有|共计|共|总计)\s*(?:约|逾)?|" + _TRAINED + r")\s*"
                              r"(?<![\d.一二两三四五六七八九十百])(" + HEADS + r")\s*(?:[多余]\s*)?(?:名|人)(?!次)")
COUNT_NAMED_PEOPLE = re.compile(r"(?<![\d.一二两三四五六七八九十百])(" + HEADS + r")\s*(?:[多余]\s*)?名[^，。；\d]{0,20}?" + _WHO)
STATED_COUNTRIES = re.compile(NUM + r"\s*个?(?:国家|会员国|成员国|国)\s*$")

ONLINE = re.compile(r"网络研讨|视频|在线|线上|虚拟|网上|远程|以数字|数字讲习班|网络会议")
HYBRID = re.compile(r"混合(?:形式|方式|模式)|线上线下|线上和线下|线上与线下|现场和在线|现场及在线")
IN_PERSON = re.compile(r"面对面|现场|到场|实地|亲自出席")
# in a later sentence, only a place said of the event itself: 参加了在马尼拉举行的培训
HELD_IN_AFTER = re.compile(r"在(?P<place>[^，。；的]{1,14}?)(?:举行|举办|召开)的")
HELD_IN = re.compile(r"在(?P<place>[^，。；]{1,14}?)(?:举行|举办|召开|主办)|"
                     r"在(?P<at>[^，。；的]{1,14}?)(?:为|与|同|和|向)[^，。；]{1,30}?(?:举行|举办|召开|进行|开展)|"
                     # a mission sent to a place (派出一个评估团前往弗里敦，…): there in person
                     r"(?:前往|赴)(?P<went>[^，。；的]{1,14}?)(?=[，。；]|$|进行|开展|评估|考察|举办|参加|出席)")
# funders named in a later paragraph that points back: "上文第5段所述培训班由挪威政府资助"
# (kg/extract/back_references.py)
FUNDED_BY_REFERENCE = re.compile(
    r"(?:上文|前文)?第\s*(?P<number>\d{1,3})\s*段(?:所述|所提|提到|中提到)的?(?P<noun>[\u4e00-\u9fff]{1,8}?)(?:的(?:费用|经费))?"
    r"(?P<clause>由[^，。；;]{2,80}?(?:共同)?(?:承担|资助|供资|出资|赞助|提供(?:了)?(?:资金|经费|财政支持|资助)))")

REPORT_ONLINE = re.compile(r"(?:无法|不能|未能)举行(?:到场|面对面|现场)|以视频方式开展(?:活动|工作)|(?:所有|全部)活动(?:均|都)?(?:以|通过)(?:在线|线上|虚拟|视频)")

# -- what the shared activity reader (kg/extract/activities.py) asks of a language ----------
CODE = "zh"
QUOTED = re.compile(r"[“\"「][^”\"」]*[”\"」]")
MAIN_VERB = re.compile(HOLD_VERBS + "|" + TAKE_PART + "|进行")  # 与 X 进行了磋商: the subject held it
CLAUSE_BREAK = re.compile(r"[，；]")
SUBJECT_STOP = re.compile(r"，|于|在|为|通过|以|继续|应|" + HOLD_VERBS + "|" + TAKE_PART)
EXTERNAL_CUT = re.compile(r"为|向")
PLACE_BEFORE = re.compile(r"[在于]$")
# "为中非共和国…官员举办了", "在洛美举办了", "应马里政府的请求，…": who is served, where, at whose request; no subject
# the header cells of a table of activities (kg.extract.activities._table_rows): "参加人数", "地点",
# "日期", "受益国"
TABLE_PEOPLE = re.compile(r"^(?:参加|与会|出席)(?:者|人员|人数)|^与会者|^人数$")
TABLE_PLACE = re.compile(r"^(?:举办)?地点$")
TABLE_DATE = re.compile(r"^(?:日期|时间)$")
TABLE_COUNTRY = re.compile(r"^(?:受益)?国家?$|^受益国$")
# how many countries a row's people came from, often under a merged "参加者" cell
TABLE_COUNTRIES = re.compile(r"^(?:参加|与会)?国(?:家)?(?:数|数目|数量|个数)$")
TABLE_FUNDER = re.compile(r"^(?:供资方|资助方|出资方|捐助方|(?:资金|经费|供资)来源)$")
# a national event ("国家讲习班", "国家级培训班"): for the one country a table's row names
NATIONAL = re.compile(r"国家级?(?:讲习班|研讨会|讨论会|培训班|培训|课程|会议|磋商|圆桌会议|论坛|对话)")
TABLE_COUNT = re.compile(r"(?<![\d.一二两三四五六七八九十百])(" + HEADS + r")\s*(?:[多余]\s*)?(?:名|人|位)")
# "与 X 合作举办的…" (a table's cell) opens with its co-organiser: the Centre is the unnamed subject
SUBJECTLESS_OPENING = re.compile(r"\s*(?:为|在|于|应|(?:与|同)(?=[^，。；]{2,80}?(?:共同|合作|联合)(?:举办|组织|主办)))")
ADVERBIAL = re.compile(r"^\s*在[^，]*(?:下|中|上|期间|之际)\s*$")  # 在加蓬政府的支持下: not a subject
NOT_PLACE_AFTER = re.compile(r"^\s*(?:政府|的(?:资助|支持|请求|邀请|协助|赞助)|有关)")  # 在德国政府的资助下
PROJECT = re.compile(r"项目(?!供资|资助|提供资金|出资)")  # a project funded by X, unless it funds this
NOT_A_PLACE = re.compile(r"框架|期间|会议|方面|基础|过程")
BENEFICIARY_KINDS = {"Organization", "Country"}
MODIFYING_CLAUSE = re.compile(r"[^，。；]{0,4}?" + HOLD_VERBS + r"的")


def find_dates(text, *, year=None, period=(None, None)):
    return _find_dates(text, year=year, period=period)


def after_lead(text: str, lead) -> int:
    """Where the sentence goes on after an opening date (`2019 年 4 月 2 日，`)."""
    return lead.stop


# the resolution's subject may come between: 1999年12月1日关于联合国和平与裁军区域中心的第54/55E号决议
# "1998年12月4日未经表决通过的第53/78 E号决议": how it was adopted may stand between
RESOLUTION_AFTER = re.compile(r"\s*(?:关于[^，。；、]{1,40}?)?(?:(?:未经表决|经记录表决|经表决|以协商一致方式)?通过)?"
                              r"(?:的)?\s*第\s*\d+\s*/\s*\d+"
                              r"|\s*(?:的)?\s*第\s*\d{3,4}\s*\("
                              # a resolution's adoption line "1995年12月12日 第90次全体会议"; a body's
                              # decision "1995年9月21日作出关于其组成的CD/1356号决定"
                              r"|\s*第\s*\d+\s*次全体会议"
                              r"|\s*(?:作出|通过)[^，。；,]{0,24}?号决定")


def adoption_date(text: str, span) -> bool:
    """`2018 年 12 月 5 日第 73/77 号决议`: the date a resolution was adopted, not an event's."""
    return bool(RESOLUTION_AFTER.match(text[span.stop:span.stop + 56]))


def number(text: str) -> int:
    """22 -> 22, 两 -> 2, 十二 -> 12 (a trailing 个 is ignored)."""
    text = text.strip().rstrip("个").strip()
    return int(text) if text.isdigit() else zh_number(text.replace("两", "二")) or 0


# how an event was held, not the event: 以视频会议方式举办了网络研讨会; and the Centre's work in
# general, not an event: 为其活动而大举自愿捐款, 中心的各项活动
MANNER = re.compile(r"以[^，。；]{1,10}?(?:方式|形式)|通过(?:视频会议|视频|网络|在线平台)"
                    r"|(?:其|各项|各种|一切|所有|其他|中心的?|该中心的?|区域中心的?)活动(?!周|月|日)"
                    r"|议会议(?=[员长])")  # a parliament's members (议会议员) hold 会议 by chance
# the General Assembly's session a report goes to (请秘书长向大会第五十八届会议报告): no event; read
# in the text, where 大会 is not blanked out as a name
GA_SESSION = re.compile(r"(?<=大会)第[一二三四五六七八九十百\d]+届(?:常?会议|会)")


LABEL_BREAK = re.compile(r"[，。；了]|" + HOLD_VERBS + "的|" + TAKE_PART)  # where an event's label starts


def activity_noun(masked: str, text: str) -> tuple[str, str] | None:
    """(type, label) of the event a sentence names: the first activity noun, unless it sits in
    a clause that modifies the real one (…会议举办的论坛) or says how it was held (以视频会议方式)."""
    masked = MANNER.sub(lambda m: "\u2588" * len(m.group(0)), masked)
    for session in GA_SESSION.finditer(text) if len(text) == len(masked) else ():
        masked = masked[:session.start()] + "\u2588" * len(session.group(0)) + masked[session.end():]
    found = NOUN.search(masked)
    if not found:
        return None
    held = MODIFYING_CLAUSE.match(masked, found.end())
    found = (NOUN.search(masked, held.end()) if held else None) or found
    head = LABEL_BREAK.split(text[:found.start()])[-1]
    label = (head + text[found.start():found.end()]).strip(" ，、")
    return ACTIVITY_NOUNS[found.group(0)], label if len(label) <= 60 else "…" + label[-59:]


def activity_types(masked: str) -> set[str]:
    return {ACTIVITY_NOUNS[n] for n in NOUN.findall(masked)}

# an event the text says was not held: no activity ("так и не была проведена", "was not held")
NOT_HELD = re.compile(r"未能举行|未举行|没有举行|并未举行|被取消")

# a block of a web page that opens by pointing at the event before it: read with that event;
# with a demonstrative (group `this`: "Cette formation, qui dure jusqu'au 27 avril") its dates are that event's too
EVENT_REFERENCE = re.compile(r"\s*(?P<this>该|此次|这次|本次|上述)(?:讲习班|培训班|培训|研讨会|会议|讨论会|课程|活动|论坛|演习)")
