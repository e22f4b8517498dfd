"""Russian word forms through pymorphy3: lemmas for matching names and activity nouns in any
case, and the nominative of a name found in an oblique case. One analyser per process, made
on first use (it loads its dictionaries), behind these cached functions."""
from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3
from pymorphy3.analyzer import ProbabilityEstimator

from kg.ingest.languages import ru_hyphens as hyphen_words

# A capitalised word is read as a proper noun where the dictionary allows it (Того the
# country, not того the pronoun); these tags mark such readings.
PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}
WORD = re.compile(r"[^\W\d_]+")


def analyzer() -> pymorphy3.MorphAnalyzer:
    # The reader's analyser (it tells a line-end hyphen's word): one per process. Readings
    # unranked: most words' readings share one lemma, and ranking them looks up each reading's
    # likelihood in another dictionary; `parses` ranks them where it matters.
    return hyphen_words.analyzer()


@lru_cache(maxsize=1)
def _likelihoods() -> ProbabilityEstimator:
    return ProbabilityEstimator(analyzer().dictionary.path)


def parses(word: str) -> list:
    """The word's readings, likeliest first: what pymorphy3's analyser gives with its default
    probability estimator."""
    readings = analyzer().parse(word)
    if not readings:
        return readings
    parse = type(readings[0])
    return [parse(*p) for p in _likelihoods().apply_to_parses(word, word.lower(), readings)]


def _readings(word: str, readings: list) -> list:
    """The readings the word is taken in, in their order: for a capitalised word its place
    readings, else its proper-noun readings, where it has some; else all but a gerund's."""
    if word[:1].isupper():
        # a place before a person's name: Филиппин is the islands, not a woman named Филиппина;
        # a name's word is no gerund: Устав (the Charter), not the gerund of устать
        return [p for p in readings if "Geox" in p.tag.grammemes] \
            or [p for p in readings if PROPER & p.tag.grammemes] \
            or [p for p in readings if p.tag.POS != "GRND"] or readings
    return readings


def _parse(word: str):
    """The word's reading: the likeliest of `_readings` (Того the country, not того the pronoun)."""
    return _readings(word, parses(word))[0]


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of one word, lower case: союзом -> союз, Непале -> непал."""
    # where all the readings it is taken in share one lemma (most words), their ranking is moot
    lemmas = {p.normal_form for p in _readings(word, analyzer().parse(word))}
    found = lemmas.pop() if len(lemmas) == 1 else _parse(word).normal_form
    return found.replace("ё", "е")


@lru_cache(maxsize=200_000)
def part_of_speech(word: str) -> str | None:
    """The part of speech of the word's likeliest reading (NOUN, VERB, ADJF…)."""
    return _parse(word).tag.POS


@lru_cache(maxsize=200_000)
def word_form(word: str) -> str:
    """The form names are matched in (kg.reference.matcher's word-form hook): the lemma
    between word marks, so a name matches whole words only (ЕС never inside весь), with `^`
    for a capital, so a capitalised name meets capitalised words (the country Того, not того)."""
    capital = "^" if word[:1].isupper() else ""
    return f"<{capital}{lemma(word)}>"


def lemmas(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of every word of `text`."""
    return [(found.start(), found.end(), lemma(found.group(0))) for found in WORD.finditer(text)]


def nominative(name: str) -> str:
    """A name found in an oblique case, in the nominative: `Руководящим комитетом молодежи
    Северо-Восточной Азии` -> `Руководящий комитет молодежи Северо-Восточной Азии`. The words up
    to the first noun agree with it and are put in the nominative; what follows is a
    complement (molodezhi, in the genitive) and stays as written."""
    words = name.split(" ")
    head = None
    for i, word in enumerate(words):
        if not WORD.fullmatch(word.replace("-", "")):
            break
        readings = parses(word)
        noun = next((p for p in readings if p.tag.POS == "NOUN"), None)
        if noun is not None and readings[0].tag.POS == "NOUN":
            head = (i, noun)
            break
    if head is None:
        return name
    index, noun = head
    case, number = noun.tag.case, noun.tag.number
    out = []
    for i, word in enumerate(words[:index + 1]):
        readings = [p for p in parses(word) if p.tag.case == case and p.tag.number == number] \
            or parses(word)
        parse = readings[0] if i == index else next(
            (p for p in readings if p.tag.POS in ("ADJF", "PRTF")), readings[0])
        wanted = {"nomn"} | ({noun.tag.gender} if i != index and number == "sing" and noun.tag.gender else set())
        inflected = parse.inflect(wanted) or parse.inflect({"nomn"})
        text = inflected.word if inflected else word.lower()
        out.append(_cased(text, word))
    return " ".join(out + words[index + 1:])


def _cased(form: str, like: str) -> str:
    """`form` written with the capitals of `like`: the first letter, or all for an acronym."""
    if like.isupper() and len(like) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if like[:1].isupper() else form
