"""bench/results.json -> bench/RESULTS.md: the figures as tables, against the targets."""
from __future__ import annotations

from pathlib import Path

QUERIES = ("document", "entities", "activities", "activity_links", "contributions", "finance", "staffing")
TARGETS = """Targets (2-core machine): at least 100 reports/s from text to an Oxigraph store; every
canonical query under 200 ms on the 10,000-report store; peak memory under 2 GB for the
10,000-report build."""


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


def write_results(results: dict, path: Path, notes: Path | None = None) -> None:
    """Render RESULTS.md; the analysis in bench/NOTES.md (written by hand) is appended."""
    machine = next(iter(results.values()))["machine"]
    notes = notes or path.with_name("NOTES.md")
    text = [
        "# Benchmark results", "",
        "Made by `python bench/run.py --n ...` (see bench/README.md); do not edit by hand.", "",
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gb']} GB RAM; "
        f"Python {machine['python']}, pyoxigraph {machine['pyoxigraph']}, rdflib {machine['rdflib']}; "
        f"{machine['os']}.", "",
        TARGETS, "",
        "## Building", "",
        "`build s` is the wall time from report files to a finished store; `load s` the part of it "
        "spent writing into the store (Oxigraph: bulk loads of up to 32 new reports, in the main "
        "process while the workers extract; rdflib: mapping Facts into the Dataset). The build time "
        "includes merging the store's files at the end (`optimize`).", "",
        *build_table(results), "",
        "## Canonical queries", "",
        "Milliseconds, median of repeated runs (first run in brackets), through `run_query` "
        "(rows converted to Python text included). \"Engine alone\" is Oxigraph evaluating the "
        "query and writing the results as TSV, without Python rows.", "",
        *query_table(results), "",
    ]
    if notes.exists():
        text += [notes.read_text(encoding="utf-8").rstrip(), ""]
    path.write_text("\n".join(text), encoding="utf-8")
