"""The ontology is OWL 2 DL: the OWL API's profile checker finds no violation in the ontology, its
vocabularies and built graphs taken together, and HermiT (through owlready2) finds them consistent;
it finds a graph inconsistent when a refund gets a contributor or an activity is said to be a country.

Needs Java with Debian's libowlapi-java (the profile checker) and owlready2 (HermiT); scripts/test.sh
installs both. When they are missing the tests fail and say what to install: they are never skipped.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from kg.pipeline import build_dataset
from kg.rdf.namespaces import ID, UNKG

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = [ROOT / "ontology" / "unkg.ttl", ROOT / "ontology" / "vocabularies.ttl"]
REPORTS = [ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt",
           ROOT / "tests" / "fixtures" / "reports" / "A-76-97.en.txt",
           ROOT / "tests" / "fixtures" / "reports" / "unrec-2022.en.txt"]
CHECKER = Path(__file__).parent / "java" / "ProfileCheck.java"
OWLAPI = Path("/usr/share/java/owlapi-distribution.jar")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's closed XSD warns when pytest probes it
INSTALL = "apt-get install libowlapi-java default-jdk-headless (scripts/test.sh does it as root)"


def _graph(*parts: Path | Graph) -> Graph:
    graph = Graph()
    for part in parts:
        if isinstance(part, Graph):
            for triple in part:
                graph.add(triple)
        else:
            graph.parse(part)
    return graph


def _write(graph: Graph, path: Path) -> Path:
    graph.serialize(path, format="nt", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built() -> Graph:
    """The sample report in two languages and a fixture report, one union graph."""
    dataset = build_dataset(REPORTS)
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.fixture(scope="module")
def ontology_and_sample(built, tmp_path_factory) -> Path:
    return _write(_graph(*ONTOLOGY, built), tmp_path_factory.mktemp("dl") / "all.nt")


def profile_violations(path: Path) -> list[str]:
    """The OWL 2 DL profile violations the OWL API finds in one RDF file."""
    java = shutil.which("java")
    if java is None or shutil.which("javac") is None:
        pytest.fail(f"the OWL 2 DL profile check needs a JDK: {INSTALL}")
    if not OWLAPI.exists():
        pytest.fail(f"the OWL 2 DL profile check needs the OWL API at {OWLAPI}: {INSTALL}")
    run = subprocess.run([java, "-cp", f"{OWLAPI.parent}/*", str(CHECKER), str(path)],
                         capture_output=True, text=True, timeout=600)
    lines = run.stdout.splitlines()
    assert lines and lines[-1].startswith("OWL 2 DL violations:"), run.stderr[-2000:]
    assert run.returncode == (1 if lines[:-1] else 0), run.stderr[-2000:]
    return lines[:-1]


def consistent(path: Path) -> bool:
    """Whether HermiT finds the ontology and data in one N-Triples file consistent."""
    try:
        import owlready2
    except ImportError:
        pytest.fail("the DL reasoner test needs owlready2 (HermiT): pip install -e '.[test]'")
    if shutil.which("java") is None:
        pytest.fail(f"HermiT needs Java: {INSTALL}")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load(format="ntriples")
    try:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        return False
    return True


def test_ontology_vocabularies_and_built_graphs_are_owl2_dl(ontology_and_sample):
    assert profile_violations(ontology_and_sample) == []


def test_the_profile_check_sees_dates_outside_the_owl2_datatype_map(tmp_path):
    # the model this replaced: a datatype property with an xsd:date value
    graph = _graph(*ONTOLOGY)
    graph.add((ID["activity/T/1"], RDF.type, UNKG.Activity))
    graph.add((ID["activity/T/1"], UNKG.earliestStart, Literal("2021-03-02", datatype=XSD.date)))
    violations = profile_violations(_write(graph, tmp_path / "dated.nt"))
    assert any("xsd:date" in line for line in violations), violations


def test_hermit_finds_ontology_and_built_graphs_consistent(ontology_and_sample):
    assert consistent(ontology_and_sample)


def _refund(graph: Graph) -> URIRef:
    refunds = sorted(graph.subjects(RDF.type, UNKG.Refund))
    assert refunds, "the sample states refunds"
    return refunds[0]


def test_hermit_refuses_a_refund_given_by_the_refunded_party(built, tmp_path):
    graph = _graph(*ONTOLOGY, built)
    refund = _refund(graph)
    graph.add((refund, UNKG.contributor, graph.value(refund, UNKG.refundedTo)))
    assert not consistent(_write(graph, tmp_path / "refund.nt"))


def test_hermit_refuses_an_activity_that_is_a_country(built, tmp_path):
    graph = _graph(*ONTOLOGY, built)
    country = next(graph.subjects(RDF.type, UNKG.Country))
    graph.add((country, RDF.type, UNKG.Activity))
    assert not consistent(_write(graph, tmp_path / "country.nt"))
