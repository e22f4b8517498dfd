"""A block of a web page or press release that points back at the event before it ("Cet atelier
est conjointement organisé par …", "This workshop was funded by …") says more of that event: the
blocks are read as one text, so the organisers and funders it names join the event. Numbered
paragraphs stand alone: a report's paragraph states its activity whole."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.facts import Activity, Source
from kg.extract.rules import LanguageRules
from kg.ingest.document import Paragraph
from kg.reference import NameMatch


def points_back(rules: LanguageRules, paragraph: Paragraph) -> bool:
    """Does this unnumbered block open by pointing at the event before it?"""
    return (paragraph.number is None and rules.event_reference is not None
            and rules.event_reference.match(paragraph.text) is not None)


def joined(blocks: list[Paragraph], found: dict[str, list[NameMatch]]) -> tuple[Paragraph, list[NameMatch]]:
    """The blocks as one paragraph (the first's key and place) and their names, offsets moved."""
    names: list[NameMatch] = []
    at = 0
    for block in blocks:
        names += [replace(m, start=m.start + at, end=m.end + at) for m in found[block.key]]
        at += len(block.text) + 1
    return replace(blocks[0], text=" ".join(block.text for block in blocks)), names


def rehomed(activity: Activity, blocks: list[Paragraph]) -> Activity:
    """A fact stated in a later block keeps that block as its source."""
    def home(source: Source) -> Source:
        block = next((b for b in blocks if source.sentence in b.text), blocks[0])
        return source if block.key == source.paragraph else replace(source, paragraph=block.key)
    return replace(activity, sources=tuple(home(s) for s in activity.sources),
                   links=tuple(replace(link, source=home(link.source)) for link in activity.links))


def points_at_this(rules: LanguageRules, paragraph: Paragraph) -> bool:
    """Does the block open with a demonstrative ("Cette formation, qui dure jusqu'au 27 avril",
    "This workshop, which ran until …")? Then the events it dates are the one before it."""
    found = rules.event_reference.match(paragraph.text) if points_back(rules, paragraph) else None
    return found is not None and bool(found.groupdict().get("this"))


def extended(event: Activity, more: list[Activity]) -> Activity:
    """The event with what a later block says of it: its last date as the end, the links and
    counts it adds."""
    dates = [d for a in more for d in (a.start, a.end) if d and d > (event.end or event.start or "")]
    end = max(dates) if dates and event.start and max(dates) > event.start else event.end
    links = list(event.links)
    links += [link for a in more for link in a.links
              if (link.relation, link.target.key) not in {(l.relation, l.target.key) for l in links}]
    participants = event.participants if event.participants is not None else next(
        (a.participants for a in more if a.participants is not None), None)
    countries = event.participant_countries if event.participant_countries is not None else next(
        (a.participant_countries for a in more if a.participant_countries is not None), None)
    return replace(event, end=end, links=tuple(links), participants=participants, participant_countries=countries,
                   sources=event.sources + tuple(s for a in more for s in a.sources if s not in event.sources))
