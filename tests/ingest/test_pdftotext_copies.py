"""A report printed to PDF and copied out with poppler's `pdftotext`, with and without `-layout`,
reads as its text does: the trust-fund statement keeps every line and amount.

Without `-layout`, pdftotext reads a table's columns one after the other where it sees them as
blocks: a run of labels, then a run of amounts (headings such as "Revenue" have none). The
copies are made as test_copies.py makes them (a flat OpenDocument file, LibreOffice to .docx
and then to .pdf); poppler-utils gives pdftotext (scripts/test.sh installs both).
"""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from copies import convert, report_fodt, soffice

from kg.api import build, rows
from kg.ingest import read_report, read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
# statements whose pdftotext copy gives the labels, then the amounts (es, fr: with headings the
# amounts skip, es: a heading ending in a colon), and others read row by row (en, zh, ru); Arabic,
# whose lines pdftotext wraps in direction marks, and whose -layout rows read amount first
SOURCES = ["unlirec-2018.es.txt", "u-unrec-2019.es.txt", "u-unlirec-1999.fr.txt", "unlirec-1998-es.es.txt",
           "unrec-2022.en.txt", "unlirec-2022.zh.txt", "unrcpd-2023-ru.ru.txt", "unlirec-2019-ar.ar.txt"]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """fixture name -> {"plain", "layout"}: the texts pdftotext gives of its PDF copy."""
    assert soffice(), "LibreOffice is missing: apt-get install libreoffice-writer (scripts/test.sh does)"
    assert shutil.which("pdftotext"), "pdftotext is missing: apt-get install poppler-utils (scripts/test.sh does)"
    folder = tmp_path_factory.mktemp("pdftotext")
    flat = []
    for name in SOURCES:
        source = FIXTURES / name
        fodt = folder / source.name.replace(".txt", ".fodt")
        fodt.write_text(report_fodt(source.read_text(encoding="utf-8"), read_report(source)), encoding="utf-8")
        flat.append(fodt)
    out: dict[str, dict[str, Path]] = {}
    for name, pdf in zip(SOURCES, convert(convert(flat, "docx", folder), "pdf", folder), strict=True):
        out[name] = {}
        for mode, options in (("plain", []), ("layout", ["-layout"])):
            text = folder / mode / name
            text.parent.mkdir(exist_ok=True)
            subprocess.run(["pdftotext", *options, str(pdf), str(text)], check=True, timeout=120)
            out[name][mode] = text
    return out


def _pdftotext(pdf: Path, folder: Path) -> dict[str, Path]:
    out = {}
    for mode, options in (("plain", []), ("layout", ["-layout"])):
        out[mode] = folder / f"{pdf.stem}.{mode}.txt"
        subprocess.run(["pdftotext", *options, str(pdf), str(out[mode])], check=True, timeout=120)
    return out


@pytest.fixture(scope="module")
def long_note(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Path]]:
    """The English fixture with its first note made a list that runs on to the next page's foot,
    and the texts pdftotext gives of its PDF copy."""
    assert soffice() and shutil.which("pdftotext")
    folder = tmp_path_factory.mktemp("long-note")
    source = FIXTURES / "unrec-2022.en.txt"
    document = read_report(source)
    first = document.footnote("1").text.rstrip(".")
    text = ", ".join([first] * 12) + "."  # one sentence of 12 lines: it cannot end on its page
    notes = tuple(dataclasses.replace(note, text=text) if note.mark == "1" else note for note in document.footnotes)
    fodt = folder / "unrec-2022.en.fodt"
    fodt.write_text(report_fodt(source.read_text(encoding="utf-8"), dataclasses.replace(document, footnotes=notes)),
                    encoding="utf-8")
    return text, _pdftotext(convert(convert([fodt], "docx", folder), "pdf", folder)[0], folder)


@pytest.mark.parametrize("mode", ["plain", "layout"])
def test_a_note_continued_at_the_next_pages_foot_without_a_rule_is_read_as_the_note(long_note, mode: str):
    """A word processor goes on with a long note at the foot of the next page, before that page's
    own notes; pdftotext draws no rule over it (-layout indents it, the plain mode gives the
    page's marks, then the rest of the note, then their texts)."""
    text, copies = long_note
    expected = read_report(FIXTURES / "unrec-2022.en.txt")
    document = read_report(copies[mode])
    assert [p.text for p in document.paragraphs if p.number] == [p.text for p in expected.paragraphs if p.number]
    assert document.footnote("1").text == text
    assert document.footnote("2") == expected.footnote("2")


@pytest.mark.parametrize("mode", ["plain", "layout"])
def test_a_note_whose_rest_stands_over_the_next_pages_first_mark_is_read_whole(copies, mode: str):
    """The Chinese fixture's first note runs on to the next page's foot, where pdftotext gives its
    rest (a line that ends the note's sentence) just over that page's note mark "2"."""
    text = read_report(FIXTURES / "unlirec-2022.zh.txt")
    copy = read_report(copies["unlirec-2022.zh.txt"][mode])
    assert copy.footnotes == text.footnotes
    assert [p.text for p in copy.paragraphs if p.number][-1] == [p.text for p in text.paragraphs if p.number][-1]


def _finance(path: Path) -> list[tuple]:
    return sorted(tuple(sorted(row.items())) for row in rows(build([path]), "finance"))


@pytest.mark.parametrize("mode", ["plain", "layout"])
@pytest.mark.parametrize("name", SOURCES)
def test_a_pdftotext_copy_gives_the_statement_of_the_text(copies, name: str, mode: str):
    expected = _finance(FIXTURES / name)
    assert len(expected) >= 7
    assert _finance(copies[name][mode]) == expected


@pytest.mark.parametrize("mode", ["plain", "layout"])
def test_an_arabic_pdftotext_copy_is_read_in_logical_order(copies, mode: str):
    """pdftotext wraps right-to-left lines and the numbers in them in embedding marks, and gives a
    number's neighbouring marks on its left (` - 1` for the paragraph `1 - `)."""
    text = read_report(FIXTURES / "unlirec-2019-ar.ar.txt")
    copy = read_report(copies["unlirec-2019-ar.ar.txt"][mode])
    wanted = ("symbol", "language", "session", "agenda_item", "period_start", "period_end", "title")
    assert [getattr(copy.metadata, name) for name in wanted] == [getattr(text.metadata, name) for name in wanted]
    assert [p.key for p in copy.paragraphs if p.number] == [p.key for p in text.paragraphs if p.number]


@pytest.mark.parametrize("mode", ["plain", "layout"])
def test_an_arabic_pdftotext_copy_keeps_its_notes(copies, mode: str):
    """In -layout, the mark of the note of fourteen States stands alone far right at the page's
    foot, with no rule over it: it is the note's, not the page's number."""
    text = read_report(FIXTURES / "unlirec-2019-ar.ar.txt")
    copy = read_report(copies["unlirec-2019-ar.ar.txt"][mode])
    assert copy.footnotes == text.footnotes


@pytest.mark.parametrize("mode", ["plain", "layout"])
def test_a_compound_broken_at_its_hyphen_keeps_it(copies, mode: str):
    """pdftotext joins a line that ends in a compound's hyphen to the next without it
    ("АзиатскоТихоокеанском"): the title and the Centre's name read as the text writes them."""
    text = read_report(FIXTURES / "unrcpd-2023-ru.ru.txt")
    copy = read_report(copies["unrcpd-2023-ru.ru.txt"][mode])
    assert copy.metadata.title == text.metadata.title
    assert "Азиатско-Тихоокеанском" in copy.metadata.title


def _amounts(text: str) -> list[tuple[str, str]]:
    return [(row.label, row.amount_text) for row in read_text(text).tables[0].rows]


REPORT = ("A/99/100\n\nRegional Centre\n\nReport of the Secretary-General\n\nI. Introduction\n"
          "1. The General Assembly requested the Secretary-General to report on the Regional Centre, "
          "which held a workshop in Lomé.\n\nAnnex\nStatus of the Trust Fund for 2020\n(United States dollars)\n")


def test_a_run_of_labels_then_a_run_of_amounts_pairs_them_skipping_headings():
    text = REPORT + ("Fund balance, 1 January 2020\n1200\nRevenue\nVoluntary contributions\nInvestment revenue\n"
                     "Total revenue\nExpenses\nOperating expenses\nExcess (shortfall) of revenue over\nexpenses\n"
                     "Fund balance, 31 December 2020\n\n500\n20\n520\n600\n(80)\n1120\n")
    assert _amounts(text) == [
        ("Fund balance, 1 January 2020", "1200"), ("Revenue", ""), ("Voluntary contributions", "500"),
        ("Investment revenue", "20"), ("Total revenue", "520"), ("Expenses", ""), ("Operating expenses", "600"),
        ("Excess (shortfall) of revenue over expenses", "(80)"), ("Fund balance, 31 December 2020", "1120")]


def test_amounts_that_the_labels_do_not_explain_are_not_given_to_them():
    text = REPORT + ("Fund balance, 1 January 2020\n1200\nVoluntary contributions\nInvestment revenue\n"
                     "Operating expenses\nFund balance, 31 December 2020\n500\n20\n")
    assert ("Fund balance, 31 December 2020", "") in _amounts(text)
    assert ("Voluntary contributions", "") in _amounts(text)


@pytest.fixture(scope="module")
def long_rest(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Path]]:
    """The Chinese fixture with its first note three times as long, so that its rest at the next
    page's foot runs over several lines, and the texts pdftotext gives of its PDF copy."""
    assert soffice() and shutil.which("pdftotext")
    folder = tmp_path_factory.mktemp("long-rest")
    source = FIXTURES / "unlirec-2022.zh.txt"
    document = read_report(source)
    text = "，".join([document.footnote("1").text.rstrip("。")] * 3) + "。"
    notes = tuple(dataclasses.replace(note, text=text) if note.mark == "1" else note for note in document.footnotes)
    fodt = folder / "unlirec-2022.zh.fodt"
    fodt.write_text(report_fodt(source.read_text(encoding="utf-8"), dataclasses.replace(document, footnotes=notes)),
                    encoding="utf-8")
    return text, _pdftotext(convert(convert([fodt], "docx", folder), "pdf", folder)[0], folder)


@pytest.mark.parametrize("mode", ["plain", "layout"])
def test_a_note_whose_rest_of_several_lines_stands_over_the_next_pages_first_mark_is_read_whole(long_rest, mode: str):
    """The plain copy gives the note's rest, three lines, after the page's last paragraph and just
    over the page's mark "2": every line of it joins the note, none stays in the paragraph."""
    text, copies = long_rest
    expected = read_report(FIXTURES / "unlirec-2022.zh.txt")
    document = read_report(copies[mode])
    assert document.footnote("1").text == text
    assert document.footnote("2") == expected.footnote("2")
    assert [p.text for p in document.paragraphs if p.number][-2:] == [p.text for p in expected.paragraphs if p.number][-2:]
