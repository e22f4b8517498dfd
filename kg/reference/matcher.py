"""Find the names of known entities in text: longest match first, left to right.

Text is matched in squeezed form (no spaces, case-folded) so that `第 1540 (2004)号决议` and
`第1540(2004)号决议` are one name; offsets are mapped back to the original text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from kg.extract.facts import Entity
from kg.reference.gazetteer import Gazetteer, spaced


@dataclass(frozen=True)
class NameMatch:
    start: int  # offsets in the original text
    end: int
    entity: Entity
    text: str


@lru_cache(maxsize=65536)
def _fold(ch: str) -> str:
    """One character as names are matched: NFKC, case-folded; spaces and quotes dropped."""
    folded = unicodedata.normalize("NFKC", ch).casefold()
    return "" if not folded or folded.isspace() or folded in "《》“”\"'‘’「」" else folded


def _squeeze_with_map(text: str) -> tuple[str, list[int]]:
    chars, where = [], []
    for i, ch in enumerate(text):
        folded = _fold(ch)
        if folded:
            chars.append(folded)
            where.extend([i] * len(folded))
    return "".join(chars), where


class NameMatcher:
    """An Aho-Corasick automaton over every name in the gazetteer."""

    def __init__(self, gazetteer: Gazetteer, blockers: list[str] = ()) -> None:
        self.gazetteer = gazetteer
        self.automaton = ahocorasick.Automaton()
        for name, entity in gazetteer.names.items():
            self.automaton.add_word(name, (name, entity))
        # phrases that contain a name but are not one (发展中国家 is not China)
        for phrase in blockers:
            squeezed = re.sub(r"\s", "", phrase.casefold())
            if squeezed not in gazetteer.names:
                self.automaton.add_word(squeezed, (squeezed, None))
        self.automaton.make_automaton()

    def _latin_ok(self, name: str, text: str, start: int, end: int) -> bool:
        """A Latin name stands as a word, spaced as the name is, in capitals if an acronym."""
        written = text[start:end]
        if name in self.gazetteer.acronyms and written not in self.gazetteer.acronyms[name]:
            return False
        return _word_bounded(text, start, end) and spaced(written) in self.gazetteer.latin_forms[name]

    def find(self, text: str) -> list[NameMatch]:
        squeezed, where = _squeeze_with_map(text)
        if not squeezed:
            return []
        candidates = []
        for end, (name, entity) in self.automaton.iter(squeezed):
            start = end - len(name) + 1
            candidates.append((start, -len(name), end, name, entity))
        candidates.sort()
        out: list[NameMatch] = []
        taken_until = -1
        for start, _, end, name, entity in candidates:
            if start <= taken_until:
                continue
            s, e = where[start], where[end] + 1
            if name in self.gazetteer.latin_forms and not self._latin_ok(name, text, s, e):
                continue
            taken_until = end
            if entity is None:
                continue
            out.append(NameMatch(s, e, entity, text[s:e]))
        return out


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def matcher_for(gazetteer: Gazetteer, blockers: tuple[str, ...] = ()) -> NameMatcher:
    """The gazetteer's matcher for these blockers, built on first use (building takes ~0.2 s)."""
    key = tuple(blockers)
    if key not in gazetteer.matchers:
        gazetteer.matchers[key] = NameMatcher(gazetteer, list(blockers))
    return gazetteer.matchers[key]
