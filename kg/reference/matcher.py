"""Find the names of known entities in text: longest match first, left to right.

Text is matched in squeezed form (no spaces, case-folded) so that `第 1540 (2004)号决议` and
`第1540(2004)号决议` are one name; offsets are mapped back to the original text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, repeat
from typing import Callable

import ahocorasick

from kg.extract.facts import Entity
from kg.reference.gazetteer import Gazetteer, spaced, squeeze


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


# A language whose words inflect or take prefixes (Russian cases, Arabic proclitics) gives a
# word form: one word -> the form it is matched in (a lemma, the stem without its prefixes).
# It is applied alike to the gazetteer's names and to the text, so both meet in one form.
WordForm = Callable[[str], str]
WORD = re.compile(r"[^\W\d_]+")


class _Folds(dict):
    """Code point -> the character as names are matched (`_fold`), for `str.translate`, which
    then squeezes a whole text in C instead of a Python call per character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold(chr(code))
        return folded


class _Widths(dict):
    """Code point -> how many characters it folds to, as a mark for `str.translate`: "\x01" one,
    "\x00" none (a space), "\x02" more (a ligature), so a text's marks are made in C."""

    def __missing__(self, code: int) -> str:
        width = len(_fold(chr(code)))
        mark = self[code] = "\x01" if width == 1 else "\x00" if width == 0 else "\x02"
        return mark


_FOLDS = _Folds()
_WIDTHS = _Widths()


def _squeeze_with_map(text: str) -> tuple[str, list[int] | range]:
    """`text` squeezed, and for each squeezed character the offset it comes from."""
    squeezed = text.translate(_FOLDS)
    marks = text.translate(_WIDTHS)
    if "\x02" in marks:  # a character folds to several: repeat its offset
        lengths = list(map(len, map(_FOLDS.__getitem__, map(ord, text))))
        return squeezed, list(chain.from_iterable(map(repeat, range(len(text)), lengths)))
    if "\x00" not in marks:
        return squeezed, range(len(text))  # one for one: the common case
    return squeezed, list(compress(range(len(text)), marks.encode()))  # the offsets of kept characters


@lru_cache(maxsize=200_000)  # a report repeats its words; the word form itself may be slow
def _folded_form(word_form: WordForm, word: str) -> str:
    """A word's form as names are matched: the word form, each character folded."""
    return "".join(_fold(ch) for ch in word_form(word)) or _fold(word[0])


def _word_forms(text: str, word_form: WordForm) -> tuple[str, list[int], list[bool]]:
    """`text` with every word in its word form, squeezed; offsets map back to the original
    text: a form's first character to its word's start, its last to its word's end. The flags
    mark the characters that go on a word, where a name may neither start nor stop."""
    chars: list[str] = []
    where: list[int] = []
    inside: list[bool] = []
    last = 0
    for found in WORD.finditer(text):
        squeezed, between = _squeeze_with_map(text[last:found.start()])
        chars.append(squeezed)
        where.extend(last + i for i in between)
        inside.extend([False] * len(squeezed))
        form = _folded_form(word_form, found.group(0))
        chars.append(form)
        where.extend([found.start()] * (len(form) - 1) + [found.end() - 1])
        inside.extend([False] + [True] * (len(form) - 1))
        last = found.end()
    squeezed, between = _squeeze_with_map(text[last:])
    chars.append(squeezed)
    where.extend(last + i for i in between)
    inside.extend([False] * len(squeezed))
    return "".join(chars), where, inside


class NameMatcher:
    """An Aho-Corasick automaton over every name in the gazetteer."""

    def __init__(self, gazetteer: Gazetteer, blockers: list[str] = (),
                 word_form: WordForm | None = None) -> None:
        self.gazetteer = gazetteer
        self.word_form = word_form
        self.automaton = ahocorasick.Automaton()
        if word_form is None:
            for name, entity in gazetteer.names.items():
                self.automaton.add_word(name, (name, name, entity))
        else:  # every name in its word form; the first name to claim a form keeps it
            for written, entity in gazetteer.written:
                form = _word_forms(written, word_form)[0]
                if len(form) >= 2 and form not in self.automaton:
                    self.automaton.add_word(form, (form, squeeze(written), entity))
        # phrases that contain a name but are not one (发展中国家 is not China)
        for phrase in blockers:
            # squeezed as the names and the text are, apostrophes too (Port-d’Espagne)
            squeezed = _word_forms(phrase, word_form)[0] if word_form else squeeze(phrase)
            if squeezed not in self.automaton:
                self.automaton.add_word(squeezed, (squeezed, squeezed, None))
        self.automaton.make_automaton()

    def __getstate__(self) -> dict:
        # compiled without the gazetteer (its own copy), which is put back when loaded;
        # the automaton's entities are the gazetteer's (pickled with them, equal on loading)
        return {**self.__dict__, "gazetteer": None}

    def _latin_ok(self, name: str, text: str, start: int, end: int) -> bool:
        """A Latin name stands as a word, spaced as the name is, in capitals if an acronym."""
        written = text[start:end]
        if name in self.gazetteer.acronyms and written not in self.gazetteer.acronyms[name]:
            return False
        return _word_bounded(text, start, end) and spaced(written) in self.gazetteer.latin_forms[name]

    def find(self, text: str) -> list[NameMatch]:
        if self.word_form:  # names in a word form match whole words: هند is not in الهندسة
            squeezed, where, inside = _word_forms(text, self.word_form)
        else:
            (squeezed, where), inside = _squeeze_with_map(text), None
        if not squeezed:
            return []
        candidates = []
        for end, (form, name, entity) in self.automaton.iter(squeezed):
            start = end - len(form) + 1
            if inside and (inside[start] or (end + 1 < len(inside) and inside[end + 1])):
                continue
            candidates.append((start, -len(form), end, name, entity))
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


def matcher_for(gazetteer: Gazetteer, blockers: tuple[str, ...] = (),
                word_form: WordForm | None = None) -> NameMatcher:
    """The gazetteer's matcher for these blockers and word form, built on first use (building
    takes ~0.2 s, longer with a word form: every name goes through it once, 0.6 s for Russian's
    lemmas). A word-form matcher of the shipped data comes from its compiled copy."""
    key = (tuple(blockers), word_form)
    if key not in gazetteer.matchers:
        if word_form is not None and gazetteer.folder is not None:
            gazetteer.matchers[key] = _compiled_matcher(gazetteer, tuple(blockers), word_form)
        else:
            gazetteer.matchers[key] = NameMatcher(gazetteer, list(blockers), word_form)
    return gazetteer.matchers[key]


# The libraries a word form may come from: a new version may give other forms.
WORD_FORM_LIBRARIES = ("pymorphy3", "pymorphy3-dicts-ru", "pyarabic", "pyahocorasick")


def _installed_versions(libraries: tuple[str, ...]) -> dict[str, str]:
    """Library -> its installed version, from the name of its `NAME-VERSION.dist-info` folder on
    the path (what importlib.metadata reads; importing that takes 0.04 s of a cold start)."""
    import os
    import sys

    def normal(name: str) -> str:
        return re.sub(r"[-_.]+", "_", name).lower()

    wanted = {normal(library): library for library in libraries}
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            name, _, version = entry.removesuffix(".dist-info").partition("-")
            library = wanted.get(normal(name)) if entry.endswith(".dist-info") else None
            if library and library not in found:  # the first on the path is the one imported
                found[library] = version
    return {library: found[library] for library in libraries if library in found}


def _compiled_matcher(gazetteer: Gazetteer, blockers: tuple[str, ...], word_form: WordForm) -> NameMatcher:
    """A word-form matcher of the reference data, from its compiled copy (kg.reference.compiled)
    when one was made from the same data, blockers, word form code and library versions."""
    import hashlib
    import sys
    from pathlib import Path

    from kg.reference.compiled import cached

    digest = hashlib.sha1(repr(blockers).encode())
    digest.update(getattr(word_form, "__qualname__", repr(word_form)).encode())
    for module in (sys.modules[__name__], sys.modules[word_form.__module__]):
        digest.update(Path(module.__file__).read_bytes())
    for library, version in _installed_versions(WORD_FORM_LIBRARIES).items():
        digest.update(f"{library} {version}".encode())
    kind = f"matcher-{word_form.__module__.replace('.', '-')}"
    matcher = cached(Path(gazetteer.folder), lambda _: NameMatcher(gazetteer, list(blockers), word_form),
                     kind=kind, key=f"-{digest.hexdigest()[:12]}")
    matcher.gazetteer = gazetteer
    return matcher
