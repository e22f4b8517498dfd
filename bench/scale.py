"""Scale out: extraction of the same reports by the process pool (`kg build --jobs 2`) and by a
Dask cluster of 2 workers on this machine (`kg build --dask local --jobs 2`, a
distributed.LocalCluster with one thread per worker), nothing loaded. Each run starts its own
pool or cluster, so the start-up is counted: that is what a user waits for.

    python bench/scale.py --n 1000                    # prints JSON

Also times the Dask client against an already running cluster (the start-up left out), which is
what a user of a long-lived cluster pays per build.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from stores import WORK, corpus_files  # noqa: E402


def extract_all(todo, **how) -> tuple[float, int, int]:
    """(seconds, reports, triples) of extracting `todo` one way."""
    from kg.corpus import extract_reports

    started = time.perf_counter()
    reports = triples = 0
    for _, result in extract_reports(todo, **how):
        reports += 1
        triples += getattr(result, "triples", 0)
    return time.perf_counter() - started, reports, triples


def warm_cluster(todo, jobs: int) -> float:
    """Seconds for the Dask path on a cluster started beforehand (start-up not counted)."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        address = cluster.scheduler_address
        extract_all(todo[:jobs * 4], jobs=jobs, dask=address)  # the workers read the reference data
        seconds, _, _ = extract_all(todo, jobs=jobs, dask=address)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description="Process pool against a local Dask cluster.")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=WORK)
    args = parser.parse_args()
    todo = list(enumerate(corpus_files(args.work, args.n)))
    one_s, one_n, _ = extract_all(todo[:100], jobs=1)
    pool_s, reports, triples = extract_all(todo, jobs=args.jobs)
    dask_s, dask_reports, _ = extract_all(todo, jobs=args.jobs, dask="local")
    assert dask_reports == reports
    warm_s = warm_cluster(todo, args.jobs)
    print(json.dumps({
        "reports": reports, "triples": triples, "jobs": args.jobs,
        "one_process_reports_per_s": round(one_n / one_s, 1),
        "pool_s": round(pool_s, 2), "pool_reports_per_s": round(reports / pool_s, 1),
        "dask_s": round(dask_s, 2), "dask_reports_per_s": round(reports / dask_s, 1),
        "dask_warm_s": round(warm_s, 2), "dask_warm_reports_per_s": round(reports / warm_s, 1),
    }))


if __name__ == "__main__":
    main()
