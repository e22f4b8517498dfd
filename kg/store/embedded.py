"""The embedded persistent store: an Oxigraph (RocksDB) database in a folder, `--store DIR`.

Each write is one Oxigraph transaction: a report's graph is replaced whole or not at all, so a
build killed at any moment leaves every report either as it was or as it is now.

One process may write to a folder at a time (RocksDB holds a lock on `DIR/LOCK`); readers open
it read-only. A reader must not be open while another process writes: Oxigraph leaves that
undefined, so `kg query --store` refuses while a writer holds the lock.
"""
from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

from kg.errors import GraphError
from kg.store.base import ENTITIES_GRAPH, GraphStore, as_nquads, replacing_update, triples_in


def writer_active(folder: Path) -> bool:
    """Does another process have the store in `folder` open for writing?"""
    lock = folder / "LOCK"
    if not lock.exists():
        return False
    handle = os.open(lock, os.O_RDWR)
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(handle)  # closing the descriptor releases our probe lock
    return False


def remove_orphans(folder: Path) -> None:
    """Remove what a bulk load stopped midway (killed, out of space) left behind: Oxigraph writes
    its sorted files as `bulk-<number>.sst` in the store folder and hands them to RocksDB at
    the end, so a file still under that name is in no database and would stay forever. Called
    while this process holds the store's lock, so no other bulk load is running."""
    for orphan in folder.glob("bulk-*.sst"):
        orphan.unlink(missing_ok=True)


class OxigraphStore(GraphStore):
    name = "oxigraph"

    def __init__(self, folder: str | Path, *, read_only: bool = False) -> None:
        import pyoxigraph

        self.folder = Path(folder)
        self.read_only = read_only
        self.bulk_loaded = False
        self.created = not read_only and not self.folder.exists()  # removed again if a build fails
        if self.folder.exists() and not self.folder.is_dir():
            raise GraphError(f"{self.folder}: is a file, not a store folder; give a folder for --store")
        is_store = (self.folder / "CURRENT").exists()
        if not read_only and not is_store and self.folder.is_dir() and any(self.folder.iterdir()):
            raise GraphError(f"{self.folder}: this folder holds other files, not an Oxigraph store; "
                             f"give a new or empty folder for --store")
        if read_only and not is_store:
            raise GraphError(f"{self.folder}: no store here; build one with "
                             f"`kg build REPORTS --store {self.folder}`")
        if writer_active(self.folder):
            raise GraphError(f"{self.folder}: the store is open for writing by another process "
                             f"(a `kg build` or `kg serve --writable`); wait for it, or query "
                             f"that server with --endpoint")
        try:
            self.oxigraph = (pyoxigraph.Store.read_only(str(self.folder)) if read_only
                             else pyoxigraph.Store(str(self.folder)))
        except OSError as error:
            self._remove_if_created()
            raise GraphError(f"{self.folder}: cannot open the store ({error.strerror or error})") from error
        if not read_only:
            remove_orphans(self.folder)

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True):
        return self.oxigraph.query(sparql, use_default_graph_as_union=use_default_graph_as_union)

    def replace_graph(self, graph: str, ntriples: str, *, entities: str = "") -> None:
        import pyoxigraph

        if not self.oxigraph.contains_named_graph(pyoxigraph.NamedNode(graph)):
            quads = as_nquads(ntriples, graph) + as_nquads(entities, ENTITIES_GRAPH)
            self.oxigraph.load(quads, format=pyoxigraph.RdfFormat.N_QUADS)  # one transaction
            return
        # Dropping and inserting in one update keeps the replacement a single transaction.
        self.oxigraph.update(replacing_update(graph, ntriples, entities))

    def load_reports(self, reports: list[tuple[str, str, str]]) -> None:
        """As `load_quads`, for reports given as N-Triples text (graph, ntriples, entities)."""
        self.load_quads([(graph, (as_nquads(ntriples, graph) + as_nquads(entities, ENTITIES_GRAPH)).encode())
                         for graph, ntriples, entities in reports])

    def load_quads(self, reports: list[tuple[str, bytes]]) -> None:
        """Load several reports, each (graph, N-Quads bytes of its graph and of what it adds to
        the entities graph), each whole or not at all. New graphs go in by one bulk load, three
        times faster than transactions, with no work in Python per triple: Oxigraph writes a
        bulk load of under a million quads as one set of files that RocksDB ingests atomically,
        so a stop leaves all of these reports in the store or none of them. Graphs already
        there are replaced one transaction each."""
        import pyoxigraph

        new = [(graph, quads) for graph, quads in reports
               if not self.oxigraph.contains_named_graph(pyoxigraph.NamedNode(graph))]
        try:
            if new:
                # lenient: the workers wrote these quads (kg.store.ntriples), so checking every
                # IRI again is time spent for nothing (5 % of the load, bench/NOTES.md)
                self.oxigraph.bulk_load(b"".join(quads for _, quads in new), format=pyoxigraph.RdfFormat.N_QUADS,
                                        lenient=True)
                self.bulk_loaded = True
            loaded = {graph for graph, _ in new}
            for graph, quads in reports:
                if graph not in loaded:
                    self.replace_graph(graph, triples_in(quads, graph), entities=triples_in(quads, ENTITIES_GRAPH))
        except OSError as error:
            raise self._not_stored(error) from error

    def _not_stored(self, error: OSError) -> GraphError:
        """A full disk, a folder gone read-only: the batch is not stored, the ones before are."""
        remove_orphans(self.folder)
        return GraphError(f"{self.folder}: cannot write to the store ({error.strerror or error}); "
                          f"the reports loaded before are kept; free space and run again")

    def remove_graph(self, graph: str) -> None:
        import pyoxigraph

        self.oxigraph.remove_graph(pyoxigraph.NamedNode(graph))

    def save(self, path: str | Path, fmt=None) -> int:
        """Write the whole dataset to a graph file; returns the quad count."""
        from kg.store.files import write_store

        write_store(self.oxigraph, path, fmt)
        return len(self.oxigraph)

    def __exit__(self, kind, error, trace) -> None:
        """A build that failed leaves no empty store behind in a folder it made."""
        empty = kind is not None and self.created and "oxigraph" in self.__dict__ and len(self.oxigraph) == 0
        self.close()
        if empty:
            self._remove_if_created()

    def _remove_if_created(self) -> None:
        if self.created:
            shutil.rmtree(self.folder, ignore_errors=True)

    def compact(self) -> None:
        """Merge the sets of files the bulk loads added: queries run several times faster on
        one (bench/RESULTS.md). Done before anything is written by transaction: a write that
        is still in memory when the merge starts makes RocksDB rewrite every level (1.4 s more
        for 1,000 reports, bench/NOTES.md)."""
        if self.bulk_loaded:
            self.oxigraph.optimize()
            self.bulk_loaded = False

    def close(self) -> None:
        if "oxigraph" in self.__dict__ and not self.read_only:
            self.compact()
        store = self.__dict__.pop("oxigraph", None)  # RocksDB lets go of the folder when dropped
        if store is not None and not self.read_only:
            store.flush()
