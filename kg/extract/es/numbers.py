"""Numbers as Spanish reports write them: `48.250` and `48 250` (thousands), `1.080.000,50`
(a comma before decimals), and counts in words (`veinte participantes`, `treinta y seis`)."""
from __future__ import annotations

import re

_UNITS = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
          "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro "
          "veinticinco veintiséis veintisiete veintiocho veintinueve").split()
WORD_NUMBERS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_NUMBERS |= {"un": 1, "una": 1, "veintiún": 21, "veintiuna": 21, "treinta": 30, "cuarenta": 40,
                 "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
                 "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300}
WORD_NUMBERS |= {w.translate(str.maketrans("áéíóú", "aeiou")): n for w, n in list(WORD_NUMBERS.items())}
_TENS = ("treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
# "treinta y seis": tens and a unit joined by y
WORD_NUMBERS |= {f"{t} y {u}": WORD_NUMBERS[t] + WORD_NUMBERS[u] for t in _TENS
                 for u in ("un", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")}


HUNDREDS = {f"{stem}ientos": value for stem, value in (("dosc", 200), ("tresc", 300), ("cuatroc", 400),
                                                       ("quin", 500), ("seisc", 600), ("setec", 700),
                                                       ("ochoc", 800), ("novec", 900))}
HUNDREDS |= {word[:-2] + "as": value for word, value in HUNDREDS.items()} | {"ciento": 100}
WORD_NUMBERS |= HUNDREDS
_SINGLE = sorted((w for w in WORD_NUMBERS if " " not in w and w not in HUNDREDS), key=len, reverse=True)
_BELOW_100 = (r"(?:(?:" + "|".join(_TENS) + r")\s+y\s+(?:" + "|".join(_SINGLE) + r")|" + "|".join(_SINGLE) + ")")
# a count in words, "ciento veinte", "doscientos treinta y cinco" included
WORD_NUMBER = (r"(?:(?:" + "|".join(sorted(HUNDREDS, key=len, reverse=True)) + r")(?:\s+" + _BELOW_100 + r")?\b|"
               + _BELOW_100 + r"\b)")


# round counts: "una veintena de participantes" is about twenty
ROUND = {"decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30, "cuarentena": 40,
         "cincuentena": 50, "centenar": 100}
APPROXIMATE = r"(?:(?:una|un)\s+)?(?:" + "|".join(ROUND) + r")(?=\s+de\s)"


def number(text: str) -> int:
    """A count as written: digits with thousands separators, or words ("ciento veinte": the
    hundreds, tens and unit added up)."""
    text = re.sub(r"\s+", " ", text.strip().lower())
    if text in WORD_NUMBERS:
        return WORD_NUMBERS[text]
    if re.sub(r"^una? ", "", text) in ROUND:
        return ROUND[re.sub(r"^una? ", "", text)]
    words = [w for w in text.split() if w != "y"]
    if words and all(w in WORD_NUMBERS for w in words):
        return sum(WORD_NUMBERS[w] for w in words)
    return int(re.sub(r"[.\s\u00a0\u202f]", "", text))


def amount(text: str, *, scaled: bool = False) -> float:
    """`48.250` -> 48250, `48 250` -> 48250, `1.080.000,50` -> 1080000.5, `12,5` -> 12.5,
    `1,258,595` (an English-style copy) -> 1258595. `3,000` is three thousand unless `scaled`
    (`1,250 millones` is a decimal before a multiplier)."""
    text = re.sub(r"[\s\u00a0\u202f]", "", text)
    if not scaled and re.fullmatch(r"\d{1,3},\d{3}", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+", text):
        return float(text.replace(",", ""))  # commas grouping thousands, a point before decimals
    if "," in text:
        whole, _, decimals = text.rpartition(",")
        return float(whole.replace(".", "") + "." + decimals)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text)
