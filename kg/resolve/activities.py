"""The same activity under the same key in every language version of a report.

An activity's key is its paragraph and its place there (`5-2`, kg.extract.keys), which
translations keep. But when one version's rules find an activity another's miss, the places
after it shift: the French `5-1` would be the Chinese `5-2`. So where a version finds a different
number of activities in a paragraph than the version first in PREFERENCE, or other dates at one
place, its activities take the key of the activity there with the same dates (and type), in
order; between two such partners, an equal number left on each side pair in order (a misread
date); one with no partner gets a place after the last. The preferred version keeps its keys: it is the one built alone most.
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.facts import Activity, Facts
from kg.resolve.agreement import PREFERENCE


def _rank(language: str) -> int:
    return PREFERENCE.index(language) if language in PREFERENCE else len(PREFERENCE)


def align_activity_keys(versions: dict[str, Facts]) -> dict[str, Facts]:
    """The versions (by language) with each activity keyed as its partner in the preferred
    version of the paragraph."""
    paragraphs = dict.fromkeys(a.paragraph for facts in versions.values() for a in facts.activities)
    renames: dict[str, dict[str, str]] = {lang: {} for lang in versions}
    for paragraph in paragraphs:
        lists = {lang: [a for a in facts.activities if a.paragraph == paragraph]
                 for lang, facts in versions.items()}
        pivot = min((lang for lang in lists if lists[lang]), key=_rank)
        for lang, activities in lists.items():
            if lang != pivot and activities and _shifted(activities, lists[pivot]):
                renames[lang].update(_partners(activities, lists[pivot], paragraph))
    return {lang: facts if not renames[lang] else replace(
                facts, activities=tuple(replace(a, key=renames[lang].get(a.key, a.key)) for a in facts.activities))
            for lang, facts in versions.items()}


def _shifted(activities: list[Activity], pivots: list[Activity]) -> bool:
    """Do the two lists differ in length, or in a date both state at one place?"""
    return len(activities) != len(pivots) or any(
        a.start and p.start and a.start != p.start for a, p in zip(activities, pivots))


def _partners(activities: list[Activity], pivots: list[Activity], paragraph: str) -> dict[str, str]:
    """Key of each activity -> key of its partner among `pivots`: same dates and type first, then
    same start, keeping the order of both lists; between two partners, as many activities left
    on each side pair in order (a date one version misread); the rest go after the last."""
    partner: dict[int, int] = {}  # index in activities -> index in pivots
    for same in (lambda a, p: (a.start, a.end, a.type) == (p.start, p.end, p.type),
                 lambda a, p: a.start is not None and a.start == p.start):
        for i, activity in enumerate(activities):
            if i in partner:
                continue
            low = max((partner[j] for j in partner if j < i), default=-1)
            high = min((partner[j] for j in partner if j > i), default=len(pivots))
            found = next((k for k in range(low + 1, high) if k not in partner.values()
                          and same(activity, pivots[k])), None)
            if found is not None:
                partner[i] = found
    anchors = [(-1, -1)] + sorted(partner.items()) + [(len(activities), len(pivots))]
    for (i0, k0), (i1, k1) in zip(anchors, anchors[1:]):
        if i1 - i0 == k1 - k0:
            partner.update({i0 + n: k0 + n for n in range(1, i1 - i0)})
    keys, extra = {}, len(pivots)
    for i, activity in enumerate(activities):
        if i in partner:
            keys[activity.key] = pivots[partner[i]].key
        else:
            extra += 1
            keys[activity.key] = f"{paragraph}-{extra}"
    return keys
