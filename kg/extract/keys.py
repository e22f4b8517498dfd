"""Keys of the facts that all language versions of a report share.

A key must not change when extraction improves, nor between the versions of one report: it is
made of what every version has alike (the paragraph, the order of things in it, the line of the
statement, the grade of a post, the keys of the parties), never of an extracted date, type or
amount. Several facts with the same parts are told apart by their order in the report (`-2`,
`-3` ...), which translations keep.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.extract.facts import Contribution, Funding, Post


def numbered(bases: Iterable[str]) -> list[str]:
    """Each base as it is the first time, then with `-2`, `-3` ... in order of appearance."""
    seen: Counter[str] = Counter()
    out = []
    for base in bases:
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


def activity_keys(paragraphs: Iterable[str]) -> list[str]:
    """`5-1`, `5-2`: the paragraph that describes each activity and its place among those the
    paragraph describes, for activities listed in report order."""
    seen: Counter[str] = Counter()
    out = []
    for paragraph in paragraphs:
        seen[paragraph] += 1
        out.append(f"{paragraph}-{seen[paragraph]}")
    return out


def contribution_keys(contributions: Iterable[Contribution]) -> list[str]:
    """Party, kind and year (`NPL-voluntary-contribution-2020`), not the amount."""
    return numbered(f"{c.party.key}-{c.kind}-{c.year or 'na'}" for c in contributions)


def funding_keys(fundings: Iterable[Funding]) -> list[str]:
    """Funder and recipient (`NPL-UNRCPD`)."""
    return numbered(f"{f.funder.key}-{f.recipient.key if f.recipient else 'none'}" for f in fundings)


def post_keys(posts: Iterable[Post]) -> list[str]:
    """The grade (`P-5`); a second group of one grade is `P-5-2`."""
    return numbered(post.grade for post in posts)
