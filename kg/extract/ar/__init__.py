"""The rules for reports in Arabic."""
from __future__ import annotations

from functools import partial

from kg.extract.activities import read_activities
from kg.extract.ar import lexicon
from kg.extract.ar.dates import date_in_label
from kg.extract.ar.money import CURRENCIES, STATEMENT_LINES, contributions, fundings, posts, year_in_text, WORDS
from kg.extract.ar.names import ArabicNames
from kg.extract.rules import LanguageRules
from kg.extract.statement import name_line
from kg.extract.summary import merge_summary

RULES = LanguageRules(
    code="ar", names=ArabicNames, activities=partial(read_activities, lexicon),
    merge_summary=partial(merge_summary, lexicon), contributions=contributions, fundings=fundings,
    posts=posts, statement_line=partial(name_line, STATEMENT_LINES), currencies=CURRENCIES,
    report_online=lexicon.REPORT_ONLINE, date_in_label=date_in_label, year_in_text=year_in_text,
    event_reference=lexicon.EVENT_REFERENCE,
    money_words=WORDS,
)
