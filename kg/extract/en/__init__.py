"""The rules for reports in English."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.activities import ParagraphReader, finish
from kg.extract.en import lexicon
from kg.extract.en.dates import MONTHS
from kg.extract.en.money import CURRENCIES, contributions, fundings, posts, statement_line
from kg.extract.en.names import EnglishNames
from kg.extract.facts import Activity, Entity, Finding
from kg.extract.rules import LanguageRules
from kg.extract.summary import merge_summary
from kg.ingest.document import Document, Paragraph
from kg.reference import NameMatch


def activities(paragraph: Paragraph, mentions: list[NameMatch], document: Document,
               subject: Entity | None, footnote_countries: dict[str, list[Entity]]
               ) -> tuple[list[Activity], list[Finding]]:
    drafts = ParagraphReader(lexicon, paragraph, mentions, document, subject, footnote_countries).drafts()
    return [finish(d) for d in drafts], [f for d in drafts for f in d.findings]


def date_in_label(text: str) -> str | None:
    found = re.search(r"(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})", text)
    if found and found.group(2).lower() in MONTHS:
        return f"{int(found.group(3)):04d}-{MONTHS[found.group(2).lower()]:02d}-{int(found.group(1)):02d}"
    return None


def year_in_text(text: str) -> int | None:
    found = re.search(r"\b((?:19|20)\d{2})\b", text)
    return int(found.group(1)) if found else None


RULES = LanguageRules(
    code="en", names=EnglishNames, activities=activities, merge_summary=partial(merge_summary, lexicon),
    contributions=contributions, fundings=fundings, posts=posts, statement_line=statement_line,
    currencies=CURRENCIES, report_online=lexicon.REPORT_ONLINE, date_in_label=date_in_label,
    year_in_text=year_in_text,
)
