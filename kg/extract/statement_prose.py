"""A trust fund's statement told in a paragraph instead of an annex table, as reports without an
annex do ("截至2003年12月31日，信托基金的结余为412 330美元。2003年，信托基金的收入共计198 445美元，
其中自愿捐款182 100美元，利息收入16 345美元；支出共计231 560美元。", "As at 31 December 2003, the
balance of the Trust Fund stood at $412,330"). Each amount is named by the words before it, back to
the amount before it or the sentence's start, with the language's statement lines. A paragraph is
read so only where it gives three lines at least, one of them a balance: a single "received
voluntary contributions of $X" is a contribution, not a statement."""
from __future__ import annotations

from kg.extract.facts import FinanceLine, Source
from kg.extract.money import MoneyWords
from kg.extract.sentences import split_sentences
from kg.extract.statement import OBJECT_OF_EXPENDITURE
from kg.ingest.document import Paragraph

BALANCES = {"opening-balance", "closing-balance"}
FEWEST_LINES = 3


def statement_in_prose(paragraphs: list[Paragraph], words: MoneyWords, statement_line, date_in_label,
                       year_in_text) -> list[FinanceLine]:
    """The statement lines of the first paragraph that tells one, else none."""
    for paragraph in paragraphs:
        if paragraph.part != "body" or not words.amount.search(paragraph.text):
            continue
        lines = _lines(paragraph, words, statement_line, date_in_label, year_in_text)
        if len(lines) >= FEWEST_LINES and BALANCES & {line.line for line in lines}:
            return lines
    return []


def _lines(paragraph: Paragraph, words: MoneyWords, statement_line, date_in_label, year_in_text) -> list[FinanceLine]:
    out: list[FinanceLine] = []
    for sentence in split_sentences(paragraph.text, words.code):
        year = year_in_text(sentence.text)
        previous = 0
        for found in words.amount.finditer(sentence.text):
            label = sentence.text[previous:found.start()]
            previous = found.end()
            line = statement_line(label)
            if line is None or line == OBJECT_OF_EXPENDITURE or any(done.line == line for done in out):
                continue
            amount, currency = words.value(found)
            date = date_in_label(sentence.text[:found.start()]) or (f"{year}-12-31" if year else None)
            out.append(FinanceLine(line, label.strip(" ，,;；:："), amount, currency, date,
                                   Source(paragraph.key, sentence.text)))
    return out
