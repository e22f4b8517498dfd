"""A report saved as a web page, as a Word file and as a PDF that LibreOffice made from that Word
file reads as the same Document, and gives the same canonical query rows, as its text.

The copies (see copies.py) are made from the sample report (Chinese) and the English fixture:
the web page with site navigation, scripts and footnotes under an `<hr>`; the Word file with a
running head, real footnotes, a two-column annex table, Latin and CJK fonts (LibreOffice writes
it from a flat OpenDocument file, and prints it to PDF). LibreOffice is Debian's
`libreoffice-writer`, which scripts/test.sh installs.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from copies import convert, report_fodt, report_html, soffice

from kg.api import build, rows
from kg.ingest import Document, read_report
from kg.paths import SAMPLE_REPORT

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOURCES = {"sample-zh": Path(SAMPLE_REPORT), "fixture-en": FIXTURES / "reports" / "A-76-97.en.txt",
           # set right to left, justified with kashida, by LibreOffice in an Arabic font
           "fixture-ar": FIXTURES / "reports" / "unlirec-2019-ar.ar.txt",
           # words with their own hyphen (государств-членов) that a page may break at it
           "fixture-ru": FIXTURES / "reports" / "unrec-2022-ru.ru.txt",
           # its title, wrapped on the page, breaks at "Азиатско-" / "Тихоокеанском регионе"
           "fixture-ru-asia": FIXTURES / "reports" / "unrcpd-2023-ru.ru.txt"}
CANONICAL = ["document", "entities", "activities", "activity_links", "contributions", "finance", "staffing"]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """name -> {"txt", "html", "docx", "pdf"} paths of one report's copies."""
    assert soffice(), "LibreOffice is missing: apt-get install libreoffice-writer (scripts/test.sh does)"
    folder = tmp_path_factory.mktemp("copies")
    out: dict[str, dict[str, Path]] = {}
    for name, source in SOURCES.items():
        text = source.read_text(encoding="utf-8")
        document = read_report(source)
        stem = source.name.removesuffix(".txt")
        html, fodt = folder / f"{stem}.html", folder / f"{stem}.fodt"
        html.write_text(report_html(text, document), encoding="utf-8")
        fodt.write_text(report_fodt(text, document), encoding="utf-8")
        out[name] = {"txt": source, "html": html, "fodt": fodt}
    docx = convert([paths["fodt"] for paths in out.values()], "docx", folder)
    pdf = convert(docx, "pdf", folder)
    for paths, word, printed in zip(out.values(), docx, pdf, strict=True):
        paths["docx"], paths["pdf"] = word, printed
    return out


def content(document: Document) -> Document:
    """The document without what names the file it came from."""
    return dataclasses.replace(document, source="", sha256="")


def spaced_like_print(document: Document) -> Document:
    """The document with no space beside an ideograph: where a line breaks between `6` and `月`
    is the text's own accident, which a page laid out anew does not repeat."""
    def tidy(text: str) -> str:
        return re.sub(r"\s*([\u3000-\u9fff\uff00-\uffef])\s*", r"\1", text)

    paragraphs = tuple(dataclasses.replace(p, text=tidy(p.text), footnote_refs=tuple(
        dataclasses.replace(ref, offset=len(tidy(p.text[:ref.offset]))) for ref in p.footnote_refs))
        for p in document.paragraphs)
    return dataclasses.replace(content(document), paragraphs=paragraphs)


@pytest.mark.parametrize("name", SOURCES)
@pytest.mark.parametrize("copy", ["html", "docx"])
def test_a_web_page_or_word_copy_reads_as_the_same_document(copies, name: str, copy: str):
    text = read_report(copies[name]["txt"])
    other = read_report(copies[name][copy])
    assert content(other) == content(text)
    assert len([p for p in other.paragraphs if p.number]) > 7 and other.footnotes and other.tables


def test_the_web_page_keeps_no_navigation_or_script(copies):
    document = read_report(copies["fixture-en"]["html"])
    text = " ".join(p.text for p in document.paragraphs)
    assert "Privacy notice" not in text and "analytics" not in text and "Peace and security" not in text


@pytest.mark.parametrize("name", SOURCES)
def test_a_libreoffice_pdf_of_the_word_copy_reads_as_the_same_document(copies, name: str):
    """Running heads drawn on every page, footnotes under LibreOffice's separator line, a table."""
    text = read_report(copies[name]["txt"])
    printed = read_report(copies[name]["pdf"])
    assert printed.metadata == text.metadata
    assert spaced_like_print(printed) == spaced_like_print(text)


@pytest.mark.parametrize("name", SOURCES)
def test_every_copy_gives_the_same_canonical_rows(copies, name: str):
    def canonical(path: Path) -> dict[str, list]:
        graph = build([path])
        return {query: sorted(tuple(sorted(row.items())) for row in rows(graph, query)) for query in CANONICAL}

    expected = canonical(copies[name]["txt"])
    assert expected["activities"] and expected["entities"]
    for copy in ("html", "docx", "pdf"):
        assert canonical(copies[name][copy]) == expected, copy
