"""The two ways out of the mapping give one graph: the N-Triples text a corpus build loads
(plain terms, no rdflib) and the rdflib Dataset of `kg.pipeline.build_dataset`, on the sample
and on reports in the other languages."""
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.corpus import graphs_of_reports
from kg.pipeline import build_dataset
from kg.rdf import terms
from kg.store.ntriples import to_ntriples

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "reports"
REPORTS = [ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt", FIXTURES / "A-76-97.en.txt",
           FIXTURES / "unlirec-2021.fr.txt", FIXTURES / "unlirec-2023.es.txt",
           FIXTURES / "unrec-2022-ru.ru.txt", FIXTURES / "unrec-2022-ar.ar.txt"]


def rdflib_union(paths: list[Path]) -> Graph:
    graph = Graph()
    for s, p, o, _ in build_dataset(paths).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def ntriples_union(paths: list[Path]) -> Graph:
    graph = Graph()
    for result in graphs_of_reports([str(path) for path in paths]):
        graph.parse(data=result.ntriples + result.entities, format="nt")
    return graph


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_the_ntriples_path_and_the_rdflib_path_give_one_graph(report):
    fast, slow = ntriples_union([report]), rdflib_union([report])
    assert len(fast) > 500
    assert isomorphic(fast, slow), sorted(set(fast) ^ set(slow))[:10]


def test_language_versions_aligned_together_give_one_graph_both_ways():
    versions = [FIXTURES / "A-76-97.en.txt", ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt"]
    assert isomorphic(ntriples_union(versions), rdflib_union(versions))


@pytest.mark.parametrize("value, kwargs", [
    ("plain", {}), ("étiquette", {"lang": "fr"}), (True, {}), (False, {}), (7, {}), (0, {}),
    ("2021", {"datatype": terms.XSD.gYear}), ("2021-03", {"datatype": terms.XSD.gYearMonth}),
    ("2021-03-02", {"datatype": terms.XSD.date}), ("-1234.50", {"datatype": terms.XSD.decimal}),
    ("2021-03-02T00:00:00Z", {"datatype": terms.XSD.dateTime}), (2.5, {}),
    ("2021-03-02T23:59:59", {"datatype": terms.XSD.dateTime}),
])
def test_a_plain_literal_is_written_as_rdflib_writes_it(value, kwargs):
    ours = terms.Literal(value, **kwargs)
    theirs = Literal(value, **{k: URIRef(v) if k == "datatype" else v for k, v in kwargs.items()})
    assert terms.to_rdflib(ours) == theirs
    written = to_ntriples([(terms.IRI("urn:s"), terms.IRI("urn:p"), ours)])
    assert written == to_ntriples([(URIRef("urn:s"), URIRef("urn:p"), theirs)])


def test_namespace_names_that_are_str_methods_are_names():
    assert terms.DCTERMS.title == "http://purl.org/dc/terms/title"
    assert terms.UNKG.count == terms.UNKG["count"] == terms.BASE + "ontology#count"
