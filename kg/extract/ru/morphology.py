"""Russian word forms through pymorphy3: lemmas for matching names and activity nouns in any
case, and the nominative of a name found in an oblique case. One analyser per process, made
on first use (it loads its dictionaries), behind these cached functions."""
from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

# A capitalised word is read as a proper noun where the dictionary allows it (Того the
# country, not того the pronoun); these tags mark such readings.
PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}
WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def _parse(word: str):
    parses = analyzer().parse(word)
    if word[:1].isupper():
        # a place before a person's name: Филиппин is the islands, not a woman named Филиппина
        proper = next((p for p in parses if "Geox" in p.tag.grammemes), None) \
            or next((p for p in parses if PROPER & set(p.tag.grammemes)), None)
        if proper is not None:
            return proper
    return parses[0]


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of one word, lower case: союзом -> союз, Непале -> непал."""
    return _parse(word).normal_form.replace("ё", "е")


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
        parses = analyzer().parse(word)
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        if noun is not None and parses[0].tag.POS == "NOUN":
            head = (i, noun)
            break
    if head is None:
        return name
    index, noun = head
    case, number = noun.tag.case, noun.tag.number
    out = []
    for i, word in enumerate(words[:index + 1]):
        parses = [p for p in analyzer().parse(word) if p.tag.case == case and p.tag.number == number] \
            or analyzer().parse(word)
        parse = parses[0] if i == index else next(
            (p for p in parses if p.tag.POS in ("ADJF", "PRTF")), parses[0])
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
