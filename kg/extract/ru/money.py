"""Money and posts in Russian reports: contributions with amounts (`48 250 долл. США`, a
comma for decimals), who funds what, posts by grade in Cyrillic (С-5, ОО-7, ОО (ПР)) under
their international names, and the lines of the trust-fund statement."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.money import MoneyWords, ThanksWords, find_contributions, find_fundings
from kg.extract.ru.lexicon import _UNITS, number
from kg.extract.statement import OBJECT_OF_EXPENDITURE
from kg.extract.posts import PostPattern, PostWords, find_posts

# a statement's unit line as printed ("(В долл. США)", "(в евро)") -> ISO 4217
CURRENCIES = {f"{lead}{unit}": code for lead in ("", "в ", "В ") for unit, code in (
    ("долл. США", "USD"), ("долларах США", "USD"), ("евро", "EUR"), ("швейцарских франках", "CHF"))}
_NUMBER = r"(?<![\d,])\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# a currency named by its country's adjective and its unit: "шведских крон", "австралийских долл."
QUALIFIED = {("шведск", "крон"): "SEK", ("норвежск", "крон"): "NOK", ("датск", "крон"): "DKK",
             ("исландск", "крон"): "ISK", ("чешск", "крон"): "CZK", ("австралийск", "долл"): "AUD",
             ("канадск", "долл"): "CAD", ("новозеландск", "долл"): "NZD", ("сингапурск", "долл"): "SGD",
             ("японск", "иен"): "JPY", ("швейцарск", "франк"): "CHF", ("шв", "франк"): "CHF",
             ("китайск", "юан"): "CNY", ("южноафриканск", "ранд"): "ZAR",
             # currencies of the 1990s, before the euro
             ("нидерландск", "гульден"): "NLG", ("голландск", "гульден"): "NLG", ("немецк", "мар"): "DEM",
             ("германск", "мар"): "DEM", ("финляндск", "мар"): "FIM", ("французск", "франк"): "FRF",
             ("бельгийск", "франк"): "BEF", ("люксембургск", "франк"): "LUF", ("итальянск", "лир"): "ITL",
             ("австрийск", "шиллинг"): "ATS", ("испанск", "песет"): "ESP", ("португальск", "эскудо"): "PTE",
             ("ирландск", "фунт"): "IEP", ("греческ", "драхм"): "GRD"}
_QUALIFIED = (r"(?:" + "|".join(sorted({a for a, _ in QUALIFIED}, key=lambda a: (-len(a), a))) + r")[а-яё]*\.?\s+"
              r"(?:" + "|".join(sorted({u for _, u in QUALIFIED})) + r")[а-яё]*\.?")
_CURRENCY = (_QUALIFIED + r"|франк\w*\s+КФА|долл\.?\s*США|доллар\w*\s+США|доллар\w*|евро|иен\w*"
             r"|фунт\w*\s+стерлинг\w*")
AMOUNT = re.compile(rf"(?P<n>{_NUMBER})\s*(?P<mult>млн\.?|миллион\w*|тыс\.|тысяч\w*)?\s*(?P<cur>{_CURRENCY})"
                    rf"|(?P<cur2>US\$|\$|USD|EUR|€)\s?(?P<n2>{_NUMBER})", re.I)
MULTIPLIERS = {"млн": 1_000_000, "миллион": 1_000_000, "тыс": 1_000, "тысяч": 1_000}
REFUND = re.compile(r"возврат|возвращ|возмещ", re.I)
IN_KIND = re.compile(r"натурой|в\s+натуральной\s+форме|неденежн", re.I)
GIVING = re.compile(r"взнос|внес|внесл|предостав|выдел|пожертв|возврат|возвращ|получ|поступ|финансир|перечисл|донор", re.I)  # "Донор" heads a table of gifts
TOTAL = re.compile(r"общ\w+\s+сумм\w+|в\s+общей\s+сложности|итого|всего|совокупн", re.I)
# a clause that leaves out its verb puts a dash before its amount: "..., правительство Республики
# Корея — 40 000 долл. США, а правительство Казахстана — 10 000 долл. США"
CLAUSE = re.compile(r";|,?\s+(?:включая|в\s+том\s+числе|а\s+также)(?![а-яё])|\sи\s+(?=[А-ЯЁA-Z])|,(?=\s*(?:[иа]\s+)?[А-ЯЁA-Z])"
                    r"|,(?=[^,;]{2,80}?\s[—–]\s*\d)")

THANKS = re.compile(r"(?:благодарит|выражает\s+(?:свою\s+)?(?:признательность|благодарность)|признател\w+)\s+"
                    r"(?P<who>[^.]{2,200}?)\s+(?:за|которые|которое|который)(?![а-яё])", re.I)
GIVE_TO = re.compile(r"(?:предоставленн\w+|оказанн\w+|выделенн\w+|переданн\w+)\s+(?P<to>[^.,;]{2,80}?)(?=,|\.|;|\s+благодаря|$)",
                     re.I)
QUALIFIER = re.compile(r"^\s*(?:аналитическ|организаци|гражданск|неправительственн|университет|институт|фонд)", re.I)

_COUNT = r"(?P<count>\d+|(?i:" + _UNITS + r"))"
# С-5 (specialist), Д-1 (director), ОО-7 (general service), ПС-5 (field service), НС-В (national officer)
_GRADE = r"(?:С|Д|ОО|ПС|НС|ЗС|P|D|G|GS|FS|NO|SS)\s*-\s*[0-9А-ДA-D]{1,2}|ОО\s*\(\s*[А-Я]{2}\s*\)"
GRADES = {"С": "P", "Д": "D", "ОО": "G", "ПС": "FS", "НС": "NO", "ЗС": "SS"}
LETTERS = str.maketrans("АВСД", "ABCD")
# the title starts with a letter and is no number word, so a count before it is taken
# (nor a conjunction: in "..., а две должности ... (С-3)" the count follows it)
POST_GRADED = re.compile(r"(?:" + _COUNT + r"\s+)?(?:дополнительн\w+\s+)?(?P<title>(?!(?i:" + _UNITS + r")\s)(?!(?:а|и|но)\s)"
                         r"[^\W\d_][^();.,\d]{0,90}?)\s*\(\s*(?P<grade>"
                         + _GRADE + r")")
# general service posts of no stated grade: "категории общего обслуживания" (a bracket after it
# that is no grade, "(прочие разряды)", changes nothing) and local-level posts ("местного разряда")
POST_GS = re.compile(_COUNT + r"\s+(?:дополнительн\w+\s+)?(?:местн\w+\s+)?(?P<title>(?:должност\w+|сотрудник\w*)\s+"
                     r"(?:(?:[а-яё]+\s+){0,2}?категории\s+общего\s+обслуживания|местного\s+разряда))"
                     r"(?!\s*\(\s*(?:" + _GRADE + r"))", re.I)
POST_BARE = re.compile(_COUNT + r"\s+(?:должност\w+\s+)?(?:(?:класса|уровня|категории)\s+)?(?P<grade>(?:С|Д|ОО|P|D|G)-\d{1,2})(?![\d)])")
REGULAR_BUDGET = re.compile(r"регулярн\w+\s+бюджет", re.I)
# (a government that "предоставляет двух сотрудников местного разряда" pays for them, as "provided by")
PAYS_FOR = re.compile(r"финансир\w*|оплачива\w*|покрыва\w*|за\s+сч[её]т|предоставля(?:ет|ют)|предоставил[аио]?(?![а-яё])", re.I)
ABOUT_POSTS = re.compile(r"должност|сотрудник|персонал|штат|финансир|бюджет", re.I)

STATEMENT_LINES = [
    # "Итого расходы", "Итого, поступления" (a comma after the total, as Russian statements print it)
    ("total-expenses", re.compile(r"итого,?\s+расход|всего,?\s+расход|расходы\s+и\s+возврат", re.I)),
    ("total-revenue", re.compile(r"итого,?\s+(?:поступлени|доход)|всего,?\s+(?:поступлени|доход)", re.I)),
    # expenses by object (staff, travel, contracts ...): parts of the expenses, no line of their own
    (OBJECT_OF_EXPENDITURE, re.compile(r"^\s*(?:расходы\s+(?:по|на)\s+(?:персонал|сотрудник)|путевые|поездк|"
                                       r"услуги\s+по\s+контракт|общие\s+оперативные|принадлежност|мебель|оборудовани|"
                                       r"представительск|(?:расходы\s+на\s+)?поддержк\w*\s+программ|"
                                       r"вспомогательные\s+расходы|субсиди|гранты|прочие\s+расходы)", re.I)),
    ("opening-balance", re.compile(r"(?:накопленн|совокупн|остат|сальдо|фонд).*(?:1\s+января|начал)|остаток\s+средств\s+на\s+начало", re.I)),
    ("closing-balance", re.compile(r"(?:накопленн|совокупн|остат|сальдо|фонд).*(?:31\s+декабря|конец|конц)", re.I)),
    ("net-result", re.compile(r"профицит|дефицит|превышени|чист\w+\s+(?:результат|поступлени|доход)", re.I)),
    ("refunds", re.compile(r"^\s*возврат", re.I)),  # "Возврат взносов донорам": a refund, though it says взнос
    ("voluntary-contributions", re.compile(r"добровольн\w+\s+взнос|взнос", re.I)),
    ("investment-revenue", re.compile(r"инвестиц|процент", re.I)),
    ("other-revenue", re.compile(r"прочие\s+(?:поступлени|доход)|разные\s+поступлени|прочие", re.I)),
    ("refunds", re.compile(r"возврат|возмещ", re.I)),
    ("operating-expenses", re.compile(r"оперативн|расход", re.I)),
]


def parse_number(text: str) -> float:
    """`48 250` (spaces or no-break spaces between thousands), `12,5` (a decimal comma)."""
    return float(re.sub(r"[ \u00a0]", "", text).replace(",", "."))


def _amount(found: re.Match) -> tuple[float, str]:
    digits = found.group("n") or found.group("n2")
    mult = (found.group("mult") or "").lower().rstrip(".")
    factor = next((v for k, v in MULTIPLIERS.items() if mult.startswith(k)), 1)
    printed = (found.group("cur") or found.group("cur2") or "").lower()
    words = printed.split()
    qualified = next((code for (adjective, unit), code in QUALIFIED.items() if len(words) == 2
                      and re.fullmatch(adjective + r"[а-яё]*\.?", words[0]) and words[1].startswith(unit)), None)
    # the CFA franc of the West African states, where the Centre in Lomé is
    currency = qualified or ("XOF" if printed.endswith("кфа") else "EUR" if printed in ("евро", "eur", "€") else "JPY" if printed.startswith("иен")
                             else "GBP" if printed.startswith("фунт") else "USD")
    return parse_number(digits) * factor, currency


def _year(text: str) -> int | None:
    found = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
    return int(found.group(1)) if found else None


WORDS = MoneyWords(code="ru", amount=AMOUNT, value=_amount, clause=CLAUSE, total=TOTAL, refund=REFUND,
                   in_kind=IN_KIND, giving=GIVING, year=_year,
                   each=re.compile(r"(?<![а-яё])(?:по\s+\d|кажд\w+\s+из\s+которых|каждый|каждая|каждое)", re.I),
                   respectively=re.compile(r"(?<![а-яё])соответственно(?![а-яё])", re.I),
                   listed=re.compile(_NUMBER), number=parse_number,
                   # a table of gifts under its unit line: "(В долларах США)", then "Швеция  120 000"
                   table_unit=re.compile(r"\(\s*(?P<cur>(?:в\s+)?(?:долларах\s+США|долл\.\s*США|евро|"
                                         r"швейцарских\s+франках))\s*\)", re.I),
                   currency=lambda unit: CURRENCIES.get(unit, CURRENCIES.get(unit.lower(), "USD")))
contributions = partial(find_contributions, WORDS)

fundings = partial(find_fundings, ThanksWords(
    code="ru", thanks=THANKS, support=re.compile(r"взнос|поддержк|финансир|натурой|помощ", re.I),
    give_to=GIVE_TO, qualifier=QUALIFIER))


def international_grade(grade: str) -> str:
    """`С-5` -> `P-5`, `ОО-7` -> `G-7`, `Д-1` -> `D-1`, `ОО (ПР)` -> `GS`, `НС-В` -> `NO-B`."""
    grade = re.sub(r"\s+", "", grade)
    if grade.startswith("ОО("):
        return "GS"
    prefix, _, level = grade.partition("-")
    return f"{GRADES.get(prefix, prefix)}-{level.translate(LETTERS)}"


def _count(found: re.Match[str]) -> int:
    return number(found.group("count")) if found.group("count") else 1


def _grade(found: re.Match[str]) -> str:
    return international_grade(found.group("grade"))


posts = partial(find_posts, PostWords(
    code="ru", patterns=(PostPattern(POST_GRADED, _grade), PostPattern(POST_GS, lambda m: "GS"),
                         PostPattern(POST_BARE, _grade, lambda m: m.group("grade"))),
    about=ABOUT_POSTS, count=_count, regular_budget=REGULAR_BUDGET, pays_for=PAYS_FOR, budget_first=True,
    # a passive after the post names its payer: "должность ... (С-3) финансируется Швецией"; a
    # clause that leaves the verb out puts a dash in its place ("одна должность С-2 — за счет
    # Целевого фонда, а три должности местного разряда — правительством Непала")
    # (a participle too, "..., финансируемыми из регулярного бюджета", and the active verb after the
    # post with its subject after it, "должность ... (С-2) финансирует правительство Японии")
    funded_by=re.compile(r"(?:(?<![а-яё])(?:финансиру(?:ется|ются|ет|ют)|финансировал(?:ась|ись|ся|[аио])?|"
                         r"оплачива(?:ется|ются|ет|ют)|финансируем(?:ая|ое|ые|ой|ых|ыми?)|оплачиваем(?:ая|ое|ые|ой|ых|ыми?))\s+"
                         r"|\s[—–]\s+(?=за\s+сч[её]т|из\s+(?:средств|регулярн)|правительств))"
                         r"(?P<who>[^.;]{2,120})", re.I),
    # the Centre's own fund named short, and extrabudgetary resources, which are that fund
    own_fund=re.compile(r"(?<![а-яё])(?:[Цц]елев\w+\s+фонд\w*|[Вв]небюджетн\w+\s+(?:ресурс|средств)\w*)"),
    table_grade=_GRADE, table_grade_of=international_grade,
    general_service=re.compile(r"(?:[Оо]бщ\w+\s+обслуживани\w+|[Мм]естн\w+\s+разряд\w*)(?:\s*\([^)]{0,20}\))?")))
