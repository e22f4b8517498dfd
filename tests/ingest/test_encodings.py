"""Plain-text reports as people save them: UTF-16 from Notepad or Word ("Unicode", with or
without a byte-order mark), CR-only line ends of old Mac copies; each reads as the UTF-8 text."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_report

REPORTS = {"zh": Path(__file__).resolve().parents[2] / "kg" / "data" / "reports" / "A-76-97.zh.txt",
           "en": Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "A-76-97.en.txt"}


def same(a, b) -> bool:
    return dataclasses.replace(a, source="", sha256="") == dataclasses.replace(b, source="", sha256="")


@pytest.mark.parametrize("language", REPORTS)
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_reads_as_utf8(tmp_path: Path, language: str, encoding: str):
    source = REPORTS[language]
    copy = tmp_path / source.name
    copy.write_bytes(source.read_text(encoding="utf-8").encode(encoding))
    assert same(read_report(copy), read_report(source))


@pytest.mark.parametrize("language", REPORTS)
def test_cr_only_line_ends_keep_the_symbol_and_paragraphs(tmp_path: Path, language: str):
    source = REPORTS[language]
    copy = tmp_path / source.name
    copy.write_bytes(source.read_text(encoding="utf-8").replace("\n", "\r").encode("utf-8"))
    document = read_report(copy)
    assert document.metadata.symbol == "A/76/97"
    assert same(document, read_report(source))


def test_binary_with_zero_bytes_is_still_refused(tmp_path: Path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary"):
        read_report(junk)
