"""The reader's faster checks find what the plain ones find: each is compared, on random texts
made of the characters that matter to it, with the plain regular expression or loop it stands
for (bench/NOTES.md, "Reading and the cold start")."""
import random
import re
import unicodedata

import pytest

from kg.ingest import layout
from kg.ingest.metadata import JOB_NUMBER, job_numbers
from kg.ingest.reader import _has_letters, _printable, _script_counts
from kg.ingest.structure import AMOUNT_AT_END, AMOUNT_CHARACTERS, find_footnote_mark, footnote_mark_pattern


def texts(alphabet: list[str], count: int, longest: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(longest))) for _ in range(count)]


def test_scripts_counted_on_bytes_as_by_code_point():
    blocks = [range(0, 0x80), range(0x3F00, 0x5100), range(0x9F00, 0xA100), range(0x3F0, 0x510),
              range(0x5F0, 0x710), range(0x4D00, 0x4E10), range(0xD800, 0xE000), range(0x10000, 0x10100)]
    alphabet = [chr(cp) for block in blocks for cp in block]
    for text in texts(alphabet, 2000, 120):
        assert _script_counts(text) == tuple(len(re.findall(pattern, text)) for pattern in (
            r"[\u4e00-\u9fff]", r"[A-Za-z]", r"[\u0400-\u04ff]", r"[\u0600-\u06ff]"))


def test_letters_and_printable_characters_as_counted_one_by_one():
    alphabet = list("ab1 _\n\t\r\x00\x07é中\u200b\u00a0\u00ad\ufffd")
    for text in texts(alphabet, 3000, 90):
        assert _has_letters(text, 40) == (len(re.findall(r"[^\W\d_]", text)) >= 40)
        assert _printable(text) == sum(1 for c in text if c.isprintable() or c in "\n\t\r\u00a0\u200b\u00ad")


@pytest.mark.parametrize("bracketed,parenthesised", [(False, False), (True, False), (False, True)])
def test_footnote_marks_found_where_written_as_by_a_search(bracketed, parenthesised):
    alphabet = list("1212 3[](),.;:，。、；日年国家ab Aé\u0431\u4e00”》\n") + ["12", "[1]", "(2)", "1 "]
    found = 0
    for text in texts(alphabet, 4000, 25, seed=3):
        for mark in ("1", "2", "12"):
            expected = footnote_mark_pattern(mark, bracketed, parenthesised).search(text)
            got = find_footnote_mark(mark, text, bracketed, parenthesised)
            assert (got and got.span()) == (expected and expected.span()), (text, mark)
            found += bool(expected)
    assert found > 100  # the texts hold marks to find


def test_job_numbers_amounts_and_digit_groups_as_the_plain_patterns_find_them():
    for text in texts(list("0123456789-/ a\n.") + ["12-34567"], 5000, 30, seed=5):
        assert job_numbers(text) == JOB_NUMBER.findall(text)
    for text in texts(list("0123456789-–−(),. a\u3000\u0661") + ["1 000", "12,5"], 5000, 30, seed=6):
        text = text.strip()
        expected = AMOUNT_AT_END.search(text)
        got = AMOUNT_AT_END.search(text, len(text) - AMOUNT_CHARACTERS.match(text[::-1]).end())
        assert (got and got.span()) == (expected and expected.span()), text
    for text in texts(list("0123456789 \u00a0\u202f.,/a"), 5000, 20, seed=7):
        assert layout.join_digit_groups(text) == layout.DIGIT_GROUPS.sub(
            lambda m: m.group(1) + re.sub(r"\s", "", m.group(2)), text)


def test_folding_by_runs_as_by_translating_the_whole_text():
    def plain(text: str) -> str:
        text = re.sub(r"[\u2e80-\u2fdf\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufefc]",
                      lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
        return unicodedata.normalize("NFC", text).translate(layout._FOLD)

    alphabet = [chr(cp) for cp in [*range(0x20, 0x80), *layout._FOLD, *range(0x2E80, 0x2FE0),
                                    *range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD), *range(0x300, 0x370)]]
    for text in texts(alphabet, 5000, 30, seed=8):
        assert layout.fold_width(text) == plain(text)


def test_long_chinese_lines_told_as_by_counting():
    alphabet = list("中文。“”《》ab 1\u3000\uff01\u33ff")
    for line in texts(alphabet, 3000, 130, seed=9):
        assert bool(layout.MANY_CJK.match(line)) == (len(layout.CJK.findall(line)) > layout.LONGEST_PRINTED_CJK)


def test_lines_tidied_as_before_the_shortcut():
    def plain(line: str) -> str:
        line = line.rstrip()
        indent = len(line) - len(line.lstrip())
        if layout.PIPE_RULE.match(line.strip()):
            return ""
        if layout.PIPE_ROW.match(line.strip()):
            return " " * indent + "\t".join(" ".join(cell.split()) for cell in line.strip().strip("|").split("|"))
        body = layout.TABLE_BARS.sub("", line.strip()) if "|" in line else line.strip()
        return " " * indent + layout.INNER_SPACES.sub(" ", body)

    for line in texts(list("a b|\t\u3000\u2003中  ") + ["  ", " | "], 20000, 12, seed=10):
        assert layout._tidy(line) == plain(line), repr(line)


def test_compound_hyphens_kept_as_when_every_line_was_searched():
    def plain(lines: list[str]) -> list[str]:
        compounds = {word.lower() for line in lines for word in layout.HYPHENATED.findall(line)}
        out = list(lines)
        for i, (line, nxt) in enumerate(zip(lines, lines[1:])):
            head = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$", line)
            tail = re.match(r"\s*([^\W\d_]+)", nxt)
            if (head and tail and tail.group(1)[:1].islower()
                    and f"{head.group(1)}-{tail.group(1)}".lower() in compounds):
                out[i] = line[:-1] + layout.KEPT_HYPHEN
        return out

    pieces = ["non-", "proliferation", " ", "Non", "-", "pro", "a", "2", "é"]
    kept = 0
    for seed in range(3000):
        lines = texts(pieces, 4, 6, seed=seed)
        assert layout.keep_compound_hyphens(lines) == plain(lines), lines
        kept += plain(lines) != lines
    assert kept > 5  # the lines hold compounds broken at their hyphen
