"""Russian words broken at a line's end: whether the hyphen there is the word's own (по- /
прежнему, государства- / члены, военно- / морской) or the printer's (разо- / ружения), told
by the dictionary of pymorphy3. The analyser is made here, on first use, once per process: the
extractor's Russian rules (kg.extract.ru.morphology) use the same one."""
from __future__ import annotations

import os
from functools import lru_cache

COMPOUND_TAILS = {"ADJF", "ADJS", "PRTF", "PRTS"}  # военно-морской, информационно-просветительская


@lru_cache(maxsize=1)
def analyzer():
    """pymorphy3's analyser of Russian, readings unranked (ranking costs a second dictionary).
    The dictionary is named, as pymorphy3 would find it: its search of every installed
    package's entry points costs a sixth of loading it."""
    import pymorphy3
    import pymorphy3_dicts_ru

    path = os.environ.get(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE) or pymorphy3_dicts_ru.get_path()
    return pymorphy3.MorphAnalyzer(path, probability_estimator_cls=None)


def kept_hyphen(head: str, tail: str) -> bool:
    """Whether `head-` at a line's end and `tail` at the next line's start are one word written
    with its hyphen. The dictionary decides where it knows one spelling: по-прежнему, кто-то,
    из-за, Азиатско-тихоокеанского keep it, разоружения is joined. Where it knows both
    (центральноафриканская, центрально-африканская) the solid word is taken, as before. Where it
    knows neither, a compound keeps it: an adverb-like first part in -о before an adjective
    (информационно-просветительская) or two nouns in one case (государства-члены)."""
    morph = analyzer()
    head, tail = head.lower(), tail.lower()
    whole, joined = morph.word_is_known(f"{head}-{tail}"), morph.word_is_known(head + tail)
    if whole or joined:
        return whole and not joined
    last = head.rsplit("-", 1)[-1]
    if len(last) < 4 or len(tail) < 4 or not morph.word_is_known(tail):
        return False
    if last.endswith("о") and {p.tag.POS for p in morph.parse(tail)} & COMPOUND_TAILS:
        return True
    return morph.word_is_known(last) and bool(_noun_forms(last) & _noun_forms(tail))


def _noun_forms(word: str) -> set[tuple[str, str]]:
    """(case, number) of the word's readings as a noun."""
    return {(p.tag.case, p.tag.number) for p in analyzer().parse(word) if p.tag.POS == "NOUN"}
