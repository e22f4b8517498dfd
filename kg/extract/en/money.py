"""Money and posts in English reports: contributions with amounts, who funds what, posts by
grade, and the names of the trust-fund statement's lines."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.en.lexicon import WORD_NUMBERS, number
from kg.extract.money import MoneyWords, ThanksWords, find_contributions, find_fundings
from kg.extract.posts import PostPattern, PostWords, find_posts
from kg.extract.statement import OBJECT_OF_EXPENDITURE

# donors' currencies as UN documents write them (SKr, SwF, Can$ are the UN's older symbols),
# with those of the years before the euro
PREFIXED = {"US$": "USD", "Can$": "CAD", "CAN$": "CAD", "$A": "AUD", "A$": "AUD", "$NZ": "NZD", "NZ$": "NZD",
            "$": "USD", "USD": "USD", "EUR": "EUR", "€": "EUR", "CHF": "CHF", "SwF": "CHF", "SKr": "SEK",
            "NKr": "NOK", "DKr": "DKK", "£": "GBP", "£Stg": "GBP", "¥": "JPY", "DM": "DEM", "FF": "FRF",
            "GBP": "GBP", "JPY": "JPY", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "CAD": "CAD", "AUD": "AUD"}
SUFFIXED = {"United States dollars": "USD", "US dollars": "USD", "Canadian dollars": "CAD",
            "Australian dollars": "AUD", "New Zealand dollars": "NZD", "dollars": "USD", "euros": "EUR",
            "Swiss francs": "CHF", "French francs": "FRF", "Belgian francs": "BEF", "yen": "JPY",
            "Norwegian kroner": "NOK", "Swedish kronor": "SEK", "Danish kroner": "DKK",
            "pounds sterling": "GBP", "deutsche mark": "DEM", "Deutsche Mark": "DEM"}
# a statement's unit as a sentence states it, "… as follows (in United States dollars):"
CURRENCIES = {**PREFIXED, **SUFFIXED, **{f"{lead} {unit}": code for unit, code in SUFFIXED.items() for lead in ("in", "In")}}


def _alternatives(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


AMOUNT = re.compile(rf"(?P<cur>{_alternatives(PREFIXED)})\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>million|thousand)?"
                    r"|(?P<n2>\d[\d,]*(?:\.\d+)?)\s*(?P<mult2>million|thousand)?\s*"
                    rf"(?P<cur2>{_alternatives(SUFFIXED)})\b")
MULTIPLIERS = {"million": 1_000_000, "thousand": 1_000}
REFUND = re.compile(r"\brefund|\breimburs|\breturned to\b", re.I)
IN_KIND = re.compile(r"\bin[- ]kind\b", re.I)
GIVING = re.compile(r"contribut|donat|donor|refund|provided|pledged|received|grant|funding", re.I)
TOTAL = re.compile(r"\b(?:total\w*|in all|altogether|overall|a sum of)\b", re.I)
CLAUSE = re.compile(r";|,?\s+including\b|\band\b(?=\s+(?:from\s+|to\s+)?(?:the\s+)?[A-Z])|,(?=\s*(?:and\s+)?(?:the\s+)?[A-Z])")

THANKS = re.compile(r"\b(?:thanks|expresses (?:his|her) (?:gratitude|appreciation) to|is grateful to|"
                    r"acknowledges|appreciates)\s+(?P<who>[^.]{2,200}?)\s+(?:for|which)\b")
GIVE_TO = re.compile(r"\bto\s+(?:the\s+)?(?P<to>[^.,;]{2,80}?)(?=,|\.|;| to | for | in |$)")

_COUNT = r"(?P<count>\d+|(?i:" + "|".join(WORD_NUMBERS) + r"|a|an))"
POST_GRADED = re.compile(r"(?:" + _COUNT + r"\s+)?(?:additional\s+)?(?P<title>[A-Z][^();.\d]{0,80}?)\s*\(\s*(?P<grade>[A-Z]{1,3}-[A-Z0-9]{1,2})")
POST_GS = re.compile(_COUNT + r"\s+(?:additional\s+)?(?:local(?:ly recruited|[- ]level)?\s+)?"
                     r"(?:(?P<title>General Service)\s+(?:staff(?:\s+members?)?|posts?|personnel|positions?)"
                     r"(?!\s*(?:members?\s*)?\(\s*[A-Z]{1,3}-)"
                     r"|(?:staff|posts?|personnel|positions?)\s*\(\s*(?P<bracketed>General Service|Local level)\s*\)"
                     # "Two local staff members", "two locally recruited staff": staff recruited locally
                     # serve at General Service level
                     r"|(?:(?<=local\s)|(?<=recruited\s))(?:staff(?:\s+members)?|employees)\b)", re.I)
FUNDED_BY = re.compile(r"\b(?:funded|financed|paid|charged|covered|met|provided)\s+(?:(?:for\s+)?(?:from|through|under|by|out of|against|to|with)|in)\s+"
                       r"(?:the\s+)?(?P<who>[^.;,]{2,80}?)(?=,|\.|;| through | and (?!(?:the\s+)?[A-Z])|$)")
REGULAR_BUDGET = re.compile(r"regular budget", re.I)
EACH = re.compile(r"\bone each\b|\beach (?:funding|financing|providing|paying for) one\b", re.I)
PAYS_FOR = re.compile(r"\b(?:funds|funded|funding|finances|financed|financing|covers|covered|pays for|paid for)\b")
POST_AT_LEVEL = re.compile(_COUNT + r"\s+(?:additional\s+)?posts?\s+at\s+the\s+(?P<grade>(?:P|D|G|FS|NO)-[A-Z0-9]{1,2})\s+level")
POST_BARE = re.compile(_COUNT + r"\s+(?P<grade>(?:P|D|G|GS|FS|NO)-[A-Z0-9]{1,2})\b(?!\s*\))")

STATEMENT_LINES = [
    ("total-expenses", re.compile(r"total expen|expenses and refunds|total expenditure", re.I)),
    ("total-revenue", re.compile(r"total revenue|total income", re.I)),
    # expenses by object (staff, travel, contracts ...): parts of the expenses, no line of their own
    (OBJECT_OF_EXPENDITURE, re.compile(r"^(?:staff costs|travel|contractual services|supplies|"
                                       r"furniture|equipment|hospitality|programme support|other expenditure|grants|general operating)", re.I)),
    # the day first or, as the United States write it, the month first ("Fund balance, January 1")
    ("opening-balance", re.compile(r"(?:accumulated|fund|cumulative).*(?:1 January|January 1\b|beginning)|opening balance"
                                   r"|balance brought forward|\bbalance\b[^.]{0,30}\b(?:1 January|January 1\b)", re.I)),
    ("closing-balance", re.compile(r"(?:accumulated|fund|cumulative).*(?:31 December|December 31|end of)|closing balance"
                                   r"|balance,? 31|balance carried|\bbalance\b[^.]{0,30}\b(?:31 December|December 31)", re.I)),
    ("net-result", re.compile(r"surplus|deficit|shortfall|excess of|net result|net (?:income|revenue)", re.I)),
    ("voluntary-contributions", re.compile(r"voluntary contribution|contributions", re.I)),
    ("investment-revenue", re.compile(r"investment|interest", re.I)),
    ("other-revenue", re.compile(r"other (?:revenue|income)|miscellaneous", re.I)),
    ("refunds", re.compile(r"refund", re.I)),
    ("operating-expenses", re.compile(r"operating|expenses|expenditure", re.I)),
]



def _amount(found: re.Match) -> tuple[float, str]:
    digits = found.group("n") or found.group("n2")
    mult = found.group("mult") or found.group("mult2") or ""
    currency = CURRENCIES.get(found.group("cur") or found.group("cur2") or "$", "USD")
    return float(digits.replace(",", "")) * MULTIPLIERS.get(mult, 1), currency


def _year(text: str) -> int | None:
    found = re.search(r"\b((?:19|20)\d{2})\b", text)
    return int(found.group(1)) if found else None


WORDS = MoneyWords(code="en", amount=AMOUNT, value=_amount, clause=CLAUSE, total=TOTAL, refund=REFUND,
                   in_kind=IN_KIND, giving=GIVING, year=_year, respectively=re.compile(r"\brespectively\b", re.I),
                   # a table of gifts: "Donor | Amount (United States dollars)", then "Germany | 250,000"
                   listed=re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?![\d.,])"),
                   number=lambda text: float(text.replace(",", "")),
                   table_unit=re.compile(r"\(\s*(?:in\s+)?(?P<cur>" + _alternatives(SUFFIXED) + r")\s*\)", re.I),
                   currency=lambda unit: next((code for name, code in SUFFIXED.items() if name.lower() == unit.lower()), "USD"))
contributions = partial(find_contributions, WORDS)


fundings = partial(find_fundings, ThanksWords(
    code="en", thanks=THANKS, support=re.compile(r"contribution|support|funding|financ|in-kind", re.I),
    give_to=GIVE_TO, qualifier=re.compile(r"(?!x)x")))


def _count(found: re.Match[str]) -> int:
    count = (found.group("count") or "1").lower()
    return 1 if count in ("a", "an") else number(count)


posts = partial(find_posts, PostWords(
    code="en", patterns=(PostPattern(POST_AT_LEVEL), PostPattern(POST_GRADED),
                         PostPattern(POST_GS, lambda m: "GS", lambda m: "General Service"),
                         PostPattern(POST_BARE)),
    about=re.compile(r"\bposts?\b|\bstaff\b|funded|financed|provided|paid|budget"), count=_count,
    regular_budget=REGULAR_BUDGET, pays_for=PAYS_FOR, funded_by=FUNDED_BY, each=EACH, strip=" ",
    general_service=re.compile(r"General Service(?: \((?:Other|Principal) level\))?|Local level"),
    own_fund=re.compile(r"\bTrust Fund\b(?!\s+(?:for|of)\b)")))
