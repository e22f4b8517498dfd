"""What a copy's line breaks tell beyond the lines: a blank line between printed blocks, and the
breaks a copy made inside an address or a number."""
from __future__ import annotations

import re


# a line that ends a sentence (a footnote's mark or a closing quote after its point)
ENDS_SENTENCE = re.compile(r"[。！？.!?؟][\"”’»)]?(?:\d{1,2}|\*)?\s*$")
MOST_LINES_SPACED = 0.75  # of a text's lines followed by a blank one: it spaces every line, not its paragraphs


def indent_after_blank_lines(text: str) -> str:
    """A printed text whose paragraphs are blocks, set apart by a blank line and not indented:
    the first line of each block, after one that ended a sentence, gets the indent that tells a
    paragraph's start (the reader drops blank lines). A text that spaces every line, or none,
    as it is."""
    lines = text.rstrip().split("\n")
    blank = [not line.strip() for line in lines]
    gaps = sum(1 for i in range(1, len(lines)) if blank[i] and not blank[i - 1])
    if not gaps or gaps > MOST_LINES_SPACED * (len(lines) - sum(blank)):
        return text
    out = list(lines)
    last = ""  # the last line with text
    for i, line in enumerate(lines):
        if blank[i]:
            continue
        if i and blank[i - 1] and last and ENDS_SENTENCE.search(last) and not line[:1].isspace():
            out[i] = " " + line
        last = line
    return "\n".join(out) + "\n" if out != lines else text


# the Latin piece a line ends in before the point a copy broke the line at ("… unoda-web@un.")
TRAILING_PIECE = re.compile(r"(?:[A-Za-z]+://)?[A-Za-z0-9@/._-]+\.$")
ADDRESS_PIECE = re.compile(r"@|://|^www\.")
NUMBER_PIECE = re.compile(r"^\d+(?:\.\d+)*\.$")  # a telephone number's groups: "212." / "963." / "3022"
PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.\s+\S")  # "3. Десятое …": a paragraph opens, no number goes on


def join_address_breaks(lines: list[str]) -> list[str]:
    """A copy that breaks the line after every point, an address's and a telephone number's too
    ("unoda-web@un." / "org", "www." / "un." / "org/disarmament", "电话:212." / "963." / "3022"):
    each such piece joined to the next line, which goes on with a small letter or a digit, without
    a space. A sentence's end ("… e.g." / "the", "… paragraph 12." / "2013") is no such piece: its
    line holds more than the piece, set apart by a space."""
    if not any(line.endswith(".") for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        piece = TRAILING_PIECE.search(previous)
        head = line[:1]
        if piece and head.isascii() and (head.islower() or head.isdigit()):
            whole = piece.start() == len(previous) - len(previous.lstrip())
            # glued to a sign, not to a word: "电话:212." (a footnote's mark is glued to its word: "региона1.")
            glued = piece.start() > 0 and not previous[piece.start() - 1].isspace() and not previous[piece.start() - 1].isalpha()
            number = NUMBER_PIECE.match(piece.group(0)) is not None
            # a number goes on with a digit ("212." / "963."), an address or a lower-case piece alone
            # ("un." / "org") with a small letter: a paragraph's number after a sentence's end is neither
            # (a number alone on its line is a paragraph's, as a PDF sets it: "5." / "2021年3月 …")
            if ((number and head.isdigit() and glued and not PARAGRAPH_NUMBER.match(line))
                    or (head.islower() and (ADDRESS_PIECE.search(piece.group(0)) or (whole and piece.group(0).islower())))):
                out[-1] = previous + line
                continue
        out.append(line)
    return out
