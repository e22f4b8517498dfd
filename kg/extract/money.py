"""Contributions with a stated amount, for every language: a sentence that gives money is cut
into clauses, each holding one party and one amount. The words come from the language."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.extract.facts import Contribution, Entity, Funding, Source
from kg.extract.sentences import ROW_BREAK, split_sentences
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
    # "50 000, 30 000 и 5 000 долл. США соответственно": the numbers listed before an amount share
    # its currency. `listed` matches one bare number, `number` reads it.
    listed: re.Pattern[str] = re.compile(r"(?!x)x")
    number: Callable[[str], float] = float
    # a table of gifts under its unit line: "(En dollars des États-Unis) Donateur Montant Chine
    # 100 000 Japon 86 450": group "cur" the unit, `currency` its ISO 4217 code; each party named
    # right before a bare number (`listed`) gave that much
    table_unit: re.Pattern[str] = re.compile(r"(?!x)x")
    currency: Callable[[str], str] = lambda unit: "USD"
    # a header cell of a table of gifts with a column per year, the year in group 1 ("2019年")
    year_cell: re.Pattern[str] = re.compile(r"((?:19|20)\d{2})")


def find_contributions(words: MoneyWords, paragraph: Paragraph, mentions: list[NameMatch],
                       year: int | None, excluded: set[str]) -> list[Contribution]:
    """Amounts given by (or refunded to) a named party. In the annex the year is the
    statement's; in the body a year written in the sentence wins."""
    out = []
    offset = 0
    stated = None  # a year written earlier in the paragraph dates the sentences after it
    announced = None  # the unit of a table of gifts the sentence before announced
    for sentence in split_sentences(paragraph.text, words.code, tables_whole=True):
        offset = paragraph.text.find(sentence.text, offset)
        text = sentence.text
        if announced and _year_header(words, text):
            out += _year_table(words, text, offset, mentions, excluded, words.currency(announced.group("cur")),
                               Source(paragraph.key, text))
            announced = None
            continue
        unit = words.table_unit.search(text)  # a table of gifts by year says what it is by its header
        if not words.giving.search(text) and not (unit and _year_header(words, text, unit.end())):
            continue
        stated = words.year(text) or stated
        announced = unit if not words.amount.search(text) else None
        if not words.amount.search(text):
            out += _table(words, text, offset, mentions, excluded,
                          (None if paragraph.part == "annex" else stated) or year, Source(paragraph.key, text))
            continue
        sentence_year = (None if paragraph.part == "annex" else stated) or year
        source = Source(paragraph.key, text)
        kind = "refund" if words.refund.search(text) else None
        paired = _respectively(words, text, offset, mentions, excluded)
        if paired:
            out += [Contribution(party, kind or "voluntary-contribution", value, currency, sentence_year, source)
                    for party, (value, currency) in paired]
            continue
        # a table's row (kept on a line of its own) is a clause too: "Германия\t250 000 евро"
        cuts = sorted({0, *(c.start() for c in words.clause.finditer(text)),
                       *(m.start() for m in ROW_BREAK.finditer(text)), len(text)})
        cuts = _row_cuts(words, text, offset, mentions, excluded, cuts)
        waiting: list[Entity] = []  # parties of clauses without an amount, for an "each" after them
        for lo, hi in zip(cuts, cuts[1:]):
            clause = text[lo:hi]
            amount = words.amount.search(clause)
            parties = _parties(mentions, offset + lo, offset + hi, excluded)
            if not amount:
                waiting += parties
                continue
            if not parties and len(waiting) == 1 and not clause[:amount.start()].strip(" ,:") \
                    and not words.total.search(clause):
                parties = waiting  # "Canada, Can$ 250,000": the party's clause ended at a comma before its amount
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


def _row_cuts(words: MoneyWords, text: str, offset: int, mentions: list[NameMatch], excluded: set[str],
              cuts: list[int]) -> list[int]:
    """A clause of rows without commas ("Allemagne 150 000 euros France 25 000 000 francs CFA
    Japon 48 500 dollars", a table whose cells carry the currency) is cut after each amount,
    where every amount has a party of its own before it."""
    out = [cuts[0]]
    for lo, hi in zip(cuts, cuts[1:]):
        amounts = list(words.amount.finditer(text, lo, hi))
        starts = [lo] + [a.end() for a in amounts[:-1]]
        if len(amounts) > 1 and all(_parties(mentions, offset + start, offset + a.start(), excluded)
                                    for start, a in zip(starts, amounts)):
            out += starts[1:]
        out.append(hi)
    return out


def _table(words: MoneyWords, text: str, offset: int, mentions: list[NameMatch], excluded: set[str],
           year: int | None, source: Source) -> list[Contribution]:
    """Gifts in a table under a unit line: a party, then its amount as a bare number; under a
    header row of years ("捐助方<TAB>2019年<TAB>2020年"), a row's amounts are those years' gifts."""
    unit = words.table_unit.search(text)
    if not unit:
        return []
    currency = words.currency(unit.group("cur"))
    if _year_header(words, text, unit.end()):
        return _year_table(words, text, offset, mentions, excluded, currency, source, unit.end())
    out = []
    for m in mentions:
        at = m.end - offset
        if m.start - offset < unit.end() or at > len(text) or m.entity.kind not in ("Country", "Organization") \
                or m.entity.key in excluded:
            continue
        number = words.listed.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
        if number and text[at:number.start()].strip() == "":
            out.append(Contribution(m.entity, "voluntary-contribution", words.number(number.group(0)), currency,
                                    year, source))
    return out


def _year_header(words: MoneyWords, text: str, start: int = 0) -> tuple[list[int], int] | None:
    """The years a table's header row names after its first cell ("Donante<TAB>2015<TAB>2016"),
    one a column, and where the row ends; None without such a row."""
    at = start
    for line in text[start:].split("\n"):
        cells = [cell.strip() for cell in line.split("\t")][1:]
        found = [words.year_cell.fullmatch(cell) for cell in cells]
        if len(cells) >= 2 and all(found):
            return [int(f.group(1)) for f in found], at + len(line)
        at += len(line) + 1
    return None


def _year_table(words: MoneyWords, text: str, offset: int, mentions: list[NameMatch], excluded: set[str],
                currency: str, source: Source, start: int = 0) -> list[Contribution]:
    """Gifts in a table with a column per year (Donor | 2015 | 2016): each row's party, its first
    cell, gave each amount in the year of its column; a dash or an empty cell gave nothing (a
    copy loses a row's empty last cells)."""
    header = _year_header(words, text, start)
    if header is None:
        return []
    years, end = header
    out = []
    for row in re.finditer(r"[^\n]+", text[end:]):
        at = end + row.start()
        cells = row.group(0).split("\t")
        parties = _parties(mentions, offset + at, offset + at + len(cells[0]), excluded)
        if len(parties) != 1 or not 1 < len(cells) <= len(years) + 1:
            continue
        for year, cell in zip(years, cells[1:]):
            number = words.listed.fullmatch(cell.strip())
            if number:
                out.append(Contribution(parties[0], "voluntary-contribution", words.number(number.group(0)),
                                        currency, year, source))
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
    amounts = list(words.amount.finditer(text))
    if not amounts:
        return []
    values = [words.value(amount) for amount in amounts]
    first = amounts[0].start()
    lead = _listed_before(words, text, first)
    if lead:
        first = lead[0][0]
        values = [(words.number(number), values[0][1]) for _, number in lead] + values
    parties = _parties(mentions, offset, offset + first, excluded)
    if len(values) < 2 or len(parties) != len(values):
        return []
    return list(zip(parties, values))


LIST_JOINT = re.compile(r"^\s*(?:,|،|и|and|et|y|و)?\s*$")


def _listed_before(words: MoneyWords, text: str, end: int) -> list[tuple[int, str]]:
    """The bare numbers that run, joined by commas or "and", up to the amount at `end`."""
    found: list[tuple[int, str]] = []
    for number in reversed(list(words.listed.finditer(text, 0, end))):
        if not LIST_JOINT.match(text[number.end():end]):
            break
        found.insert(0, (number.start(), number.group(0)))
        end = number.start()
    return found


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
    for sentence in split_sentences(paragraph.text, words.code, tables_whole=True):
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
