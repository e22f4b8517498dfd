"""The summary retells the body's activities without dates: find the activity each summary
sentence tells of, and keep the sentence as a second source (and its modality if the body
has none)."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.facts import Activity, Entity, Source
from kg.extract.sentences import split_sentences
from kg.extract.zh import lexicon as lx
from kg.ingest.document import Paragraph
from kg.reference import NameMatch


def merge_summary(activities: list[Activity], paragraphs: list[Paragraph],
                  found: dict[str, list[NameMatch]], subject: Entity | None) -> list[Activity]:
    out = list(activities)
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph.text, "zh"):
            names = [m for m in found[paragraph.key]
                     if paragraph.text.find(sentence.text) <= m.start < paragraph.text.find(sentence.text) + len(sentence.text)]
            keys = {(m.entity.kind, m.entity.key) for m in names if m.entity != subject}
            masked = _mask(sentence.text, [m.text for m in names])
            types = {lx.ACTIVITY_NOUNS[n] for n in lx.NOUN.findall(masked)}
            if not types or not keys:
                continue
            for i, activity in enumerate(out):
                targets = {(l.target.kind, l.target.key) for l in activity.links}
                if activity.type in types and targets & keys:
                    source = Source(paragraph.key, sentence.text)
                    modality = activity.modality or _modality(masked)
                    if source not in activity.sources:
                        out[i] = replace(activity, sources=activity.sources + (source,), modality=modality)
    return out


def _mask(text: str, names: list[str]) -> str:
    for name in names:
        text = text.replace(name, "　" * len(name))
    return re.sub(r"[“\"「][^”\"」]*[”\"」]", lambda m: "　" * len(m.group(0)), text)


def _modality(text: str) -> str | None:
    if lx.HYBRID.search(text):
        return "hybrid"
    if lx.ONLINE.search(text):
        return "online"
    return None
