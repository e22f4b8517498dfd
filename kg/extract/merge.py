"""One activity per real activity: mentions of the same event (same dates and type) merge."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.facts import Activity
from kg.extract.keys import activity_keys


def merge_activities(activities: list[Activity]) -> list[Activity]:
    """Merge activities with the same key (while extracting, the start date and type); keep the
    first place as the describing paragraph and every place as a source."""
    merged: dict[str, Activity] = {}
    seen: dict[str, tuple[set, set]] = {}  # key -> its links and sources: an event told a
    for activity in activities:            # thousand times must not cost a million comparisons
        first = merged.get(activity.key)
        if first is None:
            merged[activity.key] = activity
            seen[activity.key] = (set(activity.links), set(activity.sources))
            continue
        have_links, have_sources = seen[activity.key]
        links = first.links + tuple(l for l in activity.links if l not in have_links)
        sources = first.sources + tuple(s for s in activity.sources if s not in have_sources)
        have_links.update(activity.links)
        have_sources.update(activity.sources)
        merged[activity.key] = replace(
            # "launched a series in September 2015" then "four lectures between September 2015 and
            # January 2016": a later mention of the same start may give the end the first lacked
            first, links=links, sources=sources, end=first.end or activity.end,
            modality=first.modality or activity.modality,
            participants=first.participants or activity.participants,
            participant_countries=first.participant_countries or activity.participant_countries)
    return list(merged.values())


def anchor_activities(activities: list[Activity]) -> list[Activity]:
    """Give each merged activity its lasting key: the paragraph that describes it and its place
    there (`5-1`), the same in every language version and whatever dates or type are read."""
    keys = activity_keys(activity.paragraph for activity in activities)
    return [replace(activity, key=key) for activity, key in zip(activities, keys, strict=True)]
