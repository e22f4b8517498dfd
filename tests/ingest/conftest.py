"""Fixtures for the reader's tests: reports as text, and as PDFs laid out like the UN's."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_report

from kg.paths import SAMPLE_REPORT


@pytest.fixture(scope="session")
def sample_text_path() -> Path:
    return Path(SAMPLE_REPORT)


@pytest.fixture(scope="session")
def typeset(tmp_path_factory: pytest.TempPathFactory):
    """`typeset(text, name, symbol=..., job_number=...)` -> a PDF of the report `text` on A4,
    in a CJK TrueType font, with running heads, page footers and footnotes (see pdfmaker.py)."""
    pytest.importorskip("reportlab", reason="reportlab is in the `test` extra: pip install -e '.[test]'")
    from pdfmaker import FONT_FILE, make_report_pdf

    if not FONT_FILE.exists():
        pytest.skip(f"{FONT_FILE} is missing: apt-get install fonts-wqy-microhei (scripts/test.sh does)")
    folder = tmp_path_factory.mktemp("pdf")

    def make(text: str, name: str, *, symbol: str, job_number: str) -> Path:
        return make_report_pdf(text, folder / name, symbol=symbol, job_number=job_number)

    return make


@pytest.fixture(scope="session")
def sample_pdf_path(typeset, sample_text_path: Path) -> Path:
    """The sample report as a PDF, with the running heads its text carries."""
    meta = read_report(sample_text_path).metadata
    return typeset(sample_text_path.read_text(encoding="utf-8"), "sample.zh.pdf",
                   symbol=meta.symbol, job_number=meta.job_number)
