"""Money and posts in English reports: contributions with amounts, who funds what, posts by
grade, and the names of the trust-fund statement's lines."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.en.lexicon import WORD_NUMBERS, number
from kg.extract.facts import Entity, Post, Source
from kg.extract.money import MoneyWords, ThanksWords, find_contributions, find_fundings
from kg.extract.sentences import split_sentences
from kg.ingest.document import Paragraph
from kg.reference import NameMatch

CURRENCIES = {"United States dollars": "USD", "US dollars": "USD", "dollars": "USD", "US$": "USD",
              "$": "USD", "USD": "USD", "euros": "EUR", "EUR": "EUR", "€": "EUR", "Swiss francs": "CHF",
              "CHF": "CHF", "yen": "JPY"}
AMOUNT = re.compile(r"(?P<cur>US\$|\$|USD|EUR|€|CHF)\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>million|thousand)?"
                    r"|(?P<n2>\d[\d,]*(?:\.\d+)?)\s*(?P<mult2>million|thousand)?\s*"
                    r"(?P<cur2>United States dollars|US dollars|dollars|euros|Swiss francs)")
MULTIPLIERS = {"million": 1_000_000, "thousand": 1_000}
REFUND = re.compile(r"\brefund|\breimburs|\breturned to\b", re.I)
IN_KIND = re.compile(r"\bin[- ]kind\b", re.I)
GIVING = re.compile(r"contribut|donat|refund|provided|pledged|received|grant|funding", re.I)
TOTAL = re.compile(r"\b(?:total\w*|in all|altogether|overall|a sum of)\b", re.I)
CLAUSE = re.compile(r";|,?\s+including\b|\band\b(?=\s+(?:from\s+|to\s+)?(?:the\s+)?[A-Z])|,(?=\s*(?:and\s+)?(?:the\s+)?[A-Z])")

THANKS = re.compile(r"\b(?:thanks|expresses (?:his|her) (?:gratitude|appreciation) to|is grateful to|"
                    r"acknowledges|appreciates)\s+(?P<who>[^.]{2,200}?)\s+(?:for|which)\b")
GIVE_TO = re.compile(r"\bto\s+(?:the\s+)?(?P<to>[^.,;]{2,80}?)(?=,|\.|;| to | for | in |$)")

_COUNT = r"(?P<count>\d+|(?i:" + "|".join(WORD_NUMBERS) + r"|a|an))"
POST_GRADED = re.compile(r"(?:" + _COUNT + r"\s+)?(?:additional\s+)?(?P<title>[A-Z][^();.\d]{0,80}?)\s*\(\s*(?P<grade>[A-Z]{1,3}-[A-Z0-9]{1,2})")
POST_GS = re.compile(_COUNT + r"\s+(?:additional\s+)?(?:local(?:ly recruited)?\s+|Local level\s+)?"
                     r"(?:(?P<title>General Service)\s+(?:staff(?:\s+members?)?|posts?|personnel|positions?)"
                     r"(?!\s*(?:members?\s*)?\(\s*[A-Z]{1,3}-)"
                     r"|(?:staff|posts?|personnel|positions?)\s*\(\s*(?P<bracketed>General Service|Local level)\s*\))", re.I)
FUNDED_BY = re.compile(r"\b(?:funded|financed|paid|charged|covered|met|provided)\s+(?:(?:for\s+)?(?:from|through|under|by|out of|against|to|with)|in)\s+"
                       r"(?:the\s+)?(?P<who>[^.;,]{2,80}?)(?=,|\.|;| through | and |$)")
REGULAR_BUDGET = re.compile(r"regular budget", re.I)
EACH = re.compile(r"\bone each\b|\beach (?:funding|financing|providing|paying for) one\b", re.I)
PAYS_FOR = re.compile(r"\b(?:funds|funded|funding|finances|financed|financing|covers|covered|pays for|paid for)\b")
POST_BARE = re.compile(_COUNT + r"\s+(?P<grade>(?:P|D|G|GS|FS|NO)-[A-Z0-9]{1,2})\b(?!\s*\))")

STATEMENT_LINES = [
    ("total-expenses", re.compile(r"total expen|expenses and refunds|total expenditure", re.I)),
    ("total-revenue", re.compile(r"total revenue|total income", re.I)),
    ("opening-balance", re.compile(r"(?:accumulated|fund|cumulative).*(?:1 January|beginning)|opening balance|balance brought forward", re.I)),
    ("closing-balance", re.compile(r"(?:accumulated|fund|cumulative).*(?:31 December|end of)|closing balance|balance,? 31|balance carried", re.I)),
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
                   in_kind=IN_KIND, giving=GIVING, year=_year, respectively=re.compile(r"\brespectively\b", re.I))
contributions = partial(find_contributions, WORDS)


fundings = partial(find_fundings, ThanksWords(
    code="en", thanks=THANKS, support=re.compile(r"contribution|support|funding|financ|in-kind", re.I),
    give_to=GIVE_TO, qualifier=re.compile(r"(?!x)x")))


def posts(paragraph: Paragraph, mentions: list[NameMatch], excluded: set[str],
          un: Entity | None) -> list[Post]:
    out = []
    offset = 0
    for sentence in split_sentences(paragraph.text, "en"):
        offset = paragraph.text.find(sentence.text, offset)
        groups = [(m.group("grade"), m, m.group("title")) for m in POST_GRADED.finditer(sentence.text)]
        groups += [("GS", m, "General Service") for m in POST_GS.finditer(sentence.text)
                   if not any(g[1].start() <= m.start() < g[1].end() for g in groups)]
        groups += [(m.group("grade"), m, m.group("grade")) for m in POST_BARE.finditer(sentence.text)]
        if not groups or not re.search(r"\bposts?\b|\bstaff\b|funded|financed|provided|paid|budget", sentence.text):
            continue
        for grade, found, title in groups:
            count = (found.group("count") or "1").lower()
            count = 1 if count in ("a", "an") else number(count)
            source = Source(paragraph.key, sentence.text)
            shared = _each(sentence.text, offset, found.end(), count, mentions, excluded)
            if shared:  # "Two officers (P-2) are provided by Germany and Sweden, one each"
                out += [Post(grade, 1, funder, title.strip(), source) for funder in shared]
                continue
            funder = _funder(sentence.text, offset, found.end(), mentions, excluded, un)
            out.append(Post(grade, count, funder, title.strip(), source))
    return out


def _each(text: str, offset: int, after: int, count: int, mentions: list[NameMatch],
          excluded: set[str]) -> list[Entity]:
    """As many funders as posts, each paying for one: the funders named after the posts."""
    if count < 2 or not EACH.search(text, after):
        return []
    funded = FUNDED_BY.search(text, after)
    if not funded:
        return []
    named = [m.entity for m in mentions if offset + funded.start("who") <= m.start < offset + len(text)
             and m.entity.kind in ("Country", "Organization") and m.entity.key not in excluded]
    named = list(dict.fromkeys(named))
    return named if len(named) == count else []


def _funder(text: str, offset: int, after: int, mentions: list[NameMatch], excluded: set[str],
            un: Entity | None) -> Entity | None:
    inside = [m for m in mentions if offset <= m.start and m.end <= offset + len(text)
              and m.entity.kind in ("Country", "Organization") and m.entity.key not in excluded]
    for funded in FUNDED_BY.finditer(text, after):
        named = [m.entity for m in inside if m.end > offset + funded.start("who") and m.start < offset + funded.end("who")]
        if named:
            return named[0]
        if REGULAR_BUDGET.search(funded.group("who")):
            return un
    pays = PAYS_FOR.search(text)
    if pays:
        before = [m.entity for m in inside if m.start < offset + pays.start()]
        if before:
            return before[-1]
    # "Under the regular budget, the Centre has one P-5 ...": the budget named before the posts
    return un if REGULAR_BUDGET.search(text) else None
