"""Characters Python and RDF parsers read as line breaks (U+2028, U+2029, U+0085, a vertical tab
from Word, file and record separators) in a report: every output and store takes the report;
the reader takes them as the line breaks they are; a literal holding one is written escaped."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

KG = Path(sys.executable).parent / "kg"
SAMPLE = Path(__file__).resolve().parents[2] / "kg" / "data" / "reports" / "A-76-97.zh.txt"
BREAKERS = "\u2028\u2029\x85\x0b\x0c\x1c\x1e"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    cut = text.index("。", len(text) // 2) + 1  # inside a body paragraph
    path = tmp_path_factory.mktemp("breakers") / "A-76-97.zh.txt"
    path.write_text(text[:cut] + "注" + "注".join(BREAKERS) + "。" + text[cut:], encoding="utf-8")
    return path


def build(*args: str, cwd: Path) -> None:
    done = subprocess.run([str(KG), "build", *args], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_graph_files_take_line_separators(report: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"graph{suffix}"
    build(str(report), "-o", str(out), cwd=tmp_path)
    store = pyoxigraph.Store()
    store.load(path=str(out), format=pyoxigraph.RdfFormat.from_extension(suffix[1:]))
    assert len(store) > 1000


def test_store_build_reads_them_as_line_breaks(report: Path, tmp_path: Path) -> None:
    build(str(report), "--store", str(tmp_path / "store"), cwd=tmp_path)
    store = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    texts = [str(row["t"].value) for row in store.query(
        "SELECT ?t WHERE { GRAPH ?g { ?s <http://www.w3.org/ns/prov#value> ?t } }")]
    assert not any(ch in text for text in texts for ch in BREAKERS)


def test_a_literal_with_a_line_separator_stays_on_its_line() -> None:
    from rdflib import Literal, URIRef
    from kg.store.base import as_nquads
    from kg.store.ntriples import to_ntriples

    text = to_ntriples([(URIRef("urn:s"), URIRef("urn:p"), Literal("a" + BREAKERS + "b"))])
    assert text.count("\n") == 1 and not any(ch in text for ch in BREAKERS)
    store = pyoxigraph.Store()
    store.load(as_nquads(text, "urn:g"), format=pyoxigraph.RdfFormat.N_QUADS)
    assert [q.object.value for q in store] == ["a" + BREAKERS + "b"]
