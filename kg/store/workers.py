"""Query workers for a read-only server: each is a process holding the store open read-only.
Oxigraph cannot stop a query once it runs, but a process can be ended: a query that outlives
its time ends its worker, a fresh one takes its place, and the server answers the next request.
At most `size` queries run at once; a request that finds every worker busy waits for one."""
from __future__ import annotations

import multiprocessing
import queue
import threading
from pathlib import Path

from kg.store.answers import Answer, QueryRequest, plain


def _work(folder: str, conn) -> None:
    """A worker's life: open the store, then answer requests until the pipe closes."""
    import pyoxigraph

    from kg.store.answers import answer

    store = pyoxigraph.Store.read_only(folder)
    conn.send("ready")
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        conn.send(answer(store, request))


class _Worker:
    def __init__(self, context, folder: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(folder, child), daemon=True,
                                       name="kg-serve-query")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> bool:
        if not self.ready and self.conn.poll(timeout):
            self.ready = self.conn.recv() == "ready"
        return self.ready

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryWorkers:
    def __init__(self, folder: str | Path, *, size: int = 2, timeout: float = 10.0) -> None:
        # spawn, not fork: the server is threaded, and a forked thread's locks stay locked
        self.context = multiprocessing.get_context("spawn")
        self.folder = str(folder)
        self.timeout = timeout
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.lock = threading.Lock()
        self.workers = [_Worker(self.context, self.folder) for _ in range(size)]
        for worker in self.workers:
            if not worker.wait_ready(60):
                self.close()
                raise OSError(f"{folder}: a query worker could not open the store")
            self.idle.put(worker)

    def run(self, request: QueryRequest) -> Answer:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return plain(503, f"every query worker is busy; try again in {self.timeout:g} s")
        try:
            worker.conn.send(request)
            if worker.conn.poll(self.timeout):
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
        fresh = _Worker(self.context, self.folder)
        fresh.wait_ready(60)
        with self.lock:
            self.workers = [fresh if w is worker else w for w in self.workers]
        return fresh

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
