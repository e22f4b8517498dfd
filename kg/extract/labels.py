"""An activity's label: a few words of the sentence that names it, never cut inside a quoted
title ("série de conférences sur le thème « Paix et égalité des genres »"). Shared by every
language whose labels are counted in words."""
from __future__ import annotations

import re

QUOTES = (("«", "»"), ("“", "”"), ('"', '"'))
REACH = 8  # words past the cut that a quoted title may run on to be kept whole


def _open(text: str) -> bool:
    """Does `text` open a quotation it does not close?"""
    return any(text.count(left) % 2 == 1 if left == right else text.count(left) > text.count(right)
               for left, right in QUOTES if left in text)


def _unopened(text: str) -> bool:
    """Does `text` close a quotation it did not open?"""
    return any(text.count(right) % 2 == 1 if left == right else text.count(right) > text.count(left)
               for left, right in QUOTES if right in text)


def first_words(words: list[str], count: int) -> str:
    """The first `count` words; where the cut falls inside a quoted title, the title's end when
    it comes within REACH more words, else the words before it opens."""
    for n in range(count, min(len(words), count + REACH) + 1):
        if not _open(" ".join(words[:n])):
            return " ".join(words[:n])
    label = words[:count]
    while label and _open(" ".join(label)):
        label.pop()
    return " ".join(label)


def last_words(words: list[str], count: int) -> str:
    """The last `count` words, never starting inside a quoted title (as `first_words`)."""
    for n in range(count, min(len(words), count + REACH) + 1):
        if not _unopened(" ".join(words[-n:])):
            return " ".join(words[-n:])
    label = words[-count:]
    while label and _unopened(" ".join(label)):
        label.pop(0)
    return " ".join(label)


# a quotation mark of any kind: a label without one is cut where its words are counted
QUOTE_OPENS = re.compile("[«»“”„\"]")
