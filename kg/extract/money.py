"""Contributions with a stated amount, for every language: a sentence that gives money is cut
into clauses, each holding one party and one amount. The words come from the language."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.extract.facts import Contribution, Source
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
    for sentence in split_sentences(paragraph.text, words.code):
        offset = paragraph.text.find(sentence.text, offset)
        text = sentence.text
        if not words.amount.search(text) or not words.giving.search(text):
            continue
        sentence_year = (None if paragraph.part == "annex" else words.year(text)) or year
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
