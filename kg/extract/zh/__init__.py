"""The rules for reports in Chinese."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.activities import read_activities
from kg.extract.rules import LanguageRules
from kg.extract.statement import name_line
from kg.extract.summary import merge_summary
from kg.extract.zh import lexicon
from kg.extract.zh.money import CURRENCIES, STATEMENT_LINES, WORDS, contributions, fundings, posts
from kg.extract.zh.names import ChineseNames


def date_in_label(text: str) -> str | None:
    found = re.search(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", text)
    return f"{int(found.group(1)):04d}-{int(found.group(2)):02d}-{int(found.group(3)):02d}" if found else None


def year_in_text(text: str) -> int | None:
    found = re.search(r"(\d{4})\s*年", text)
    return int(found.group(1)) if found else None


RULES = LanguageRules(
    code="zh", names=ChineseNames, activities=partial(read_activities, lexicon),
    merge_summary=partial(merge_summary, lexicon), contributions=contributions, fundings=fundings,
    posts=posts, statement_line=partial(name_line, STATEMENT_LINES), currencies=CURRENCIES,
    report_online=lexicon.REPORT_ONLINE, date_in_label=date_in_label, year_in_text=year_in_text,
    event_reference=lexicon.EVENT_REFERENCE, funded_by_reference=lexicon.FUNDED_BY_REFERENCE,
    money_words=WORDS,
)
