"""A report's compare digest (kg.store.digest) holds what the side queries of queries/compare
find in its graph: `kg compare` gets the same facts from digests, from the store's triples, or
from both, and a digest it cannot trust is not read."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph
import pytest

from kg.corpus import build_corpus
from kg.store.digest import DIGEST
from kg.store.embedded import OxigraphStore
from kg.views.compare_facts import _Found, read_side_facts
from store_helpers import run_kg

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = sorted((ROOT / "kg" / "data" / "sample").glob("A-76-97.*.txt")) or sorted(
    (ROOT.parent / "shared" / "reports").glob("A-76-97.*.txt"))
# a funding statement, a combined report on three centres, contributions in older currencies
VARIED = [ROOT / "tests" / "fixtures" / "reports" / name
          for name in ("unrec-2022.en.txt", "w-centres-1995.en.txt", "unlirec-2019-ar.ar.txt", "w-unrec-1998.en.txt")]
DIGESTS = f"SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?g <{DIGEST}> ?d }} }}"


@pytest.fixture(scope="module")
def store_folder(corpus: Path, tmp_path_factory) -> Path:
    """The sample in its language versions (one report, aligned: activities shared by graphs),
    varied fixtures and the synthetic corpus, built into one store."""
    folder = tmp_path_factory.mktemp("digest") / "store"
    inputs = [*SAMPLE, *(path for path in VARIED if path.exists()), corpus]
    with OxigraphStore(folder) as store:
        summary = build_corpus(inputs, store, jobs=1)
    assert not summary.failures and summary.loaded >= 20
    return folder


def digests(folder: Path) -> dict[str, str]:
    with OxigraphStore(folder, read_only=True) as store:
        return {row[0]: row[1] for row in _rows(store, DIGESTS)}


def _rows(store, sparql: str):
    from kg.query import run_query

    return run_query(store, sparql).rows


def normal(facts) -> tuple:
    return ({activity: frozenset(told) for activity, told in facts.links.items()}, facts.told, facts.serves,
            Counter(facts.fundings), facts.entities)


def queried(store, graphs) -> tuple:
    found = _Found()
    found.add_queried(store, graphs)
    return normal(found.facts(store))


def test_a_build_into_a_store_gives_every_report_graph_a_digest(store_folder: Path):
    with OxigraphStore(store_folder, read_only=True) as store:
        graphs = set(store.report_hashes())
    assert set(digests(store_folder)) == graphs


def test_the_digests_give_the_facts_the_side_queries_find(store_folder: Path):
    with OxigraphStore(store_folder, read_only=True) as store:
        graphs = frozenset(store.report_hashes())
        found = _Found()
        assert found.add_digests(store, graphs) == frozenset()  # every graph read from its digest
        from_digests = normal(found.facts(store))
        expected = queried(store, graphs)
    assert from_digests == expected
    links, told, serves, fundings, _ = expected
    # the stores exercise every part: links in several languages' graphs, instruments, funding kinds
    assert sum(map(len, links.values())) > 200 and all(len(set(told)) == len(told) for told in links.values()) and any(serves.values()) and told
    assert {f.how for f in fundings} >= {"activity", "funding"} and len({f.how for f in fundings}) >= 3
    # one fact told by several language versions, each in its graph, is one fact
    assert any(len({s.sentence for s in f.sources}) > 1 == len({s.paragraph for s in f.sources}) for f in fundings)


def test_graphs_without_a_digest_are_asked_of_the_store(store_folder: Path, tmp_path: Path):
    """A store where some reports were loaded by another tool (or an older kg): their facts come
    from the queries, the others' from their digests, and together they are the same."""
    copy = tmp_path / "store"
    shutil.copytree(store_folder, copy)
    graphs = sorted(digests(copy))
    dropped = graphs[::2]
    raw = pyoxigraph.Store(str(copy))
    for graph in dropped:
        raw.update(f"DELETE WHERE {{ GRAPH <{graph}> {{ <{graph}> <{DIGEST}> ?d }} }}")
    raw.flush()
    del raw
    with OxigraphStore(copy, read_only=True) as store:
        asked = _Found().add_digests(store, frozenset(graphs))
        # with the other language versions of their report: a fact has one IRI in all of them
        assert asked >= set(dropped) and len(asked) < len(graphs)
        assert asked == {g for g in graphs if any(g.rsplit("/", 1)[0] == d.rsplit("/", 1)[0] for d in dropped)}
        assert normal(read_side_facts(store, frozenset(graphs))) == queried(store, frozenset(graphs))


def test_a_digest_of_another_version_is_not_read(store_folder: Path, tmp_path: Path):
    copy = tmp_path / "store"
    shutil.copytree(store_folder, copy)
    graph, text = sorted(digests(copy).items())[0]
    stale = json.dumps({**json.loads(text), "v": 0, "links": {}})
    raw = pyoxigraph.Store(str(copy))
    raw.update(f"DELETE WHERE {{ GRAPH <{graph}> {{ <{graph}> <{DIGEST}> ?d }} }}")
    raw.add(pyoxigraph.Quad(pyoxigraph.NamedNode(graph), pyoxigraph.NamedNode(DIGEST),
                            pyoxigraph.Literal(stale), pyoxigraph.NamedNode(graph)))
    raw.flush()
    del raw
    with OxigraphStore(copy, read_only=True) as store:
        assert _Found().add_digests(store, frozenset({graph})) == frozenset({graph})
        assert normal(read_side_facts(store, frozenset({graph}))) == queried(store, frozenset({graph}))


def test_a_graph_file_is_written_without_digests(tmp_path: Path):
    out = tmp_path / "graph.nq"
    done = run_kg("build", str(VARIED[0]), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert str(DIGEST) not in out.read_text(encoding="utf-8")


def test_a_write_through_a_writable_server_drops_the_digests_it_may_have_made_wrong(store_folder: Path, tmp_path: Path):
    from kg.store.workers import WriteRequest, _write

    copy = tmp_path / "store"
    shutil.copytree(store_folder, copy)
    graph = sorted(digests(copy))[0]
    raw = pyoxigraph.Store(str(copy))
    _write(raw, WriteRequest("add", graph, "<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n"))
    left = {str(q.graph_name.value) for q in raw.quads_for_pattern(None, pyoxigraph.NamedNode(DIGEST), None)}
    assert graph not in left and left  # the other reports keep theirs
    _write(raw, WriteRequest("update", text="INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> <https://example.org/b> 1 } }"))
    assert not list(raw.quads_for_pattern(None, pyoxigraph.NamedNode(DIGEST), None))


def test_a_digest_carries_the_cards_of_the_reference_bodies_it_names(store_folder: Path):
    """A body from the reference data is described alike by every report, so its card (key,
    class, English and Chinese names) comes with the digest and compare need not ask the store;
    a body minted from a report's text is not carried (each language version names it its way)."""
    from kg.views.compare_facts import read_entities

    with OxigraphStore(store_folder, read_only=True) as store:
        carried = {}
        for text in digests(store_folder).values():
            carried.update(json.loads(text).get("entities", {}))
        assert len(carried) > 30 and "country/NPL" in carried
        found = _Found()
        found.add_digests(store, frozenset(store.report_hashes()))
        facts = found.facts(store)
        from kg.store.digest import full
        asked = read_entities(store, {full(iri) for iri in carried})
    # what the cards say is what the store's shared graph says
    assert {full(iri): (tuple(k), frozenset(c), en, zh) for iri, (k, c, en, zh) in carried.items()} == {
        iri: (e.keys, e.classes, e.label_en, e.label_zh) for iri, e in asked.items()}
    minted = {iri for iri, e in facts.entities.items() if e.keys and not e.label_en}
    assert minted and not minted & {full(iri) for iri in carried}
