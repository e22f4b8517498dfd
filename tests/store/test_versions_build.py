"""Corpus builds read the language versions of one report together: same graph as the pipeline,
in one process or several, and a changed version rebuilds its whole report."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph

from store_helpers import run_kg, store_nquads
from kg.corpus import build_corpus, versions_together
from kg.pipeline import build_dataset
from kg.store.memory import MemoryStore

ROOT = Path(__file__).resolve().parents[2]
ZH = ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt"
EN = ROOT / "tests" / "fixtures" / "reports" / "A-76-97.en.txt"
OTHER = ROOT / "tests" / "fixtures" / "reports" / "unrec-2019.zh.txt"


def triples_of(store) -> set[str]:
    rows = store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    return {str(pyoxigraph.Triple(row["s"], row["p"], row["o"])) for row in rows}


def test_files_printing_one_symbol_are_one_group():
    paths = [ZH, OTHER, EN]
    groups = versions_together(paths, ["A/76/97", "A/74/100", "A/76/97"])
    assert groups == [[(0, ZH), (2, EN)], [(1, OTHER)]]
    assert versions_together(paths, [None, None, None]) == [[(0, ZH)], [(1, OTHER)], [(2, EN)]]


def test_a_corpus_build_aligns_versions_like_the_pipeline():
    reference = pyoxigraph.Store()
    reference.load(build_dataset([ZH, OTHER, EN]).serialize(format="nquads", encoding="utf-8"),
                   format=pyoxigraph.RdfFormat.N_QUADS)
    with MemoryStore() as one, MemoryStore() as two:
        build_corpus([ZH, OTHER, EN], one, jobs=1)
        build_corpus([ZH, OTHER, EN], two, jobs=2)
        assert triples_of(one) == triples_of(reference) == triples_of(two)
        keys = {row["key"].value for row in one.query(
            "SELECT ?key WHERE { ?e <https://w3id.org/unkg/ontology#key> ?key ; "
            "<https://w3id.org/unkg/ontology#mintedFromText> true . ?r <https://w3id.org/unkg/ontology#mentions> ?e }")}
        assert "WE-THE-PEOPLES-2020" in keys and "WO-MEN-REN-MIN-2020-NIAN" not in keys


def test_a_changed_version_rebuilds_its_report_in_every_language(tmp_path: Path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for path in (ZH, EN, OTHER):
        shutil.copy(path, reports / path.name)
    store = tmp_path / "store"
    assert run_kg("build", str(reports), "--store", str(store)).returncode == 0
    english = reports / EN.name
    english.write_text(english.read_text(encoding="utf-8").replace("an expert panel", "an expert forum"),
                       encoding="utf-8")
    again = run_kg("build", str(reports), "--store", str(store))
    assert "2 reports loaded" in again.stderr and "1 unchanged" in again.stderr, again.stderr
    clean = tmp_path / "clean"
    assert run_kg("build", str(reports), "--store", str(clean)).returncode == 0
    assert store_nquads(store) == store_nquads(clean)
