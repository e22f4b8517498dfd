"""One value per shared fact across the language versions of a report.

The versions share the IRIs of activities, contributions, statement lines, posts and checks
(kg.extract.keys), so a value two versions read differently (a Forum in one, a Panel in the other;
a count; an amount) would give the shared node two values. Where versions disagree, the value most
versions read is kept, ties going to the version first in PREFERENCE; a version that read another
value takes the kept one and records what it read as a `versions-disagree` finding in its own graph.
A value one version does not state is no disagreement: the versions that state it say it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from kg.extract.facts import Facts, Finding, Source
from kg.extract.keys import contribution_keys, post_keys

# Ties go to the languages unkg has read longest: their rules have met the most reports.
PREFERENCE = ("zh", "en", "fr", "es", "ru", "ar")


@dataclass(frozen=True)
class Table:
    """A kind of shared fact: how to list one version's facts by key, which fields must agree,
    and where a version's fact is stated (for its finding)."""

    name: str  # as said in findings: "activity", "contribution" ...
    get: Callable[[Facts], tuple]  # the facts of this kind
    put: Callable[[Facts, tuple], Facts]
    keys: Callable[[tuple], list[str]]
    fields: tuple[str, ...]
    source: Callable[[Any, Facts], Source | None]


def _first_line(_: Any, facts: Facts) -> Source | None:
    return facts.finance[0].source if facts.finance else None


TABLES = (
    Table("activity", lambda f: f.activities, lambda f, v: replace(f, activities=v),
          lambda items: [a.key for a in items],
          ("type", "modality", "start", "end", "participants", "participant_countries"),
          lambda a, _: a.sources[0] if a.sources else None),
    Table("contribution", lambda f: f.contributions, lambda f, v: replace(f, contributions=v),
          contribution_keys, ("amount", "currency"), lambda c, _: c.source),
    Table("post", lambda f: f.posts, lambda f, v: replace(f, posts=v), post_keys,
          ("count", "funded_by"), lambda p, _: p.source),
    Table("statement line", lambda f: f.finance, lambda f, v: replace(f, finance=v),
          lambda items: [line.line for line in items], ("amount", "currency", "date"),
          lambda line, _: line.source),
    # a check's figures and verdict go together: one reading of the statement, not a mix
    Table("check", lambda f: f.checks, lambda f, v: replace(f, checks=v),
          lambda items: [c.name for c in items], ("expected", "actual", "consistent", "explanation"),
          _first_line),
)
TOGETHER = {"check"}


def _rank(language: str) -> int:
    return PREFERENCE.index(language) if language in PREFERENCE else len(PREFERENCE)


def agree(versions: dict[str, Facts]) -> dict[str, Facts]:
    """The versions (by language) with one value per field of every fact they share."""
    out = dict(versions)
    for table in TABLES:
        out = _agree_table(table, out)
    return out


def _agree_table(table: Table, versions: dict[str, Facts]) -> dict[str, Facts]:
    indexed = {lang: dict(zip(table.keys(table.get(facts)), table.get(facts), strict=True))
               for lang, facts in versions.items()}
    changes: dict[str, dict[str, dict[str, Any]]] = {lang: {} for lang in versions}  # lang -> key -> field -> value
    findings: dict[str, list[Finding]] = {lang: [] for lang in versions}
    keys = dict.fromkeys(key for facts in indexed.values() for key in facts)
    groups = [table.fields] if table.name in TOGETHER else [(f,) for f in table.fields]
    for key in keys:
        holders = {lang: facts[key] for lang, facts in indexed.items() if key in facts}
        if len(holders) < 2:
            continue
        for fields in groups:
            read = {lang: tuple(getattr(fact, f) for f in fields) for lang, fact in holders.items()}
            stated = {lang: value for lang, value in read.items() if any(v is not None for v in value)}
            if len(set(stated.values())) < 2:
                continue
            votes = Counter(stated.values())
            kept = max(stated.values(), key=lambda v: (votes[v], -min(_rank(l) for l, w in stated.items() if w == v)))
            by = min((l for l, v in stated.items() if v == kept), key=_rank)
            for lang, value in stated.items():
                if value == kept:
                    continue
                changes[lang].setdefault(key, {}).update(zip(fields, kept, strict=True))
                source = table.source(holders[lang], versions[lang])
                if source is not None:
                    findings[lang].append(Finding("versions-disagree", _message(
                        table.name, key, fields, value, kept, by, votes[kept], len(stated)), source))
    out = {}
    for lang, facts in versions.items():
        if not changes[lang]:
            out[lang] = facts
            continue
        items = tuple(replace(item, **changes[lang][key]) if key in changes[lang] else item
                      for key, item in zip(table.keys(table.get(facts)), table.get(facts), strict=True))
        out[lang] = replace(table.put(facts, items), findings=facts.findings + tuple(findings[lang]))
    return out


def _show(value: Any) -> str:
    key = getattr(value, "key", None)
    return str(key if key is not None else value)


def _message(name: str, key: str, fields: tuple[str, ...], read: tuple, kept: tuple, by: str,
             votes: int, stated: int) -> str:
    what = ", ".join(f"{f} {_show(v)}" for f, v in zip(fields, read, strict=True))
    other = ", ".join(f"{f} {_show(v)}" for f, v in zip(fields, kept, strict=True))
    return (f"this version reads {name} {key} as {what}; {votes} of {stated} versions "
            f"(first the {by} version) read {other}, which is kept")
