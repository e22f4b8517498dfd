"""Sentences of a paragraph with their offsets, so facts can cite the sentence they come from."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

ENDINGS = {
    # a list's items "(a) …；(b) …" or "• …；• …" after its lead "下列活动：" are read as sentences
    "zh": re.compile(r"(?<=[。！？])|(?<=[：；])(?=\s*(?:\([a-z]\)|[•·▪●])\s*\S)"),
    # a bulleted list's items "…: • …; • …" in one paragraph are read as sentences
    "en": re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])|(?<=[;:])\s+(?=[•·▪●]\s)"),
    # Spanish lists items "a) …; b) …" in one sentence too
    "es": re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ(“\"«¿¡])|(?<=[;:])\s+(?=[a-z]\)\s)"),
    # French lists items "a) …; b) …" in one sentence: each item is read as a sentence
    "fr": re.compile(r"(?<=[.!?])\s+(?=[A-ZÀÂÇÉÈÊÎÔÛ(«“\"])|(?<=[;:])\s+(?=[a-z]\)\s)"),
    # lettered items "(أ) …؛ (ب) …" are read as sentences, as in French
    "ar": re.compile(r"(?<=[.!?؟])\s+(?=[\u0600-\u06ff(«“\"])|(?<=[؛;:])\s+(?=\([\u0600-\u06ff]{1,2}\)\s)"),  # Arabic has no capitals
    # not after the abbreviations of amounts and dates: "долл. США", "2020 г. Центр"
    "ru": re.compile(r"(?<![\s(]долл\.)(?<![\s(]г\.)(?<!\sгг\.)(?<!\sим\.)(?<!\sсм\.)(?<!\sтыс\.)(?<!\sмлн\.)"
                     r"(?<=[.!?])\s+(?=[А-ЯЁA-Z0-9(«\"])|(?<=[;:])\s+(?=[а-яa-z]\)\s|[•·▪●]\s)"),  # "а) …; б) …", "• …; • …"
}


ROW_BREAK = re.compile("\n")  # between a table's rows, the one line break a paragraph's text keeps


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offset in the paragraph text
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(text: str, language: str, tables_whole: bool = False) -> list[Sentence]:
    """The sentences of a paragraph, in order (a new list: callers may cut it up). `tables_whole`:
    a table's rows stay with the sentence that leads into them (a posts or donors table is read
    whole, its lead-in saying what its rows are)."""
    return list(_split(text, language, tables_whole))


# A paragraph is split by every step that reads it (names, activities, money, posts): once is
# enough. The sentences are frozen, so the steps may share them.
@lru_cache(maxsize=1024)
def _split(text: str, language: str, tables_whole: bool = False) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    cuts = [m.end() for m in ENDINGS[language].finditer(text)]
    if "\n" in text and not tables_whole:  # the reader keeps a table's rows apart: each is a sentence
        cuts = sorted({*cuts, *(m.end() for m in ROW_BREAK.finditer(text))})
    cuts = [0, *cuts, len(text)]
    for start, end in zip(cuts, cuts[1:]):
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(len(out), start + lead, piece.strip()))
    return tuple(out)
