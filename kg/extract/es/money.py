"""Money and posts in Spanish reports: contributions with amounts, who funds what, posts by
grade, and the names of the trust-fund statement's lines."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.es.numbers import WORD_NUMBERS, amount, number
from kg.extract.facts import Entity, Post, Source
from kg.extract.money import MoneyWords, ThanksWords, find_contributions, find_fundings
from kg.extract.sentences import split_sentences
from kg.ingest.document import Paragraph
from kg.reference import NameMatch

# unit as printed (the annex's unit line, or beside an amount) -> ISO 4217
CURRENCIES = {"En dólares de los Estados Unidos": "USD", "En dólares de los EE.UU.": "USD", "En dólares de los EE. UU.": "USD", "dólares de los Estados Unidos": "USD",
              "En dólares de los Estados Unidos de América": "USD", "dólares de los Estados Unidos de América": "USD",
              "En dólares": "USD", "dólares": "USD", "dólar": "USD", "dólares EE. UU.": "USD", "USD": "USD",
              "US$": "USD", "$": "USD", "EUR": "EUR", "€": "EUR", "euros": "EUR", "En euros": "EUR",
              "francos suizos": "CHF", "CHF": "CHF", "yenes": "JPY"}
# other donors' currencies, as the UN's Spanish names them ("500.000 coronas suecas")
OTHER_CURRENCIES = {"coronas suecas": "SEK", "coronas noruegas": "NOK", "coronas danesas": "DKK",
                    "dólares canadienses": "CAD", "dólares australianos": "AUD", "dólares neozelandeses": "NZD",
                    "libras esterlinas": "GBP", "yuanes": "CNY", "yuan": "CNY", "wones": "KRW", "won": "KRW",
                    "rupias": "INR"}
CURRENCIES |= OTHER_CURRENCIES
_OTHER = "|".join(sorted(map(re.escape, OTHER_CURRENCIES), key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:,\d+)?"
_MULT = r"(?:millones|millón|mil)"
AMOUNT = re.compile(rf"(?P<cur>US\$|\$|USD|EUR|€|CHF)\s?(?P<n>{_NUMBER})(?:\s+(?:de\s+)?(?P<mult>{_MULT}))?"
                    rf"|(?P<n2>{_NUMBER})\s*(?:(?P<mult2>{_MULT})\s+(?:de\s+)?)?"
                    rf"(?P<cur2>{_OTHER}|dólares(?: de los Estados Unidos(?: de América)?| EE\. ?UU\.)?|euros|francos suizos|yenes)")
MULTIPLIERS = {"millones": 1_000_000, "millón": 1_000_000, "mil": 1_000}
REFUND = re.compile(r"\breembols|\bdevoluci[oó]n|\bdevuelt|\breintegr", re.I)
IN_KIND = re.compile(r"\ben especie\b", re.I)
GIVING = re.compile(r"contribu|don[oóa]|donaci|reembols|devoluc|aport|proporcion|promet|recibi|subvenci|financ",
                    re.I)
TOTAL = re.compile(r"\b(?:total\w*|en conjunto|en suma|suma de|por un total|un monto total)\b", re.I)
_UP = "A-ZÁÉÍÓÚÑ"
# one party's clause ends at ";", ":", ", de los cuales", before the next amount (", 10.000
# dólares por …", "y 7.500 dólares por …") and before the next name
_NEXT_GIFT = r"(?=\d[\d.,\s]*(?:millones |mil )?(?:de )?(?:dólares|euros)[^,;]{0,40}?\bpor\b)"
CLAUSE = re.compile(rf"[;:]|,\s*(?=de los cuales|de ellos|de ellas|entre ellos)|,\s*{_NEXT_GIFT}|\b[ye]\s+{_NEXT_GIFT}|,?\s+incluid[oa]s?\b|\b[ye]\b(?=\s+(?:de\s+|a\s+|al\s+|del\s+)?(?:(?:el|la|los|las)\s+)?[{_UP}])"
                    rf"|,(?=\s*(?:[ye]\s+)?(?:(?:el|la|los|las|al|del)\s+)?[{_UP}])")

THANKS = re.compile(r"\b(?:da las gracias|agradece|expresa su (?:agradecimiento|gratitud|reconocimiento)|"
                    r"reconoce|valora)\s+(?:también\s+|asimismo\s+)?(?:(?:a|al)\s+)?(?P<who>[^.]{2,200}?)\s+"
                    r"(?:por|que)\b")
GIVE_TO = re.compile(rf"\b(?:a|al)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?P<to>[^.,;]{{2,80}}?)(?=,|\.|;| a | para | en | que |$)")

# "El puesto de Director (P-5)": an article counts one
_COUNT = r"\b(?P<count>\d+|(?i:el|la)(?=\s+(?:puesto|plaza|cargo)\b)|(?i:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r"))\b"
_POST = r"(?:puestos?|plazas?|cargos?|funcionari[oa]s?)"
POST_GRADED = re.compile(_COUNT + r"\s+(?:nuev[oa]s?\s+|otr[oa]s?\s+)?" + _POST + r"\s+(?:adicionales?\s+)?"
                         r"(?:de\s+|del\s+)?(?P<title>[^();.\d]{0,90}?)\s*\(\s*(?P<grade>[A-Z]{1,3}-[A-Z0-9]{1,2})")
POST_GS = re.compile(_COUNT + r"\s+(?:otr[oa]s\s+)?" + _POST + r"\s+(?:adicionales\s+)?(?:local(?:es)?\s+|de contratación local\s+)?"
                     r"(?:del\s+|de\s+)?(?:Cuadro\s+de\s+|categoría\s+de\s+)?(?P<title>Servicios\s+Generales)\b"
                     r"(?!\s*\(\s*[A-Z]{1,3}-)", re.I)
POST_BARE = re.compile(_COUNT + r"\s+(?:" + _POST + r"\s+)?(?:de\s+)?(?:(?:la\s+)?categoría\s+)?"
                       r"(?P<grade>(?:P|D|G|SG|SM|FS|NO)-[A-Z0-9]{1,2})\b(?!\s*\))")
FUNDED_BY = re.compile(r"\b(?:(?:financiad|sufragad|costead|pagad)[oa]s?|se financian?|se sufragan?)\s+"
                       r"(?:con cargo a(?:l)?|por|mediante|a través de|con (?:fondos|recursos|"
                       r"(?:las )?contribuciones(?: voluntarias)?|aportaciones) (?:de|del|aportad[oa]s por))\s+(?:el\s+|la\s+|los\s+|las\s+)?(?P<who>[^.;,]{2,80}?)(?=,|\.|;| y | mediante |$)")
REGULAR_BUDGET = re.compile(r"presupuesto ordinario|presupuesto regular", re.I)
PAYS_FOR = re.compile(r"\b(?:financia|financian|financiar|financió|financiaron|sufraga|sufragan|sufragar|sufragó|costea|costeó|"
                      r"paga|pagó|cubre|cubrió|aporta|aportó)\b")

STATEMENT_LINES = [
    ("total-expenses", re.compile(r"total de (?:gastos|egresos)|gastos (?:y reembolsos )?totales|total gastos", re.I)),
    ("total-revenue", re.compile(r"total de ingresos|ingresos totales|total ingresos", re.I)),
    ("opening-balance", re.compile(r"(?:acumulad|saldo|fondo|reserva).*(?:1\s*(?:º|°)?\s*de enero|inicio|comienzo|apertura)"
                                   r"|saldo inicial|saldo arrastrado|saldo de apertura", re.I)),
    ("closing-balance", re.compile(r"(?:acumulad|saldo|fondo|reserva).*(?:31 de diciembre|final|cierre)|saldo final|"
                                   r"saldo al cierre|saldo de cierre", re.I)),
    ("net-result", re.compile(r"super[aá]vit|d[eé]ficit|excedente|exceso de|insuficiencia|resultado neto|ingresos netos|"
                              r"diferencia|ingresos menos (?:los )?gastos", re.I)),
    ("voluntary-contributions", re.compile(r"contribuciones voluntarias|contribuciones", re.I)),
    ("investment-revenue", re.compile(r"inversi|inter[eé]s", re.I)),
    ("other-revenue", re.compile(r"otros ingresos|ingresos varios|ingresos diversos|varios|economías|ahorros", re.I)),
    ("refunds", re.compile(r"reembols|devoluci", re.I)),
    ("operating-expenses", re.compile(r"funcionamiento|gastos|operaci", re.I)),
]


def _amount(found: re.Match) -> tuple[float, str]:
    digits = found.group("n") or found.group("n2")
    mult = found.group("mult") or found.group("mult2") or ""
    unit = found.group("cur") or found.group("cur2") or "$"
    currency = CURRENCIES.get(unit, "USD" if unit.startswith("dólar") else "USD")
    return amount(digits, scaled=bool(mult)) * MULTIPLIERS.get(mult, 1), currency


def year_in_text(text: str) -> int | None:
    found = re.search(r"\b((?:19|20)\d{2})\b", text)
    return int(found.group(1)) if found else None


WORDS = MoneyWords(code="es", amount=AMOUNT, value=_amount, clause=CLAUSE, total=TOTAL, refund=REFUND,
                   in_kind=IN_KIND, giving=GIVING, year=year_in_text)
contributions = partial(find_contributions, WORDS)


fundings = partial(find_fundings, ThanksWords(
    code="es", thanks=THANKS, support=re.compile(r"contribuci|apoyo|financ|en especie|aportaci", re.I),
    give_to=GIVE_TO, qualifier=re.compile(r"(?!x)x")))


def posts(paragraph: Paragraph, mentions: list[NameMatch], excluded: set[str],
          un: Entity | None) -> list[Post]:
    out = []
    offset = 0
    for sentence in split_sentences(paragraph.text, "es"):
        offset = paragraph.text.find(sentence.text, offset)
        groups = [(m.group("grade"), m, m.group("title")) for m in POST_GRADED.finditer(sentence.text)]
        groups += [("GS", m, "Servicios Generales") for m in POST_GS.finditer(sentence.text)]
        groups += [(m.group("grade"), m, m.group("grade")) for m in POST_BARE.finditer(sentence.text)
                   if not any(g[1].start() <= m.start() < g[1].end() for g in groups)]
        if not groups or not re.search(r"\bpuestos?\b|\bplazas?\b|\bpersonal\b|\bfuncionari|financ|presupuesto|sufrag",
                                       sentence.text, re.I):
            continue
        for grade, found, title in groups:
            count = 1 if found.group("count").lower() in ("el", "la") else number(found.group("count"))
            funder = _funder(sentence.text, offset, found.end(), mentions, excluded, un)
            out.append(Post(grade, count, funder, title.strip(), Source(paragraph.key, sentence.text)))
    return out


def _funder(text: str, offset: int, after: int, mentions: list[NameMatch], excluded: set[str],
            un: Entity | None) -> Entity | None:
    """Who pays for the posts: named after them (`financiado por X`), the regular budget
    anywhere in the sentence (`Con cargo al presupuesto ordinario se financian …`), else the body
    named before the paying verb (`X sufraga el costo de …`)."""
    inside = [m for m in mentions if offset <= m.start and m.end <= offset + len(text)
              and m.entity.kind in ("Country", "Organization") and m.entity.key not in excluded]
    for funded in FUNDED_BY.finditer(text, after):
        named = [m.entity for m in inside if m.end > offset + funded.start("who") and m.start < offset + funded.end("who")]
        if named:
            return named[0]
        if REGULAR_BUDGET.search(funded.group("who")):
            return un
    if REGULAR_BUDGET.search(text):
        return un
    pays = PAYS_FOR.search(text)
    if pays:
        before = [m.entity for m in inside if m.start < offset + pays.start()]
        if before:
            return before[-1]
    return None
