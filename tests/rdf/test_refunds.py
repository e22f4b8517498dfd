"""Refunds go the other way: money the body a report is about paid back to a past contributor.
A refund is not a grant to the refunded party nor a contribution by it; the contract's
`contributions` rows still name the party with kind refund."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from kg.pipeline import build_dataset
from kg.rdf.namespaces import CONTRIBUTION_KIND, UNKG

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt"
SCHEMA = Namespace("https://schema.org/")


@pytest.fixture(scope="module")
def graph() -> Graph:
    graph = Graph()
    for s, p, o, _ in build_dataset([SAMPLE]).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _about(graph: Graph):
    return graph.value(next(graph.subjects(RDF.type, UNKG.Report)), UNKG.about)


def test_a_refund_is_paid_by_the_body_to_the_party(graph):
    refunds = set(graph.subjects(UNKG.contributionKind, CONTRIBUTION_KIND.refund))
    assert refunds, "the sample states refunds"
    body = _about(graph)
    for refund in refunds:
        assert (refund, RDF.type, UNKG.Refund) in graph
        assert (refund, RDF.type, UNKG.Donation) not in graph
        assert graph.value(refund, UNKG.contributor) is None       # the party gave nothing
        assert graph.value(refund, UNKG.recipient) is None         # nor did the body receive it
        assert graph.value(refund, UNKG.payer) == body
        assert (graph.value(refund, UNKG.refundedTo), UNKG.key, None) in graph


def test_a_donation_is_given_by_the_party_to_the_body(graph):
    donations = set(graph.subjects(UNKG.contributionKind, CONTRIBUTION_KIND["voluntary-contribution"]))
    assert donations
    for donation in donations:
        assert (donation, RDF.type, UNKG.Donation) in graph
        assert graph.value(donation, UNKG.contributor) is not None
        assert graph.value(donation, UNKG.recipient) == _about(graph)
        assert graph.value(donation, UNKG.refundedTo) is None


def test_with_the_ontology_a_refund_is_no_grant_and_its_party_is_the_recipient(graph):
    union = Graph()
    union += graph
    union.parse(ROOT / "ontology" / "unkg.ttl")
    rows = union.query("""
        PREFIX unkg: <https://w3id.org/unkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <https://schema.org/>
        SELECT ?c ?kind ?grant ?party_role WHERE {
          ?c unkg:contributionKind ?kind ; ?p ?party .
          BIND(EXISTS { ?c a/rdfs:subClassOf* schema:MonetaryGrant } AS ?grant)
          ?party unkg:key ?key .
          ?p rdfs:subPropertyOf* ?party_role .
          VALUES ?party_role { unkg:payer unkg:recipient }
        }""")
    seen = {(str(kind).rsplit("/", 1)[-1], grant.toPython(), str(role).rsplit("#", 1)[-1])
            for _, kind, grant, role in rows}
    assert ("refund", False, "recipient") in seen and ("refund", False, "payer") in seen
    assert ("voluntary-contribution", True, "payer") in seen
    assert not any(kind == "refund" and grant for kind, grant, _ in seen)


def test_the_contributions_query_names_the_refunded_party(graph):
    rows = graph.query((ROOT / "queries" / "contributions.rq").read_text(encoding="utf-8"))
    refunded = {str(row.party_key) for row in rows if str(row.kind) == "refund"}
    parties = {str(graph.value(party, UNKG.key)) for party in graph.objects(None, UNKG.refundedTo)}
    assert refunded == parties and refunded
