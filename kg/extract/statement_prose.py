"""A trust fund's statement told in a paragraph instead of an annex table, as reports without an
annex do ("截至2003年12月31日，信托基金的结余为412 330美元。2003年，信托基金的收入共计198 445美元，
其中自愿捐款182 100美元，利息收入16 345美元；支出共计231 560美元。", "As at 31 December 2003, the
balance of the Trust Fund stood at $412,330"). Each amount is named by the words before it, back to
the amount before it or the sentence's start, with the language's statement lines. A paragraph is
read so only where it gives three lines at least, one of them a balance: a single "received
voluntary contributions of $X" is a contribution, not a statement.

An older report sets the statement in its paragraph as rows under a unit stated once ("… es el
siguiente (en dólares de los EE.UU.): Ingresos Contribuciones voluntarias 61 420 Intereses 4 085
…"): after such a unit, bare figures are amounts in it too (a year is no amount, nor a day; a
figure under 100 only after a row's label: "Miscellaneous income 64")."""
from __future__ import annotations

import re

from kg.extract.facts import FinanceLine, Source
from kg.extract.money import MoneyWords
from kg.extract.sentences import Sentence, split_sentences
from kg.extract.statement import OBJECT_OF_EXPENDITURE, parse_amount
from kg.ingest.document import Paragraph

BALANCES = {"opening-balance", "closing-balance"}
FEWEST_LINES = 3
# a figure of a statement's row: three digits at least, maybe grouped, in brackets when negative;
# no year, no day of a date ("al 31 de diciembre"); a full stop or comma after it ends the row
BARE_AMOUNT = re.compile(r"(?<![\w.,/-])\(?(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:[ \u00a0.,]?\d{3})+|\d{3})\)?"
                         r"(?![\w/-]|[.,]\d|\s*%)")
# a row's amount under 100 ("Miscellaneous income 64", "разные поступления 85"): read only where the
# words before it name a statement line and no month and year follow it (then it is a day)
SMALL_AMOUNT = re.compile(r"(?<![\w.,/-])\(?\d{1,2}\)?(?![\w/-]|[.,]\d|\s*%)")
DAY_OF_DATE = re.compile(r"\s*[^\W\d_]+\.?\s+(?:19|20)\d\d(?!\d)")


def statement_in_prose(paragraphs: list[Paragraph], words: MoneyWords, statement_line, date_in_label,
                       year_in_text, currencies: dict[str, str] | None = None) -> list[FinanceLine]:
    """The statement lines of the first paragraph that tells one, else none. `currencies`: the
    language's units of a statement ("en dólares de los EE.UU." -> USD), one of which, stated
    in brackets, makes the bare figures after it amounts."""
    for paragraph in paragraphs:
        if paragraph.part != "body":
            continue
        unit = _stated_unit(paragraph.text, currencies or {}) if "(" in paragraph.text else None
        if not (unit or words.amount.search(paragraph.text)):
            continue
        lines = _lines(paragraph, words, statement_line, date_in_label, year_in_text, unit)
        if len(lines) >= FEWEST_LINES and BALANCES & {line.line for line in lines}:
            return lines
    return []


def _stated_unit(text: str, currencies: dict[str, str]) -> tuple[int, str] | None:
    """Where a unit stated in brackets ends in the text, and its currency."""
    for unit, currency in currencies.items():
        if len(unit) > 3:
            found = re.search(rf"\(\s*{re.escape(unit)}\s*\)", text, re.I)
            if found:
                return found.end(), currency
    return None


def _lines(paragraph: Paragraph, words: MoneyWords, statement_line, date_in_label, year_in_text,
           unit: tuple[int, str] | None = None) -> list[FinanceLine]:
    out: list[FinanceLine] = []
    # a paragraph of rows under a stated unit is one table, read whole (a row's leaders or brackets
    # would end a sentence: "ingresos .... (22 805) Saldo …")
    sentences = [Sentence(0, 0, paragraph.text)] if unit else split_sentences(paragraph.text, words.code)
    for sentence in sentences:
        year = year_in_text(sentence.text)
        # a row's label runs back to the figure before it, or to the stated unit
        previous = max(0, unit[0] - sentence.start) if unit and sentence.start < unit[0] < sentence.end else 0
        amounts = _amounts(sentence, words, unit)
        for n, (found, amount, currency) in enumerate(amounts):
            label = sentence.text[previous:found.start()]
            line = statement_line(label)
            if SMALL_AMOUNT.fullmatch(found.group(0)) and not _row_amount(sentence.text, found, line, amounts[n + 1:],
                                                                         statement_line):
                continue  # a small figure that is no row's amount: a day, a number inside a label
            previous = found.end()
            if line is None or line == OBJECT_OF_EXPENDITURE or any(done.line == line for done in out):
                continue
            date = date_in_label(sentence.text[:found.start()]) or (f"{year}-12-31" if year else None)
            out.append(FinanceLine(line, label.strip(" ，,;；:："), amount, currency, date,
                                   Source(paragraph.key, sentence.text)))
    return out


def _row_amount(text: str, found: re.Match[str], line: str | None, later: list, statement_line) -> bool:
    """Is a figure under 100 a row's amount? After a row's label, with no month and year after it
    (then it is a day), and ending its row: what follows up to the next figure is the next row's
    label, or nothing ("Contributions from 12 Member States 45 000": 12 is inside a label)."""
    if line is None or DAY_OF_DATE.match(text, found.end()):
        return False
    rest = text[found.end():later[0][0].start() if later else len(text)].strip(" ;,.:")
    return not rest or statement_line(rest) is not None


def _amounts(sentence, words: MoneyWords, unit: tuple[int, str] | None):
    """(match, amount, currency) of each amount of a sentence: with its currency, or a bare
    figure after the paragraph's stated unit."""
    if unit is None or sentence.end <= unit[0]:
        return [(found, *words.value(found)) for found in words.amount.finditer(sentence.text)]
    start = max(0, unit[0] - sentence.start)
    out = []
    figures = sorted([*BARE_AMOUNT.finditer(sentence.text, start), *SMALL_AMOUNT.finditer(sentence.text, start)],
                     key=lambda found: found.start())
    for found in figures:
        amount, _ = parse_amount(found.group(0).replace(".", "").replace("\u00a0", ""))
        if amount is not None:
            out.append((found, amount, unit[1]))
    return out
