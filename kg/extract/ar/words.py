"""The form an Arabic word is matched in: letters normalised and attached prefixes removed.

Arabic writes conjunctions (و, ف), prepositions (ب, ل, ك) and the article (ال) as one word with
the noun: `وبالاتحاد الأوروبي`, `للمركز`, `بنيبال`. The name matcher applies `word_form` alike to
the gazetteer's names and to the text, so `والاتحاد` meets `الاتحاد`. Prefix letters are peeled
one at a time while enough letters remain, so a name whose first letter looks like a prefix
(بنغلاديش, لبنان) loses it in the name and in the text alike."""
from __future__ import annotations

from functools import lru_cache

from pyarabic import araby

CONJUNCTIONS = "وف"  # and, so: peeled while three letters remain (وسري لانكا, وجزر سليمان)
PREPOSITIONS = "بلك"  # in/with, for/to, like: peeled while four remain, so كندا keeps its ك
ARTICLE = "ال"
SHORTEST_STEM = 4  # three would fold كندا and بولندا into one ندا
# words of one meaning that names write either way: السلم, the word for peace of older UN texts
# ("مركز الأمم المتحدة الإقليمي للسلم ونزع السلاح", "مجلس السلم والأمن"), is السلام
SYNONYMS = {"لسلم": "سلام"}


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """Short vowels and tatweel dropped; alef forms one alef; ta marbuta ه; alef maqsura ي; a
    final hamza on its seat ي (`الهادئ`, also printed `الهادي`, is one word)."""
    word = araby.strip_tatweel(araby.strip_tashkeel(word))
    word = araby.normalize_alef(word)
    word = word.replace("ة", "ه").replace("ى", "ي")
    return word[:-1] + "ي" if word.endswith("ئ") else word


@lru_cache(maxsize=65536)
def word_form(word: str) -> str:
    """`وبالاتحاد` -> `اتحاد`, `للمركز` -> `مركز`, `للهند` -> `لهند`; Latin words as they are."""
    stem = normalise(word)
    while True:
        if stem.startswith(ARTICLE) and len(stem) - 2 >= SHORTEST_STEM:
            stem = stem[2:]
        elif stem.startswith(ARTICLE) and len(stem) - 2 == SHORTEST_STEM - 1:
            # a short stem keeps the article's ل: الهند -> لهند, the form of للهند (لـ + الهند,
            # the alef unwritten) and of للجنة alike (لـ + لجنة or لـ + اللجنة)
            return SYNONYMS.get(stem[1:], stem[1:])
        elif stem[:1] in CONJUNCTIONS and len(stem) - 1 >= SHORTEST_STEM - 1:
            stem = stem[1:]
        elif stem[:1] in PREPOSITIONS and len(stem) - 1 >= SHORTEST_STEM:
            stem = stem[1:]
        else:
            return SYNONYMS.get(stem, stem)

