"""Money and posts in Spanish reports: contributions with amounts, who funds what, posts by
grade, and the names of the trust-fund statement's lines."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.es.numbers import WORD_NUMBERS, amount, number
from kg.extract.money import MoneyWords, ThanksWords, find_contributions, find_fundings
from kg.extract.posts import PostPattern, PostWords, find_posts

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
                    "rupias": "INR", "francos CFA": "XOF"}
CURRENCIES |= OTHER_CURRENCIES
_OTHER = "|".join(sorted(map(re.escape, OTHER_CURRENCIES), key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:,\d+)?"
_MULT = r"(?:millones|millón|mil)"
AMOUNT = re.compile(rf"(?P<cur>US\$|\$|USD|EUR|€|CHF)\s?(?P<n>{_NUMBER})(?:\s+(?:de\s+)?(?P<mult>{_MULT}))?"
                    # "5.000.000 de yenes": a round amount takes "de" before its unit
                    rf"|(?P<n2>{_NUMBER})\s*(?:(?P<mult2>{_MULT})\s+(?:de\s+)?|de\s+(?=(?:{_OTHER}|dólares|euros|yenes)\b))?"
                    rf"(?P<cur2>{_OTHER}|dólares(?: de los Estados Unidos(?: de América)?| EE\. ?UU\.)?|euros|francos suizos|yenes"
                    r"|(?:EUR|USD|CHF)\b)")  # "100.000 EUR": the code after the amount too
MULTIPLIERS = {"millones": 1_000_000, "millón": 1_000_000, "mil": 1_000}
REFUND = re.compile(r"\breembols|\bdevoluci[oó]n|\bdevuelt|\bdevolv|\breintegr|\brestitu", re.I)  # "Se devolvieron"
IN_KIND = re.compile(r"\ben especie\b", re.I)
GIVING = re.compile(r"contribu|don[oóa]|donaci|reembols|devoluc|devolv|devuelt|reintegr|restitu|aport|proporcion|promet|recibi|subvenci|financ",
                    re.I)
TOTAL = re.compile(r"\b(?:total\w*|en conjunto|en suma|suma de|por un total|un monto total)\b", re.I)
_UP = "A-ZÁÉÍÓÚÑ"
# one party's clause ends at ";", ":", ", de los cuales", before the next amount (", 10.000
# dólares por …", "y 7.500 dólares por …") and before the next name
_NEXT_GIFT = r"(?=\d[\d.,\s]*(?:millones |mil )?(?:de )?(?:dólares|euros)[^,;]{0,40}?\bpor\b)"
# "y el de México, 10.000 dólares": "el de" stands for the giver named before
# "US$ 45.000 de Alemania y 1.250.000 dólares de la Unión Europea": "y" before an amount opens a gift
CLAUSE = re.compile(rf"[;:]|\b[ye]\s+(?=(?:de\s+)?(?:US\$|\$|EUR|€)?\s?\d[\d.,]*\s*(?:millones\s+|mil\s+)?(?:de\s+)?(?:dólares|euros|yenes|coronas|francos)?\b(?!\s*(?:de|del)\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)))|\b[ye]\s+(?=(?:el|la|los|las)\s+de(?:l)?\s+[{_UP}])|,\s*(?=de los cuales|de ellos|de ellas|entre ellos)|,\s*{_NEXT_GIFT}|\b[ye]\s+{_NEXT_GIFT}|,?\s+incluid[oa]s?\b|\b[ye]\b(?=\s+(?:de\s+|a\s+|al\s+|del\s+)?(?:(?:el|la|los|las)\s+)?[{_UP}])"
                    # "del Japón (…), de Nueva Zelandia (…)": "de" opens the next giver too
                    rf"|,(?=\s*(?:[ye]\s+)?(?:(?:de\s+)?(?:el|la|los|las)\s+|al\s+|del\s+|de\s+)?[{_UP}])")

THANKS = re.compile(r"\b(?:da las gracias|agradece|expresa su (?:agradecimiento|gratitud|reconocimiento)|"
                    r"reconoce|valora)\s+(?:también\s+|asimismo\s+)?(?:(?:a|al)\s+)?(?P<who>[^.]{2,200}?)\s+"
                    r"(?:por|que)\b")
GIVE_TO = re.compile(rf"\b(?:a|al)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?P<to>[^.,;]{{2,80}}?)(?=,|\.|;| a | para | en | que |$)")

# "El puesto de Director (P-5)": an article counts one
_COUNT = r"\b(?P<count>\d+|(?i:el|la)(?=\s+(?:puesto|plaza|cargo)\b)|(?i:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r"))\b"
_POST = r"(?:puestos?|plazas?|cargos?|funcionari[oa]s?)"
POST_GRADED = re.compile(_COUNT + r"\s+(?:nuev[oa]s?\s+|otr[oa]s?\s+)?" + _POST + r"\s+(?:adicionales?\s+)?"
                         r"(?:de\s+|del\s+)?(?P<title>[^();.\d]{0,90}?)\s*\(\s*(?P<grade>[A-Z]{1,3}-[A-Z0-9]{1,2})")
# "un puesto de Auxiliar Administrativo del cuadro de servicios generales": a title may come first
POST_GS = re.compile(_COUNT + r"\s+(?:otr[oa]s\s+)?" + _POST + r"\s+(?:adicionales\s+)?(?:local(?:es)?\s+|de contratación local\s+)?"
                     r"(?:de\s+(?!servicios\b)[a-záéíóú]+(?:\s+[a-záéíóú]+){0,3}?\s+(?=del?\s+(?:cuadro|categoría)))?"
                     r"(?:del\s+|de\s+)?(?:Cuadro\s+de\s+|categoría\s+de\s+)?(?P<title>Servicios\s+Generales)\b"
                     r"(?!\s*\(\s*[A-Z]{1,3}-)", re.I)
# "dos funcionarios de contratación local": locally recruited staff are general service
POST_LOCAL = re.compile(_COUNT + r"\s+(?:funcionari[oa]s|emplead[oa]s|puestos|miembros del personal)\s+"
                        r"(?:de contratación local|locales|contratad[oa]s localmente)\b(?!\s*\(\s*[A-Z]{1,3}-)", re.I)
# "dos puestos: el de Director (P-5) y …": "el de" stands for one post
POST_THAT_OF = re.compile(r"\b(?P<count>[Ee]l|[Ll]a)\s+de\s+(?P<title>[A-ZÁÉÍÓÚ][^();.\d]{0,60}?)\s*\(\s*"
                          r"(?P<grade>[A-Z]{1,3}-[A-Z0-9]{1,2})")
# "El Director (P-5), un Oficial de Asuntos Políticos (P-3)": a post named by its title alone
_TITLES = (r"(?:Director|Jef|Oficial|Auxiliar|Asistente|Secretari|Especialista|Coordinador|Administrador|Asesor|"
           r"Experto|Experta|Analista)")
POST_TITLED = re.compile(r"\b(?P<count>[Ee]l|[Ll]a|[Uu]n|[Uu]na|" + "|".join(w for w in sorted(WORD_NUMBERS, key=len, reverse=True)
                                                           if w not in ("un", "una", "uno"))
                         + r")\s+(?P<title>" + _TITLES + r"[^();.\d]{0,60}?)\s*\(\s*(?P<grade>[A-Z]{1,3}-[A-Z0-9]{1,2})")
POST_BARE = re.compile(_COUNT + r"\s+(?:" + _POST + r"\s+)?(?:de\s+)?(?:(?:la\s+)?categoría\s+)?"
                       r"(?P<grade>(?:P|D|G|SG|SM|FS|NO)-[A-Z0-9]{1,2})\b(?!\s*\))")
FUNDED_BY = re.compile(r"\b(?:(?:(?:financiad|sufragad|costead|pagad|remunerad)[oa]s?|se financian?|se sufragan?)\s+"
                       r"(?:con cargo a(?:l)?|por|mediante|a través de|con (?:fondos|recursos|"
                       r"(?:las )?contribuciones(?: voluntarias)?|aportaciones) (?:de|del|aportad[oa]s por))"
                       # "dos funcionarios … cuyos sueldos sufraga el Gobierno de Nepal"
                       r"|cuy[oa]s? (?:sueldos?|salarios?|puestos?|costos?|gastos?) (?:sufraga|financia|paga|costea)n?"
                       # "un Oficial Adjunto (P-2) puesto a disposición del Centro por el Gobierno de …"
                       r"|(?:puest|cedid|adscrit)[oa]s?\s+(?:a (?:la )?disposición\s+)?(?:del Centro(?: Regional)?\s+)?por)"
                       r"\s+(?:el\s+|la\s+|los\s+|las\s+)?(?P<who>[^.;,]{2,80}?)(?=,|\.|;| y | mediante |$)")
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
    currency = CURRENCIES.get(unit, "USD")  # any other spelling of dólar
    return amount(digits, scaled=bool(mult)) * MULTIPLIERS.get(mult, 1), currency


def year_in_text(text: str) -> int | None:
    found = re.search(r"\b((?:19|20)\d{2})\b", text)
    return int(found.group(1)) if found else None


WORDS = MoneyWords(code="es", amount=AMOUNT, value=_amount, clause=CLAUSE, total=TOTAL, refund=REFUND,
                   in_kind=IN_KIND, giving=GIVING, year=year_in_text,
                   listed=re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])|(?<![\d.,])\d+(?![\d.,])"), number=amount,
                   respectively=re.compile(r"\brespectivamente\b", re.I),
                   table_unit=re.compile(r"\(\s*(?:en\s+)?(?P<cur>dólares de los Estados Unidos|dólares de los EE\.\s?UU\.|dólares|euros|yenes)\s*\)", re.I),
                   currency=lambda unit: "USD" if unit.lower().startswith("dólares") else CURRENCIES.get(unit.lower(), "USD"))
contributions = partial(find_contributions, WORDS)


fundings = partial(find_fundings, ThanksWords(
    code="es", thanks=THANKS, support=re.compile(r"contribuci|apoyo|financ|en especie|aportaci", re.I),
    give_to=GIVE_TO, qualifier=re.compile(r"(?!x)x")))


def _count(found: re.Match[str]) -> int:
    return 1 if found.group("count").lower() in ("el", "la", "un", "una") else number(found.group("count"))


posts = partial(find_posts, PostWords(
    code="es", patterns=(PostPattern(POST_GRADED), PostPattern(POST_GS, lambda m: "GS", lambda m: "Servicios Generales"),
                         PostPattern(POST_BARE), PostPattern(POST_THAT_OF), PostPattern(POST_TITLED),
                         PostPattern(POST_LOCAL, lambda m: "GS", lambda m: "contratación local")),
    about=re.compile(r"\bpuestos?\b|\bplazas?\b|\bpersonal\b|\bfuncionari|financ|presupuesto|sufrag|\((?:P|D|G)-\d", re.I),
    count=_count, regular_budget=REGULAR_BUDGET, pays_for=PAYS_FOR, funded_by=FUNDED_BY, budget_first=True,
    strip=" ",
    # a posts table's row of general service or locally recruited staff ("Personal de contratación local  4  …")
    general_service=re.compile(r"(?:Personal|Funcionarios?)\s+(?:de\s+contratación\s+local|locale?s?|de(?:l\s+Cuadro\s+de)?"
                               r"\s+Servicios\s+Generales)|Servicios\s+Generales|Contratación\s+local"),
    # "financiados con cargo al Fondo Fiduciario": the report's own fund named short
    own_fund=re.compile(r"\bFondo Fiduciario\b(?!\s+(?:para|del|de)\b)")))
