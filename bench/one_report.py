"""How long one report takes: `kg build` as a user runs it (a new process, cold), and the
stages inside one process once the reference data is loaded (warm). Not a test: figures.

    python bench/one_report.py [REPORT] [--runs 20]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.pipeline import extract  # noqa: E402
from kg.ingest import read_report  # noqa: E402
from kg.paths import SAMPLE_REPORT  # noqa: E402
from kg.rdf.mapping import to_dataset  # noqa: E402
from kg.reference import default_gazetteer  # noqa: E402


def timed(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", nargs="?", default=str(SAMPLE_REPORT))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    kg = Path(sys.executable).parent / "kg"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "graph.ttl"
        cold = timed(lambda: subprocess.run([str(kg), "build", args.report, "-o", str(out)], check=True,
                                            capture_output=True), max(3, args.runs // 4))
    start = time.perf_counter()
    gazetteer = default_gazetteer()
    load = time.perf_counter() - start
    extract(read_report(args.report), gazetteer)  # builds the name matcher once
    read = timed(lambda: read_report(args.report), args.runs)
    document = read_report(args.report)
    facts_time = timed(lambda: extract(document, gazetteer), args.runs)
    facts = extract(document, gazetteer)
    mapping = timed(lambda: to_dataset([(document, facts)]), args.runs)
    print(f"report: {args.report}")
    print(f"kg build, new process (median of {max(3, args.runs // 4)}): {cold * 1000:.0f} ms")
    print(f"  reference data load: {load * 1000:.0f} ms (once per process)")
    print(f"  read {read * 1000:.1f} ms | extract {facts_time * 1000:.1f} ms | map to RDF {mapping * 1000:.1f} ms "
          f"(median of {args.runs}, warm)")


if __name__ == "__main__":
    main()
