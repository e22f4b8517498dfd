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


def find_contributions(words: MoneyWords, paragraph: Paragraph, mentions: list[NameMatch],
                       year: int | None, excluded: set[str]) -> list[Contribution]:
    """Amounts given by (or refunded to) a named party. In the annex the year is the
    statement's; in the body a year written in the sentence wins."""
    out = []
    offset = 0
    carried = None  # the year an earlier money sentence of the paragraph stated ("received in 2009 …")
    for sentence in split_sentences(paragraph.text, words.code):
        offset = paragraph.text.find(sentence.text, offset)
        text = sentence.text
        if not words.amount.search(text) or not words.giving.search(text):
            continue
        stated = words.year(text)
        sentence_year = (None if paragraph.part == "annex" else stated or carried) or year
        carried = stated or carried
        cuts = [0] + [c.start() for c in words.clause.finditer(text)] + [len(text)]
        for lo, hi in zip(cuts, cuts[1:]):
            clause = text[lo:hi]
            amount = words.amount.search(clause)
            if not amount or words.total.search(clause):
                continue
            parties = [m.entity for m in mentions if offset + lo <= m.start and m.end <= offset + hi
                       and m.entity.kind in ("Country", "Organization") and m.entity.key not in excluded]
            if not parties:
                continue
            kind = ("refund" if words.refund.search(text) else
                    "in-kind" if words.in_kind.search(clause) else "voluntary-contribution")
            value, currency = words.value(amount)
            out.append(Contribution(parties[-1], kind, value, currency, sentence_year,
                                    Source(paragraph.key, text)))
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
