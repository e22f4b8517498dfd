"""How French reports mark their parts and front page."""
from __future__ import annotations

import re
from calendar import monthrange
from functools import partial

from kg.ingest.languages import apostrophe_thousands
from kg.ingest.markers import Markers, Period, after_prefix, iso_date, stated_period

MONTHS = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)}
MONTHS |= {m.replace("é", "e").replace("û", "u"): i for m, i in MONTHS.items()}  # copies that lost accents
_M = "(" + "|".join(MONTHS) + ")"
_D = r"(\d{1,2})(?:er)?"
# "du 1er juillet 2020 au 30 juin 2021", "entre le 1er juillet 2015 et le 30 juin 2016"
PERIOD = re.compile(r"\b(?:du|entre\s+le)\s+" + _D + r"(?:\s+" + _M + r")?(?:\s+(\d{4}))?\s+(?:au|et\s+le)\s+" + _D
                    + r"\s+" + _M + r"\s+(\d{4})", re.I)
YEAR_PERIOD = re.compile(r"\b(?:activités|travaux)\b[^.]{0,80}?\b(?:en|pendant|durant|au cours de)\s+(?:l['’]année\s+)?((?:19|20)\d{2})\b")
UNITS = {"premier": 1, "première": 1, "unième": 1, "deux": 2, "deuxième": 2, "second": 2, "trois": 3,
         "troisième": 3, "quatre": 4, "quatrième": 4, "cinq": 5, "cinquième": 5, "six": 6, "sixième": 6,
         "sept": 7, "septième": 7, "huit": 8, "huitième": 8, "neuf": 9, "neuvième": 9, "dix": 10,
         "dixième": 10, "onze": 11, "onzième": 11, "douze": 12, "douzième": 12, "treize": 13,
         "treizième": 13, "quatorze": 14, "quatorzième": 14, "quinze": 15, "quinzième": 15, "seize": 16,
         "seizième": 16}
TENS = {"vingt": 20, "vingtième": 20, "trente": 30, "trentième": 30, "quarante": 40, "quarantième": 40,
        "cinquante": 50, "cinquantième": 50, "soixante": 60, "soixantième": 60,
        "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingtième": 80}


def fr_ordinal(text: str) -> int | None:
    """Soixante-seizième -> 76, quatre-vingt-dixième -> 90."""
    words = [w for w in re.split(r"[-\s]+", text.lower()) if w and w != "et"]
    total, i = 0, 0
    while i < len(words):
        pair = "-".join(words[i:i + 2])
        if pair in TENS:  # quatre-vingt is one number, not four and twenty
            total += TENS[pair]
            i += 2
        elif words[i] in TENS or words[i] in UNITS:
            total += TENS.get(words[i]) or UNITS[words[i]]
            i += 1
        else:
            return None
    return total or None


# "de juillet 2019 à juin 2020": whole months
MONTH_PERIOD = re.compile(r"\b(?:du mois\s+)?d(?:e\s+|['’])" + _M + r"(?:\s+(\d{4}))?\s+(?:à|au mois de)\s+" + _M
                          + r"\s+(\d{4})", re.I)


# a PDF copy sets the superscript of "1er" apart ("du 1 er juillet 2019"), an OCR'd scan reads its
# "1" as an "l" ("du ler juillet 1996"): one word again, the day it is
SPLIT_FIRST = re.compile(r"\b(?:1\s+er|ler)(?=\s+(?:" + _M + r"|au|et|à)\b)", re.I)  # "du 1 er au 3 juin"
# an OCR'd scan sets the elided article apart from its apostrophe ("l 'Assemblée", "d 'Afrique")
SPLIT_ELISION = re.compile(r"\b([cdjlmnst]|qu)\s+(['’])(?=\w)", re.I)


def join_split_first(text: str) -> str:
    """`1 er juillet` (a superscript copied as a word of its own) and `ler juillet` (an OCR's
    reading of it) -> `1er juillet`; `l 'Assemblée` -> `l'Assemblée`; `250'000` -> `250 000`."""
    return apostrophe_thousands(SPLIT_ELISION.sub(r"\1\2", SPLIT_FIRST.sub("1er", text)))


def find_range(text: str) -> Period:
    """The first period the text states, in days or in months (an event's dates come after it)."""
    found = PERIOD.search(text)
    in_months = MONTH_PERIOD.search(text, 0, found.start() if found else len(text))
    if found and not in_months:
        d1, m1, y1, d2, m2, y2 = found.groups()
        return iso_date(y1 or y2, MONTHS[(m1 or m2).lower()], d1), iso_date(y2, MONTHS[m2.lower()], d2)
    found = in_months
    if found:
        m1, y1, m2, y2 = found.groups()
        first, last = MONTHS[m1.lower()], MONTHS[m2.lower()]
        start_year = int(y1) if y1 else int(y2) - (first > last)
        return iso_date(start_year, first, 1), iso_date(y2, last, monthrange(int(y2), last)[1])
    return None, None


MARKERS = Markers(
    summary=re.compile(r"^\s*R[ée]sum[ée]\s*$", re.I),  # "RÉSUMÉ" in older reports
    chapter=re.compile(r"^\s*([IVX]+)\s*\.\s+(\S.{0,60})$"),
    annex=re.compile(r"^\s*(?:Annexe|ANNEXE)(?:\s+[IVX]+)?\s*$"),  # older reports print headings in capitals
    # a note transmits the report: it ends the front page as the report's own line does
    report_of=re.compile(r"^\s*(?:Rapport|Note) du Secr[ée]taire g[ée]n[ée]ral\s*$", re.I),
    note_of=re.compile(r"^\s*Note du Secr[ée]taire g[ée]n[ée]ral\s*$", re.I),
    # "Soixante-seizième session", "Soixante et onzième session"
    session=re.compile(r"\b([A-ZÉ][a-zéèêàâ]+(?:(?:-|\s+et\s+)[a-zéèêàâ]+)*)\s+session\b"),
    # "Point 102 d) de l'ordre du jour"; a resolution's front page writes "Point 67, f, de l'ordre du jour"
    agenda=re.compile(r"\bPoint\s+(\d+\s*(?:\(?\s*[a-z]\s*\)|,\s*[a-z]\s*,)?)", re.I),
    unit=re.compile(r"^\s*\(\s*(?:en\s+milliers\s+de\s+|milliers\s+de\s+)?((?:en\s+)?dollars(?: des États-Unis)?|\$ É\.-U\.|euros)\s*\)\s*$", re.I),
    thousands=re.compile(r"\bmilliers\s+de\b", re.I),  # "(En milliers de dollars des États-Unis)"
    statement_heading=re.compile(r"^(?:Moins\s*:?\s*)?"
                                 r"(?:Recettes|Produits|Dépenses|Charges)(?:\s+et\s+remboursements)?\s*:?$", re.I),
    ordinal=fr_ordinal,
    normalise=join_split_first,
    period=partial(stated_period, stated_range=find_range, year_covered=YEAR_PERIOD),
    # a wrapped title: the line goes on in lower case ("… en Asie et" / "dans le Pacifique"), or
    # the line before ends on a word no title ends with ("… le désarmement en" / "Afrique")
    title_wraps=re.compile(r"\n[a-zàâçéèêëîïôûùüÿœæ]|\b(?i:en|et|de|du|des|la|le|les|pour|dans|sur|à|au|aux|"
                           r"d['’]|l['’])\s*\n"),
    resolution=re.compile(r"Résolution adoptée par l['’]Assemblée générale"),
    kept_hyphen=partial(after_prefix, prefixes=frozenset({"non"})),  # non-prolifération, non-violence
    # "Lettre datée du 29 décembre 2016, adressée au Président du Conseil de sécurité par …"
    letter=re.compile(r"^\s*(?:Lettres?\s+identiques\s+)?Lettres?\s+datées?\b[\s\S]{0,300}?\badressées?\b", re.M),
)
