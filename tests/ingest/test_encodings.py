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


def _damaged(source: Path, copy: Path, damage: bytes) -> int:
    """`source` with `damage` (bytes that are not UTF-8) put at the end of a line past the front
    matter; the line number it is on."""
    data = source.read_bytes()
    at = data.index(b"\n", len(data) // 2)
    copy.write_bytes(data[:at] + damage + data[at:])
    return data[:at].count(b"\n") + 1


@pytest.mark.parametrize("language", REPORTS)
def test_invalid_utf8_is_replaced_and_the_line_is_told(tmp_path: Path, language: str):
    source = REPORTS[language]
    copy = tmp_path / source.name
    line = _damaged(source, copy, b" \xff caf\xe9")
    document = read_report(copy)
    assert document.metadata.symbol == "A/76/97"
    assert len(document.paragraphs) == len(read_report(source).paragraphs)
    assert document.warnings[0] == (f"invalid UTF-8 at line {line} (and 1 more places), replaced; "
                                    f"save the file as UTF-8")
    assert any("\ufffd" in paragraph.text for paragraph in document.paragraphs)


def test_invalid_utf8_is_a_warning_line_of_a_build(tmp_path: Path):
    import subprocess
    import sys

    copy = tmp_path / "report.zh.txt"
    line = _damaged(REPORTS["zh"], copy, b"\xc3")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(copy), "-o", str(tmp_path / "g.nt")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"kg: warning: {copy}: invalid UTF-8 at line {line}, replaced; save the file as UTF-8" in done.stderr
    assert (tmp_path / "g.nt").exists()


def test_gb18030_copies_are_still_read_as_such(tmp_path: Path):
    source = REPORTS["zh"]
    copy = tmp_path / source.name
    copy.write_bytes(source.read_text(encoding="utf-8").encode("gb18030"))
    document = read_report(copy)
    assert document.warnings == () and same(document, read_report(source))
