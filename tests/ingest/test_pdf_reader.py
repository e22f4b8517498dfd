"""A PDF of the sample report reads as the same document as its text version.

The PDF (see pdfmaker.py) is laid out as the UN lays out its reports: heads and footers drawn
before the body, footnote marks raised, footnotes under a drawn rule, indented paragraph starts,
annex amounts set flush right and drawn before their labels.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from small_reports import EN_PDF, ZH_PDF

from kg.ingest import read_report, read_text

KG = Path(sys.executable).parent / "kg"


@pytest.fixture(scope="module")
def documents(sample_text_path: Path, sample_pdf_path: Path):
    return read_report(sample_text_path), read_report(sample_pdf_path)


def test_the_pdf_has_the_metadata_of_the_text(documents):
    text, pdf = documents
    assert pdf.metadata == text.metadata
    meta = pdf.metadata
    assert all([meta.symbol, meta.session, meta.agenda_item, meta.period_start, meta.period_end, meta.job_number])


def test_the_pdf_has_the_paragraphs_of_the_text(documents):
    text, pdf = documents
    assert [(p.key, p.number, p.part, p.section) for p in pdf.paragraphs] == \
           [(p.key, p.number, p.part, p.section) for p in text.paragraphs]
    numbers = [p.number for p in pdf.paragraphs if p.part == "body"]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 10
    assert [p.text for p in pdf.paragraphs] == [p.text for p in text.paragraphs]
    assert pdf.headings == text.headings


def test_the_pdf_has_the_footnotes_and_references_of_the_text(documents):
    text, pdf = documents
    assert pdf.footnotes == text.footnotes
    assert [f.mark for f in pdf.footnotes] == ["*", "1", "2", "3"]
    assert {p.key: p.footnote_refs for p in pdf.paragraphs if p.footnote_refs} == \
           {p.key: p.footnote_refs for p in text.paragraphs if p.footnote_refs}
    assert {p.key: [r.mark for r in p.footnote_refs] for p in pdf.paragraphs if p.footnote_refs} == \
           {"5": ["1"], "9": ["2"], "10": ["3"]}


def test_the_pdf_has_the_annex_table_of_the_text(documents):
    text, pdf = documents
    assert pdf.tables == text.tables
    rows = {row.label: (row.amount_text, row.marks) for row in pdf.tables[0].rows}
    assert rows["自愿捐款"] == ("198299", ("a",))
    assert rows["退款"] == ("82185", ("b",))
    assert rows["截至 2020 年 12 月 31 日的累计盈余 /赤字"] == ("1165158", ())


@pytest.mark.parametrize("text, symbol, job_number", [(ZH_PDF, "A/81/205", "26-01234"),
                                                      (EN_PDF, "A/81/206", "26-01235")],
                         ids=["zh", "en"])
def test_a_small_report_reads_the_same_from_its_pdf(typeset, text: str, symbol: str, job_number: str):
    expected = read_text(text)
    pdf = read_report(typeset(text, symbol.replace("/", "-") + ".pdf", symbol=symbol, job_number=job_number))
    assert pdf.metadata == expected.metadata
    assert pdf.paragraphs == expected.paragraphs
    assert pdf.headings == expected.headings
    assert pdf.footnotes == expected.footnotes
    assert pdf.tables == expected.tables


def kg_rows(report: Path, folder: Path, query: str) -> str:
    graph = folder / f"{report.name}.ttl"
    if not graph.exists():
        built = subprocess.run([str(KG), "build", str(report), "-o", str(graph)], capture_output=True,
                               text=True, timeout=300)
        assert built.returncode == 0, built.stderr
    done = subprocess.run([str(KG), "query", query, "--graph", str(graph), "--format", "csv"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("query", ["entities", "document"])
def test_kg_build_on_the_pdf_gives_the_rows_of_the_text(query: str, sample_text_path: Path,
                                                       sample_pdf_path: Path, tmp_path_factory):
    folder = tmp_path_factory.getbasetemp()
    from_text = kg_rows(sample_text_path, folder, query)
    from_pdf = kg_rows(sample_pdf_path, folder, query)
    assert from_pdf == from_text
    assert len(from_text.splitlines()) > (20 if query == "entities" else 1)
