"""Where a report's time goes in a corpus build, stage by stage, in one warm process (reference
data and matchers loaded): read, extract, map to triples, write N-Quads, and Oxigraph's bulk load
of those N-Quads (into an in-memory store). CPU time per report, so that other processes on the
machine move the figures less. Not a test: figures.

    python bench/stages.py [--n 200] [--work /tmp/unkg-bench]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def measure(n: int, work: Path) -> dict:
    import pyoxigraph

    from kg.corpus import _described
    from kg.extract.pipeline import extract
    from kg.ingest import read_report
    from kg.rdf.mapping import graph_iri, report_triples
    from kg.reference import default_gazetteer
    from kg.store.ntriples import to_nquads
    from stores import corpus_files

    paths = corpus_files(work, n, 0)
    gazetteer = default_gazetteer()
    extract(read_report(paths[0]), gazetteer)  # matchers built, regexes compiled
    spent = dict.fromkeys(("read", "extract", "map", "write", "load"), 0.0)
    store = pyoxigraph.Store()
    loaded: set[bytes] = set()  # entity descriptions loaded, as kg.corpus._Loader keeps them
    load_before = os.getloadavg()
    for path in paths:
        clock = time.process_time()
        document = read_report(path)
        spent["read"] += time.process_time() - clock
        clock = time.process_time()
        facts = extract(document, gazetteer)
        spent["extract"] += time.process_time() - clock
        clock = time.process_time()
        own, named = report_triples(document, facts)
        spent["map"] += time.process_time() - clock
        clock = time.process_time()  # a worker's N-Quads: its own graph, entity blocks memoised
        quads = to_nquads(own, str(graph_iri(document))).encode()
        described = [_described(entity, entity.labels) for entity in named]
        spent["write"] += time.process_time() - clock
        clock = time.process_time()  # the loader: blocks this build has not loaded yet
        new = [block for block in described if block not in loaded]
        loaded.update(new)
        store.bulk_load(quads + b"".join(new), format=pyoxigraph.RdfFormat.N_QUADS)
        spent["load"] += time.process_time() - clock
    per_report = {stage: round(1000 * seconds / n, 2) for stage, seconds in spent.items()}
    return {"reports": n, "cpu_ms_per_report": per_report,
            "total_ms_per_report": round(sum(per_report.values()), 2),
            "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in os.getloadavg()]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--work", type=Path, default=Path("/tmp/unkg-bench"))
    args = parser.parse_args()
    print(json.dumps(measure(args.n, args.work), indent=2))


if __name__ == "__main__":
    main()
