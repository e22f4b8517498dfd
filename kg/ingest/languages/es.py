"""How Spanish reports mark their parts and front page."""
from __future__ import annotations

import re
from functools import partial

from kg.ingest.languages import apostrophe_thousands
from kg.ingest.markers import Markers, Period, iso_date, month_period, stated_period

MONTHS = {m: i for i, m in enumerate(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), 1)}
MONTHS["setiembre"] = 9  # the older spelling, still printed in some reports
_M = "(" + "|".join(MONTHS) + ")"
_D = r"(\d{1,2})(?:º|°|o\b)?"
# "del 1 de julio de 2020 al 30 de junio de 2021", "entre el 1 de julio de 2020 y el 30 de junio de 2021"
PERIOD = re.compile(r"\b(?:del|entre\s+el|desde\s+el)\s+" + _D + r"(?:\s+de\s+" + _M + r")?(?:\s+de\s+(\d{4}))?"
                    r"\s+(?:al|y\s+el|hasta\s+el)\s+" + _D + r"\s+de\s+" + _M + r"\s+de\s+(\d{4})", re.I)
# a period stated in months: "entre julio de 2009 y junio de 2011", "de julio de 2010 a junio de 2011"
MONTH_PERIOD = re.compile(r"\b(?:entre|de|desde)\s+" + _M + r"(?:\s+(?:de(?:l)?\s+)?(\d{4}))?\s+(?:y|a|hasta)\s+"
                          + _M + r"\s+de(?:l)?\s+(\d{4})", re.I)
YEAR_PERIOD = re.compile(r"\b(?:actividades|labor|trabajo)\b[^.]{0,80}?\b(?:en|durante)\s+(?:el\s+(?:año\s+)?)?"
                         r"((?:19|20)\d{2})\b")

# Spanish ordinals as the UN writes session numbers: "septuagésimo sexto", "quincuagésimo tercer",
# "vigésimo primer", older one-word forms "decimoséptimo", and cardinals in compounds.
UNITS = {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
         "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
         "séptimo": 7, "séptima": 7, "sétimo": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9,
         "nono": 9, "décimo": 10, "décima": 10, "undécimo": 11, "undécima": 11, "duodécimo": 12,
         "duodécima": 12}
TENS = {"décimo": 10, "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50,
        "sexagésimo": 60, "septuagésimo": 70, "octogésimo": 80, "nonagésimo": 90, "centésimo": 100}
TENS |= {word[:-1] + "a": value for word, value in TENS.items()}  # feminine: "septuagésima"


def _plain(word: str) -> str:
    """Accents dropped, so a copy that lost them (septuagesimo) still reads."""
    return word.translate(str.maketrans("áéíóú", "aeiou"))


_UNITS = {_plain(w): v for w, v in UNITS.items()}
_TENS = {_plain(w): v for w, v in TENS.items()}


def es_ordinal(text: str) -> int | None:
    """Septuagésimo sexto -> 76, vigésimo primer -> 21, decimoséptimo -> 17, centésimo -> 100."""
    total = 0
    for word in re.split(r"[\s-]+", _plain(text.lower()).strip()):
        if not word:
            continue
        if word in _UNITS or word in _TENS:
            total += _UNITS.get(word) or _TENS[word]
            continue
        joined = re.fullmatch(r"(decimo|decima|vigesimo|vigesima)(\w+)", word)  # decimoséptimo
        if joined and joined.group(2) in _UNITS:
            total += _TENS[joined.group(1)] + _UNITS[joined.group(2)]
            continue
        return None
    return total or None


def find_range(text: str) -> Period:
    """The first period the text states, in days or in months (an event's dates come after it)."""
    found = PERIOD.search(text)
    end = found.start() if found else len(text)
    for in_months in MONTH_PERIOD.finditer(text, 0, end):
        m1, y1, m2, y2 = in_months.groups()
        start, last = month_period(MONTHS[m1.lower()], y1, MONTHS[m2.lower()], y2)
        if start:
            return start, last
    if found:
        d1, m1, y1, d2, m2, y2 = found.groups()
        return iso_date(y1 or y2, MONTHS[(m1 or m2).lower()], d1), iso_date(y2, MONTHS[m2.lower()], d2)
    return None, None


_ORDINAL_WORD = r"[A-ZÁÉÍÓÚ]?[a-záéíóú]+(?:(?:\s+|-)[a-záéíóú]+)?"
MARKERS = Markers(
    normalise=apostrophe_thousands,  # "1'250.000", "250'000": a typist's apostrophes group thousands
    summary=re.compile(r"^\s*Resumen\s*$", re.I),  # "RESUMEN" in older reports
    chapter=re.compile(r"^\s*([IVX]+)\s*\.\s+(\S.{0,60})$"),
    annex=re.compile(r"^\s*(?:Anexo|ANEXO)(?:\s+[IVX]+)?\s*$"),  # older reports print headings in capitals
    # a note transmits the report: it ends the front page as the report's own line does
    report_of=re.compile(r"^\s*(?:Informe|Nota) del Secretario General\s*$", re.I),
    note_of=re.compile(r"^\s*Nota del Secretario General\s*$", re.I),
    session=re.compile(r"\b(" + _ORDINAL_WORD + r")\s+per[ií]odo\s+(?:ordinario\s+)?de\s+sesiones\b"),
    agenda=re.compile(r"\bTemas?\s+(\d+\s*(?:\(?\s*[a-z]\s*\))?)(?=\s+(?:de(?:l)?|y|e)\s|,)", re.I),
    unit=re.compile(r"^\s*\(\s*(?:En\s+miles\s+de\s+|miles\s+de\s+)?((?:En\s+)?(?:dólares|euros|francos suizos)[^()]{0,40}?)\s*\)\s*$", re.I),
    thousands=re.compile(r"\bmiles\s+de\b", re.I),  # "(En miles de dólares de los Estados Unidos)"
    statement_heading=re.compile(r"^(?:Menos\s*:?\s*)?"
                                 r"(?:Ingresos|Gastos|Egresos)(?:\s+y\s+reembolsos)?\s*:?$", re.I),
    ordinal=es_ordinal,
    period=partial(stated_period, stated_range=find_range, year_covered=YEAR_PERIOD),
    resolution=re.compile(r"Resoluci(?:ón|ones) aprobadas? por la Asamblea General"),
    # "Carta de fecha 29 de diciembre de 2016 dirigida al Presidente del Consejo de Seguridad por …"
    letter=re.compile(r"^\s*(?:Cartas?\s+idénticas\s+)?Cartas?\s+de\s+fecha\b[\s\S]{0,300}?\bdirigidas?\b", re.M),
)
