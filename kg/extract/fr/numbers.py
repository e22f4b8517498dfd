"""French numbers as reports write them: digits with spaces between thousands and a decimal
comma (`48 250`, `73,6`), or words (`vingt participants`, `vingt-cinq`, `quatre-vingts`)."""
from __future__ import annotations

import re

UNITS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
         "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
         "quatorze": 14, "quinze": 15, "seize": 16}
TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
HUNDREDS = {"cent": 100, "cents": 100}
# the words a number in words may be made of, longest first, for patterns
WORDS = sorted(set(UNITS) | set(TENS) | set(HUNDREDS) | {"mille"}, key=lambda word: (-len(word), word))  # longest first, in a fixed order
WORD_NUMBER = (r"(?:(?:" + "|".join(WORDS) + r")(?:[-\s](?:et[-\s])?(?:" + "|".join(WORDS) + r"))*)")


# round counts: "une quarantaine de participants" is about forty
ROUND = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
         "cinquantaine": 50, "soixantaine": 60, "centaine": 100}
APPROXIMATE = r"(?:" + "|".join(ROUND) + r")"


def words_to_int(text: str) -> int | None:
    """`vingt` -> 20, `vingt-cinq` -> 25, `soixante-dix` -> 70, `quatre-vingt-douze` -> 92,
    `deux cents` -> 200; None when a word is not a number."""
    total, current, previous = 0, 0, ""
    for word in re.split(r"[-\s]+", text.lower().strip()):
        if word in ("", "et"):
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS and previous == "quatre" and TENS[word] == 20:
            current += 4 * 20 - 4  # quatre-vingts is four twenties
        elif word in TENS:
            current += TENS[word]
        elif word in HUNDREDS:
            current = max(current, 1) * 100
        elif word == "mille":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        previous = word
    return total + current


def number(text: str) -> int:
    """A count as written: `41`, `1 200`, `vingt`."""
    digits = re.sub(r"[\s\u00a0\u202f.]", "", text)
    if digits.isdigit():
        return int(digits)
    value = ROUND.get(re.sub(r"^une\s+", "", text.strip().lower())) or words_to_int(text)
    if value is None:
        raise ValueError(f"not a French number: {text!r}")
    return value


def decimal(text: str) -> float:
    """`48 250` -> 48250.0, `73,6` -> 73.6, `1.250.000` -> 1250000.0."""
    text = re.sub(r"[\s\u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):  # points between thousands
        text = text.replace(".", "")
    return float(text.replace(",", "."))
