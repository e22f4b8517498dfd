"""Older word-processor files (.doc, .odt, .rtf) read through LibreOffice as the same report as
the .docx a word processor saves: the UN's document system served Word 97-2003 files for decades.
LibreOffice is Debian's `libreoffice-writer`, which scripts/test.sh installs."""
from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from copies import convert, report_fodt, soffice

from kg.corpus import file_look, versions_together
from kg.errors import InputError
from kg.ingest import read_report
from kg.paths import SAMPLE_REPORT

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOURCE = FIXTURES / "reports" / "A-76-97.en.txt"
KG = Path(sys.executable).parent / "kg"


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The English fixture saved by a word processor as .docx, .doc and .odt."""
    assert soffice(), "LibreOffice is missing: apt-get install libreoffice-writer (scripts/test.sh does)"
    folder = tmp_path_factory.mktemp("office")
    fodt = folder / "report.fodt"
    fodt.write_text(report_fodt(SOURCE.read_text(encoding="utf-8"), read_report(SOURCE)), encoding="utf-8")
    out = {fmt: convert([fodt], fmt, folder)[0] for fmt in ("docx", "doc", "odt", "rtf")}
    chinese = folder / "sample.zh.fodt"  # its text stored in UTF-16 in the .doc
    chinese.write_text(report_fodt(Path(SAMPLE_REPORT).read_text(encoding="utf-8"), read_report(SAMPLE_REPORT)),
                       encoding="utf-8")
    out["zh-doc"] = convert([chinese], "doc", folder)[0]
    return out


def content(path: Path):
    return dataclasses.replace(read_report(path), source="", sha256="")


@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf"])
def test_an_older_word_file_reads_as_the_same_report_as_its_docx(saved, fmt: str):
    document = content(saved[fmt])
    assert document == content(saved["docx"])
    assert document.metadata.symbol and len(document.paragraphs) > 10 and document.tables


def test_an_rtf_whose_notes_have_marks_of_their_own_keeps_them(saved, tmp_path: Path):
    """Footnotes with a mark of their own, written as text (`{\\super 1}{\\*\\footnote 1 …}`, not Word's
    automatic number): the mark is cited once in its paragraph, and the note's text does not
    begin with it again."""
    rtf = saved["rtf"].read_text(encoding="latin-1")
    numbers = iter(range(1, 10))
    custom = re.sub(r"\{\\super \\loch \\chftn\{\\\*\\footnote \\chftn",
                    lambda _: f"{{\\super \\loch {(n := next(numbers))}{{\\*\\footnote {n}", rtf)
    assert custom != rtf
    path = tmp_path / "custom-marks.rtf"
    path.write_text(custom, encoding="latin-1")
    assert content(path) == content(saved["docx"])


@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_an_older_word_file_gives_its_symbol_at_a_glance(saved, fmt: str):
    """A corpus build groups a report's language versions by the symbol a glance at each file
    finds; an older word-processor file is glanced at in its bytes, not converted."""
    assert file_look(saved[fmt])[1] == "A/76/97"


def test_the_doc_files_of_a_reports_language_versions_are_built_together(saved):
    paths = [saved["doc"], saved["zh-doc"]]
    assert versions_together(paths, [file_look(path)[1] for path in paths]) == [[(0, paths[0]), (1, paths[1])]]


def test_kg_build_takes_a_doc_file(saved, tmp_path: Path):
    done = subprocess.run([str(KG), "build", str(saved["doc"]), "-o", "out.ttl"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "unkg:Activity" in (tmp_path / "out.ttl").read_text(encoding="utf-8")


def test_without_libreoffice_a_doc_file_gets_one_line_saying_what_to_do(saved, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(InputError) as error:
        read_report(saved["doc"])
    message = str(error.value)
    assert "\n" not in message and "LibreOffice" in message and "save the file as .docx" in message


def test_a_damaged_doc_file_gets_one_line_and_nothing_written(tmp_path: Path):
    broken = tmp_path / "broken.doc"
    broken.write_bytes(b"\xd0\xcf\x11\xe0 not really a Word file " * 20)
    done = subprocess.run([str(KG), "build", str(broken), "-o", "out.ttl"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "broken.doc" in done.stderr and "kg: error:" in done.stderr
    assert not (tmp_path / "out.ttl").exists()
