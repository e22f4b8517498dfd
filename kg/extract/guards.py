"""Patterns that skip texts they cannot match. A pattern opening with a run of any characters
(`(?P<orgs>[^，。；]{2,80}?)的代表`) is tried at every offset of a text, each try as long as the
run; most sentences hold none of the words it needs. The words every match must contain, or
must see beside it (a look ahead or behind), are read from the pattern itself, and a text
without any of them is not searched: the same matches, found sooner."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Iterator

try:  # the parser of `re` itself (Python 3.11 on): what a pattern means, read once per pattern
    from re import _parser
except ImportError:  # a Python that keeps it elsewhere: patterns run unguarded, same matches
    _parser = None
else:
    _LITERAL, _IN, _BRANCH, _SUBPATTERN = _parser.LITERAL, _parser.IN, _parser.BRANCH, _parser.SUBPATTERN
    _REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)
    _ASSERT = _parser.ASSERT
    _ZERO_WIDTH = (_parser.AT, _ASSERT, _parser.ASSERT_NOT)


class GuardedPattern:
    """A compiled pattern and a cheap one that finds something in every text it matches; the
    methods that search take the pattern's arguments and give its results."""

    def __init__(self, pattern: re.Pattern[str], guard: re.Pattern[str]) -> None:
        self.pattern, self.guard = pattern, guard

    def search(self, text: str, *args) -> re.Match[str] | None:
        return self.pattern.search(text, *args) if self.guard.search(text) else None

    def match(self, text: str, *args) -> re.Match[str] | None:
        return self.pattern.match(text, *args) if self.guard.search(text) else None

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *args) if self.guard.search(text) else iter(())

    def __getattr__(self, name: str):  # sub, split, groupindex ...: the pattern's own
        return getattr(self.pattern, name)


@lru_cache(maxsize=None)  # keyed by the compiled pattern: one guard per pattern of a lexicon
def guarded(pattern: re.Pattern[str]) -> re.Pattern[str] | GuardedPattern:
    """The pattern guarded by the words its matches must contain, or the pattern itself when
    it opens with a word (`re` already skips to it) or needs no word."""
    return with_guard(pattern, guard_words(pattern))


def guarded_all(patterns: list[re.Pattern[str]], owner: str) -> list[re.Pattern[str] | GuardedPattern]:
    """`guarded` of each of the patterns of `owner` (a lexicon's module), with the words read
    from them kept on disk under a hash of them (kg.reference.compiled): reading them parses
    each pattern again, which was a tenth of a Russian report's cold build."""
    from kg.reference.compiled import remembered

    key = hashlib.sha1(repr([(p.pattern, p.flags) for p in patterns]).encode()).hexdigest()[:16]
    words = remembered(f"guards-{owner}", key, lambda: [guard_words(p) for p in patterns])
    return [with_guard(p, w) for p, w in zip(patterns, words, strict=True)]


def guard_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words one of which every match of the pattern contains, when it opens with a run a
    guard saves trying at every offset; None when it needs no guard."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if not _opens_wide(tree.data):
        return None  # cheap to try at each offset already: a guard would only add a search
    return _required(tree.data) or None


def with_guard(pattern: re.Pattern[str], words: frozenset[str] | None) -> re.Pattern[str] | GuardedPattern:
    if not words:
        return pattern
    flags = pattern.flags & (re.IGNORECASE | re.ASCII)  # words compared as the pattern compares them
    guard = re.compile("|".join(map(re.escape, sorted(words, key=lambda word: (-len(word), word)))), flags)
    return GuardedPattern(pattern, guard)


def _opens_wide(items) -> bool:
    """Does a match open with a run of any length (`[^，。；]{2,80}?`, `(?:共 *)?`), maybe after
    one character (`由[^，。；]{2,80}?`), so that many offsets of a text start a try that can go far?"""
    at = 0
    while at < len(items) and items[at][0] in _ZERO_WIDTH:  # ^, \b, a look behind: no character
        at += 1
    if at < len(items) and items[at][0] in (_LITERAL, _IN):  # one character ("由", "[与同和]")
        at += 1  # `re` skips to it, but from each one the run after it is tried
    if at >= len(items):
        return False
    op, value = items[at]
    if op in _REPEATS:
        return not all(o == _LITERAL for o, _ in value[2].data)
    if op == _SUBPATTERN:
        return _opens_wide(value[3].data)
    if op == _BRANCH:
        return any(_opens_wide(branch.data) for branch in value[1])
    return False


def _required(items) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` contains, the most telling one
    found (longest shortest string, then fewest strings); None if none is known."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op == _LITERAL:
            run.append(chr(value))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        found = None
        if op == _IN and all(o == _LITERAL for o, _ in value):
            found = frozenset(chr(v) for _, v in value)
        elif op == _BRANCH:
            branches = [_required(branch.data) for branch in value[1]]
            found = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op == _SUBPATTERN and not value[1] and not value[2]:  # a group that changes no flags
            found = _required(value[3].data)
        elif op in _REPEATS and value[0] >= 1:
            found = _required(value[2].data)
        elif op == _ASSERT:  # looked at, before or after: in the text, if not in the match
            found = _required(value[1].data)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))
