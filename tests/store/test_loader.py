"""The corpus loader (kg.corpus._Loader): batches that grow, one batch written in a thread while
the next is gathered, entity descriptions written once, and the later of two files giving one
report graph kept even when the earlier one is being written."""
from __future__ import annotations

import threading

import pytest

from kg.corpus import BuildSummary, ReportGraph, _Loader, _NoBar
from kg.errors import GraphError
from kg.store.base import ENTITIES_GRAPH

COUNTRY = f'<https://w3id.org/unkg/id/country/FRA> <http://www.w3.org/2000/01/rdf-schema#label> "France"@en <{ENTITIES_GRAPH}> .\n'.encode()


class SlowStore:
    """Records each batch; a batch's writing waits until the test lets it go."""

    def __init__(self) -> None:
        self.batches: list[list[tuple[str, bytes]]] = []
        self.go = threading.Event()
        self.go.set()
        self.fail = False

    def load_quads(self, reports: list[tuple[str, bytes]]) -> None:
        self.go.wait(10)
        if self.fail:
            raise GraphError("store: cannot write to the store (No space left on device)")
        self.batches.append(reports)


def report(n: int, sha: str | None = None, source: str | None = None) -> ReportGraph:
    graph = f"https://w3id.org/unkg/graph/A-1-{n}/en"
    own = f'<https://w3id.org/unkg/id/report/A-1-{n}/en> <http://purl.org/dc/terms/identifier> "A/1/{n}" <{graph}> .\n'
    return ReportGraph(source=source or f"r{n}.txt", sha256=sha or f"sha{n}", graph=graph,
                       report=f"A-1-{n}/en", nquads=own.encode(), triples=2, described=(COUNTRY,))


def loader_for(store, stored=None, position=None, told=None) -> _Loader:
    return _Loader(store, BuildSummary(), stored if stored is not None else {}, position or {},
                   (lambda result, what: told.append((result.source, what))) if told is not None else None,
                   _NoBar())


def test_batches_start_small_and_double_and_describe_an_entity_once():
    store = SlowStore()
    loader = loader_for(store)
    for n in range(30):
        loader.add(n, report(n))
    loader.flush()
    loader.settle()
    loader.close()
    assert [len(batch) for batch in store.batches] == [8, 16, 6]
    written = b"".join(data for batch in store.batches for _, data in batch)
    assert written.count(COUNTRY) == 1
    assert loader.summary.loaded == 30 and len(loader.loaded) == 30


def test_reports_count_as_loaded_only_once_their_batch_is_written():
    store, told = SlowStore(), []
    store.go.clear()  # the first batch stays in writing
    loader = loader_for(store, told=told)
    for n in range(8):
        loader.add(n, report(n))
    assert loader.writing is not None and told == [] and loader.summary.loaded == 0
    store.go.set()
    loader.settle()
    loader.close()
    assert loader.summary.loaded == 8 and [what for _, what in told] == ["loaded"] * 8


def test_the_later_file_wins_when_the_earlier_is_being_written():
    store = SlowStore()
    store.go.clear()
    first, later = report(0, sha="old", source="early.txt"), report(0, sha="new", source="late.txt")
    loader = loader_for(store, position={"old": 0, "new": 20})
    loader.add(0, first)
    for n in range(1, 8):
        loader.add(n, report(n))  # the eighth starts writing the batch holding `first`
    assert loader.writing is not None
    threading.Timer(0.2, store.go.set).start()
    loader.add(20, later)  # waits for that batch, then judges the second file of the graph
    loader.flush()
    loader.settle()
    loader.close()
    assert loader.stored[first.graph] == "new"
    assert any("late.txt" in message for message in loader.summary.duplicates)


def test_a_batch_that_cannot_be_written_stops_the_build_with_its_error():
    store = SlowStore()
    store.fail = True
    loader = loader_for(store)
    for n in range(8):
        loader.add(n, report(n))
    with pytest.raises(GraphError, match="No space left"):
        loader.settle()
    loader.close()
    assert loader.summary.loaded == 0
