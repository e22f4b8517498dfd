"""Sentences of a paragraph with their offsets, so facts can cite the sentence they come from."""
from __future__ import annotations

import re
from dataclasses import dataclass

ENDINGS = {
    "zh": re.compile(r"(?<=[。！？])"),
    "en": re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])"),
    # French lists items "a) …; b) …" in one sentence: each item is read as a sentence
    "fr": re.compile(r"(?<=[.!?])\s+(?=[A-ZÀÂÇÉÈÊÎÔÛ(«“\"])|(?<=[;:])\s+(?=[a-z]\)\s)"),
}


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offset in the paragraph text
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(text: str, language: str) -> list[Sentence]:
    out: list[Sentence] = []
    cuts = [0] + [m.end() for m in ENDINGS[language].finditer(text)] + [len(text)]
    for start, end in zip(cuts, cuts[1:]):
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(len(out), start + lead, piece.strip()))
    return out
