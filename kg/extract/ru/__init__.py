"""The rules for reports in Russian. Names inflect, so they are matched through pymorphy3
lemmas (kg/extract/ru/morphology.py); everything else is the shared reader with Russian words."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.activities import read_activities
from kg.extract.ru import lexicon
from kg.extract.ru.dates import date_in_label
from kg.extract.ru.money import CURRENCIES, STATEMENT_LINES, contributions, fundings, posts, WORDS
from kg.extract.ru.names import RussianNames
from kg.extract.rules import LanguageRules
from kg.extract.statement import name_line
from kg.extract.summary import merge_summary


def year_in_text(text: str) -> int | None:
    found = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
    return int(found.group(1)) if found else None


RULES = LanguageRules(
    code="ru", names=RussianNames, activities=partial(read_activities, lexicon),
    merge_summary=partial(merge_summary, lexicon), contributions=contributions, fundings=fundings,
    posts=posts, statement_line=partial(name_line, STATEMENT_LINES), currencies=CURRENCIES,
    report_online=lexicon.REPORT_ONLINE, date_in_label=date_in_label, year_in_text=year_in_text,
    event_reference=lexicon.EVENT_REFERENCE,
    money_words=WORDS, funded_by_description=lexicon.FUNDED_BY_DESCRIPTION,
)
