"""The rules for reports in French."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.activities import read_activities
from kg.extract.fr import lexicon
from kg.extract.fr.dates import date_in_label
from kg.extract.fr.money import CURRENCIES, STATEMENT_LINES, contributions, fundings, posts, WORDS
from kg.extract.fr.names import FrenchNames
from kg.extract.rules import LanguageRules
from kg.extract.statement import name_line
from kg.extract.summary import merge_summary


def year_in_text(text: str) -> int | None:
    found = re.search(r"\b((?:19|20)\d{2})\b", text)
    return int(found.group(1)) if found else None


RULES = LanguageRules(
    code="fr", names=FrenchNames, activities=partial(read_activities, lexicon),
    merge_summary=partial(merge_summary, lexicon), contributions=contributions, fundings=fundings,
    posts=posts, statement_line=partial(name_line, STATEMENT_LINES), currencies=CURRENCIES,
    report_online=lexicon.REPORT_ONLINE, date_in_label=date_in_label, year_in_text=year_in_text,
    event_reference=lexicon.EVENT_REFERENCE, funded_by_reference=lexicon.FUNDED_BY_REFERENCE,
    money_words=WORDS,
)
