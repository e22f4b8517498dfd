"""Money and posts in French reports: contributions with amounts (`48 250 dollars`,
`1,2 million de dollars des États-Unis`), who funds what, posts by grade (`1 poste de
spécialiste des questions politiques (P-3)`, `2 agents des services généraux`), and the names
of the trust-fund statement's lines."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.fr.numbers import WORD_NUMBER, decimal, number
from kg.extract.money import MoneyWords, ThanksWords, find_contributions, find_fundings
from kg.extract.posts import PostPattern, PostWords, find_posts

CURRENCIES = {"dollars des États-Unis": "USD", "en dollars des États-Unis": "USD", "En dollars des États-Unis": "USD",
              "dollars É.-U.": "USD", "$ É.-U.": "USD", "dollars E.-U.": "USD", "$ E.-U.": "USD", "$É.-U.": "USD", "dollars": "USD", "en dollars": "USD", "En dollars": "USD",
              "$": "USD", "USD": "USD", "euros": "EUR", "en euros": "EUR", "En euros": "EUR", "EUR": "EUR",
              "€": "EUR", "francs suisses": "CHF", "CHF": "CHF", "yens": "JPY", "yen": "JPY"}
# other donors' currencies, as the UN's French names them ("1 000 000 de couronnes norvégiennes")
OTHER_CURRENCIES = {"couronnes suédoises": "SEK", "couronnes norvégiennes": "NOK", "couronnes danoises": "DKK",
                    "dollars canadiens": "CAD", "dollars australiens": "AUD", "dollars néo-zélandais": "NZD",
                    "livres sterling": "GBP", "yuans": "CNY", "yuan": "CNY", "wons": "KRW", "won": "KRW",
                    "roupies": "INR", "francs CFA": "XOF"}
CURRENCIES |= OTHER_CURRENCIES
_NUM = r"(?<![\d,])(?:\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d+)(?:,\d+)?"
_CUR = ("|".join(sorted(map(re.escape, OTHER_CURRENCIES), key=len, reverse=True))
        + r"|dollars des États-Unis|dollars [ÉE]\.-U\.|\$\s?[ÉE]\.-U\.|dollars|euros|francs suisses|yens?"
        + r"|EUR|USD|CHF")  # "1 250 000 EUR": the code after the amount too
AMOUNT = re.compile(rf"(?P<cur>\$(?:\s?[ÉE]\.-U\.)?|USD|EUR|€|CHF)\s?(?P<n>{_NUM})\s*(?P<mult>millions?|milliers|milliards?)?"
                    rf"|(?P<n2>{_NUM})\s*(?:(?P<mult2>millions?|milliers|milliards?)\s+(?:de\s+|d['’])"
                    # "1 000 000 de couronnes": a round amount takes "de" before its unit
                    rf"|de\s+(?=(?:{_CUR})\b)|d['’](?=euros\b))?"  # "2 000 000 d’euros"
                    rf"(?P<cur2>{_CUR})")
MULTIPLIERS = {"million": 1_000_000, "millions": 1_000_000, "milliers": 1_000, "milliard": 1_000_000_000,
               "milliards": 1_000_000_000}
REFUND = re.compile(r"\brembours|\brestitu|\breversé", re.I)
IN_KIND = re.compile(r"\ben nature\b", re.I)
GIVING = re.compile(r"contribu|\bdons?\b|versé|rembours|fourni|annoncé|reçu|subvention|financement|financé|restitu|"
                    r"\ben nature\b|apporté", re.I)
TOTAL = re.compile(r"\b(?:au total|montant total|total\w*|en tout|une somme de)\b", re.I)
_ART = r"(?:de\s+|du\s+|des\s+|d['’])?(?:l['’]|la\s+|le\s+|les\s+)?"  # "de l’Allemagne", "du Canada"
CLAUSE = re.compile(r";|,?\s+dont\b|,?\s+y compris\b|,?\s+ainsi que\b|\bet\s+(?=(?:un|une|des)\s|\d)"
                    r"|\bet\b(?=\s+(?:de\s+|à\s+|au\s+|aux\s+|par\s+)?" + _ART + r"[A-ZÀÂÇÉÈÊÎÔÛ])"
                    r"|,(?=\s*(?:et\s+)?" + _ART + r"[A-ZÀÂÇÉÈÊÎÔÛ])")

THANKS = re.compile(r"\bremercie\s+(?:(?:en outre|également|aussi|vivement|tout particulièrement|sincèrement)\s+)?"
                    r"(?P<who>[^.]{2,200}?)\s+(?:(?:de|pour)\s+(?:l['’]|la\s+|le\s+|les\s+|leurs?\s+|sa\s+|son\s+|ses\s+)"
                    r"|des\s+|de\s+(?=financer|verser|fournir|mettre)|d['’](?=avoir|appui|aide))")
GIVE_TO = re.compile(r"\b(?:au|à|aux)\s+(?:la\s+|l['’])?(?P<to>[^.,;]{2,80}?)(?=,|\.|;| pour | afin | en | lesquelles| qui|$)")

_COUNT = r"(?P<count>\d+|(?i:" + WORD_NUMBER + r"))"
_GRADE = r"(?P<grade>(?:P|D|G|GN|SM|FS|SGA|SSG|NO|NOA|NOB|NOC|NOD|AN)-[A-Z0-9]{1,2})"
POST_GRADED = re.compile(r"(?:" + _COUNT + r"\s+)?(?:postes?\s+(?:supplémentaires?\s+)?(?:de\s+|d['’])?)?(?P<title>(?:(?!\bpostes?\b)[^();.\d]){0,90}?)"
                         r"\s*\(\s*" + _GRADE)
# "un poste P-5", "deux postes de la classe P-3": a grade without brackets
# "deux employés recrutés localement": locally recruited staff are general service
POST_LOCAL = re.compile(_COUNT + r"\s+(?:postes\s+(?:d['’]|de\s+))?(?:agents?|employés?|fonctionnaires?|membres du personnel)\s+"
                        r"(?:locaux|local|recrutés? localement|recrutés? sur le plan local)\b(?!\s*\(\s*[A-Z]{1,3}-)", re.I)
POST_BARE = re.compile(_COUNT + r"\s+postes?\s+(?:supplémentaires?\s+)?(?:de (?:la )?(?:classe|catégorie)\s+)?"
                       r"(?P<grade>(?:P|D|G|SM|FS|NO|AN)-[A-Z0-9]{1,2})\b(?!\s*\))")
POST_GS = re.compile(_COUNT + r"\s+(?:postes?\s+(?:supplémentaires?\s+)?(?:d['’]|de\s+))?(?P<title>agents?|fonctionnaires?)"
                     r"\s+(?:locaux\s+)?(?:des|de la catégorie des)\s+services généraux"
                     r"(?!\s*(?:supplémentaires?\s*)?(?:recrutés? localement\s*)?\(\s*[A-Z]{1,3}-)", re.I)
FUNDED_BY = re.compile(r"\b(?:(?:financée?s?|rémunérée?s?|payée?s?)\s+(?:au moyen d[eu]s?|à l['’]aide d[eu]s?|sur|par|grâce à|à même|"
                       r"au titre d[eu]s?|dans le cadre d[eu]s?)"
                       # "Un administrateur auxiliaire (P-2) est mis à la disposition du Centre par le Gouvernement …"
                       r"|(?:mise?s?|détachée?s?|prêtée?s?)\s+(?:à la disposition\s+)?(?:du Centre(?: régional)?\s+)?par)"
                       r"\s+(?:l['’]|la\s+|le\s+|les\s+)?"
                       r"(?P<who>[^.;,]{2,80}?)(?=,|\.|;| et (?!(?:l['’]|la |le |les )?[A-ZÀÂÇÉÈÊÎÔÛ])|$)")
REGULAR_BUDGET = re.compile(r"budget ordinaire", re.I)
EACH = re.compile(r"\b(?:chacun|chacune|un chacun|respectivement)\b|à raison d['’]un (?:poste )?(?:par|chacun)", re.I)
PAYS_FOR = re.compile(r"\b(?:financer|finance|financent|financé|financés|financée|financées|prend en charge|"
                      r"prennent en charge|prend à sa charge|prennent à leur charge|assume|assument|couvre|couvrent|"
                      r"paie|paye|paient|rémunère|rémunèrent)\b")

STATEMENT_LINES = [
    ("total-expenses", re.compile(r"total des (?:charges|dépenses)|charges et remboursements|total des engagements", re.I)),
    ("total-revenue", re.compile(r"total des (?:produits|recettes|revenus)", re.I)),
    ("opening-balance", re.compile(r"(?:cumul|solde|fonds|réserve).*(?:1(?:er)? janvier|début)|solde d['’]ouverture|"
                                   r"solde initial|solde reporté|report de l['’]exercice", re.I)),
    ("closing-balance", re.compile(r"(?:cumul|solde|fonds|réserve).*(?:31 décembre|fin)|solde de clôture|solde final|"
                                   r"solde au 31", re.I)),
    ("net-result", re.compile(r"excédent|déficit|résultat net|insuffisance|produits nets|"
                              r"excédent des produits sur les charges", re.I)),
    ("voluntary-contributions", re.compile(r"contributions? volontaires?|contributions", re.I)),
    ("investment-revenue", re.compile(r"placements?|intérêts|produits financiers", re.I)),
    ("other-revenue", re.compile(r"autres (?:produits|recettes|revenus)|(?:produits|recettes) (?:divers|accessoires)", re.I)),
    ("refunds", re.compile(r"rembours", re.I)),
    ("operating-expenses", re.compile(r"fonctionnement|charges|dépenses", re.I)),
]


def _amount(found: re.Match) -> tuple[float, str]:
    digits = found.group("n") or found.group("n2")
    mult = found.group("mult") or found.group("mult2") or ""
    currency = CURRENCIES.get(re.sub(r"\s+", " ", found.group("cur") or found.group("cur2") or "$"), "USD")
    return decimal(digits) * MULTIPLIERS.get(mult, 1), currency


def _year(text: str) -> int | None:
    found = re.search(r"\b((?:19|20)\d{2})\b", text)
    return int(found.group(1)) if found else None


WORDS = MoneyWords(code="fr", amount=AMOUNT, value=_amount, clause=CLAUSE, total=TOTAL, refund=REFUND,
                   in_kind=IN_KIND, giving=GIVING, year=_year,
                   listed=re.compile(r"(?<![\d.,])\d+(?:,\d+)?(?!\d)"), number=decimal,
                   respectively=re.compile(r"\brespectivement\b", re.I),
                   table_unit=re.compile(r"\(\s*(?:en\s+)?(?P<cur>dollars des États-Unis|dollars [ÉE]\.-U\.|euros|yens)\s*\)", re.I),
                   currency=lambda unit: CURRENCIES.get(unit.lower(), CURRENCIES.get(unit, "USD")))
contributions = partial(find_contributions, WORDS)


fundings = partial(find_fundings, ThanksWords(
    code="fr", thanks=THANKS, support=re.compile(r"contribution|appui|soutien|financ|en nature|aide|générosité", re.I),
    give_to=GIVE_TO, qualifier=re.compile(r"(?!x)x")))


# "deux postes d'agent des services généraux (G-5 et G-4)": one post at each grade in the bracket
MORE_GRADES = re.compile(r"\s*(?:,|et)\s*(?:P|D|G|GN|SM|FS|NO|AN)-[A-Z0-9]{1,2}\b")
POST_ALSO = re.compile(r"(?<=\d)\s*(?:,|et)\s*" + _GRADE + r"(?=\s*(?:\)|,|et\b))")


def _count(found: re.Match[str]) -> int:
    if "count" not in found.re.groupindex or MORE_GRADES.match(found.string, found.end()):
        return 1
    return number(found.group("count")) if found.group("count") else 1


posts = partial(find_posts, PostWords(
    code="fr", patterns=(PostPattern(POST_GRADED),
                         PostPattern(POST_GS, lambda m: "GS", lambda m: "agent des services généraux"),
                         PostPattern(POST_BARE), PostPattern(POST_ALSO),
                         PostPattern(POST_LOCAL, lambda m: "GS", lambda m: "agent recruté localement")),
    # a grade in brackets speaks of a post too ("Un administrateur auxiliaire (P-2) est mis à la disposition …")
    about=re.compile(r"\bpostes?\b|\bpersonnel\b|financ|budget|agents?\b|employés\b|\((?:P|D|G)-\d"), count=_count,
    regular_budget=REGULAR_BUDGET, pays_for=PAYS_FOR, funded_by=FUNDED_BY, each=EACH,
    # a posts table's row of general service or locally recruited staff ("Agent local  5  Fonds …")
    general_service=re.compile(r"(?:Agents?|Personnel)\s+(?:des\s+services\s+généraux|locale?s?|locaux|recrutés?\s+"
                               r"(?:sur\s+le\s+plan\s+)?locale?(?:ment)?)|Services\s+généraux"),
    # "financés par le Fonds d'affectation spéciale": the report's own fund named short
    own_fund=re.compile(r"\b[Ff]onds d['’]affectation spéciale\b(?!\s+(?:pour|du|de|des)\b)")))
