"""Names are blanked by slicing between their spans; the text comes out as blanking them one
character at a time gave it: same length, every character of a name blanked, nothing else."""
import random

from kg.extract.entities import BLANK, blank_out
from kg.reference import NameMatch


def one_at_a_time(text: str, matches: list[NameMatch], offset: int) -> str:
    chars = list(text)
    for m in matches:
        for i in range(max(m.start - offset, 0), min(m.end - offset, len(chars))):
            chars[i] = BLANK
    return "".join(chars)


def test_overlapping_unsorted_and_outlying_spans_blank_as_one_at_a_time():
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice("ab 中心，") for _ in range(rng.randrange(0, 16)))
        offset = rng.randrange(0, 5)
        matches = []
        for _ in range(rng.randrange(0, 5)):
            start = rng.randrange(-3, 25)
            matches.append(NameMatch(start, start + rng.randrange(-2, 9), None, ""))
        assert blank_out(text, matches, offset) == one_at_a_time(text, matches, offset), (text, matches, offset)
    assert blank_out("由日本和德国资助", [NameMatch(14, 16, None, ""), NameMatch(11, 13, None, "")], 10) \
        == f"由{BLANK * 2}和{BLANK * 2}资助"
