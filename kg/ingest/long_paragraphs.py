"""Paragraphs no report prints: a block of hundreds of thousands of characters (a text without
line ends, as a damaged PDF copy or a web page gives) is cut into pieces at sentence ends.

Extraction looks at a paragraph's names, dates and amounts against each other, which costs the
square of a paragraph's length; with pieces of bounded length, a long text costs in proportion
to its length. A UN report's longest paragraph is a few thousand characters, far under the
limit, so real paragraphs are never cut. The first piece keeps the paragraph's key, the
others add `-2`, `-3`...
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.document import FootnoteRef, Paragraph

LONGEST = 5_000  # characters a paragraph may have before it is cut (real ones: under 2,000)

# where a sentence ends, in the scripts the reader reads; not the point after a number ("18. ")
_END = re.compile(r"[。！？!?؟]|(?<![\d\s])\.(?=\s)")


def cut_long(paragraphs: list[Paragraph], longest: int = LONGEST) -> list[Paragraph]:
    out: list[Paragraph] = []
    for paragraph in paragraphs:
        out += _pieces(paragraph, longest) if len(paragraph.text) > longest else [paragraph]
    return out


def _pieces(paragraph: Paragraph, longest: int) -> list[Paragraph]:
    text, out, start = paragraph.text, [], 0
    while start < len(text):
        end = len(text) if len(text) - start <= longest else _cut(text, start, longest)
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        refs = tuple(FootnoteRef(ref.mark, ref.offset - start - lead) for ref in paragraph.footnote_refs
                     if start + lead <= ref.offset < end or (end == len(text) and ref.offset == end))
        key = paragraph.key if not out else f"{paragraph.key}-{len(out) + 1}"
        out.append(replace(paragraph, key=key, text=text[start + lead:end].rstrip(), footnote_refs=refs))
        start = end
    return [piece for piece in out if piece.text]


def _cut(text: str, start: int, longest: int) -> int:
    """Where the piece from `start` ends: after the last sentence end in its second half, else
    after its last space, else at the limit."""
    window = text[start + longest // 2:start + longest]
    ends = [found.end() for found in _END.finditer(window)]
    if ends:
        return start + longest // 2 + ends[-1]
    space = window.rfind(" ")
    return start + longest // 2 + space + 1 if space >= 0 else start + longest
