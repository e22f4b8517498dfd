"""Money and posts in Arabic reports: contributions with amounts (`12,500 دولار`), who funds
what, posts by grade (`ف-5` is P-5, `خ ع-7` G-7, `مد-1` D-1), and the names of the trust-fund
statement's lines."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.ar.lexicon import WORD_NUMBERS, number
from kg.extract.money import MoneyWords, ThanksWords, find_contributions, find_fundings
from kg.extract.posts import PostPattern, PostWords, find_posts

START = r"(?<![^\s\u2588(«\"“])"
END_OF_WORD = r"(?![^\W\d_])"
# the statement's unit line, as printed -> ISO 4217
CURRENCIES = {"بدولارات الولايات المتحدة": "USD", "دولارات الولايات المتحدة": "USD",
              "بدولارات الولايات المتحدة الأمريكية": "USD", "دولارات الولايات المتحدة الأمريكية": "USD",
              "بالدولارات": "USD", "الدولارات": "USD", "باليورو": "EUR", "اليورو": "EUR",
              "بالفرنكات السويسرية": "CHF", "الفرنكات السويسرية": "CHF"}
UNIT_CURRENCY = {"دولار": "USD", "يورو": "EUR", "فرنك": "CHF", "ين": "JPY", "جنيه": "GBP"}
# a unit and the nisba of its country after it: دولار كندي، دولارا كنديا، كرونة سويدية، كرونات سويدية
QUALIFIED = {("دولار", "كندي"): "CAD", ("دولار", "أسترالي"): "AUD", ("دولار", "استرالي"): "AUD",
             ("دولار", "نيوزيلندي"): "NZD", ("دولار", "سنغافوري"): "SGD", ("كرون", "سويدي"): "SEK",
             ("كرون", "نرويجي"): "NOK", ("كرون", "دانمركي"): "DKK", ("كرون", "تشيكي"): "CZK", ("فرنك", "سويسري"): "CHF", ("ين", "ياباني"): "JPY",
             ("جنيه", "إسترليني"): "GBP", ("جنيه", "استرليني"): "GBP", ("يوان", "صيني"): "CNY",
             # currencies of the 1990s, before the euro
             ("غيلدر", "هولندي"): "NLG", ("جلدر", "هولندي"): "NLG", ("مارك", "ألماني"): "DEM",
             ("مارك", "فنلندي"): "FIM", ("فرنك", "فرنسي"): "FRF", ("فرنك", "بلجيكي"): "BEF",
             ("ليرة", "إيطالي"): "ITL", ("ليرات", "إيطالي"): "ITL", ("شلن", "نمساوي"): "ATS",
             ("بيزيتا", "إسباني"): "ESP", ("جنيه", "آيرلندي"): "IEP", ("دراخما", "يوناني"): "GRD"}
_NISBA = "|".join(sorted({n for _, n in QUALIFIED}, key=len, reverse=True))
AMOUNT = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>مليون|ملايين|ألف|آلاف)?\s*"
                    r"(?P<cur>دولار|يورو|فرنك|جنيه|كرون|يوان|غيلدر|جلدر|مارك|ليرة|ليرات|شلن|بيزيتا|دراخما|ين(?=ا?\s+ياباني))(?:ا|ات|ًا|ة|ه|ات)?" + END_OF_WORD
                    + r"(?:\s+(?P<nisba>" + _NISBA + r")(?:ا|ة|ه|ًا|ان|ين)?" + END_OF_WORD + ")?")
MULTIPLIERS = {"مليون": 1_000_000, "ملايين": 1_000_000, "ألف": 1_000, "آلاف": 1_000}
REFUND = re.compile(r"مردود|معاد|مسترد|استرداد|" + START + r"[وف]?(?:رد|ردت|أعيد|أعيدت)" + END_OF_WORD)
IN_KIND = re.compile(r"عيني|عينية|عينا")
GIVING = re.compile(r"تبرع|مساهم|مردود|معاد|مسترد|قدم|تلق|منح|تمويل|دفع|سدد|تشمل|" + START
                    + r"[وف]?(?:رد|ردت|أعيد|أعيدت)" + END_OF_WORD)
TOTAL = re.compile(r"مجموع|إجمالي|الإجمالي")
# one party's clause ends at a semicolon, "including", "and to/from/for" the next party, or
# "and" after an amount in brackets: ألمانيا (120,000 دولار) والمكسيك (25,000 دولار)
CLAUSE = re.compile(r"[؛;]|،?\s+(?:بما في ذلك|منها|ومنها)" + END_OF_WORD + r"|\s(?=و(?:إلى|الى|من|ل)\s)|\s(?=و\s*\d)|(?<=\))\s+(?=و)|،\s*(?=و)"
                    r"|،\s*(?=(?:بينما|في حين|فيما|أما|كما|فضلا عن|إضافة إلى|بالإضافة إلى|علاوة على)\s)")  # "..., while Sweden gave ...": the next party

THANKS = re.compile(START + r"[وف]?(?:يشكر|شكر|يعرب\s+(?:\S+\s+){0,3}?عن\s+(?:امتنانه|تقديره|شكره)\s+ل?|يثني على|يقدر)"
                    r"\s+(?:الأمين العام\s+(?:أيضا\s+)?)?(?P<who>[^.]{2,200}?)\s+(?:على|لما|لقيامه|عما)" + END_OF_WORD)
GIVE_TO = re.compile(r"(?:إلى|ل)\s*(?P<to>[^.،؛]{2,80}?)(?=،|\.|؛|\s+من\s+|$)")

_WORD = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_COUNT = r"(?P<count>\d+|" + _WORD + r")"
# Arabic grade letters -> the international ones: ف P, مد D, خ ع G (General Service), خ م FS, م و NO
GRADES = {"ف": "P", "مد": "D", "خع": "G", "خم": "FS", "مو": "NO"}
_GRADE = r"(?P<letters>مد|ف|خ\s*ع|خ\s*م|م\s*و)\s*[-–]\s*(?P<level>\d{1,2})"
POST_GRADED = re.compile(START + r"(?:و\s*)?(?:" + _COUNT + r"\s+)?(?:وظيف(?:ة|ه)|وظيفتان|وظيفتين|وظائف)"
                         r"\s+(?P<title>[^();.]{0,80}?)\s*\(\s*" + _GRADE)
POST_BARE = re.compile(START + r"(?:و\s*)?(?:" + _COUNT + r"\s+)?(?:(?:وظيف|موظف)\S*\s+)?(?:(?P<after>واحدة|واحد)\s+)?"
                       r"(?:من\s+)?(?:برتبة|الرتبة|رتبة)\s+" + _GRADE)
# a post named by its title alone: مدير (ف-5)، وموظف للشؤون السياسية (ف-3)
POST_TITLED = re.compile(r"(?P<title>[^();.،,؛]{2,60}?)\s*\(\s*" + _GRADE)
# the words between the post and its category hold no bracket: "وظيفة المدير (مد-1) ووظيفة من فئة ..." is two posts;
# a local-level post is a General Service one ("وظيفة مساعد إداري من الرتبة المحلية")
POST_GS = re.compile(START + r"(?:و\s*)?(?:" + _COUNT + r"\s+)?(?:من\s+)?(?:ال)?(?:موظفين|موظفان|موظفا|موظف|وظائف|وظيفة|وظيفتين|وظيفتان)"
                     r"(?:\s+(?P<after>" + _WORD + r"))?(?:(?:\s+[^\s()]+){0,3}?\s+من\s+(?:فئة\s+الخدمات\s+العامة|الرتبة\s+المحلية)"
                     # staff recruited locally: "موظفان محليان", "ثلاثة موظفين محليين"
                     r"|\s+(?:ال)?محلي(?:ان|ين|ون|ا)?" + END_OF_WORD + r")"
                     r"(?!\s*\(\s*" + _GRADE + ")")  # a bracket that is no grade (الرتبة المحلية) changes nothing
DUAL = re.compile(r"وظيفتان|وظيفتين|موظفان")
REGULAR_BUDGET = re.compile(r"الميزانية العادية")
PAYS_FOR = re.compile(r"تمول|يمول|بتمويل|ممول|تموله|يموله|تتحمل|يتحمل")

STATEMENT_LINES = [
    ("total-expenses", re.compile(r"مجموع المصروفات|مجموع النفقات|إجمالي المصروفات|إجمالي النفقات")),
    ("total-revenue", re.compile(r"مجموع الإيرادات|إجمالي الإيرادات")),
    ("opening-balance", re.compile(r"(?:الفائض|رصيد|العجز|الأرصدة).*(?:1 كانون الثاني|يناير|بداية)|الرصيد الافتتاحي|الرصيد المرحل")),
    ("closing-balance", re.compile(r"(?:الفائض|رصيد|العجز|الأرصدة).*(?:31 كانون الأول|ديسمبر|نهاية)|الرصيد الختامي")),
    # "زيادة النفقات على الإيرادات" (excess of expenditure over income) is the result, not an expense
    ("net-result", re.compile(r"الفائض|العجز|صافي|(?<!\S)فائض|(?<!\S)عجز|زيادة\s*(?:/?\s*\(?\s*(?:ال)?نقص\s*\)?\s*)?(?:ال)?(?:نفقات|مصروفات|إيرادات)\s+(?:على|عن)")),  # "زيادة (نقص) الإيرادات عن النفقات"
    ("voluntary-contributions", re.compile(r"التبرعات|المساهمات")),
    ("investment-revenue", re.compile(r"الاستثمار|الفوائد|فوائد")),
    ("other-revenue", re.compile(r"الإيرادات الأخرى|إيرادات أخرى|متنوعة")),
    ("refunds", re.compile(r"المردودة|مردود|المعادة|المستردة|استرداد|ردّ|رد\s+(?:ال)?(?:مبالغ|أموال)")),
    ("operating-expenses", re.compile(r"مصروفات|المصروفات|نفقات|النفقات")),
]


def _amount(found: re.Match) -> tuple[float, str]:
    digits, multiplier = found.group("n"), MULTIPLIERS.get(found.group("mult") or "", 1)
    if multiplier > 1 and re.fullmatch(r"\d+,\d{1,2}", digits):
        digits = digits.replace(",", ".")  # 1,2 مليون: a decimal comma before a multiplier
    unit, nisba = found.group("cur"), found.group("nisba")
    currency = QUALIFIED.get((unit, nisba)) if nisba else None
    return float(digits.replace(",", "")) * multiplier, currency or UNIT_CURRENCY.get(unit, "USD")


def year_in_text(text: str) -> int | None:
    found = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
    return int(found.group(1)) if found else None


WORDS = MoneyWords(code="ar", amount=AMOUNT, value=_amount, clause=CLAUSE, total=TOTAL, refund=REFUND,
                   in_kind=IN_KIND, giving=GIVING, year=year_in_text,
                   # "لكل منهما"; "تبرعت كل من الصين وتايلند بمبلغ ...": each of the parties named gave it
                   each=re.compile(r"(?:لكل|ل?كل)\s+(?:منهما|منها|منهم|واحدة?\s+منها)|(?<![^\s،])كل\s+من\s"),
                   respectively=re.compile(r"على\s+التوالي"),
                   # the numbers before the amount, each after its "و": 250000 و100000 و15000 دولار
                   listed=re.compile(r"(?<![\d,.])\d[\d,]*(?:\.\d+)?(?![\d/])"),
                   number=lambda text: float(text.replace(",", "")),
                   # a table of gifts under its unit line "(بدولارات الولايات المتحدة)"
                   table_unit=re.compile(r"\(\s*(?P<cur>" + "|".join(sorted(CURRENCIES, key=len, reverse=True)) + r")\s*\)"),
                   currency=CURRENCIES.__getitem__,
                   year_cell=re.compile(r"(?:عام\s*)?((?:19|20)\d{2})"))  # "عام 2019" heads a year's column
contributions = partial(find_contributions, WORDS)

fundings = partial(find_fundings, ThanksWords(
    code="ar", thanks=THANKS, support=re.compile(r"تبرع|مساهم|دعم|تمويل|عيني|مالي"),
    give_to=GIVE_TO, qualifier=re.compile(r"(?!x)x")))


def grade(letters: str, level: str) -> str:
    """`ف`, `5` -> `P-5`; `خ ع`, `7` -> `G-7`."""
    return GRADES["".join(letters.split())] + f"-{int(level)}"


# a grade in a posts table's cell: "مد-1", "ف-3", "خ ع-6"
TABLE_GRADE = r"(?:مد|ف|خ\s*ع|خ\s*م|م\s*و)\s*[-–]\s*\d{1,2}"


def table_grade(printed: str) -> str:
    """`ف-3` -> `P-3`."""
    letters, level = re.split(r"\s*[-–]\s*", printed.strip())
    return grade(letters, level)


def _count(found: re.Match[str]) -> int:
    count = found.groupdict().get("count") or found.groupdict().get("after")
    return number(count) if count else (2 if DUAL.search(found.group(0)) else 1)


def _grade(found: re.Match[str]) -> str:
    return grade(found.group("letters"), found.group("level"))


posts = partial(find_posts, PostWords(
    code="ar", patterns=(PostPattern(POST_GRADED, _grade), PostPattern(POST_BARE, _grade, lambda m: ""),
                         PostPattern(POST_TITLED, _grade), PostPattern(POST_GS, lambda m: "GS", lambda m: "General Service")),
    about=re.compile(r"وظيف|وظائف|موظف|الميزانية|تمويل|يمول|تمول"), count=_count,
    regular_budget=REGULAR_BUDGET, pays_for=PAYS_FOR, payer_after_verb=True,
    # a paying verb after the posts: its payer follows it (... (ف-3) تمولهما الميزانية العادية)
    funded_by=re.compile(r"(?:" + PAYS_FOR.pattern + r")(?P<who>[^.]*)"), strip=" ،,",
    # the Centre's own fund named short, and extrabudgetary resources, which are that fund
    own_fund=re.compile(r"الصندوق الاستئماني|الموارد الخارجة عن الميزانية"),
    table_grade=TABLE_GRADE, table_grade_of=table_grade,
    general_service=re.compile(r"خ\s*ع\s*\(\s*ر\s*م\s*\)|(?:فئة\s+)?الخدمات\s+العامة(?:\s*\([^)]{0,30}\))?")))
