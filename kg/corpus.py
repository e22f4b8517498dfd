"""Corpus builds: many reports into one store, in parallel, incrementally, resumable.

Each report is read, extracted and mapped on its own (in a process pool, or on Dask workers),
and comes back as the N-Triples of its named graph (and of the entity descriptions it adds to
the shared entities graph); this process loads them into the store as they arrive, a few at a
time, each report whole or not at all. A report whose file hash (`unkg:sha256` on the report
node) is already in the store is skipped, so a build that was stopped halfway finishes when it
is run again, and a changed report replaces its graph.

When two input files give the same report graph, the later one in input order wins, in a
fresh build and in a resumed one alike.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KGError
from kg.pipeline import expand_inputs, read_and_extract
from kg.rdf.mapping import KIND_PATHS, add_facts, graph_iri
from kg.rdf.namespaces import ID
from kg.store.base import GraphStore
from kg.store.ntriples import TripleSet, to_ntriples


# Below this many reports one process is faster: a pool takes about a second to start.
SMALL_CORPUS = 100

# Subjects under these are entities (countries, organisations ...), described alike by every
# report that names them: their triples go to the shared entities graph (kg.store.base).
ENTITY_PREFIXES = tuple(str(ID[f"{path}/"]) for path in KIND_PATHS.values())


@dataclass(frozen=True)
class ReportGraph:
    """One report's named graph, ready to load."""

    source: str  # the file as given
    sha256: str
    graph: str  # the named graph's IRI
    report: str  # "A-76-97/zh", for messages
    ntriples: str  # the report's own triples
    entities: str  # what it says of the entities it names, for the shared entities graph
    triples: int
    warnings: tuple[str, ...] = ()  # what the reader could not find, each naming the file


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


def graph_of_report(source: str, data: bytes | None = None) -> ReportGraph | ReportFailure:
    """Read, extract and map one report file. With `data` (the file's bytes) the file need not be
    visible here: a Dask worker on another machine gets the bytes and the name."""
    try:
        if data is None:
            document, facts = read_and_extract(source)
        else:
            with tempfile.TemporaryDirectory(prefix="kg-report-") as folder:
                copy = Path(folder) / Path(source).name  # the name is kept: it is dcterms:source
                copy.write_bytes(data)
                try:
                    document, facts = read_and_extract(copy)
                except KGError as error:
                    raise type(error)(str(error).replace(str(copy), source)) from error
    except KGError as error:
        return ReportFailure(source, str(error))
    triples = TripleSet()
    add_facts(triples, document, facts)
    own = [triple for triple in triples if not str(triple[0]).startswith(ENTITY_PREFIXES)]
    described = [triple for triple in triples if str(triple[0]).startswith(ENTITY_PREFIXES)]
    return ReportGraph(source=source, sha256=document.sha256, graph=str(graph_iri(document)),
                       report=f"{document.report_id}/{document.metadata.language}",
                       ntriples=to_ntriples(own), entities=to_ntriples(described),
                       triples=len(triples),
                       warnings=tuple(f"{source}: {warning}" for warning in document.warnings))


def file_hash(path: Path) -> str | None:
    """The sha256 the reader records for a file, or None when it cannot be read here."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def build_corpus(inputs: Iterable[str | Path], store: GraphStore, *, jobs: int | None = None,
                 dask: str | None = None, progress: bool = False,
                 on_report: Callable[[ReportGraph | ReportFailure, str], None] | None = None,
                 ) -> BuildSummary:
    """Load every report of `inputs` (files, folders, globs) into `store`, each in its named graph.

    `jobs` processes extract in parallel here (None: one per core, or none for a small corpus,
    where starting them costs more than they save); `dask` ("local" or a scheduler address)
    sends the extraction to a Dask cluster instead. `on_report(result, what)` hears of each report as it is
    done, `what` being "loaded", "kept" (a later file gives the same graph) or "failed"."""
    paths = list(dict.fromkeys(expand_inputs(list(inputs))))
    hashes = [file_hash(path) for path in paths]
    stored = store.report_hashes()  # graph -> sha256, kept current as graphs are loaded
    stored_hashes = set(stored.values())
    position = {sha: index for index, sha in enumerate(hashes) if sha}  # the last file wins
    todo = [(index, path) for index, (path, sha) in enumerate(zip(paths, hashes, strict=True))
            if sha is None or sha not in stored_hashes]
    summary = BuildSummary(reports=len(paths), skipped=len(paths) - len(todo))
    loader = _Loader(store, summary, stored, position, on_report,
                     _progress_bar(len(paths), summary.skipped, enabled=progress))
    try:
        if jobs is None:
            jobs = (os.cpu_count() or 1) if len(todo) >= SMALL_CORPUS or dask else 1
        for index, result in extract_reports(todo, jobs=jobs, dask=dask):
            loader.add(index, result)
        loader.flush()
    finally:
        loader.bar.close()
    return summary


class _Loader:
    """Gathers finished reports and loads them a few at a time (`GraphStore.load_reports`), so a
    store can write many new graphs in one go; a batch waits at most `WAIT` seconds."""

    BATCH = 32  # reports; well under Oxigraph's one-batch bulk load of a million quads
    WAIT = 0.5  # seconds

    def __init__(self, store: GraphStore, summary: BuildSummary, stored: dict[str, str],
                 position: dict[str, int], on_report, bar) -> None:
        self.store, self.summary, self.stored, self.position = store, summary, stored, position
        self.on_report, self.bar = on_report, bar
        self.pending: dict[str, ReportGraph] = {}  # graph -> report
        self.since = 0.0

    def add(self, index: int, result: ReportGraph | ReportFailure) -> None:
        if isinstance(result, ReportFailure):
            self.summary.failures.append(result)
            return self._tell(result, "failed")
        self.summary.warnings.extend(result.warnings)
        if result.graph in self.pending:
            self.flush()  # the same graph twice: load the first, then judge the second
        holder = self.stored.get(result.graph)
        if holder is not None and holder != result.sha256 and holder in self.position:
            self.summary.duplicates.append(f"two input files give report {result.report}; "
                                           f"{result.source} is one of them, the later one is kept")
            if self.position[holder] > index:
                return self._tell(result, "kept")
        if not self.pending:
            self.since = time.monotonic()
        self.pending[result.graph] = result
        if len(self.pending) >= self.BATCH or time.monotonic() - self.since >= self.WAIT:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch = list(self.pending.values())
        self.store.load_reports([(r.graph, r.ntriples, r.entities) for r in batch])
        self.pending = {}
        for result in batch:
            self.stored[result.graph] = result.sha256
            self.summary.loaded += 1
            self.summary.triples += result.triples
            self._tell(result, "loaded")

    def _tell(self, result: ReportGraph | ReportFailure, what: str) -> None:
        if self.on_report is not None:
            self.on_report(result, what)
        self.bar.update(1)


def _progress_bar(total: int, done: int, *, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, initial=done, disable=not enabled, unit="report", dynamic_ncols=True)


def extract_reports(todo: list[tuple[int, Path]], *, jobs: int = 1, dask: str | None = None,
                    ) -> Iterator[tuple[int, ReportGraph | ReportFailure]]:
    """(input index, result) for each (input index, path) of `todo`, in the order they finish:
    here in turn, in `jobs` processes, or on Dask."""
    if not todo:
        return iter(())
    if dask:
        return _extract_on_dask(todo, dask, jobs=jobs)
    if jobs <= 1 or len(todo) == 1:
        return ((index, graph_of_report(str(path))) for index, path in todo)
    return _extract_in_processes(todo, jobs)


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
    default_gazetteer()


def _extract_in_processes(todo: list[tuple[int, Path]], jobs: int):
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # forkserver, not fork: the parent holds an open RocksDB store, which a forked child must
    # not inherit; the server imports kg once and forks the workers from that clean state.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.corpus"])
    window = jobs * 4  # enough queued work to keep every worker busy, bounded memory
    pending: dict = {}
    queue = iter(todo)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                             initargs=(os.getpid(),)) as pool:
        def submit_next() -> None:
            for index, path in queue:
                pending[pool.submit(graph_of_report, str(path))] = index
                return

        for _ in range(window):
            submit_next()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                submit_next()
                yield index, future.result()


def _extract_on_dask(todo: list[tuple[int, Path]], address: str, *, jobs: int):
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
        client = Client(cluster or address, timeout="30s")
    except (OSError, TimeoutError, ValueError) as error:
        if cluster is not None:
            cluster.close()
        raise KGError(f"{address}: cannot reach the Dask scheduler ({error}); give its address "
                      f"as tcp://HOST:8786, or --dask local") from error
    try:
        yield from _run_on_client(client, todo, as_completed)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run_on_client(client, todo: list[tuple[int, Path]], as_completed):
    threads = sum(client.nthreads().values()) or 1
    window = max(16, 4 * threads)  # bounded, so a big corpus is never all in memory at once
    queue = iter(todo)
    running = as_completed()
    index_of: dict[str, int] = {}
    local: list[tuple[int, Path]] = []  # files this machine cannot read: reported as failures

    def submit_next() -> None:
        for index, path in queue:
            try:
                data = path.read_bytes()
            except OSError:
                local.append((index, path))
                continue
            future = client.submit(graph_of_report, str(path), data, pure=False)
            index_of[future.key] = index
            running.add(future)
            return

    for _ in range(window):
        submit_next()
    for future in running:
        index = index_of.pop(future.key)
        submit_next()
        result = future.result()
        future.release()
        yield index, result
    for index, path in local:
        yield index, graph_of_report(str(path))


def check_jobs(jobs: int) -> int:
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give a number of processes, 1 or more")
    return jobs
