"""One activity per real activity: mentions of the same event (same dates and type) merge."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.facts import Activity


def merge_activities(activities: list[Activity]) -> list[Activity]:
    """Merge activities with the same key; keep the first place as the describing paragraph and
    every place as a source."""
    merged: dict[str, Activity] = {}
    for activity in activities:
        first = merged.get(activity.key)
        if first is None:
            merged[activity.key] = activity
            continue
        links = first.links + tuple(l for l in activity.links if l not in first.links)
        sources = first.sources + tuple(s for s in activity.sources if s not in first.sources)
        merged[activity.key] = replace(
            first, links=links, sources=sources, modality=first.modality or activity.modality,
            participants=first.participants or activity.participants,
            participant_countries=first.participant_countries or activity.participant_countries)
    return list(merged.values())
