"""The summary retells the body's activities without dates: find the activity each summary
sentence tells of, and keep the sentence as a second source (and its modality if the body
has none)."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.entities import BLANK
from kg.extract.facts import Activity, Entity, Source
from kg.extract.sentences import split_sentences
from types import ModuleType

from kg.ingest.document import Paragraph
from kg.reference import NameMatch


def merge_summary(lx: ModuleType, activities: list[Activity], paragraphs: list[Paragraph],
                  found: dict[str, list[NameMatch]], subject: Entity | None) -> list[Activity]:
    out = list(activities)
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph.text, lx.CODE):
            names = [m for m in found[paragraph.key]
                     if paragraph.text.find(sentence.text) <= m.start < paragraph.text.find(sentence.text) + len(sentence.text)]
            keys = {(m.entity.kind, m.entity.key) for m in names if m.entity != subject}
            masked = _mask(lx, sentence.text, [m.text for m in names])
            types = lx.activity_types(masked)
            if not types or not keys:
                continue
            for i, activity in enumerate(out):
                targets = {(l.target.kind, l.target.key) for l in activity.links}
                if activity.type in types and targets & keys:
                    source = Source(paragraph.key, sentence.text)
                    modality = activity.modality or _modality(lx, masked)
                    if source not in activity.sources:
                        out[i] = replace(activity, sources=activity.sources + (source,), modality=modality)
    return out


def _mask(lx: ModuleType, text: str, names: list[str]) -> str:
    for name in names:
        text = text.replace(name, BLANK * len(name))
    return lx.QUOTED.sub(lambda m: BLANK * len(m.group(0)), text)


def _modality(lx: ModuleType, text: str) -> str | None:
    if lx.HYBRID.search(text):
        return "hybrid"
    if lx.ONLINE.search(text):
        return "online"
    return None
