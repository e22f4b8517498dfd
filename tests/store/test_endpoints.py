"""Building into and querying SPARQL servers on loopback: a real Oxigraph server (SPARQL Update
and Graph Store Protocol), and `kg serve`, read-only unless --writable."""
from __future__ import annotations

import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from store_helpers import run_kg

QUERIES = ("document", "entities", "activities", "activity_links", "contributions", "finance", "staffing",
           "activities_per_year")


def rows(*args: str) -> list[str]:
    done = run_kg("query", *args, "--format", "csv")
    assert done.returncode == 0, done.stderr
    return sorted(done.stdout.splitlines())


@pytest.fixture(scope="module")
def local_store(corpus: Path, tmp_path_factory) -> Path:
    """The corpus built into an Oxigraph folder, to compare the servers with."""
    folder = tmp_path_factory.mktemp("local") / "store"
    assert run_kg("build", str(corpus), "--store", str(folder)).returncode == 0
    return folder


@pytest.mark.parametrize("loading", ["update", "graph-store"])
def test_build_replace_and_query_through_an_oxigraph_server(oxigraph_server: str, corpus: Path,
                                                            local_store: Path, tmp_path: Path,
                                                            loading: str):
    extra = ["--graph-store", oxigraph_server.replace("/query", "/store")] if loading == "graph-store" else []
    reports = tmp_path / "reports"
    shutil.copytree(corpus, reports)
    built = run_kg("build", str(reports), "--endpoint", oxigraph_server, *extra)
    assert built.returncode == 0, built.stderr
    assert "12 reports loaded" in built.stderr
    for name in QUERIES:
        assert rows(name, "--endpoint", oxigraph_server) == rows(name, "--store", str(local_store))

    again = run_kg("build", str(reports), "--endpoint", oxigraph_server, *extra)
    assert "0 reports loaded (0 triples), 12 unchanged" in again.stderr

    # A changed report replaces its graph: its old amount is gone, the new one is there once.
    changed = sorted(reports.glob("*.txt"))[2]
    text = changed.read_text(encoding="utf-8")
    old = text.split("共收到会员国自愿捐款 ", 1)[1].split(" 美元", 1)[0]
    changed.write_text(text.replace(f"共收到会员国自愿捐款 {old} 美元", "共收到会员国自愿捐款 123 456 美元"),
                       encoding="utf-8")
    replaced = run_kg("build", str(reports), "--endpoint", oxigraph_server, *extra)
    assert "1 reports loaded" in replaced.stderr, replaced.stderr
    texts = _values(oxigraph_server, "SELECT ?text WHERE { ?p <https://w3id.org/unkg/ontology#paragraphNumber> ?n ; "
                                     "<http://www.w3.org/ns/prov#value> ?text "
                                     "FILTER(CONTAINS(?text, '共收到会员国自愿捐款')) }")
    assert sum("123456" in text for text in texts) == 1
    assert not any(old.replace(" ", "") in text for text in texts if "123456" in text)
    assert len(texts) == 12
    assert len(rows("document", "--endpoint", oxigraph_server)) == 13


def _values(endpoint: str, sparql: str) -> list[str]:
    from kg.store.endpoint import EndpointStore

    return [row[0].value for row in EndpointStore(endpoint).query(sparql)]


def _post(url: str, body: bytes, media: str) -> int:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": media})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_kg_serve_is_read_only_with_a_query_page(kg_server, local_store: Path):
    url = kg_server("--store", str(local_store))
    for name in ("document", "finance"):
        assert rows(name, "--endpoint", url + "query") == rows(name, "--store", str(local_store))
    with urllib.request.urlopen(url + "?name=document", timeout=30) as response:
        page = response.read().decode("utf-8")
    assert "<table>" in page and "A/41/100" in page and "read-only" in page
    refused = _post(url + "update", b"DROP ALL", "application/sparql-update")
    assert refused == 403
    assert len(rows("document", "--endpoint", url + "query")) == 13  # nothing was dropped
    also_open = run_kg("query", "staffing", "--store", str(local_store))  # readers share the folder
    assert also_open.returncode == 0, also_open.stderr


def test_kg_serve_writable_takes_a_build_and_locks_out_other_writers(kg_server, corpus: Path,
                                                                     local_store: Path, tmp_path: Path):
    store = tmp_path / "served"
    url = kg_server("--store", str(store), "--writable")
    built = run_kg("build", str(corpus), "--endpoint", url + "query")
    assert built.returncode == 0, built.stderr
    for name in QUERIES:
        assert rows(name, "--endpoint", url + "query") == rows(name, "--store", str(local_store))
    busy = run_kg("build", str(corpus), "--store", str(store))
    assert busy.returncode == 2 and "open for writing by another process" in busy.stderr


def test_a_change_through_kg_serve_drops_the_tallies_and_counts_are_made_anew(kg_server, corpus: Path,
                                                                              local_store: Path, tmp_path: Path):
    from kg.store.endpoint import EndpointStore
    from kg.store.summary import has_summary

    url = kg_server("--store", str(tmp_path / "served"), "--writable")
    assert run_kg("build", str(corpus), "--endpoint", url + "query").returncode == 0
    assert has_summary(EndpointStore(url + "query"))  # written by the build, kept by the server
    expected = rows("activities_per_year", "--store", str(local_store))

    changed = _post(url + "update", b"INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:b> 1 } }",
                    "application/sparql-update")

    assert changed == 204 and not has_summary(EndpointStore(url + "query"))
    assert rows("activities_per_year", "--endpoint", url + "query") == expected
