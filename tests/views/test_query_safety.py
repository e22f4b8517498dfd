"""What `kg query` will not do unasked: run updates, fetch other servers (SERVICE), or force the
union of all graphs on a query that names its own dataset (FROM)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

KG = Path(sys.executable).parent / "kg"
SAMPLE = Path(__file__).resolve().parents[2] / "kg" / "data" / "reports" / "A-76-97.zh.txt"


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("safety") / "graph.trig"
    done = subprocess.run([str(KG), "build", str(SAMPLE), "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out


def query(graph: Path, sparql: str, *extra: str) -> subprocess.CompletedProcess:
    path = graph.parent / "q.rq"
    path.write_text(sparql, encoding="utf-8")
    return subprocess.run([str(KG), "query", str(path), "--graph", str(graph), "--format", "csv", *extra],
                          capture_output=True, text=True, timeout=120)


def test_an_update_is_refused_in_words(graph: Path):
    done = query(graph, "PREFIX ex: <urn:ex:>\nINSERT DATA { ex:a ex:b ex:c }")
    assert done.returncode == 2 and "updates are not run" in done.stderr and "CONSTRUCT" not in done.stderr


def test_service_is_off_unless_allowed(graph: Path):
    done = query(graph, "SELECT * WHERE { SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } }")
    assert done.returncode == 2 and "--allow-service" in done.stderr
    named = query(graph, "SELECT ?service WHERE { ?service a <https://w3id.org/unkg/ontology#Report> }")
    assert named.returncode == 0, named.stderr  # a variable named service is no SERVICE


def test_from_names_the_dataset(graph: Path):
    count = "SELECT (COUNT(*) AS ?n) {from} WHERE {{ ?s a <https://w3id.org/unkg/ontology#Report> }}"
    union = query(graph, count.format(**{"from": ""}))
    other = query(graph, count.format(**{"from": "FROM <urn:no-such-graph>"}))
    assert union.stdout.split()[1] != "0" and other.stdout.split()[1] == "0"
