"""Arabic words that a PDF-to-text copy split in two, put back together.

poppler's pdftotext, reading a justified Arabic line, may set a space after a letter that does not
join the next one (ا د ذ ر ز و) where the next letter is ي: "أفر يقيا", "بتمو يل", "و يقدم". A
word may end in such a letter and the next begin with ي ("مانيلا يومي"), so two pieces are joined
only where the whole word is known: written whole elsewhere in the text, a word of the gazetteer's
Arabic names, a word of the reports' vocabulary below; or where the second piece is only an
ending (the nisba "ية"), or the first the conjunction و alone, which is never a word of its own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.paths import DATA
from kg.reference.compiled import read_yaml

# a piece that ends in a letter joining no next letter, a space, a piece that opens with ي
SPLIT = re.compile(r"(?<![^\s(«\"“])([\u0621-\u064a\u0670-\u06d3]*[اأإآدذرزوؤ]) (ي[\u0621-\u064a\u0670-\u06d3]*)")
ENDINGS = {"ي", "ية", "يه", "يات", "يين", "يون", "يتين", "يان"}  # nisba endings: no word alone
# words of the reports that a copy was seen to split and that names do not hold
VOCABULARY = {"تمويل", "تمويلها", "تمويله", "تدريب", "تدريبية", "تدريبي", "مدير", "مديرة", "دورية",
              "حضورية", "نارية", "ضرورية", "إدارية", "وزارية", "دولية"}
PREFIX = re.compile(r"^(?:[وف]?(?:بال|لل|كال|ال|[بلك])?)")


def _stem(word: str) -> str:
    """The word without a conjunction, preposition or article before it."""
    stem = PREFIX.sub("", word, count=1)
    return stem if len(stem) >= 2 else word


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The stems of every word of the gazetteer's Arabic names (countries, bodies, treaties)."""
    words: set[str] = set()
    names = read_yaml(DATA / "names" / "ar.yaml") or {}  # compiled copies: parsed once per change
    countries = read_yaml(DATA / "countries.yaml") or {}
    texts = [n for values in names.values() for n in (values or [])]
    texts += [n for record in _records(countries) for n in (record.get("ar") or [])]
    for text in texts:
        words.update(_stem(w) for w in re.findall(r"[\u0621-\u064a\u0670-\u06d3]+", str(text)))
    words.update(_stem(w) for w in VOCABULARY)
    return frozenset(words)


def _records(data) -> list[dict]:
    """The name records of countries.yaml, however nested: each dict that gives an `ar` list."""
    out: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("ar"), list):
                out.append(item)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))
    return out


# the conjunction و set apart from its word, as some press copies type it ("للسلام و نزع السلاح"):
# never a word of its own, it is the next word's first letter (a list letter "(و)" has no word after)
DETACHED_AND = re.compile(r"(?<![^\s(«\"“])و +(?=[\u0621-\u064a])")


def rejoin_split_words(text: str) -> str:
    """`text` with the words a copy split before ي made whole again (see the module's note), and
    the conjunction و joined to its word."""
    if "و " in text:
        text = DETACHED_AND.sub("و", text)
    if not SPLIT.search(text):
        return text
    whole = {_stem(w) for w in re.findall(r"[\u0621-\u064a\u0670-\u06d3]+", text)}
    known = name_words()

    def join(found: re.Match[str]) -> str:
        first, second = found.group(1), found.group(2)
        stem = _stem(first + second)
        if first == "و" or second in ENDINGS or stem in whole or stem in known:
            return first + second
        return found.group(0)

    return SPLIT.sub(join, text)
