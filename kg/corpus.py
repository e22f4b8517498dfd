"""Corpus builds: many reports into one store, in parallel, incrementally, resumable.

Each report is read, extracted and mapped on its own (in a process pool, or on Dask workers),
and comes back as the N-Quads (UTF-8 bytes) of its named graph (and of the entity descriptions it adds to
the shared entities graph); this process loads them into the store as they arrive, a few at a
time, each report whole or not at all. A report whose file hash (`unkg:sha256` on the report
node) is already in the store is skipped, so a build that was stopped halfway finishes when it
is run again, and a changed report replaces its graph.

When two input files give the same report graph, the later one in input order wins, in a
fresh build and in a resumed one alike.

The language versions of one report are read, extracted, aligned (kg.resolve) and mapped together,
as one task: files are grouped by the symbol they print (`peek_symbol`), and a group is built
again whole when any of its files is new or changed, so its versions stay aligned.
"""
from __future__ import annotations

import functools
import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KGError
from kg.extract.facts import Facts
from kg.ingest import Document
from kg.ingest.reader import peek_symbol
from kg.pipeline import expand_inputs, read_and_extract
from kg.extract.facts import Entity
from kg.rdf.mapping import describe_entity, entity_iri, graph_iri, report_triples
from kg.resolve import align_versions
from kg.rdf.terms import TripleSet
from kg.store.base import ENTITIES_GRAPH, GraphStore, triples_in
from kg.store.ntriples import to_nquads
from kg.store.prune import remove_reports, stale_graphs
from kg.store.summary import has_summary, refresh_summary
from kg.store.digest import digest_quad, entity_card


# Below this many reports one process is faster: a pool takes about a second to start.
SMALL_CORPUS = 100

# How much lower the extraction workers' priority is than the build process's, which loads.
WORKER_NICENESS = 5

# Seconds to reach a Dask scheduler before telling the user it cannot be reached.
DASK_CONNECT_TIMEOUT = "5s"

@dataclass(frozen=True)
class ReportGraph:
    """One report's named graph, ready to load."""

    source: str  # the file as given
    sha256: str
    graph: str  # the named graph's IRI
    report: str  # "A-76-97/zh", for messages
    # N-Quads, UTF-8: the report's own triples in its graph. Bytes, made by the worker: the
    # loading process (one, for every worker) hands them to the store as they are.
    nquads: bytes
    triples: int
    # What the report says of each entity it names, as N-Quads in the shared entities graph, one
    # entity a block: the same block for every report naming the entity, so a build loads it once.
    described: tuple[bytes, ...] = ()
    warnings: tuple[str, ...] = ()  # what the reader could not find, each naming the file
    # What `kg compare` counts of the report (kg.store.digest), as one N-Quad in its
    # graph: loaded into stores, which keep counts over their reports, not written to files.
    digest: bytes = b""

    @property
    def ntriples(self) -> str:
        """The report's own triples, as N-Triples."""
        return triples_in(self.nquads, self.graph)

    @property
    def entities(self) -> str:
        """What the report says of the entities it names, as N-Triples."""
        return triples_in(b"".join(self.described), ENTITIES_GRAPH)


@dataclass(frozen=True)
class ReportFailure:
    """A report that could not be read; `message` names the file and says what to do."""

    source: str
    message: str


@dataclass
class BuildSummary:
    reports: int = 0  # input files
    loaded: int = 0
    skipped: int = 0  # unchanged since the store last saw them
    triples: int = 0  # in the graphs loaded now
    failures: list[ReportFailure] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # messages about files giving one graph
    warnings: list[str] = field(default_factory=list)  # what the reader missed in a report
    stale: list[str] = field(default_factory=list)  # graphs in the store no input gives any more
    pruned: int = 0  # of those, removed (build_corpus(prune=True))


def graph_of_report(source: str, data: bytes | None = None, *, digests: bool = False) -> ReportGraph | ReportFailure:
    """Read, extract and map one report file. With `data` (the file's bytes) the file need not be
    visible here: a Dask worker on another machine gets the bytes and the name."""
    return graphs_of_reports([source], None if data is None else [data], digests=digests)[0]


def graphs_of_reports(sources: list[str], datas: list[bytes] | None = None, *, digests: bool = False,
                      ) -> list[ReportGraph | ReportFailure]:
    """Read and extract report files, align the language versions of one report among them
    (kg.resolve), and map each: one result per file, in order; with `digests`, each with what
    `kg compare` counts of it (for a store; a graph file takes none)."""
    read = [_read(source, None if datas is None else datas[n]) for n, source in enumerate(sources)]
    done = [item for item in read if not isinstance(item, ReportFailure)]
    aligned = iter(align_versions(done))
    return [item if isinstance(item, ReportFailure) else _graph(source, *next(aligned), digests=digests)
            for source, item in zip(sources, read, strict=True)]


def _read(source: str, data: bytes | None) -> tuple[Document, Facts] | ReportFailure:
    try:
        if data is None:
            document, facts = read_and_extract(source)
        else:
            with tempfile.TemporaryDirectory(prefix="kg-report-") as folder:
                copy = Path(folder) / Path(source).name  # the name is kept: it is unkg:fileName
                copy.write_bytes(data)
                try:
                    document, facts = read_and_extract(copy)
                except KGError as error:
                    raise type(error)(str(error).replace(str(copy), source)) from error
    except KGError as error:
        return ReportFailure(source, str(error))
    return document, facts


def _graph(source: str, document: Document, facts: Facts, *, digests: bool = False) -> ReportGraph:
    own, named = report_triples(document, facts)
    described = tuple(_described(entity, entity.labels) for entity in named)
    graph = str(graph_iri(document))
    return ReportGraph(source=source, sha256=document.sha256, graph=graph,
                       report=f"{document.report_id}/{document.metadata.language}",
                       nquads=to_nquads(own, graph).encode(),
                       triples=len(own) + sum(block.count(b"\n") for block in described),
                       described=described,
                       digest=digest_quad(own, graph, _cards(named)).encode() if digests else b"",
                       warnings=tuple(f"{source}: {warning}" for warning in document.warnings))


def _cards(named: list[Entity]) -> dict[str, list]:
    """The digest's cards of the entities a report names (kg.store.digest.entity_card)."""
    return dict(card for entity in named if (card := _card(entity)) is not None)


@functools.lru_cache(maxsize=8192)
def _card(entity: Entity) -> tuple[str, list] | None:
    return entity_card(entity)


@functools.lru_cache(maxsize=8192)
def _described(entity: Entity, labels: tuple) -> bytes:
    """An entity's description as N-Quads: made once per worker, since most reports name the
    same few hundred countries and bodies. `labels` is part of the key because `Entity`
    equality leaves them out."""
    triples = TripleSet()
    describe_entity(triples, entity_iri(entity), entity)
    return to_nquads(triples, ENTITIES_GRAPH).encode()


def file_hash(path: Path) -> str | None:
    """The sha256 the reader records for a file, or None when it cannot be read here."""
    return file_look(path)[0]


def file_look(path: Path) -> tuple[str | None, str | None]:
    """The sha256 the reader records for a file and the symbol it prints, at a glance; None for
    what cannot be told here."""
    try:
        data = path.read_bytes()
    except OSError:
        return None, None
    return hashlib.sha256(data).hexdigest(), peek_symbol(path, data)


def versions_together(paths: list[Path], symbols: list[str | None]) -> list[list[tuple[int, Path]]]:
    """The files as groups of (input index, path): the files that print one symbol together
    (the language versions of one report), any other file alone; in input order."""
    groups: dict[str | int, list[tuple[int, Path]]] = {}
    for index, (path, symbol) in enumerate(zip(paths, symbols, strict=True)):
        groups.setdefault(symbol if symbol else index, []).append((index, path))
    return list(groups.values())


def build_corpus(inputs: Iterable[str | Path], store: GraphStore, *, jobs: int | None = None,
                 dask: str | None = None, progress: bool = False,
                 on_report: Callable[[ReportGraph | ReportFailure, str], None] | None = None,
                 prune: bool = False) -> BuildSummary:
    """Load every report of `inputs` (files, folders, globs) into `store`, each in its named graph.

    `jobs` processes extract in parallel here (None: one per core, or none for a small corpus,
    where starting them costs more than they save); `dask` ("local" or a scheduler address)
    sends the extraction to a Dask cluster instead. `on_report(result, what)` hears of each report as it is
    done, `what` being "loaded", "kept" (a later file gives the same graph) or "failed".

    Report graphs in the store that no input gives any more (a deleted file, a changed symbol)
    are listed in `summary.stale`; with `prune` they are removed, unless a report failed (its
    old graph cannot be told from a stale one)."""
    paths = list(dict.fromkeys(expand_inputs(list(inputs))))
    looks = [file_look(path) for path in paths]
    hashes = [sha for sha, _ in looks]
    stored = store.report_hashes()  # graph -> sha256, kept current as graphs are loaded
    stored_hashes = set(stored.values())
    position = {sha: index for index, sha in enumerate(hashes) if sha}  # the last file wins
    groups = [group for group in versions_together(paths, [symbol for _, symbol in looks])
              if any(hashes[index] is None or hashes[index] not in stored_hashes for index, _ in group)]
    todo = sum(len(group) for group in groups)
    summary = BuildSummary(reports=len(paths), skipped=len(paths) - todo)
    loader = _Loader(store, summary, stored, position, on_report,
                     _progress_bar(len(paths), summary.skipped, enabled=progress))
    try:
        if jobs is None:
            jobs = (os.cpu_count() or 1) if todo >= SMALL_CORPUS or dask else 1
        digests = getattr(store, "keeps_summary", False)  # a graph file takes none
        for index, result in extract_groups(groups, jobs=jobs, dask=dask, digests=digests):
            loader.add(index, result)
        loader.flush()
        loader.settle()
    finally:
        loader.close()
    summary.stale = stale_graphs(stored, hashes, loader.loaded)
    if prune and summary.stale and not summary.failures:
        summary.pruned = remove_reports(store, summary.stale)
    store.compact()
    if store.keeps_summary and (loader.loaded or summary.pruned or not has_summary(store)):
        refresh_summary(store)  # the counts questions read, over every report now in the store
    return summary


class _Loader:
    """Gathers finished reports and loads them several at a time (`GraphStore.load_reports`).

    Oxigraph's bulk load pays a fixed cost per call that outweighs the quads themselves for a
    few reports (bench/NOTES.md: 300,000 quads take 3 s of CPU in one call and 10 s in 150), so
    batches start small, for the first reports to show, and double up to `MAX_QUADS`, under the
    million that Oxigraph still writes all at once. A batch waits at most `WAIT` seconds.

    A batch is written by a thread of its own (Oxigraph lets go of Python's lock while it loads),
    so this process goes on handing reports to the workers meanwhile: one batch is written while
    the next is gathered. Reports count as loaded, and are told of, once their batch is written."""

    FIRST_BATCH = 8  # reports
    MAX_QUADS = 250_000
    WAIT = 10.0  # seconds

    def __init__(self, store: GraphStore, summary: BuildSummary, stored: dict[str, str],
                 position: dict[str, int], on_report, bar) -> None:
        self.store, self.summary, self.stored, self.position = store, summary, stored, position
        self.on_report, self.bar = on_report, bar
        self.pending: dict[str, ReportGraph] = {}  # graph -> report
        self.pending_quads = 0
        self.writing: tuple[Future, list[ReportGraph]] | None = None  # the batch being written
        self.writing_graphs: set[str] = set()
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-load")
        self.batch = self.FIRST_BATCH
        self.loaded: set[str] = set()  # graphs loaded by this build
        # entity descriptions this build has loaded: the entities graph only ever grows, so a
        # block loaded once need not be parsed and written again for every report naming it
        self.described: set[bytes] = set()
        self.since = 0.0

    def add(self, index: int, result: ReportGraph | ReportFailure) -> None:
        if isinstance(result, ReportFailure):
            self.summary.failures.append(result)
            return self._tell(result, "failed")
        self.summary.warnings.extend(result.warnings)
        if result.graph in self.pending or result.graph in self.writing_graphs:
            self.flush()  # the same graph twice: load the first, then judge the second
            self.settle()
        holder = self.stored.get(result.graph)
        if holder is not None and holder != result.sha256 and holder in self.position:
            self.summary.duplicates.append(f"two input files give report {result.report}; "
                                           f"{result.source} is one of them, the later one is kept")
            if self.position[holder] > index:
                return self._tell(result, "kept")
        if not self.pending:
            self.since = time.monotonic()
        self.pending[result.graph] = result
        self.pending_quads += result.nquads.count(b"\n")  # its own graph: its entities are mostly loaded
        if (len(self.pending) >= self.batch or self.pending_quads >= self.MAX_QUADS
                or time.monotonic() - self.since >= self.WAIT):
            self.flush()
            self.batch *= 2

    def flush(self) -> None:
        """Start writing the gathered reports, once the batch before is written."""
        if not self.pending:
            return
        self.settle()
        batch = list(self.pending.values())
        quads = [(r.graph, r.nquads + r.digest + b"".join(self._new(r.described))) for r in batch]
        self.writing = (self.writer.submit(self._write, quads), batch)
        self.writing_graphs = set(self.pending)
        self.pending, self.pending_quads = {}, 0

    def _write(self, quads: list[tuple[str, bytes]]) -> None:
        load_quads = getattr(self.store, "load_quads", None)
        if load_quads is not None:  # the bytes as the workers made them
            load_quads(quads)
        else:
            self.store.load_reports([(graph, triples_in(data, graph), triples_in(data, ENTITIES_GRAPH))
                                     for graph, data in quads])

    def settle(self) -> None:
        """Wait for the batch being written (its error, such as a full disk, is raised here)
        and count its reports as loaded."""
        if self.writing is None:
            return
        future, batch = self.writing
        self.writing, self.writing_graphs = None, set()
        future.result()
        for result in batch:
            self.stored[result.graph] = result.sha256
            self.loaded.add(result.graph)
            self.summary.loaded += 1
            self.summary.triples += result.triples
            self._tell(result, "loaded")

    def close(self) -> None:
        """Let the thread go. After an error elsewhere a batch may still be being written: it is
        waited for, so that the store is not closed under a bulk load, and the first error is
        the one told."""
        self.writer.shutdown(wait=True)
        self.bar.close()

    def _new(self, blocks: tuple[bytes, ...]) -> list[bytes]:
        """The entity descriptions among `blocks` this build has not loaded yet."""
        new = [block for block in blocks if block not in self.described]
        self.described.update(new)
        return new

    def _tell(self, result: ReportGraph | ReportFailure, what: str) -> None:
        if self.on_report is not None:
            self.on_report(result, what)
        self.bar.update(1)


class _NoBar:
    """What a build without a terminal shows: nothing (and tqdm is not imported for it)."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, done: int, *, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, initial=done, unit="report", dynamic_ncols=True)


def extract_reports(todo: list[tuple[int, Path]], *, jobs: int = 1, dask: str | None = None,
                    ) -> Iterator[tuple[int, ReportGraph | ReportFailure]]:
    """(input index, result) for each (input index, path) of `todo`, each report on its own."""
    return extract_groups([[item] for item in todo], jobs=jobs, dask=dask)


def extract_groups(groups: list[list[tuple[int, Path]]], *, jobs: int = 1, dask: str | None = None,
                   digests: bool = False) -> Iterator[tuple[int, ReportGraph | ReportFailure]]:
    """(input index, result) for each (input index, path) of each group, a group's files read and
    aligned together (`graphs_of_reports`), groups in the order they finish: here in turn, in
    `jobs` processes, or on Dask."""
    if not groups:
        return iter(())
    if dask:
        return _extract_on_dask(groups, dask, jobs=jobs, digests=digests)
    if jobs <= 1 or len(groups) == 1:
        return ((index, result) for group in groups
                for index, result in zip([i for i, _ in group], _run_group(group, digests), strict=True))
    return _extract_in_processes(groups, jobs, digests)


def _run_group(group: list[tuple[int, Path]], digests: bool = False) -> list[ReportGraph | ReportFailure]:
    return graphs_of_reports([str(path) for _, path in group], digests=digests)


def _start_worker(build_pid: int) -> None:
    """Read the reference data once per worker, and end the worker if the build process is
    killed: pool workers share their task queue and would otherwise wait on it forever."""
    import threading

    from kg.reference import default_gazetteer

    def watch() -> None:
        while True:
            time.sleep(1)
            try:
                os.kill(build_pid, 0)
            except ProcessLookupError:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="kg-build-watch").start()
    # The store takes reports one batch after another in the build process: that is the slow
    # lane. Workers that yield the cores to it finish no later, since they run ahead anyway.
    os.nice(WORKER_NICENESS)
    default_gazetteer()


def _extract_in_processes(groups: list[list[tuple[int, Path]]], jobs: int, digests: bool):
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # forkserver, not fork: the parent holds an open RocksDB store, which a forked child must
    # not inherit; the server imports kg once and forks the workers from that clean state.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.corpus"])
    window = jobs * 4  # enough queued work to keep every worker busy, bounded memory
    pending: dict = {}
    queue = iter(groups)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                             initargs=(os.getpid(),)) as pool:
        def submit_next() -> None:
            for group in queue:
                pending[pool.submit(_run_group, group, digests)] = [index for index, _ in group]
                return

        for _ in range(window):
            submit_next()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                indexes = pending.pop(future)
                submit_next()
                yield from zip(indexes, future.result(), strict=True)


def _extract_on_dask(groups: list[list[tuple[int, Path]]], address: str, *, jobs: int, digests: bool = False):
    """Fan the reports out on a Dask cluster: "local" starts one here with `jobs` worker
    processes; anything else is a scheduler address (tcp://HOST:8786). Workers get the file's
    bytes, so they need unkg installed but not the files."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as error:
        raise KGError("--dask needs Dask: pip install 'unkg[dask]'") from error
    import logging

    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        # A scheduler answers within a second; an address nothing listens on should not
        # keep the user waiting for Dask's default 30 seconds.
        client = Client(cluster or address, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        if cluster is not None:
            cluster.close()
        raise KGError(f"{address}: cannot reach the Dask scheduler ({error}); give its address "
                      f"as tcp://HOST:8786, or --dask local") from error
    try:
        yield from _run_on_client(client, groups, as_completed, digests)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run_on_client(client, groups: list[list[tuple[int, Path]]], as_completed, digests: bool = False):
    threads = sum(client.nthreads().values()) or 1
    window = max(16, 4 * threads)  # bounded, so a big corpus is never all in memory at once
    queue = iter(groups)
    running = as_completed()
    index_of: dict[str, list[int]] = {}
    local: list[list[tuple[int, Path]]] = []  # files this machine cannot read: reported as failures

    def submit_next() -> None:
        for group in queue:
            try:
                datas = [path.read_bytes() for _, path in group]
            except OSError:
                local.append(group)
                continue
            future = client.submit(graphs_of_reports, [str(path) for _, path in group], datas, digests=digests,
                                   pure=False)
            index_of[future.key] = [index for index, _ in group]
            running.add(future)
            return

    for _ in range(window):
        submit_next()
    for future in running:
        indexes = index_of.pop(future.key)
        submit_next()
        results = future.result()
        future.release()
        yield from zip(indexes, results, strict=True)
    for group in local:
        yield from zip([index for index, _ in group], _run_group(group, digests), strict=True)


def check_jobs(jobs: int) -> int:
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give a number of processes, 1 or more")
    return jobs
