"""How reading and extraction grow with the length of one paragraph: a one-line text made of
the sample report's lines joined (no line ends at all, as a bad PDF copy or a web page gives),
cut to N characters. Each size runs in its own process, so its peak memory is its own.

    python bench/long_text.py --sizes 50000 100000 200000 400000 --language zh
    PYTHONPATH=/path/to/other/checkout python bench/long_text.py ...   (to compare two versions)

Prints characters, seconds to read and to extract, peak resident memory; figures in
bench/NOTES.md. Not a test: timings depend on the machine and its load.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"zh": ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt",
           "en": ROOT / "tests" / "fixtures" / "reports" / "A-76-97.en.txt"}


def one_line(language: str, size: int) -> str:
    lines = SOURCES[language].read_text(encoding="utf-8").split("\n")
    joined = ("" if language == "zh" else " ").join(lines)
    return (joined * (size // len(joined) + 1))[:size]


def measure(language: str, size: int) -> dict:
    """Run in a child process: one size, timed, with its peak memory."""
    from kg.extract.pipeline import extract
    from kg.ingest import read_text
    from kg.reference import default_gazetteer

    gazetteer = default_gazetteer()
    extract(read_text(one_line(language, 20000), source="warm-up"), gazetteer)  # imports, caches
    text = one_line(language, size)
    started = time.perf_counter()
    document = read_text(text, source="long")
    read = time.perf_counter() - started
    facts = extract(document, gazetteer)
    extracted = time.perf_counter() - started - read
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"chars": size, "read_s": round(read, 2), "extract_s": round(extracted, 2),
            "peak_mb": round(peak_mb), "mentions": len(facts.mentions), "activities": len(facts.activities)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 100_000, 200_000, 400_000])
    parser.add_argument("--language", choices=sorted(SOURCES), default="zh")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per size before giving up")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child's size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.language, args.one)))
        return
    print(f"{'chars':>10} {'read s':>8} {'extract s':>10} {'peak MB':>8} {'mentions':>9} {'activities':>10}")
    for size in args.sizes:
        try:
            done = subprocess.run([sys.executable, __file__, "--language", args.language, "--one", str(size)],
                                  capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"{size:>10} over {args.timeout:g} s")
            continue
        if done.returncode:
            print(f"{size:>10} failed: {(done.stderr.strip().splitlines() or ['killed'])[-1]}")
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{row['chars']:>10} {row['read_s']:>8} {row['extract_s']:>10} {row['peak_mb']:>8} "
              f"{row['mentions']:>9} {row['activities']:>10}")


if __name__ == "__main__":
    main()
