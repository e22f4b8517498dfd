"""Query workers: each is a process holding the store open. Oxigraph cannot stop a query once
it runs, but a process can be ended: a query that outlives its time ends its worker, a fresh one
takes its place, and the server answers the next request. At most `size` queries run at once; a
request that finds every worker busy waits for one.

A read-only server has `size` workers holding the store read-only. A writable server has one
worker holding it for writing (RocksDB lets one process write): it runs the queries and the
writes in turn. Ending it in a query loses nothing: each write is a transaction, done or not."""
from __future__ import annotations

import multiprocessing
import queue
import threading
from dataclasses import dataclass
from pathlib import Path

from kg.store.answers import Answer, QueryRequest, plain


@dataclass(frozen=True)
class WriteRequest:
    """A change to a writable server's store: `update` (SPARQL Update `text`), `replace` (make
    `graph` hold the N-Triples `text`), `add` (the N-Triples `text` to `graph`), `remove`."""

    action: str
    graph: str = ""
    text: str = ""


def _work(folder: str, conn, writable: bool = False) -> None:
    """A worker's life: open the store, then answer requests until the pipe closes."""
    import pyoxigraph

    from kg.store.answers import answer

    store = pyoxigraph.Store(folder) if writable else pyoxigraph.Store.read_only(folder)
    conn.send("ready")
    while True:
        try:
            request = conn.recv()
        except EOFError:
            store.flush()
            return
        conn.send(_write(store, request) if isinstance(request, WriteRequest) else answer(store, request))


def _write(store, request: WriteRequest) -> Answer:
    import pyoxigraph

    from kg.store.base import as_nquads, replacing_update
    from kg.store.digest import drop_digests
    from kg.store.summary import DROP_SUMMARY, SUMMARY_GRAPH

    try:
        if request.action == "update":
            store.update(request.text)
        elif request.action == "remove":
            store.remove_graph(pyoxigraph.NamedNode(request.graph))
        elif request.action == "add" or (request.action == "replace" and not store.contains_named_graph(
                pyoxigraph.NamedNode(request.graph))):
            store.load(as_nquads(request.text, request.graph), format=pyoxigraph.RdfFormat.N_QUADS)
        else:  # dropping and inserting in one update: one transaction
            store.update(replacing_update(request.graph, request.text))
        if SUMMARY_GRAPH not in (request.text or "") and request.graph != SUMMARY_GRAPH:
            store.update(DROP_SUMMARY)  # its counts may be wrong now; questions count anew
        if request.action in ("add", "update"):  # a report's digest may be wrong now; compare asks
            store.update(drop_digests(request.graph if request.action == "add" else None))
    except (SyntaxError, ValueError) as error:
        return plain(400, f"cannot parse the request: {error}")
    except OSError as error:
        return plain(500, f"the store could not take it: {error}")
    return Answer(201 if request.action == "replace" else 204, "text/plain", b"")


class _Worker:
    def __init__(self, context, folder: str, writable: bool = False) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(folder, child, writable), daemon=True,
                                       name="kg-serve-query")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> bool:
        if not self.ready and self.conn.poll(timeout):
            self.ready = self.conn.recv() == "ready"
        return self.ready

    def stop(self, *, kill: bool = True) -> None:
        """End the worker: at once (a query that ran too long), or by closing its pipe, so it
        lets go of the store in order."""
        if not kill:
            self.conn.close()
            self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        if not self.conn.closed:
            self.conn.close()


class QueryWorkers:
    def __init__(self, folder: str | Path, *, size: int = 2, timeout: float = 10.0,
                 writable: bool = False) -> None:
        # spawn, not fork: the server is threaded, and a forked thread's locks stay locked
        self.context = multiprocessing.get_context("spawn")
        self.folder = str(folder)
        self.timeout = timeout
        self.writable = writable
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.lock = threading.Lock()
        self.workers = [_Worker(self.context, self.folder, writable) for _ in range(1 if writable else size)]
        for worker in self.workers:
            if not worker.wait_ready(60):
                self.close()
                raise OSError(f"{folder}: a query worker could not open the store")
            self.idle.put(worker)

    def run(self, request: QueryRequest | WriteRequest) -> Answer:
        """The answer to a query (stopped after `timeout`) or a write (waited for: stopping a
        write would only undo it)."""
        writing = isinstance(request, WriteRequest)
        try:
            worker = self.idle.get(timeout=None if writing else self.timeout)
        except queue.Empty:
            return plain(503, f"every query worker is busy; try again in {self.timeout:g} s")
        try:
            worker.conn.send(request)
            if worker.conn.poll(None if writing else self.timeout):
                return worker.conn.recv()
            worker = self._replace(worker)
            return plain(503, f"the query ran longer than {self.timeout:g} s and was stopped; "
                              f"narrow it (LIMIT, fewer patterns) or start the server with a longer --timeout")
        except (EOFError, OSError, BrokenPipeError):  # the worker died under the query
            worker = self._replace(worker)
            return plain(500, "the query worker stopped while running the query")
        finally:
            self.idle.put(worker)

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop()
        fresh = _Worker(self.context, self.folder, self.writable)
        fresh.wait_ready(60)
        with self.lock:
            self.workers = [fresh if w is worker else w for w in self.workers]
        return fresh

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(kill=False)
