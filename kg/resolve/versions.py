"""The language versions of one report, read together, made into one account.

A report comes in up to six language versions, each read and extracted on its own. Built
together, they are one report: an activity one version's rules found and another's missed does
not shift the keys of the next ones (kg.resolve.activities), its bodies get one key whatever the
language they were named in (kg.resolve.bodies), and the facts they share one value (kg.resolve.agreement), so that the
versions' graphs, which share the IRIs of those facts, add up to one valid graph. Runs after
extraction and before mapping: read -> extract -> resolve -> map.
"""
from __future__ import annotations

from kg.extract.facts import Facts
from kg.ingest.document import Document
from kg.resolve.activities import align_activity_keys
from kg.resolve.agreement import agree
from kg.resolve.bodies import align_bodies
from kg.resolve.renames import rename_entities


def align_versions(items: list[tuple[Document, Facts]]) -> list[tuple[Document, Facts]]:
    """The same (document, facts) pairs, in the same order, with the versions of each symbol
    aligned. A symbol given twice in one language aligns its last copy (the one a build keeps)."""
    groups: dict[str, dict[str, int]] = {}
    for index, (document, _) in enumerate(items):
        if document.metadata.symbol:
            groups.setdefault(document.metadata.symbol, {})[document.metadata.language] = index
    out = list(items)
    for versions in groups.values():
        if len(versions) < 2:
            continue
        aligned = align_facts({lang: items[index][1] for lang, index in versions.items()})
        for lang, index in versions.items():
            out[index] = (items[index][0], aligned[lang])
    return out


def align_facts(versions: dict[str, Facts]) -> dict[str, Facts]:
    """The facts of one report's versions (by language), with one key per activity and per body,
    and one value per shared fact."""
    versions = align_activity_keys(versions)
    renames = align_bodies(versions)
    renamed = {lang: rename_entities(facts, renames.get(lang, {})) for lang, facts in versions.items()}
    return agree(renamed)
