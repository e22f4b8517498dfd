"""What a language contributes to extraction. Everything else is shared (kg/extract/report.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Protocol

from kg.extract.money import MoneyWords
from kg.extract.facts import Activity, Contribution, Entity, Finding, Funding, Post
from kg.ingest.document import Document, Paragraph
from kg.reference import Gazetteer, NameMatch


class NameFinder(Protocol):
    def find(self, text: str) -> list[NameMatch]: ...


@dataclass(frozen=True)
class LanguageRules:
    code: str  # ISO 639-1
    names: Callable[[Gazetteer, Entity | None], NameFinder]
    # (paragraph, its names, document, subject, countries listed per footnote) -> activities, findings
    activities: Callable[[Paragraph, list[NameMatch], Document, Entity | None, dict[str, list[Entity]]],
                         tuple[list[Activity], list[Finding]]]
    merge_summary: Callable[[list[Activity], list[Paragraph], dict[str, list[NameMatch]], Entity | None], list[Activity]]
    contributions: Callable[[Paragraph, list[NameMatch], int | None, set[str]], list[Contribution]]
    fundings: Callable[[Paragraph, list[NameMatch], Entity | None, set[str]], list[Funding]]
    # (paragraph, mentions, excluded, the UN, *, own_fund=the centre's trust fund) -> posts
    posts: Callable[..., list[Post]]
    statement_line: Callable[[str], str | None]  # printed label -> contract line name
    currencies: dict[str, str]  # unit as printed -> ISO 4217
    report_online: re.Pattern[str]  # "all activities were held online this period"
    date_in_label: Callable[[str], str | None]  # a full date written in a text, ISO
    year_in_text: Callable[[str], int | None]
    # a block that opens by pointing at the event before it ("Cet atelier …", "This workshop …")
    event_reference: re.Pattern[str] | None = None
    # a later paragraph's clause that points back to a paragraph's activity and names who paid for
    # it ("上文第5段所述培训班由挪威政府资助"): groups number, clause, noun (kg/extract/back_references.py)
    funded_by_reference: re.Pattern[str] | None = None
    # a later sentence naming activities by kind and place and who paid for them ("The training course in
    # Nairobi … were funded by the European Union"): the funding sentence (groups `refs`, `clause`) and
    # one event named by place (groups `noun`, `place`); kg/extract/back_references.py
    funded_by_description: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    # the language's amounts with their currency, to read a statement told in a paragraph where a
    # report has no annex table (kg/extract/statement_prose.py); None: not read
    money_words: MoneyWords | None = None
