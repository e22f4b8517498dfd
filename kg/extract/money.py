"""Contributions with a stated amount, for every language: a sentence that gives money is cut
into clauses, each holding one party and one amount. The words come from the language."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.extract.facts import Contribution, Entity, Funding, Source
from kg.extract.sentences import split_sentences
from kg.ingest.document import Paragraph
from kg.reference import NameMatch


@dataclass(frozen=True)
class MoneyWords:
    code: str  # language, for sentence splitting
    amount: re.Pattern[str]  # an amount with its currency
    value: Callable[[re.Match[str]], tuple[float, str]]  # that match -> (amount, ISO 4217)
    clause: re.Pattern[str]  # where one party's clause ends and the next begins
    total: re.Pattern[str]  # a sum over parties, not one party's gift
    refund: re.Pattern[str]
    in_kind: re.Pattern[str]
    giving: re.Pattern[str]  # the sentence speaks of giving or receiving money
    year: Callable[[str], int | None]  # a year written in the sentence
    # "A and B contributed $X and $Y respectively": parties and amounts paired in order
    respectively: re.Pattern[str] = re.compile(r"(?!x)x")
    # "A and B — по 10 000 each": searched in the clause around its amount, every party gave it
    each: re.Pattern[str] = re.compile(r"(?!x)x")


def find_contributions(words: MoneyWords, paragraph: Paragraph, mentions: list[NameMatch],
                       year: int | None, excluded: set[str]) -> list[Contribution]:
    """Amounts given by (or refunded to) a named party. In the annex the year is the
    statement's; in the body a year written in the sentence wins."""
    out = []
    offset = 0
    stated = None  # a year written earlier in the paragraph dates the sentences after it
    for sentence in split_sentences(paragraph.text, words.code):
        offset = paragraph.text.find(sentence.text, offset)
        text = sentence.text
        if not words.giving.search(text):
            continue
        stated = words.year(text) or stated
        if not words.amount.search(text):
            continue
        sentence_year = (None if paragraph.part == "annex" else stated) or year
        source = Source(paragraph.key, text)
        kind = "refund" if words.refund.search(text) else None
        paired = _respectively(words, text, offset, mentions, excluded)
        if paired:
            out += [Contribution(party, kind or "voluntary-contribution", value, currency, sentence_year, source)
                    for party, (value, currency) in paired]
            continue
        cuts = [0] + [c.start() for c in words.clause.finditer(text)] + [len(text)]
        waiting: list[Entity] = []  # parties of clauses without an amount, for an "each" after them
        for lo, hi in zip(cuts, cuts[1:]):
            clause = text[lo:hi]
            amount = words.amount.search(clause)
            parties = _parties(mentions, offset + lo, offset + hi, excluded)
            if not amount:
                waiting += parties
                continue
            if words.total.search(clause) or not parties:
                waiting = []
                continue
            value, currency = words.value(amount)
            givers = waiting + parties if words.each.search(clause) else parties[-1:]
            waiting = []
            out += [Contribution(party, kind or ("in-kind" if words.in_kind.search(clause)
                                                 else "voluntary-contribution"),
                                 value, currency, sentence_year, source) for party in givers]
    return out


def _parties(mentions: list[NameMatch], lo: int, hi: int, excluded: set[str]) -> list[Entity]:
    return [m.entity for m in mentions if lo <= m.start and m.end <= hi
            and m.entity.kind in ("Country", "Organization") and m.entity.key not in excluded]


def _respectively(words: MoneyWords, text: str, offset: int, mentions: list[NameMatch],
                  excluded: set[str]) -> list[tuple[Entity, tuple[float, str]]]:
    """Parties named before "respectively" and as many amounts: paired in the order written."""
    said = words.respectively.search(text)
    if not said:
        return []
    amounts: list[tuple[int, tuple[float, str]]] = []  # (where it starts, its value)
    end = 0
    for amount in words.amount.finditer(text):
        amounts += _listed_before(words, text, end, amount)
        amounts.append((amount.start(), words.value(amount)))
        end = amount.end()
    if not amounts:
        return []
    parties = _parties(mentions, offset, offset + amounts[0][0], excluded)
    if len(amounts) < 2 or len(parties) != len(amounts):
        return []
    return [(party, value) for party, (_, value) in zip(parties, amounts)]


# "50 000, 80 000 et 7 400 dollars", "100.000, 52.000 y 60.000 dólares": bare numbers listed before
# an amount, its unit written once after the last
LISTED_NUMBERS = re.compile(r"(?:(?<![\w.,])\d[\d.,]*(?<=\d)\s*(?:,|\b(?:et|y|e|and|и)\b)\s*)+$")
LISTED_NUMBER = re.compile(r"\d[\d.,]*(?<=\d)")


def _listed_before(words: MoneyWords, text: str, start: int, amount: re.Match[str]) -> list[tuple[int, tuple[float, str]]]:
    """The bare numbers listed just before an amount whose unit follows its number, each read
    with that unit."""
    groups = amount.groupdict()
    number = next((g for g in ("n2", "n") if groups.get(g)), None)
    listed = LISTED_NUMBERS.search(text, start, amount.start())
    if not number or not listed or amount.start(number) != amount.start():
        return []
    unit = text[amount.end(number):amount.end()]
    out = []
    for found in LISTED_NUMBER.finditer(text, listed.start(), listed.end()):
        again = words.amount.fullmatch(found.group(0) + unit)
        if again:
            out.append((found.start(), words.value(again)))
    return out


@dataclass(frozen=True)
class ThanksWords:
    code: str
    thanks: re.Pattern[str]  # "thanks X for", "感谢 X 向": group "who"
    support: re.Pattern[str]  # the thanks are for money or kind
    give_to: re.Pattern[str]  # "to Y", "向 Y 提供": group "to", read after the givers
    qualifier: re.Pattern[str]  # after a country, it only places an organisation (日本的…会)


def find_fundings(words: ThanksWords, paragraph: Paragraph, mentions: list[NameMatch],
                  subject: Entity | None, excluded: set[str]) -> list[Funding]:
    """Thanks for contributions and support: who gives to whom, without an amount. The
    recipient is the organisation named after the givers, else the report's subject."""
    out = []
    offset = 0
    for sentence in split_sentences(paragraph.text, words.code):
        offset = paragraph.text.find(sentence.text, offset)
        thanks = words.thanks.search(sentence.text)
        if not thanks or not words.support.search(sentence.text):
            continue
        lo, hi = offset + thanks.start("who"), offset + thanks.end("who")
        givers = [m.entity for m in mentions if lo <= m.start < hi and m.end <= offset + len(sentence.text)
                  and m.entity.kind in ("Country", "Organization") and m.entity.key not in excluded
                  and not (m.entity.kind == "Country" and words.qualifier.match(paragraph.text, m.end))]
        to = words.give_to.search(sentence.text, thanks.end("who"))
        recipients = [m.entity for m in mentions if to and m.entity.kind == "Organization"
                      and offset + to.start("to") <= m.start < offset + to.end("to")]
        recipient = recipients[0] if recipients else subject
        for giver in givers:
            if recipient is None or giver.key != recipient.key:
                out.append(Funding(giver, recipient, "financial and in-kind support",
                                   Source(paragraph.key, sentence.text)))
    return out
