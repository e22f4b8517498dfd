"""The Python API for notebooks and scripts.

    >>> from kg.api import build, rows
    >>> graph = build(["report.zh.txt"])          # an rdflib Dataset   # doctest: +SKIP
    >>> rows(graph, "activities")[0]["start"]                           # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.paths import SAMPLE_REPORT
from kg.pipeline import build_dataset, build_from_text
from kg.query import find_query, run_query
from kg.store.memory import to_oxigraph


def build(paths: list[str | Path] | None = None, *, text: str | None = None) -> Dataset:
    """Build a graph from report files, or from report text; no argument builds the sample."""
    if text is not None:
        return build_from_text(text)
    return build_dataset(list(paths) if paths else [SAMPLE_REPORT])


def rows(graph: Dataset, query: str) -> list[dict[str, str]]:
    """Run a shipped query by name (or a .rq file) and return its rows as dicts."""
    return run_query(to_oxigraph(graph), find_query(query)).as_dicts()


__all__ = ["build", "rows", "SAMPLE_REPORT"]
