"""Generated corpora and the Oxigraph stores built from them, made once and kept under --work.

A store is built by `kg.corpus.build_corpus` (what `kg build FOLDER --store DIR` runs) from the
first N generated reports; a file `built.json` beside its data says it finished, so a store
that a killed build left half-made is built again. Building 10,000 reports takes minutes;
the benchmarks that only read a store (bench/questions.py, bench/dumps.py) share it.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
WORK = Path("/tmp/unkg-bench")


def corpus_files(work: Path, n: int, seed: int = 0) -> list[Path]:
    """Reports 0..n-1, written once and shared by every N (a report depends only on its index)."""
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


def store_folder(work: Path, n: int, seed: int = 0) -> Path:
    return work / f"questions-store-{n}-seed{seed}"


def ensure_store(n: int, *, work: Path = WORK, seed: int = 0, jobs: int | None = None) -> Path:
    """The folder of a finished Oxigraph store of the first n reports (built when missing)."""
    folder = store_folder(work, n, seed)
    stamp = folder.with_name(folder.name + ".built.json")
    if stamp.exists() and folder.exists():
        return folder
    from kg.corpus import build_corpus
    from kg.store.embedded import OxigraphStore

    paths = corpus_files(work, n, seed)
    shutil.rmtree(folder, ignore_errors=True)
    store = OxigraphStore(folder)
    started = time.perf_counter()
    summary = build_corpus(paths, store, jobs=jobs)
    store.close()
    if summary.failures:
        raise SystemExit(f"building {n} reports: {len(summary.failures)} failed, e.g. {summary.failures[:1]}")
    stamp.write_text(json.dumps({"reports": summary.loaded, "triples": summary.triples,
                                 "seconds": round(time.perf_counter() - started, 1)}) + "\n")
    return folder


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Build (once) the benchmark stores.")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--work", type=Path, default=WORK)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        print(ensure_store(size, work=args.work), flush=True)
