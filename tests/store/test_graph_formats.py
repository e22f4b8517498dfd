"""Graph files in every format others read: each written format parses back, with rdflib and with
pyoxigraph, to the graph that was written; Turtle is grouped by subject under prefixes, JSON-LD
is compacted with the published context, and every file is readable by others (0644)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.rdf.namespaces import PREFIXES
from kg.store.files import CONTEXT, load_into_oxigraph, write_store
from kg.store.formats import RdfFormat

KG = Path(sys.executable).parent / "kg"
SAMPLE = Path(__file__).resolve().parents[2] / "kg" / "data" / "reports" / "A-76-97.zh.txt"
EXTENSION = {RdfFormat.TURTLE: "ttl", RdfFormat.N_TRIPLES: "nt", RdfFormat.N_QUADS: "nq",
             RdfFormat.TRIG: "trig", RdfFormat.JSON_LD: "jsonld", RdfFormat.RDF_XML: "rdf"}


@pytest.fixture(scope="module")
def sample_nq(tmp_path_factory) -> Path:
    """The sample report's graph as N-Quads, built once through the command."""
    folder = tmp_path_factory.mktemp("formats")
    done = subprocess.run([str(KG), "build", str(SAMPLE), "-o", "graph.nq"], cwd=folder,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return folder / "graph.nq"


def quads(store) -> set[str]:
    return {str(quad) for quad in store}


def triples(store) -> set[str]:
    return {str(pyoxigraph.Triple(q.subject, q.predicate, q.object)) for q in store}


@pytest.mark.parametrize("fmt", list(EXTENSION), ids=[f.name for f in EXTENSION])
def test_each_format_parses_back_to_the_same_graph(sample_nq: Path, tmp_path: Path, fmt: RdfFormat):
    original = load_into_oxigraph(sample_nq)
    path = tmp_path / f"graph.{EXTENSION[fmt]}"
    write_store(original, path)
    # pyoxigraph reads it back: the same quads (formats without graphs: the same triples)
    again = pyoxigraph.Store()
    again.bulk_load(path=str(path), format=fmt.oxigraph)
    if fmt.has_graphs:
        assert quads(again) == quads(original)
    else:
        assert triples(again) == triples(original)
    # rdflib reads it back to an isomorphic graph (the union of the graphs)
    if fmt.has_graphs:
        dataset = Dataset(default_union=True)
        dataset.parse(path, format=fmt.rdflib)
        read = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            read.add((s, p, o))
    else:
        read = Graph().parse(path, format=fmt.rdflib)
    expected = Graph().parse(data="".join(f"{t} .\n" for t in triples(original)), format="nt")
    assert isomorphic(read, expected)
    assert os.stat(path).st_mode & 0o777 == 0o644


def test_turtle_is_grouped_by_subject_under_prefixes(sample_nq: Path, tmp_path: Path):
    store = load_into_oxigraph(sample_nq)
    write_store(store, tmp_path / "graph.ttl")
    text = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix unkg: <https://w3id.org/unkg/ontology#> ." in text
    statements = [line for line in text.splitlines() if line and not line[0].isspace() and not line.startswith("@")]
    subjects = {str(q.subject) for q in store}
    assert len(statements) == len(subjects)  # each subject once, its triples under it with ; and ,
    body = "\n".join(line for line in text.splitlines() if not line.startswith("@prefix"))
    assert "<https://w3id.org/unkg/ontology#" not in body  # written with the prefix


def test_json_ld_is_compacted_with_the_published_context(sample_nq: Path, tmp_path: Path):
    write_store(load_into_oxigraph(sample_nq), tmp_path / "graph.jsonld")
    document = json.loads((tmp_path / "graph.jsonld").read_text(encoding="utf-8"))
    published = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    assert document["@context"] == published
    text = json.dumps(document)
    assert '"unkg:inReport"' in text and "https://w3id.org/unkg/ontology#inReport" not in text


def test_the_published_context_names_every_namespace_of_the_graph():
    published = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    assert {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}.items() <= published.items()


def test_format_option_when_the_extension_does_not_say(sample_nq: Path, tmp_path: Path):
    done = subprocess.run([str(KG), "build", str(SAMPLE), "-o", "graph.out", "--format", "trig"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    read = pyoxigraph.Store()
    read.bulk_load(path=str(tmp_path / "graph.out"), format=pyoxigraph.RdfFormat.TRIG)
    assert quads(read) == quads(load_into_oxigraph(sample_nq))
    # and a reader tells the format of a file whose extension does not say from its content
    assert quads(load_into_oxigraph(tmp_path / "graph.out")) == quads(read)


def test_a_graph_file_is_readable_by_others_whatever_the_umask(sample_nq: Path, tmp_path: Path):
    code = ("import os, sys; os.umask(0o077); from kg.store.files import load_into_oxigraph, write_store; "
            "write_store(load_into_oxigraph(sys.argv[1]), sys.argv[2])")
    subprocess.run([sys.executable, "-c", code, str(sample_nq), str(tmp_path / "graph.ttl")], check=True)
    assert os.stat(tmp_path / "graph.ttl").st_mode & 0o777 == 0o644


def test_the_build_line_counts_what_the_file_holds(tmp_path: Path):
    """Two language versions share their entities: N-Triples holds the union (each triple once),
    N-Quads every graph; the line `kg build` prints gives each file's own count."""
    english = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "A-76-97.en.txt"
    for ext in ("nt", "nq"):
        done = subprocess.run([str(KG), "build", str(SAMPLE), str(english), "-o", f"both.{ext}"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        lines = (tmp_path / f"both.{ext}").read_bytes().count(b"\n")
        kind = "quads" if ext == "nq" else "triples"
        assert f"wrote both.{ext} (2 report graphs; {lines} {kind}" in done.stderr
    assert (tmp_path / "both.nq").read_bytes().count(b"\n") > (tmp_path / "both.nt").read_bytes().count(b"\n")
