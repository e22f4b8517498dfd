"""One report, cold: `kg build REPORT -o graph.ttl` in a new process against the bare import of
rdflib, pyoxigraph and PyYAML, measured in one run, interleaved (bare, build, bare, build ...)
so that both see the same load on the machine. Not a test: figures.

    python bench/cold.py [REPORT ...] [--runs 5]

Wall time is what a user waits; CPU time (user + system of the child) is what the process did,
and moves far less when other processes share the cores. Both are given as medians and as the
median of the per-round ratios, with the load average before and after.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = "import rdflib, pyoxigraph, yaml"


def user_env() -> dict[str, str]:
    """The environment a user's shell has: bytecode written (a session may turn it off with
    PYTHONDONTWRITEBYTECODE, which recompiles every kg module on every run)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=user_env())
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)}: exit {process.returncode}: {process.stderr.read().decode()}")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def measure(reports: list[str], runs: int = 5, python: str = sys.executable) -> dict:
    """Bare import and `kg build` of each report, `runs` rounds interleaved."""
    kg = [python, "-m", "kg.cli"]
    load_before = os.getloadavg()
    rounds: dict[str, list[tuple[float, float]]] = {"bare": [], **{r: [] for r in reports}}
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "graph.ttl")
        run_timed(kg + ["build", reports[0], "-o", out])  # a first run may compile the reference data
        for _ in range(runs):
            for name in rounds:
                command = [python, "-c", BARE] if name == "bare" else kg + ["build", name, "-o", out]
                rounds[name].append(run_timed(command))
    load_after = os.getloadavg()
    out: dict = {"runs": runs, "load_before": [round(x, 2) for x in load_before],
                 "load_after": [round(x, 2) for x in load_after]}
    bare = rounds["bare"]
    out["bare"] = {"wall_s": round(statistics.median(w for w, _ in bare), 3),
                   "cpu_s": round(statistics.median(c for _, c in bare), 3)}
    for report in reports:
        times = rounds[report]
        out[Path(report).name] = {
            "wall_s": round(statistics.median(w for w, _ in times), 3),
            "cpu_s": round(statistics.median(c for _, c in times), 3),
            # ratio per round (same moment, same load), then the median of the rounds
            "wall_ratio": round(statistics.median(w / b for (w, _), (b, _) in zip(times, bare)), 2),
            "cpu_ratio": round(statistics.median(c / b for (_, c), (_, b) in zip(times, bare)), 2),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", nargs="*", default=[str(ROOT / "kg/data/reports/A-76-97.zh.txt")])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(measure(args.reports, args.runs), indent=2))


if __name__ == "__main__":
    main()
