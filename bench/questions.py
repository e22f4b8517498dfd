"""The questions users ask, timed on the generated stores: Oxigraph (as `kg query` runs them, in
this process, rows to CSV text included) and, up to --rdflib-max reports, rdflib's SPARQL engine
on the same quads. Also the whole-corpus dump of `activities` (streamed through Oxigraph's own
CSV serialiser as `kg query --format csv` does, whole and in --limit/--offset pages) against
Oxigraph serialising the same query's results alone.

    python bench/questions.py --sizes 1000,10000      # prints JSON, one object per size
    python bench/questions.py --sizes 10000 --store 10000=/tmp/unkg-bench/q-store-10000 --no-rdflib

The stores are built once (bench/stores.py) and kept under --work. Not a test: figures depend
on the machine and on what else runs on it.
"""
from __future__ import annotations

import argparse
import io
import json
import signal
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from stores import WORK, ensure_store  # noqa: E402

# (label, shipped query, parameters); the parameters name what the generated corpus holds
QUESTIONS = (
    ("partners of one organisation", "partners", {"org": ["EU"]}),
    ("activities of one centre in one year", "centre_activities", {"centre": ["UNRCPD"], "year": ["2021"]}),
    ("who funded activities in one country", "country_funders", {"country": ["NPL"]}),
    ("activities per year by type, one centre", "activities_per_year", {"centre": ["UNRCPD"]}),
    ("one report's activities with their sources", "report_activities", {"report": ["A/76/100"]}),
    ("full-text lookup of a name", "find_name", {"text": ["nep"]}),
)
COMPARES = (("kg compare of two years of one centre", "UNRCPD:2020", "UNRCPD:2021"),)
RDFLIB_TIMEOUT = 20  # seconds one rdflib question may take before it is given up: enough to
# show the 20 times (a question Oxigraph answers within 1 s), and a run stays within the hour


def median_ms(run, repeat: int) -> tuple[float, float, object]:
    """(first run ms, median ms of `repeat` more runs, last result)."""
    started = time.perf_counter()
    result = run()
    first = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - started) * 1000)
    return round(first, 1), round(statistics.median(times), 1), result


def bound_query(name: str, params: dict[str, list[str]]) -> str:
    from kg.query import bind_parameters, find_query, read_header

    return bind_parameters(read_header(find_query(name)), params)


def kg_query_text(store, sparql: str) -> str:
    """What `kg query NAME --format csv` does once the store is open: run, rows to CSV text."""
    from kg.query import select, write_solutions

    out = _TextSink()
    write_solutions(select(store, sparql), "csv", out)
    return out.buffer.getvalue()


class _TextSink(io.TextIOBase):
    """A text stream with a binary buffer, like sys.stdout, kept in memory."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()

    def write(self, text: str) -> int:
        self.buffer.write(text.encode("utf-8"))
        return len(text)


def compare_text(store, a: str, b: str) -> str:
    from kg.views.compare import compare

    return compare(store, a, b).render("csv")


def two_symbols_of_one_centre(store) -> tuple[str, str]:
    """Two report symbols about UNRCPD, a year apart: what a real corpus's two years are."""
    from kg.query import run_query

    rows = run_query(store, bound_query("reports", {"centre": ["UNRCPD"]})).as_dicts()
    by_year = {}
    for row in rows:
        by_year.setdefault(row["period_end"][:4], row["symbol"])
    years = sorted(by_year)
    pairs = [(a, b) for a, b in zip(years, years[1:]) if int(b) == int(a) + 1] or [tuple(years[-2:])]
    first, second = pairs[-1]
    return by_year[first], by_year[second]


def oxigraph_figures(folder: Path, repeat: int, *, dump: bool = True) -> dict:
    from kg.store.embedded import OxigraphStore

    store = OxigraphStore(folder, read_only=True)
    figures = {}
    for label, name, params in QUESTIONS:
        sparql = bound_query(name, params)
        first, median, text = median_ms(lambda: kg_query_text(store, sparql), repeat)
        figures[label] = {"query": name, "params": params, "first_ms": first, "median_ms": median,
                          "rows": max(text.count(b"\n") - 1, 0)}
    a, b = two_symbols_of_one_centre(store)
    for label, left, right in COMPARES + (("kg compare of two reports of one centre", a, b),):
        try:
            first, median, text = median_ms(lambda: compare_text(store, left, right), repeat)
        except Exception as error:  # a corpus too small to hold both sides
            figures[label] = {"query": f"compare {left} {right}", "note": str(error)[:200]}
            continue
        figures[label] = {"query": f"compare {left} {right}", "first_ms": first, "median_ms": median,
                          "rows": text.count("\n") - 1}
    if dump:
        figures["_dump"] = dump_figures(store, repeat=max(1, repeat // 2))
    store.close()
    return figures


def dump_figures(store, repeat: int) -> dict:
    """`activities` of the whole store: kg query's streamed CSV against Oxigraph's own CSV
    serialisation of the same results, and the cost of reading it in pages."""
    import pyoxigraph

    from kg.query import find_query, select, with_paging, write_solutions

    sparql = find_query("activities")

    def engine() -> int:
        return len(store.query(sparql).serialize(format=pyoxigraph.QueryResultsFormat.CSV))

    def through_kg() -> int:
        out = _NullText()
        write_solutions(select(store, sparql), "csv", out)
        return out.buffer.size

    _, engine_ms, size = median_ms(engine, repeat)
    _, kg_ms, kg_size = median_ms(through_kg, repeat)
    page = 10_000
    started = time.perf_counter()
    pages, offset, rows = 0, 0, 0
    while True:
        out = _NullText()
        write_solutions(select(store, with_paging(sparql, limit=page, offset=offset)), "csv", out)
        got = out.buffer.lines - 1
        pages, rows, offset = pages + 1, rows + got, offset + page
        if got < page:
            break
    paged_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    out = _NullText()
    write_solutions(select(store, with_paging(sparql, limit=page, offset=0)), "csv", out)
    first_page_ms = (time.perf_counter() - started) * 1000
    return {"engine_ms": engine_ms, "kg_ms": kg_ms, "bytes": size, "kg_bytes": kg_size,
            "ratio": round(engine_ms / kg_ms, 3), "page_rows": page, "pages": pages, "rows": rows,
            "all_pages_ms": round(paged_ms, 1), "first_page_ms": round(first_page_ms, 1)}


class _NullBytes:
    def __init__(self) -> None:
        self.size = self.lines = 0

    def write(self, data) -> int:
        self.size += len(data)
        self.lines += bytes(data).count(b"\n")
        return len(data)

    def flush(self) -> None:
        pass


class _NullText(io.TextIOBase):
    def __init__(self) -> None:
        self.buffer = _NullBytes()

    def write(self, text: str) -> int:
        return self.buffer.write(text.encode("utf-8"))


class RdflibStore:
    """An rdflib Dataset (union of its graphs as default graph) behind the interface run_query
    reads: `.query()` giving solutions with `.variables` and `solution[name]`."""
    name = "rdflib"

    def __init__(self, dataset) -> None:
        self.dataset = dataset

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True):
        result = self.dataset.query(sparql)
        if result.type == "ASK":  # kg.query asks whether the store has named graphs
            return result.askAnswer
        return _Solutions(result)


class _Term:
    def __init__(self, value: str) -> None:
        self.value = value


class _Solutions:
    def __init__(self, result) -> None:
        self.variables = [_Term(str(v)) for v in result.vars]
        self._rows = [row.asdict() for row in result]

    def __iter__(self):
        for row in self._rows:
            yield _Row({k: _Term(str(v)) for k, v in row.items()})


class _Row(dict):
    def __missing__(self, key):  # an unbound variable, as pyoxigraph gives it
        return None


def rdflib_figures(folder: Path) -> dict:
    """The same questions with rdflib's SPARQL engine over the store's quads (one run each: a
    median of several would take many minutes)."""
    import rdflib

    from kg.query import run_query
    from kg.store.embedded import OxigraphStore

    store = OxigraphStore(folder, read_only=True)
    import pyoxigraph

    started = time.perf_counter()
    data = store.oxigraph.dump(format=pyoxigraph.RdfFormat.N_QUADS) if hasattr(store, "oxigraph") else None
    if data is None:
        data = _dump(store)
    store.close()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=data, format="nquads")
    load_s = time.perf_counter() - started

    def on_alarm(*_):
        raise TimeoutError

    signal.signal(signal.SIGALRM, on_alarm)
    figures = {"_load_s": round(load_s, 1)}
    wrapped = RdflibStore(dataset)
    for label, name, params in QUESTIONS:
        sparql = bound_query(name, params)
        signal.alarm(RDFLIB_TIMEOUT)
        started = time.perf_counter()
        try:
            rows = len(run_query(wrapped, sparql).to_csv().splitlines()) - 1
            figures[label] = {"ms": round((time.perf_counter() - started) * 1000, 1), "rows": rows}
        except TimeoutError:
            figures[label] = {"ms": None, "note": f"> {RDFLIB_TIMEOUT} s"}
        except Exception as error:  # rdflib cannot run this query text
            figures[label] = {"ms": None, "note": f"rdflib failed: {type(error).__name__}"}
        finally:
            signal.alarm(0)
    return figures


def _dump(store) -> bytes:
    import pyoxigraph

    for attribute in ("store", "_store", "db"):
        inner = getattr(store, attribute, None)
        if isinstance(inner, pyoxigraph.Store):
            return inner.dump(format=pyoxigraph.RdfFormat.N_QUADS)
    raise SystemExit("cannot reach the pyoxigraph Store inside OxigraphStore")


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the questions users ask on the generated stores.")
    parser.add_argument("--sizes", default="1000,10000", help="store sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=Path, default=WORK)
    parser.add_argument("--rdflib-max", type=int, default=1000)
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--no-dump", action="store_true", help="leave out the whole-corpus dump")
    parser.add_argument("--store", action="append", default=[], metavar="N=DIR",
                        help="a store already built of the first N generated reports (kg build), "
                             "used instead of building one under --work")
    args = parser.parse_args()
    given = {int(n): Path(folder) for n, _, folder in (s.partition("=") for s in args.store)}
    for size in (int(s) for s in args.sizes.split(",")):
        folder = given.get(size) or ensure_store(size, work=args.work)
        result = {"reports": size, "oxigraph": oxigraph_figures(folder, args.repeat, dump=not args.no_dump)}
        if size <= args.rdflib_max and not args.no_rdflib:
            result["rdflib"] = rdflib_figures(folder)
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
