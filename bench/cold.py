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


def run_timed(command: list[str], before: Path | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process; with `before`, of the code there."""
    env, cwd = user_env(), None
    if before is not None:
        env, cwd = {**env, "PYTHONPATH": str(before)}, str(before)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)}: exit {process.returncode}: {process.stderr.read().decode()}")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def measure(reports: list[str], runs: int = 5, python: str = sys.executable,
            before: Path | None = None) -> dict:
    """Bare import and `kg build` of each report, `runs` rounds interleaved; with `before` (a
    source tree of another version), its build of each report in the same rounds."""
    kg = [python, "-m", "kg.cli"]
    reports = [str(Path(r).resolve()) for r in reports]
    load_before = os.getloadavg()
    names = ["bare"] + [f"before:{r}" for r in reports if before] + reports
    rounds: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "graph.ttl")
        for report in reports:  # a first run may compile the reference data
            run_timed(kg + ["build", report, "-o", out])
            if before:
                run_timed(kg + ["build", report, "-o", out], before)
        for _ in range(runs):
            for name in rounds:
                if name == "bare":
                    rounds[name].append(run_timed([python, "-c", BARE]))
                elif name.startswith("before:"):
                    rounds[name].append(run_timed(kg + ["build", name[7:], "-o", out], before))
                else:
                    rounds[name].append(run_timed(kg + ["build", name, "-o", out]))
    load_after = os.getloadavg()
    out: dict = {"runs": runs, "load_before": [round(x, 2) for x in load_before],
                 "load_after": [round(x, 2) for x in load_after]}
    bare = rounds["bare"]
    out["bare"] = {"wall_s": round(statistics.median(w for w, _ in bare), 3),
                   "cpu_s": round(statistics.median(c for _, c in bare), 3)}
    for report in names[1:]:
        times = rounds[report]
        label = ("before " if report.startswith("before:") else "") + Path(report.removeprefix("before:")).name
        out[label] = {
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
    parser.add_argument("--before", type=Path, help="a source tree of another version (git archive of "
                        "a commit): its builds are measured in the same rounds")
    args = parser.parse_args()
    print(json.dumps(measure(args.reports, args.runs, before=args.before), indent=2))


if __name__ == "__main__":
    main()
