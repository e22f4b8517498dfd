"""A text without line ends (a damaged PDF copy, a web page) is one paragraph of any length:
reading and extraction must grow with its length, not with its square, and a text past the
limit is refused in one line before any work. Work is counted (Python lines run), not timed."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.pipeline import extract
from kg.ingest import read_text
from kg.ingest.long_paragraphs import LONGEST
from kg.ingest.reader import MAX_TEXT
from kg.reference import default_gazetteer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt"


def one_line(size: int) -> str:
    joined = "".join(SAMPLE.read_text(encoding="utf-8").split("\n"))
    return (joined * (size // len(joined) + 1))[:size]


def lines_run(size: int) -> int:
    """Python lines executed to read and extract a one-line text of `size` characters."""
    text = one_line(size)
    gazetteer = default_gazetteer()
    extract(read_text(one_line(3000), source="warm-up"), gazetteer)  # imports and caches first
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        extract(read_text(text, source="long"), gazetteer)
    finally:
        sys.settrace(None)
    return count


def test_work_grows_with_the_length_not_its_square():
    small, large = lines_run(25_000), lines_run(100_000)
    assert large < 4.8 * small, (small, large)  # quadratic would be 16 times


def test_a_long_paragraph_is_read_in_pieces_cut_at_sentence_ends():
    text = one_line(60_000)
    document = read_text(text, source="long")
    assert all(len(p.text) <= LONGEST for p in document.paragraphs)
    assert len([p for p in document.paragraphs if p.part == "body"]) >= 60_000 // LONGEST
    pieces = [p for p in document.paragraphs if "-" in p.key and p.key.split("-")[0].isdigit()]
    assert pieces and all(p.text.endswith(("。", "！", "？")) for p in pieces[:-1]), [p.text[-5:] for p in pieces]
    assert len(set(p.key for p in document.paragraphs)) == len(document.paragraphs)


def test_real_paragraphs_are_not_cut():
    from kg.ingest import read_report

    document = read_report(SAMPLE)
    assert not any("-" in p.key and p.key.split("-")[0].isdigit() for p in document.paragraphs)


def test_a_text_over_the_limit_is_refused_before_any_work(tmp_path: Path):
    with pytest.raises(InputError, match="million"):
        read_text("联合国" * (MAX_TEXT // 3 + 1), source="big")
    big = tmp_path / "big.zh.txt"
    big.write_bytes(SAMPLE.read_bytes() + ("。" + "裁军" * 1000) .encode("utf-8") * (MAX_TEXT // 2000))
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(big), "-o", str(tmp_path / "g.ttl")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"kg: error: {big}: the text is") and not (tmp_path / "g.ttl").exists()
