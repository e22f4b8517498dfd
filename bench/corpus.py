"""A corpus at the store's pace: `kg build FOLDER --store DIR` against Oxigraph's own
`Store.bulk_load` of the very quads that build wrote, plus `optimize()`, measured in one run,
interleaved (build, engine, build, engine ...) so that both see the same load. Also the peak
resident memory of the build's whole process tree (the command and its workers), sampled from
/proc every 0.1 s. Not a test: figures.

    python bench/corpus.py --n 1000 [--runs 3] [--jobs 2] [--work /tmp/unkg-bench]
    python bench/corpus.py --n 10000 --runs 1 --memory-only

The engine's side runs in a new process too (`python -c`), reading the N-Quads from a file, so
that it pays what the build pays: its own start, parsing the text, writing RocksDB, merging.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

ENGINE = """
import sys, pyoxigraph
store = pyoxigraph.Store(sys.argv[1])
store.bulk_load(path=sys.argv[2], format=pyoxigraph.RdfFormat.N_QUADS)
store.optimize()
store.flush()
"""


def tree_rss(root: int, cpu: dict[int, float] | None = None) -> int:
    """Resident bytes of `root` and of every process descended from it (workers included);
    `cpu` gets each process's CPU seconds so far (the last sample before it ends counts)."""
    import psutil

    try:
        parent = psutil.Process(root)
        processes = [parent] + parent.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for process in processes:
        try:
            with process.oneshot():
                total += process.memory_info().rss
                if cpu is not None:
                    times = process.cpu_times()
                    cpu[process.pid] = times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def run_sampled(command: list[str], env: dict | None = None, cwd: str | None = None) -> dict:
    """Wall time, CPU time of the whole tree (each process's last sample; under 0.1 s of each
    is missed) and peak tree RSS of a command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    peak = [0]
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], tree_rss(process.pid, cpu))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)}: exit {process.returncode}: {err.decode()[-2000:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(sum(cpu.values()), 2),
            "peak_tree_mb": round(peak[0] / 2**20, 1)}


def measure(n: int, runs: int, jobs: int, work: Path, python: str = sys.executable,
            memory_only: bool = False, before: Path | None = None) -> dict:
    from stores import corpus_files

    paths = corpus_files(work, n, 0)
    folder = paths[0].parent / f"../reports-{n}"
    folder = folder.resolve()
    if not folder.exists():  # the first n reports alone, as `kg build FOLDER` takes a folder
        folder.mkdir(parents=True)
        for path in paths:
            os.link(path, folder / path.name)
    store, engine_store, quads = work / f"store-{n}", work / f"engine-{n}", work / f"quads-{n}.nq"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    build = [python, "-m", "kg.cli", "build", str(folder), "--store", str(store), "--jobs", str(jobs)]
    load_before = os.getloadavg()
    builds, engines, olds = [], [], []
    for round_ in range(runs):
        if before is not None:  # the same build by another version of the code, same moment
            shutil.rmtree(store, ignore_errors=True)
            olds.append(run_sampled(build, {**env, "PYTHONPATH": str(before)}, cwd=str(before)))
        shutil.rmtree(store, ignore_errors=True)
        builds.append(run_sampled(build, env))
        if memory_only:
            continue
        if round_ == 0:  # the quads the build wrote, for the engine to load
            import pyoxigraph

            finished = pyoxigraph.Store.read_only(str(store))
            finished.dump(output=str(quads), format=pyoxigraph.RdfFormat.N_QUADS)
            del finished
        shutil.rmtree(engine_store, ignore_errors=True)
        engines.append(run_sampled([python, "-c", ENGINE, str(engine_store), str(quads)], env))
    out = {"reports": n, "jobs": jobs, "runs": runs, "cores": os.cpu_count(),
           "load_before": [round(x, 2) for x in load_before],
           "load_after": [round(x, 2) for x in os.getloadavg()],
           "build_wall_s": statistics.median(b["wall_s"] for b in builds),
           "build_cpu_s": statistics.median(b["cpu_s"] for b in builds),
           "reports_per_s": round(n / statistics.median(b["wall_s"] for b in builds), 1),
           "peak_tree_mb": max(b["peak_tree_mb"] for b in builds), "builds": builds}
    if olds:
        out.update({"before": str(before), "before_wall_s": statistics.median(b["wall_s"] for b in olds),
                    "before_cpu_s": statistics.median(b["cpu_s"] for b in olds),
                    "before_peak_tree_mb": max(b["peak_tree_mb"] for b in olds), "befores": olds})
        if engines:
            out["before_ratio"] = round(statistics.median(
                b["wall_s"] / e["wall_s"] for b, e in zip(olds, engines)), 2)
            out["before_cpu_ratio"] = round(statistics.median(
                b["cpu_s"] / e["cpu_s"] for b, e in zip(olds, engines)), 2)
    if engines:
        out.update({
            "engine_wall_s": statistics.median(e["wall_s"] for e in engines),
            "engine_peak_mb": max(e["peak_tree_mb"] for e in engines), "engines": engines,
            # ratio per round (same moment, same load), then the median of the rounds
            "ratio": round(statistics.median(b["wall_s"] / e["wall_s"] for b, e in zip(builds, engines)), 2),
            "engine_cpu_s": statistics.median(e["cpu_s"] for e in engines),
            "cpu_ratio": round(statistics.median(b["cpu_s"] / e["cpu_s"] for b, e in zip(builds, engines)), 2),
            "quads": quads.stat().st_size and sum(1 for _ in quads.open("rb")),
        })
    shutil.rmtree(engine_store, ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/unkg-bench"))
    parser.add_argument("--memory-only", action="store_true", help="only the build, for its peak memory")
    parser.add_argument("--before", type=Path, help="a source tree of another version (git archive of "
                        "a commit): its build is measured in each round too")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(json.dumps(measure(args.n, args.runs, args.jobs, args.work, memory_only=args.memory_only,
                             before=args.before), indent=2))


if __name__ == "__main__":
    main()
