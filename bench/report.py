"""bench/results.json -> bench/RESULTS.md: the figures as tables, against the targets."""
from __future__ import annotations

import json
from pathlib import Path

QUERIES = ("document", "entities", "activities", "activity_links", "contributions", "finance", "staffing")


def _ms(query: dict | None) -> str:
    if not query:
        return "-"
    if query.get("note"):
        return query["note"]
    return f"{query['median_ms']:g} ({query['cold_ms']:g})"


def _number(value) -> str:
    return "-" if value is None else f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


def build_table(results: dict) -> list[str]:
    lines = ["| reports | engine | build s | reports/s | load s | loaded reports/s | loaded triples/s "
             "| triples | peak MB (main / all processes) | store MB |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---|---:|"]
    for n, entry in sorted(results.items(), key=lambda item: int(item[0])):
        extraction = entry.get("extraction")
        if extraction:
            lines.append(f"| {int(n):,} | extraction only ({extraction['jobs']} processes, "
                         f"{extraction['reports']:,} reports) | {extraction['wall_s']} | "
                         f"{extraction['reports_per_s']} | | | | {extraction['triples']:,} | | |")
        for engine in ("oxigraph", "rdflib"):
            run = entry.get(engine)
            if not run:
                continue
            label = (f"Oxigraph store, `kg build --store` ({run['jobs']} processes)" if engine == "oxigraph"
                     else "rdflib Dataset, one process (`build_dataset`)")
            memory = run["memory"]
            lines.append(f"| {int(n):,} | {label} | {run['wall_s']} | {run['reports_per_s']} | "
                         f"{run['load_s']} | {run['load_reports_per_s']} | {_number(run['load_triples_per_s'])} | "
                         f"{run['triples']:,} | {memory['main_mb']:,.0f} / {memory['total_mb']:,.0f} | "
                         f"{run.get('store_mb', '-')} |")
    return lines


def query_table(results: dict) -> list[str]:
    lines = ["| reports | engine | " + " | ".join(QUERIES) + " |",
             "|---:|---|" + "---:|" * len(QUERIES)]
    for n, entry in sorted(results.items(), key=lambda item: int(item[0])):
        for engine in ("oxigraph", "rdflib"):
            run = entry.get(engine)
            if run:
                cells = " | ".join(_ms(run["queries"].get(name)) for name in QUERIES)
                lines.append(f"| {int(n):,} | {engine} | {cells} |")
        run = entry.get("oxigraph")
        if run and "engine_ms" in run["queries"][QUERIES[0]]:
            cells = " | ".join(f"{run['queries'][name]['engine_ms']:g}" for name in QUERIES)
            lines.append(f"| {int(n):,} | oxigraph engine alone | {cells} |")
        if run:
            rows = " | ".join(_number(run["queries"][name]["rows"]) for name in QUERIES)
            lines.append(f"| {int(n):,} | rows returned | {rows} |")
    return lines


QUESTION_MS = 100     # each question at most this on the 10,000-report store
RDFLIB_FACTOR = 20    # and at least this many times faster than rdflib at 1,000 reports
DUMP_SHARE = 0.8      # a dump through kg query at least this share of Oxigraph's own speed


def _flat(value, prefix: str = "") -> list[tuple[str, str]]:
    """A module's JSON as (key, value) rows, nested keys joined with '.'."""
    if isinstance(value, dict):
        return [row for key, item in value.items() for row in _flat(item, f"{prefix}{key}.")]
    if isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        return [row for i, item in enumerate(value) for row in _flat(item, f"{prefix}{i}.")]
    return [(prefix.rstrip("."), json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value))]


def _module_section(name: str, result) -> list[str]:
    """A benchmark module's own Markdown when it has `markdown(result)`, else its figures flat."""
    import importlib
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        module = importlib.import_module(name)
        if hasattr(module, "markdown"):
            return [module.markdown(result)]
    except Exception:  # a module that does not import still has its figures shown
        pass
    return ["| figure | value |", "|---|---|"] + [f"| {key} | {value} |" for key, value in _flat(result)]


COLD_RATIO = 3  # one report cold, at most this many times the bare import
CORPUS_RATIO = 1.3  # a corpus build, at most this many times bulk_load + optimize
REPORTS_PER_S = 200
MEMORY_MB = {10_000: 1024, 100_000: 2048}


def build_targets(run: dict) -> list[tuple[str, str, str, str]]:
    """Target rows of the build benchmarks: one report cold, a corpus against the engine,
    throughput, and peak memory at 10,000 (measured) and 100,000 reports (extrapolated)."""
    targets = []
    modules = run.get("modules", {})
    cold = modules.get("cold")
    if isinstance(cold, dict) and "bare" in cold:
        for name, figures in cold.items():
            if isinstance(figures, dict) and "wall_ratio" in figures:
                targets.append((f"`kg build {name}` cold, against the bare import", f"<= {COLD_RATIO}x",
                                f"{figures['wall_ratio']}x wall ({figures['wall_s']} s), {figures['cpu_ratio']}x CPU",
                                _verdict(figures["wall_ratio"] <= COLD_RATIO)))
    corpus = modules.get("corpus")
    if isinstance(corpus, dict) and "ratio" in corpus:
        n = corpus["reports"]
        targets += [
            (f"`kg build` of {n:,} reports into a store, against `bulk_load` + `optimize()` of its quads",
             f"<= {CORPUS_RATIO}x", f"{corpus['ratio']}x wall ({corpus['build_wall_s']:.2f} s against "
             f"{corpus['engine_wall_s']:.2f} s), {corpus['cpu_ratio']}x CPU", _verdict(corpus["ratio"] <= CORPUS_RATIO)),
            (f"reports per second from text to store, {n:,} reports, {corpus['cores']} cores",
             f">= {REPORTS_PER_S}", f"{corpus['reports_per_s']}", _verdict(corpus["reports_per_s"] >= REPORTS_PER_S)),
        ]
    measured = {int(n): entry["oxigraph"]["memory"]["total_mb"] for n, entry in run.get("sizes", {}).items()
                if (entry.get("oxigraph") or {}).get("memory")}
    for n, limit in MEMORY_MB.items():
        if n in measured:
            targets.append((f"peak memory of the {n:,}-report build, whole process tree", f"< {limit:,} MB",
                            f"{measured[n]:,.0f} MB", _verdict(measured[n] < limit)))
        elif len(measured) >= 2 and n > max(measured):  # the slope of the two largest builds
            (small, low), (big, high) = sorted(measured.items())[-2:]
            estimate = high + (n - big) * max(high - low, 0) / (big - small)
            targets.append((f"peak memory of the {n:,}-report build, whole process tree", f"< {limit:,} MB",
                            f"about {estimate:,.0f} MB, extrapolated from {small:,} and {big:,} reports",
                            _verdict(estimate < limit)))
    return targets


def _verdict(met: bool | None) -> str:
    return "-" if met is None else "met" if met else "**missed**"


def _ok(figure: dict | None) -> dict | None:
    """A question's figures when it ran (a compare may name years a small corpus lacks)."""
    return figure if figure and "median_ms" in figure else None


def question_rows(run: dict) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """The questions table and the target rows it gives."""
    sizes = sorted(run["sizes"], key=int)
    per_size = {n: (run["sizes"][n].get("questions") or {}) for n in sizes}
    labels = []
    for found in per_size.values():
        labels += [label for label in found.get("oxigraph", {}) if not label.startswith("_") and label not in labels]
    head = ["question (query)"]
    for n in sizes:
        head += [f"Oxigraph ms at {int(n):,}", f"rows at {int(n):,}"]
        if per_size[n].get("rdflib"):
            head += [f"rdflib ms at {int(n):,}", f"Oxigraph x faster at {int(n):,}"]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    targets = []
    biggest, rdflib_size = sizes[-1] if sizes else None, None
    for label in labels:
        cells = []
        for n in sizes:
            ox = _ok(per_size[n].get("oxigraph", {}).get(label))
            rd = (per_size[n].get("rdflib") or {}).get(label)
            cells += [f"{ox['median_ms']:g} ({ox['first_ms']:g})" if ox else "-", _number(ox["rows"]) if ox else "-"]
            if per_size[n].get("rdflib"):
                rdflib_size = n
                if rd and rd.get("ms") and ox:
                    cells += [f"{rd['ms']:g}", f"{rd['ms'] / max(ox['median_ms'], 0.1):.0f}"]
                else:
                    cells += [rd.get("note", "-") if rd else "not run", "-"]
        query = (per_size[sizes[-1]].get("oxigraph", {}).get(label) or {}).get("query", "")
        lines.append(f"| {label} (`{query}`) | " + " | ".join(cells) + " |")
    if biggest:
        for label in labels:
            ox = _ok(per_size[biggest].get("oxigraph", {}).get(label))
            if ox:
                targets.append((f"{label}, {int(biggest):,} reports", f"<= {QUESTION_MS} ms",
                                f"{ox['median_ms']:g} ms", _verdict(ox["median_ms"] <= QUESTION_MS)))
    if rdflib_size:
        for label in labels:
            ox = _ok(per_size[rdflib_size]["oxigraph"].get(label))
            rd = per_size[rdflib_size]["rdflib"].get(label)
            if ox and rd:
                if rd.get("ms"):
                    factor = rd["ms"] / max(ox["median_ms"], 0.1)
                    measured, met = f"{factor:.0f}x", factor >= RDFLIB_FACTOR
                elif rd.get("note", "").startswith(">"):  # rdflib given up after the timeout
                    limit = float(rd["note"].strip("> s")) * 1000
                    factor = limit / max(ox["median_ms"], 0.1)
                    measured, met = f"> {factor:.0f}x (rdflib {rd['note']})", factor >= RDFLIB_FACTOR
                else:
                    measured, met = rd.get("note", "-"), None
                targets.append((f"{label}, Oxigraph against rdflib, {int(rdflib_size):,} reports",
                                f">= {RDFLIB_FACTOR}x", measured, _verdict(met)))
    return lines, targets


def dump_rows(run: dict) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    lines = ["| reports | rows | Oxigraph serialises CSV, ms | `kg query activities -f csv`, ms | share of Oxigraph's speed "
             "| pages of | pages | all pages, ms | first page, ms |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    targets = []
    for n in sorted(run["sizes"], key=int):
        dump = ((run["sizes"][n].get("questions") or {}).get("oxigraph") or {}).get("_dump")
        if not dump:
            continue
        lines.append(f"| {int(n):,} | {dump['rows']:,} | {dump['engine_ms']:g} | {dump['kg_ms']:g} | {dump['ratio']:.2f} "
                     f"| {dump['page_rows']:,} | {dump['pages']} | {dump['all_pages_ms']:g} | {dump['first_page_ms']:g} |")
        targets.append((f"whole-corpus dump of `activities`, {int(n):,} reports", f">= {DUMP_SHARE:.0%} of Oxigraph",
                        f"{dump['ratio']:.0%}", _verdict(dump["ratio"] >= DUMP_SHARE)))
    return lines, targets


def write_report(run: dict, path: Path, notes: Path | None = None) -> None:
    """RESULTS.md from one run of bench/run.py: every figure, the targets side by side, then the
    analysis kept by hand in bench/NOTES.md."""
    machine = run["machine"]
    notes = notes or path.with_name("NOTES.md")
    sizes = {n: {**entry, "machine": machine} for n, entry in run["sizes"].items()
             if entry.get("oxigraph") or entry.get("rdflib") or entry.get("extraction")}
    question_lines, question_targets = question_rows(run)
    dump_lines, dump_targets = dump_rows(run)
    targets = build_targets(run) + question_targets + dump_targets
    text = [
        "# Benchmark results", "",
        f"Made by `python bench/run.py --sizes {','.join(run['sizes'])}` in one run of {run.get('minutes', '?')} "
        f"minutes on {run['date']} (see bench/README.md); do not edit by hand.", "",
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gb']} GB RAM; "
        f"Python {machine['python']}, pyoxigraph {machine['pyoxigraph']}, rdflib {machine['rdflib']}; "
        f"{machine['os']}. Load average (1, 5, 15 min) at the start {run['load_start']}, at the end "
        f"{run.get('load_end', '?')}; a load above {machine['cores']} (the cores) means other processes "
        "shared them, and every time here is then longer than on an idle machine.", "",
        "## Against the targets", "",
        "| target | wanted | measured | |", "|---|---|---|---|",
        *[f"| {what} | {wanted} | {got} | {verdict} |" for what, wanted, got, verdict in targets], "",
    ]
    for name, result in run.get("modules", {}).items():
        text += [f"## {name} (bench/{name}.py)", "", *_module_section(name, result), ""]
    text += [
        "## Questions users ask", "",
        "Milliseconds, median of repeated runs (first run in brackets), as `kg query NAME --store DIR "
        "--param ... --format csv` runs them once the store is open: the query with its parameters "
        "bound, Oxigraph, rows written as CSV text. rdflib: one run of the same query text with "
        "rdflib's SPARQL engine over the same quads (union of the graphs), rows as CSV text. "
        "`kg compare` renders its CSV.", "",
        *question_lines, "",
        "## Whole-corpus dump", "",
        "`activities` over the whole store as `kg query activities --format csv` writes it (streamed "
        "through Oxigraph's own serialiser, row by row) against Oxigraph serialising the same results "
        "alone; then read in `--limit/--offset` pages.", "",
        *dump_lines, "",
    ]
    scale = run.get("scale")
    if scale and "error" not in scale:
        text += ["## Scale out: process pool against Dask", "",
                 f"Extraction only (read, extract, map, serialise) of {scale['reports']:,} reports, "
                 f"{scale['jobs']} workers; the start of the pool or cluster counted.", "",
                 "| how | s | reports/s |", "|---|---:|---:|",
                 f"| one process (first 100 reports) | | {scale['one_process_reports_per_s']} |",
                 f"| process pool, `kg build --jobs {scale['jobs']}` | {scale['pool_s']} | {scale['pool_reports_per_s']} |",
                 f"| Dask LocalCluster, `kg build --dask local --jobs {scale['jobs']}` | {scale['dask_s']} | {scale['dask_reports_per_s']} |",
                 f"| Dask, cluster already running (start-up not counted) | {scale['dask_warm_s']} | {scale['dask_warm_reports_per_s']} |", ""]
    elif scale:
        text += ["## Scale out", "", f"bench/scale.py failed: {scale['error']}", ""]
    if sizes:
        text += ["## Building and the canonical queries", "",
                 "`build s` is the wall time from report files to a finished store; `load s` the part of it "
                 "spent writing into the store. Canonical queries: milliseconds, median (first run in "
                 "brackets), through `run_query`.", "",
                 *build_table(sizes), "", *query_table(sizes), ""]
    if notes.exists():
        text += [notes.read_text(encoding="utf-8").rstrip(), ""]
    path.write_text("\n".join(text), encoding="utf-8")
