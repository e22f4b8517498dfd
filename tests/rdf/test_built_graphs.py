"""Graphs built from reports: they pass the SHACL shapes, a broken statement fails them, and
building twice gives the same triples (stable IRIs, no blank nodes)."""
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal

from kg.pipeline import build_dataset
from kg.rdf.namespaces import UNKG
from kg.validate import check_shapes

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt")) + [ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt"]


def union(dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem)
def test_every_built_graph_conforms_to_the_shapes(report):
    conforms, text = check_shapes(union(build_dataset([report])))
    assert conforms, text


def test_a_broken_statement_fails_the_shapes():
    graph = union(build_dataset([REPORTS[-1]]))
    activity = next(graph.subjects(UNKG.activityType, None))
    graph.add((activity, UNKG.participantCount, Literal("many")))  # not an integer
    conforms, text = check_shapes(graph)
    assert not conforms and "participantCount" in text


def test_building_twice_gives_the_same_triples():
    first = union(build_dataset([REPORTS[-1]]))
    second = union(build_dataset([REPORTS[-1]]))
    assert set(first) == set(second)
    assert not any(isinstance(term, BNode) for triple in first for term in triple)


def test_two_reports_share_the_iris_of_the_entities_they_both_name():
    graph = union(build_dataset(REPORTS[:2]))
    reports = set(graph.subjects(UNKG.mentions, None))
    assert len(reports) == 2
    shared = {e for e in graph.objects(None, UNKG.mentions)
              if all((r, UNKG.mentions, e) in graph for r in reports)}
    assert any(str(e).endswith("/org/UN") or str(e).endswith("/org/UNGA") for e in shared)
