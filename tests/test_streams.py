"""`-` for standard input and output, as every RDF tool reads it, through the real `kg` command:
a report piped into `kg build`, the graph piped out of it into `kg query` and `kg validate`, a
page written by `kg viz -o -`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

KG = Path(sys.executable).parent / "kg"
SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "reports" / "A-76-97.zh.txt"


def kg(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), *args], cwd=cwd, input=stdin, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def piped_turtle(tmp_path_factory) -> bytes:
    """The sample report piped through `kg build - -o - --format ttl`."""
    folder = tmp_path_factory.mktemp("streams")
    done = kg("build", "-", "-o", "-", "--format", "ttl", cwd=folder, stdin=SAMPLE.read_bytes())
    assert done.returncode == 0, done.stderr.decode()
    assert list(folder.iterdir()) == []  # nothing written beside
    return done.stdout


def test_build_reads_a_report_from_stdin_and_writes_turtle_to_stdout(piped_turtle: bytes):
    graph = Graph().parse(data=piped_turtle.decode("utf-8"), format="turtle")
    rows = graph.query("""PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX unkg: <https://w3id.org/unkg/ontology#>
        SELECT ?symbol ?language ?file WHERE { ?r dcterms:identifier ?symbol ; dcterms:language ?language ;
        unkg:fileName ?file }""")
    found = {(str(symbol), str(language).rstrip("/").rsplit("/", 1)[-1], str(file)) for symbol, language, file in rows}
    assert ("A/76/97", "zh", "stdin.txt") in found  # the language told from the text, as for a file


def test_stdin_report_takes_the_name_given(tmp_path: Path):
    done = kg("build", "-", "--name", "A-76-97.zh.txt", "-o", "graph.nt", cwd=tmp_path, stdin=SAMPLE.read_bytes())
    assert done.returncode == 0, done.stderr.decode()
    assert '"A-76-97.zh.txt"' in (tmp_path / "graph.nt").read_text(encoding="utf-8")


def test_stdout_without_a_format_is_n_quads(tmp_path: Path):
    done = kg("build", str(SAMPLE), "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    store = pyoxigraph.Store()
    store.load(done.stdout, format=pyoxigraph.RdfFormat.N_QUADS)
    assert len(list(store.named_graphs())) >= 1


def test_query_reads_the_graph_from_stdin(piped_turtle: bytes, tmp_path: Path):
    done = kg("query", "document", "--graph", "-", "--format", "csv", cwd=tmp_path, stdin=piped_turtle)
    assert done.returncode == 0, done.stderr.decode()
    assert "A/76/97" in done.stdout.decode()


def test_validate_reads_the_graph_from_stdin(piped_turtle: bytes, tmp_path: Path):
    done = kg("validate", "-", cwd=tmp_path, stdin=piped_turtle)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    assert "shapes: conforms" in done.stdout.decode()


def test_viz_writes_the_page_to_stdout(piped_turtle: bytes, tmp_path: Path):
    graph = tmp_path / "graph.ttl"
    graph.write_bytes(piped_turtle)
    done = kg("viz", "--graph", "graph.ttl", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.lstrip().lower().startswith(b"<!doctype html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_an_unreadable_graph_on_stdin_is_one_line(tmp_path: Path):
    done = kg("query", "document", "--graph", "-", cwd=tmp_path, stdin=b"<a> <b> nonsense")
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and lines[0].startswith("kg: error: standard input")


def test_demo_writes_the_graph_to_stdout_and_its_summary_to_stderr(tmp_path: Path):
    done = kg("demo", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    store = pyoxigraph.Store()
    store.load(done.stdout, format=pyoxigraph.RdfFormat.N_QUADS)  # nothing else on stdout
    assert len(store) > 1000 and "A/76/97" in done.stderr.decode()
    assert list(tmp_path.iterdir()) == []


def test_a_page_to_stdout_beside_a_table_is_refused(piped_turtle: bytes, tmp_path: Path):
    (tmp_path / "graph.ttl").write_bytes(piped_turtle)
    done = kg("timeline", "--graph", "graph.ttl", "--html", "-", cwd=tmp_path)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and "standard output" in lines[0]


def test_a_report_saved_without_an_extension_is_read_by_its_content(piped_turtle: bytes, tmp_path: Path):
    """As a report on standard input is: a file downloaded as `A_76_97` is the same report."""
    (tmp_path / "A_76_97").write_bytes(SAMPLE.read_bytes())
    done = kg("build", "A_76_97", "-o", "-", "--format", "ttl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    rows = {str(row["symbol"].value) for row in Graph().parse(data=done.stdout, format="turtle").query(
        "SELECT ?symbol WHERE { ?r a <https://w3id.org/unkg/ontology#Report> ; "
        "<http://purl.org/dc/terms/identifier> ?symbol }")}
    assert rows == {"A/76/97"}
    (tmp_path / "junk").write_bytes(bytes(range(256)) * 8)
    refused = kg("build", "junk", "-o", "out.ttl", cwd=tmp_path)
    assert refused.returncode == 2 and b"not a text file" in refused.stderr
