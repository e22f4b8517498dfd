"""Benchmark corpus builds and the canonical queries: Oxigraph store against rdflib in memory.

    python bench/run.py --n 100 1000 10000

For each N it writes N synthetic reports (bench/generate.py, seed 0), then, each engine in a
child process of its own so that its peak memory is its own:

  oxigraph  `kg build --store` as the command runs it (kg.corpus.build_corpus, one process per
            core extracting, this process loading one transaction per report), the time spent
            loading measured inside; then each canonical query on the store, through run_query.
  rdflib    the one-process pipeline `kg.pipeline.build_dataset` (read, extract, map into an
            rdflib Dataset), then each canonical query with rdflib's SPARQL engine (union of
            the graphs as default graph). Skipped above --rdflib-max reports (memory).

Parallel extraction alone (no loading) is measured on up to 1,000 reports. Results go to
bench/results.json (kept across runs, one entry per N) and bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
QUERIES = ("document", "entities", "activities", "activity_links", "contributions", "finance", "staffing")
QUERY_TIMEOUT = 120  # seconds for one rdflib query before it is given up


def corpus_files(work: Path, n: int, seed: int) -> list[Path]:
    """Reports 0..n-1 (written once, shared by every N: a report depends only on its index)."""
    sys.path.insert(0, str(HERE))
    from generate import make_report

    folder = work / f"corpus-seed{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        name, text = make_report(index, seed)
        path = folder / name
        if not path.exists():
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


class MemorySampler:
    """Peak resident memory of this process and of all its descendants together (the worker
    processes of a build are children of a fork server, out of reach of getrusage), sampled
    from /proc every 0.1 s in a thread."""

    def __init__(self) -> None:
        self.peak_total = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            self.peak_total = max(self.peak_total, _tree_rss(os.getpid()))

    def result(self) -> dict[str, float]:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {"main_mb": round(own, 1), "total_mb": round(self.peak_total / 2**20, 1)}


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and every process descended from it."""
    parents, rss = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        parents[pid], rss[pid] = int(fields[1]), int(fields[21]) * resource.getpagesize()
    total, seen, frontier = 0, set(), [root]
    while frontier:
        pid = frontier.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += rss.get(pid, 0)
        frontier += [child for child, parent in parents.items() if parent == pid]
    return total


def time_query(run, name: str, repeat: int = 5) -> dict:
    from kg.query import find_query

    sparql = find_query(name)
    started = time.perf_counter()
    rows = run(sparql)
    cold = time.perf_counter() - started
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run(sparql)
        times.append(time.perf_counter() - started)
    return {"rows": rows, "cold_ms": round(cold * 1000, 1), "median_ms": round(statistics.median(times) * 1000, 1)}


class TimedStore:
    """A store whose loading time is added up (everything else passes through)."""

    def __init__(self, store) -> None:
        self.store, self.seconds = store, 0.0

    def load_reports(self, reports) -> None:
        started = time.perf_counter()
        self.store.load_reports(reports)
        self.seconds += time.perf_counter() - started

    def load_quads(self, reports) -> None:  # what kg.corpus calls on a store that has it
        started = time.perf_counter()
        self.store.load_quads(reports)
        self.seconds += time.perf_counter() - started

    def report_hashes(self) -> dict[str, str]:
        return self.store.report_hashes()


def child_oxigraph(paths: list[Path], work: Path, jobs: int) -> dict:
    from kg.corpus import build_corpus
    from kg.query import run_query
    from kg.store.embedded import OxigraphStore

    folder = work / f"store-{len(paths)}"
    shutil.rmtree(folder, ignore_errors=True)
    store = OxigraphStore(folder)
    timed = TimedStore(store)
    with MemorySampler() as sampler:
        started = time.perf_counter()
        summary = build_corpus(paths, timed, jobs=jobs)
        store.close()
        wall = time.perf_counter() - started
    memory = sampler.result()
    assert not summary.failures, summary.failures[:3]
    reader = OxigraphStore(folder, read_only=True)
    repeat = 5 if len(paths) <= 1000 else 2
    queries = {name: time_query(lambda q: len(run_query(reader, q).rows), name, repeat)
               for name in QUERIES}
    import pyoxigraph

    tsv = pyoxigraph.QueryResultsFormat.TSV
    for name in QUERIES:  # the engine alone: results written as TSV in Rust, no Python rows
        engine = time_query(lambda q: len(reader.query(q).serialize(format=tsv)), name, repeat)
        queries[name]["engine_ms"] = engine["median_ms"]
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    reader.close()
    shutil.rmtree(folder, ignore_errors=True)
    return {"reports": summary.loaded, "triples": summary.triples, "wall_s": round(wall, 2),
            "reports_per_s": round(summary.loaded / wall, 1), "load_s": round(timed.seconds, 2),
            "load_reports_per_s": round(summary.loaded / timed.seconds, 1),
            "load_triples_per_s": round(summary.triples / timed.seconds),
            "store_mb": round(size / 2**20, 1), "memory": memory, "queries": queries, "jobs": jobs}


def child_extraction(paths: list[Path], jobs: int) -> dict:
    """Parallel extraction alone: read, extract, map and serialise, nothing loaded."""
    from kg.corpus import extract_reports

    sample = list(enumerate(paths[:1000]))
    started = time.perf_counter()
    triples = sum(getattr(result, "triples", 0) for _, result in extract_reports(sample, jobs=jobs))
    wall = time.perf_counter() - started
    return {"reports": len(sample), "wall_s": round(wall, 2), "reports_per_s": round(len(sample) / wall, 1),
            "triples": triples, "jobs": jobs}


def child_rdflib(paths: list[Path]) -> dict:
    from kg.extract.pipeline import extract
    from kg.ingest import read_report
    from kg.rdf.mapping import to_dataset
    from kg.reference import default_gazetteer

    gazetteer = default_gazetteer()
    with MemorySampler() as sampler:
        started = time.perf_counter()
        items = [(document, extract(document, gazetteer)) for document in map(read_report, paths)]
        extracted = time.perf_counter()
        dataset = to_dataset(items)
        wall = time.perf_counter() - started
    mapping = wall - (extracted - started)
    dataset.default_union = True
    triples = sum(1 for _ in dataset.quads((None, None, None, None)))
    memory = sampler.result()

    def run(sparql: str) -> int:
        signal.alarm(QUERY_TIMEOUT)
        try:
            return len(list(dataset.query(sparql)))
        finally:
            signal.alarm(0)

    def on_alarm(*_):
        raise TimeoutError

    signal.signal(signal.SIGALRM, on_alarm)
    queries = {}
    for name in QUERIES:
        try:
            queries[name] = time_query(run, name, repeat=2)
        except TimeoutError:
            queries[name] = {"rows": None, "cold_ms": None, "median_ms": None,
                             "note": f"> {QUERY_TIMEOUT} s"}
    return {"reports": len(paths), "triples": triples, "wall_s": round(wall, 2),
            "reports_per_s": round(len(paths) / wall, 1), "load_s": round(mapping, 2),
            "load_reports_per_s": round(len(paths) / mapping, 1),
            "load_triples_per_s": round(triples / mapping), "memory": memory, "queries": queries, "jobs": 1}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                     if line.startswith("MemTotal"))
    import pyoxigraph
    import rdflib

    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(memory_kb / 2**20, 1),
            "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__,
            "rdflib": rdflib.__version__, "os": platform.platform()}


def run_child(engine: str, n: int, args) -> dict:
    command = [sys.executable, __file__, "--child", engine, "--n", str(n), "--work", str(args.work),
               "--jobs", str(args.jobs), "--seed", str(args.seed)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{engine} for {n} reports failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark corpus builds and queries.")
    parser.add_argument("--n", type=int, nargs="+", required=True, help="corpus sizes")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("/tmp/unkg-bench"))
    parser.add_argument("--rdflib-max", type=int, default=1000, help="largest N run with rdflib")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.child:
        paths = corpus_files(args.work, args.n[0], args.seed)
        result = {"oxigraph": lambda: child_oxigraph(paths, args.work, args.jobs),
                  "extraction": lambda: child_extraction(paths, args.jobs),
                  "rdflib": lambda: child_rdflib(paths)}[args.child]()
        print(json.dumps(result))
        return
    from report import write_results

    results_file = HERE / "results.json"
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    for n in args.n:
        corpus_files(args.work, n, args.seed)
        entry = {"machine": machine(), "date": time.strftime("%Y-%m-%d")}
        for engine in ("extraction", "oxigraph") + (("rdflib",) if n <= args.rdflib_max else ()):
            print(f"{n} reports: {engine} ...", file=sys.stderr, flush=True)
            entry[engine] = run_child(engine, n, args)
            print(f"  {json.dumps(entry[engine])[:300]}", file=sys.stderr, flush=True)
        results[str(n)] = entry
        results_file.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
        write_results(results, HERE / "RESULTS.md")


if __name__ == "__main__":
    main()
