"""Funders named in a later paragraph that points back to the activity ("上文第5段所述培训班由
挪威政府资助", "the seminar referred to in paragraph 3 above was funded by UNDP"): the bodies the
funding clause names fund the activities of that paragraph. Shared by every language: a
language gives the pattern of such a clause (group `number`: the paragraph's number, group
`clause`: the words that name who paid, group `noun`, where it has one: the event named)."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.facts import Activity, Link, Source
from kg.extract.sentences import split_sentences
from kg.ingest.document import Paragraph
from kg.reference import NameMatch

FUNDER_KINDS = ("Country", "Organization")


def funders_by_reference(activities: list[Activity], paragraphs: list[Paragraph],
                         found: dict[str, list[NameMatch]], pattern: re.Pattern[str] | None,
                         excluded: set[str], language: str) -> list[Activity]:
    """`activities` with the funders that later paragraphs give them by pointing back; each link
    cites the sentence that names the funder."""
    if pattern is None:
        return activities
    given: dict[str, list[tuple[str, Link]]] = {}  # paragraph number -> (event noun, funder link)
    for paragraph in paragraphs:
        if paragraph.part != "body":
            continue
        for clause in pattern.finditer(paragraph.text):
            start, end = clause.span("clause")
            noun = clause.groupdict().get("noun") or ""
            sentence = next((s for s in split_sentences(paragraph.text, language) if s.start <= start < s.end), None)
            source = Source(paragraph.key, sentence.text if sentence else clause.group(0))
            for match in found.get(paragraph.key, []):
                if (start <= match.start and match.end <= end and match.entity.kind in FUNDER_KINDS
                        and match.entity.key not in excluded):
                    given.setdefault(clause.group("number"), []).append((noun, Link("funder", match.entity, source)))
    if not given:
        return activities
    out = []
    for activity in activities:
        new = tuple(link for noun, link in given.get(activity.paragraph, [])
                    if _meant(activity, noun, activities) and link not in activity.links)
        out.append(replace(activity, links=activity.links + new) if new else activity)
    return out


def _meant(activity: Activity, noun: str, activities: list[Activity]) -> bool:
    """Is `activity` the one the clause points to? Of a paragraph's activities, those whose label
    holds the noun the clause names, else all of them."""
    named = [a for a in activities if a.paragraph == activity.paragraph and noun and noun.lower() in a.label.lower()]
    return not named or activity in named
