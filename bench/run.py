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
sys.path.insert(0, str(HERE))
from stores import corpus_files  # noqa: E402  (the generated corpus every benchmark shares)

QUERIES = ("document", "entities", "activities", "activity_links", "contributions", "finance", "staffing")

QUERY_TIMEOUT = 30  # seconds for one rdflib query before it is given up


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

    def __getattr__(self, name: str):  # query, replace_graph, keeps_summary ...: the store's own
        return getattr(self.store, name)


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
    keep_for_questions(folder, work, summary)
    return {"reports": summary.loaded, "triples": summary.triples, "wall_s": round(wall, 2),
            "reports_per_s": round(summary.loaded / wall, 1), "load_s": round(timed.seconds, 2),
            "load_reports_per_s": round(summary.loaded / timed.seconds, 1),
            "load_triples_per_s": round(summary.triples / timed.seconds),
            "store_mb": round(size / 2**20, 1), "memory": memory, "queries": queries, "jobs": jobs}


def keep_for_questions(folder: Path, work: Path, summary) -> None:
    """The store just built becomes the one bench/questions.py reads (bench/stores.py), so a
    run builds each size once and the questions see this version's graph."""
    from stores import store_folder

    target = store_folder(work, summary.loaded)
    stamp = target.with_name(target.name + ".built.json")
    stamp.unlink(missing_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    folder.rename(target)
    stamp.write_text(json.dumps({"reports": summary.loaded, "triples": summary.triples}) + "\n")


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
            queries[name] = time_query(run, name, repeat=1)
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


def run_script(name: str, arguments: list[str]) -> dict | list | None:
    """Run bench/NAME.py (when there is one) in its own process; its JSON output, or a note."""
    script = HERE / f"{name}.py"
    if not script.exists():
        return None
    print(f"{name} {' '.join(arguments)} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(script), *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["failed"]}
    text = done.stdout.strip()
    try:
        result = json.loads(text)
    except json.JSONDecodeError:  # one JSON object per line
        result = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return result


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# Other benchmarks run when their module is present: name -> arguments (N given where it matters)
MODULES = {
    "cold": lambda args: ["--runs", "5", *COLD_REPORTS],
    "corpus": lambda args: ["--n", str(min(args.sizes)), "--runs", "2", "--jobs", str(args.jobs),
                            "--work", str(args.work)],
    "stages": lambda args: ["--n", "200", "--work", str(args.work)],
}
# One report cold: the sample, then a report of each other language from the fixtures.
COLD_REPORTS = [str(HERE.parent / path) for path in (
    "kg/data/reports/A-76-97.zh.txt", "tests/fixtures/reports/A-76-97.en.txt",
    "tests/fixtures/reports/unrec-2023.fr.txt", "tests/fixtures/reports/unlirec-2023.es.txt",
    "tests/fixtures/reports/unrcpd-2023-ru.ru.txt", "tests/fixtures/reports/unlirec-2020-ar.ar.txt")]


def main() -> None:
    parser = argparse.ArgumentParser(description="Every benchmark in one run; writes bench/RESULTS.md.")
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--n", type=int, nargs="+", help=argparse.SUPPRESS)  # older spelling of --sizes
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("/tmp/unkg-bench"))
    parser.add_argument("--rdflib-max", type=int, default=1000, help="largest N run with rdflib")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each question (median)")
    parser.add_argument("--skip", default="", help="comma-separated parts to leave out: "
                        "build, questions, scale, " + ", ".join(MODULES))
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
    from report import write_report

    args.sizes = args.n or [int(size) for size in args.sizes.split(",")]
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    started = time.perf_counter()
    run = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "load_start": load_average(), "sizes": {}, "modules": {}}
    for name, arguments in MODULES.items():
        if name not in skip:
            result = run_script(name, arguments(args))
            if result is not None:
                run["modules"][name] = result
    for n in args.sizes:
        corpus_files(args.work, n, args.seed)
        entry = {}
        if "build" not in skip:
            for engine in ("extraction", "oxigraph") + (("rdflib",) if n <= args.rdflib_max else ()):
                print(f"{n} reports: {engine} ...", file=sys.stderr, flush=True)
                entry[engine] = run_child(engine, n, args)
        if "questions" not in skip:
            found = run_script("questions", ["--sizes", str(n), "--repeat", str(args.repeat), "--work",
                                             str(args.work), "--rdflib-max", str(args.rdflib_max)])
            entry["questions"] = found[-1] if isinstance(found, list) else found
        run["sizes"][str(n)] = entry
    if "scale" not in skip:
        run["scale"] = run_script("scale", ["--n", str(min(args.sizes)), "--jobs", str(args.jobs),
                                            "--work", str(args.work)])
    run["load_end"] = load_average()
    run["minutes"] = round((time.perf_counter() - started) / 60, 1)
    (HERE / "results.json").write_text(json.dumps(run, indent=1, ensure_ascii=False) + "\n")
    write_report(run, HERE / "RESULTS.md")


if __name__ == "__main__":
    main()
