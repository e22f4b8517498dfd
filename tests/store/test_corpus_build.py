"""Corpus builds into a graph file and an Oxigraph folder: same graph as the one-report-at-a-time
pipeline, parallel or not; incremental; resumable after a kill; mistakes told in one line."""
from __future__ import annotations

import shutil
import signal
import subprocess
from pathlib import Path

import pyoxigraph
import pytest

from store_helpers import KG, Lines, descendants, generate, run_kg, store_nquads, wait_until_gone
from kg.corpus import build_corpus
from kg.pipeline import build_dataset
from kg.store.base import ENTITIES_GRAPH
from kg.store.memory import MemoryStore


def triples_of(store) -> set[str]:
    """The union of the graphs, each triple once, as N-Triples lines."""
    rows = store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    return {str(pyoxigraph.Triple(row["s"], row["p"], row["o"])) for row in rows}


def test_a_parallel_corpus_build_gives_the_graph_of_the_pipeline(corpus: Path):
    reference = pyoxigraph.Store()
    reference.load(build_dataset([corpus]).serialize(format="nquads", encoding="utf-8"),
                   format=pyoxigraph.RdfFormat.N_QUADS)
    with MemoryStore() as one, MemoryStore() as two:
        summary = build_corpus([corpus], one, jobs=1)
        build_corpus([str(corpus / "*.txt")], two, jobs=2)
        assert (summary.reports, summary.loaded, summary.failures) == (12, 12, [])
        assert triples_of(one) == triples_of(reference)
        assert sorted(str(one.oxigraph).splitlines()) == sorted(str(two.oxigraph).splitlines())
        graphs = {graph.value for graph in one.oxigraph.named_graphs()}
        assert len(graphs) == 13 and ENTITIES_GRAPH in graphs  # one per report, and the entities


def test_entities_are_described_once_so_union_queries_do_not_multiply(corpus: Path, tmp_path: Path):
    with MemoryStore() as store:
        build_corpus([corpus], store)
        nepal = "https://w3id.org/unkg/id/country/NPL"
        keys = list(store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{nepal}> ?p ?o }} }}",
                                use_default_graph_as_union=False))
        assert {row["g"].value for row in keys} == {ENTITIES_GRAPH}


def test_build_to_a_store_skips_unchanged_reports_and_replaces_a_changed_one(corpus: Path, tmp_path: Path):
    reports = tmp_path / "reports"
    shutil.copytree(corpus, reports)
    store = tmp_path / "store"
    first = run_kg("build", str(reports), "--store", str(store), "--jobs", "2")
    assert first.returncode == 0, first.stderr
    assert "12 reports loaded" in first.stderr
    again = run_kg("build", str(reports), "--store", str(store))
    assert "0 reports loaded (0 triples), 12 unchanged" in again.stderr

    changed = sorted(reports.glob("*.txt"))[4]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("名政府官员", "名外交官", 1).replace("名代表", "名外交官", 1),
                       encoding="utf-8")
    third = run_kg("build", str(reports), "--store", str(store))
    assert "1 reports loaded" in third.stderr and "11 unchanged" in third.stderr

    clean = tmp_path / "clean"
    assert run_kg("build", str(reports), "--store", str(clean)).returncode == 0
    assert store_nquads(store) == store_nquads(clean)


def test_a_build_killed_halfway_finishes_when_run_again(tmp_path: Path):
    reports = tmp_path / "reports"
    generate.write_corpus(reports, 60, seed=11)
    store = tmp_path / "store"
    process = subprocess.Popen([*KG, "build", str(reports), "--store", str(store), "--jobs", "2", "-v"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines, loaded = Lines(process.stderr), 0
    try:
        while loaded < 8:
            line = lines.next()
            assert line is not None, "the build ended before it could be stopped"
            loaded += line.startswith("loaded ")
        workers = descendants(process.pid)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert workers and wait_until_gone(workers), "the extraction workers outlived the build"

    resumed = run_kg("build", str(reports), "--store", str(store))
    assert resumed.returncode == 0, resumed.stderr
    unchanged = int(resumed.stderr.rsplit(", ", 1)[1].split()[0])
    assert 8 <= unchanged < 60
    clean = tmp_path / "clean"
    assert run_kg("build", str(reports), "--store", str(clean)).returncode == 0
    assert store_nquads(store) == store_nquads(clean)


def test_queries_read_a_store_like_a_graph_file(corpus: Path, tmp_path: Path):
    assert run_kg("build", str(corpus), "-o", str(tmp_path / "graph.trig")).returncode == 0
    assert run_kg("build", str(corpus), "--store", str(tmp_path / "store")).returncode == 0
    for name in ("document", "entities", "activities", "activity_links", "contributions", "finance",
                 "staffing"):
        from_file = run_kg("query", name, "--graph", str(tmp_path / "graph.trig"), "--format", "csv")
        from_store = run_kg("query", name, "--store", str(tmp_path / "store"), "--format", "csv")
        assert from_store.returncode == 0, from_store.stderr
        assert sorted(from_store.stdout.splitlines()) == sorted(from_file.stdout.splitlines())
    document = run_kg("query", "document", "--store", str(tmp_path / "store"), "--format", "csv")
    assert len(document.stdout.splitlines()) == 13  # a header and one row per report


def test_one_unreadable_report_is_named_and_the_others_are_loaded(corpus: Path, tmp_path: Path):
    reports = tmp_path / "reports"
    shutil.copytree(corpus, reports)
    (reports / "empty.zh.txt").write_text("", encoding="utf-8")
    done = run_kg("build", str(reports), "--store", str(tmp_path / "store"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("kg: error: ")
    assert "empty.zh.txt" in done.stderr and "1 of 13 reports" in done.stderr
    document = run_kg("query", "document", "--store", str(tmp_path / "store"), "--format", "csv")
    assert len(document.stdout.splitlines()) == 13

    to_file = run_kg("build", str(reports), "-o", str(tmp_path / "graph.ttl"))
    assert to_file.returncode == 2 and "nothing written" in to_file.stderr
    assert not (tmp_path / "graph.ttl").exists()


@pytest.mark.parametrize("args, words", [
    (["build", "REPORTS"], ["one of -o FILE, --store DIR or --endpoint URL"]),
    (["build", "REPORTS", "-o", "g.ttl", "--store", "s"], ["one of -o FILE"]),
    (["build", "REPORTS", "--store", "s", "--jobs", "-1"], ["--jobs -1", "1 or more"]),
    (["build", "REPORTS", "--store", "REPORTS"], ["not an Oxigraph store", "new or empty folder"]),
    (["query", "document"], ["--graph FILE, --store DIR or --endpoint URL"]),
    (["query", "document", "--graph", "g.ttl", "--store", "s"], ["--store and --graph", "only one"]),
    (["query", "document", "--store", "nowhere"], ["nowhere", "kg build REPORTS --store nowhere"]),
    (["query", "document", "--endpoint", "http://127.0.0.1:9/query"], ["cannot reach", "running"]),
    (["serve", "--store", "nowhere"], ["nowhere", "no store here"]),
])
def test_mistakes_are_told_in_one_line(corpus: Path, tmp_path: Path, args: list[str], words: list[str]):
    args = [str(corpus) if arg == "REPORTS" else arg for arg in args]
    done = run_kg(*args, cwd=tmp_path, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("kg: error: ") and done.stderr.count("\n") == 1, done.stderr
    for word in words:
        assert word in done.stderr
