"""Is a graph sound? SHACL shapes of the ontology, and the trust-fund arithmetic it records."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.paths import ONTOLOGY
from kg.query import run_query
from kg.store.files import load_into_oxigraph
from kg.store.digest import DIGEST
from kg.store.summary import SUMMARY_GRAPH

CHECKS = """
PREFIX unkg: <https://w3id.org/unkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?report ?name ?expected ?actual ?consistent ?explanation WHERE {
  ?check a unkg:ArithmeticCheck ; unkg:checkName ?name ; unkg:expected ?expected ;
         unkg:actual ?actual ; unkg:consistent ?consistent ; rdfs:comment ?explanation ;
         unkg:inReport/dcterms:identifier ?report .
} ORDER BY ?report ?name
"""
FINDINGS = """
PREFIX unkg: <https://w3id.org/unkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?report ?language ?kind ?message ?paragraph WHERE {
  ?finding a unkg:Finding ; unkg:findingKind ?kind ; rdfs:comment ?message ; unkg:inReport ?version .
  ?version dcterms:identifier ?report ; dcterms:language ?language_iri .
  BIND(REPLACE(STR(?language_iri), "^.*/", "") AS ?language)
  OPTIONAL { ?finding prov:wasDerivedFrom/dcterms:isPartOf/unkg:paragraphKey ?paragraph }
} ORDER BY ?report ?language ?kind
"""


@dataclass(frozen=True)
class ValidationReport:
    ok: bool
    text: str


def shapes_graph() -> Graph:
    return Graph().parse(ONTOLOGY / "shapes.ttl")


class _PreparedQueries(Graph):
    """A view of a graph (same store) that parses each SPARQL text once. pySHACL runs a shape's
    SPARQL constraint once per focus node, and rdflib parses the text anew every time: 80 % of a
    validation's time went to parsing the same few queries again."""

    def __init__(self, graph: Graph) -> None:
        super().__init__(store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)
        self._prepared: dict[str, object] = {}

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            if query_object not in self._prepared:
                from rdflib.plugins.sparql import prepareQuery

                self._prepared[query_object] = prepareQuery(query_object)
            query_object = self._prepared[query_object]
        return super().query(query_object, *args, **kwargs)


def check_shapes(graph: Graph) -> tuple[bool, str]:
    """Validate with pySHACL against ontology/shapes.ttl; returns (conforms, report text).
    In place: the shapes have no rules and no inference is asked for, so nothing is added to
    the graph, and a copy would lose the parsed queries."""
    from pyshacl import validate

    conforms, _, text = validate(_PreparedQueries(graph), shacl_graph=shapes_graph(), inference="none",
                                 advanced=True, allow_warnings=True, inplace=True)
    return bool(conforms), str(text)


def validate_graph(path: str | Path, fmt: str | None = None) -> ValidationReport:
    """Check a graph file, or the graph on standard input for `-` (read once)."""
    return validate_store(load_into_oxigraph(path, fmt=fmt))


# what the reports say: the summary graph of a store (kg.store.summary) and the reports'
# digests (kg.store.digest) are counted from them
UNION = (f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER(?p != <{DIGEST}>) "
         f"FILTER NOT EXISTS {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }} }}")


def validate_store(store) -> ValidationReport:
    """As `validate_graph`, for a store (an Oxigraph folder or a SPARQL endpoint): the union of
    its graphs is read once for the shapes, the checks are queried where they are."""
    from rdflib import BNode, Literal, URIRef

    import pyoxigraph

    def term(node):
        if isinstance(node, pyoxigraph.NamedNode):
            return URIRef(node.value)
        if isinstance(node, pyoxigraph.BlankNode):
            return BNode(node.value)
        plain = node.language or node.datatype.value == "http://www.w3.org/2001/XMLSchema#string"
        return Literal(node.value, lang=node.language, datatype=None if plain else URIRef(node.datatype.value))

    union = Graph()
    for triple in store.query(UNION, use_default_graph_as_union=True):
        union.add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return _validate(union, store)


def _validate(union: Graph, store) -> ValidationReport:
    conforms, shacl_text = check_shapes(union)
    lines = [f"shapes: {'conforms' if conforms else 'DOES NOT CONFORM'} ({len(union)} triples)"]
    if not conforms:
        lines.append(shacl_text.strip())
    checks = run_query(store, CHECKS).as_dicts()
    failed = [c for c in checks if c["consistent"] != "true"]
    lines.append(f"trust-fund arithmetic: {len(checks) - len(failed)} of {len(checks)} checks consistent")
    for c in checks:
        mark = "ok  " if c["consistent"] == "true" else "FAIL"
        lines.append(f"  {mark} {c['report']} {c['name']}: {c['explanation']} "
                     f"(expected {float(c['expected']):,.0f}, printed {float(c['actual']):,.0f})")
    findings = run_query(store, FINDINGS).as_dicts()
    if findings:
        lines.append("findings:")
        lines += [f"  {f['report']} ({f['language']}) [{f['kind']}] {f['message']} (paragraph {f['paragraph']})" for f in findings]
    return ValidationReport(conforms and not failed, "\n".join(lines))
