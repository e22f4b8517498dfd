"""Funders named in a later paragraph that points back to the activity ("上文第5段所述培训班由
挪威政府资助", "the seminar referred to in paragraph 3 above was funded by UNDP"): the bodies the
funding clause names fund the activities of that paragraph. Shared by every language: a
language gives the pattern of such a clause (group `number`: the paragraph's number, or group
`this`: a demonstrative opening the paragraph after theirs; group `clause`: the words that name who
paid, group `noun`, where it has one: the event named)."""
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
    given: dict[str, list[tuple[str, Link]]] = {}  # paragraph key -> (event noun, funder link)
    before: list[Paragraph] = []
    for paragraph in paragraphs:
        if paragraph.part != "body":
            continue
        before.append(paragraph)
        for clause in pattern.finditer(paragraph.text):
            keys = _pointed_at(clause, before)
            start, end = clause.span("clause")
            noun = clause.groupdict().get("noun") or ""
            sentence = next((s for s in split_sentences(paragraph.text, language) if s.start <= start < s.end), None)
            source = Source(paragraph.key, sentence.text if sentence else clause.group(0))
            for match in found.get(paragraph.key, []):
                if (start <= match.start and match.end <= end and match.entity.kind in FUNDER_KINDS
                        and match.entity.key not in excluded):
                    for key in keys:
                        given.setdefault(key, []).append((noun, Link("funder", match.entity, source)))
    if not given:
        return activities
    out = []
    for activity in activities:
        new = tuple(link for noun, link in given.get(activity.paragraph, [])
                    if _meant(activity, noun, activities) and link not in activity.links)
        out.append(replace(activity, links=activity.links + new) if new else activity)
    return out


def _pointed_at(clause: re.Match[str], before: list[Paragraph]) -> list[str]:
    """The keys of the paragraphs a clause points at: the paragraph of its number, or for letters
    (group `letters`: "subparagraphs (b) and (c)", a 1990s report's list items, each its own block
    or the opening of one) the last block before the clause that opens with each letter."""
    if clause.groupdict().get("number"):
        return [clause.group("number")]
    if clause.groupdict().get("this") and clause.start() == 0 and len(before) > 1:
        return [before[-2].key]  # "Ces ateliers ont été financés par …" opens the paragraph after them
    out = []
    for letter in re.findall(r"\(([a-z])\)", clause.groupdict().get("letters") or ""):
        item = next((p for p in reversed(before) if p.text.lstrip().startswith(f"({letter})")), None)
        if item is not None:
            out.append(item.key)
    return out


def _meant(activity: Activity, noun: str, activities: list[Activity]) -> bool:
    """Is `activity` the one the clause points to? Of a paragraph's activities, those whose label
    holds the noun the clause names, else all of them."""
    named = [a for a in activities if a.paragraph == activity.paragraph and noun and noun.lower() in a.label.lower()]
    return not named or activity in named


def _places(named: str) -> list[str]:
    """The places of "in Ouagadougou and Libreville": the pattern's `place` group may list several."""
    return [place for place in re.split(r"\s*,\s*|\s+(?:and|et|y|и)\s+", named) if place]


def funders_by_description(activities: list[Activity], paragraphs: list[Paragraph],
                           found: dict[str, list[NameMatch]], patterns: tuple[re.Pattern[str], re.Pattern[str]] | None,
                           excluded: set[str], language: str) -> list[Activity]:
    """`activities` with the funders a later sentence gives them by naming each by its kind and
    place ("The training course in Nairobi and the workshop in Libreville were funded by the European
    Union."): of the activities told before that sentence, those whose label holds the noun and whose
    sentences name the place. `patterns`: the language's funding sentence (groups `refs`, the events
    named, and `clause`, who paid) and its event named by place (groups `noun`, `place`)."""
    if patterns is None:
        return activities
    funding, event_at = patterns
    given: dict[str, list[Link]] = {}  # activity key -> funder links
    told: list[Activity] = []
    order = {p.key: i for i, p in enumerate(paragraphs)}
    for paragraph in paragraphs:
        if paragraph.part != "body":
            continue
        told = [a for a in activities if order.get(a.paragraph, len(order)) <= order[paragraph.key]]
        # a paragraph with activities of its own speaks of them: none of the last paragraph's is meant
        own = any(a.paragraph == paragraph.key for a in told)
        last = [] if own else [a for a in told if a.paragraph == next(
            (t.paragraph for t in reversed(told) if t.paragraph != paragraph.key), None)]
        for sentence in split_sentences(paragraph.text, language):
            # clause by clause: "Both courses were funded by X; the seminar was made possible by Y"
            for part in re.finditer(r"[^;；]+", sentence.text):
                clause = funding.search(part.group(0))
                if clause is None:
                    continue
                # an event named with its place is sought among all told; one named by kind alone
                # ("Both courses", "the seminar") among the last paragraph's
                meant = [a for ref in event_at.finditer(clause.group("refs"))
                         for a in (told if ref.group("place") else last)
                         if (ref.groupdict().get("any") or ref.group("noun").casefold() in a.label.casefold())
                         and (not ref.group("place") or any(place in s.sentence for s in a.sources
                                                            for place in _places(ref.group("place"))))
                         and sentence.text not in {s.sentence for s in a.sources}]
                start, end = (sentence.start + part.start() + i for i in clause.span("clause"))
                source = Source(paragraph.key, sentence.text)
                funders = [m.entity for m in found.get(paragraph.key, []) if start <= m.start and m.end <= end
                           and m.entity.kind in FUNDER_KINDS and m.entity.key not in excluded]
                for activity in meant:
                    given.setdefault(activity.key, []).extend(Link("funder", entity, source) for entity in funders)
    return [replace(a, links=a.links + tuple(dict.fromkeys(l for l in given[a.key] if l not in a.links)))
            if a.key in given else a for a in activities]
