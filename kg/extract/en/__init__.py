"""The rules for reports in English."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.activities import read_activities
from kg.extract.en import lexicon
from kg.extract.en.dates import MONTHS
from kg.extract.en.money import CURRENCIES, STATEMENT_LINES, WORDS, contributions, fundings, posts
from kg.extract.en.names import EnglishNames
from kg.extract.rules import LanguageRules
from kg.extract.statement import name_line
from kg.extract.summary import merge_summary


def date_in_label(text: str) -> str | None:
    found = re.search(r"(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})", text)
    if found and found.group(2).lower() in MONTHS:
        return f"{int(found.group(3)):04d}-{MONTHS[found.group(2).lower()]:02d}-{int(found.group(1)):02d}"
    return None


def year_in_text(text: str) -> int | None:
    found = re.search(r"\b((?:19|20)\d{2})\b", text)
    return int(found.group(1)) if found else None


RULES = LanguageRules(
    code="en", names=EnglishNames, activities=partial(read_activities, lexicon),
    merge_summary=partial(merge_summary, lexicon), contributions=contributions, fundings=fundings,
    posts=posts, statement_line=partial(name_line, STATEMENT_LINES), currencies=CURRENCIES,
    report_online=lexicon.REPORT_ONLINE, date_in_label=date_in_label, year_in_text=year_in_text,
    event_reference=lexicon.EVENT_REFERENCE, funded_by_reference=lexicon.FUNDED_BY_REFERENCE,
    money_words=WORDS, funded_by_description=lexicon.FUNDED_BY_DESCRIPTION,
)
