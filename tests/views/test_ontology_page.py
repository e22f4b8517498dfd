"""The ontology's HTML documentation (docs/ontology.html, made by scripts/ontology_docs.py): it
names every class and property of ontology/unkg.ttl, and it reads in a real browser, offline.

Uses the headless Chromium of conftest.py (skipped with the reason when Chromium is missing).
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf.namespaces import UNKG

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "ontology.html"
KINDS = {OWL.Class: "class", OWL.ObjectProperty: "object property",
         OWL.DatatypeProperty: "datatype property", OWL.AnnotationProperty: "annotation property"}


def _terms() -> dict[URIRef, str]:
    """Each unkg class and property with its English label."""
    ontology = Graph().parse(ROOT / "ontology" / "unkg.ttl")
    terms = {}
    for kind in KINDS:
        for term in ontology.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and str(term).startswith(str(UNKG)):
                labels = [o for o in ontology.objects(term, RDFS.label)
                          if isinstance(o, Literal) and o.language == "en"]
                terms[term] = str(labels[0])
    return terms


def test_the_page_names_every_class_and_property_of_the_ontology():
    html = PAGE.read_text(encoding="utf-8")
    missing = [str(term) for term in _terms() if str(term) not in html]
    assert not missing, f"docs/ontology.html is older than the ontology (run scripts/ontology_docs.py): {missing}"


def test_the_page_reads_offline_in_a_browser(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))

    def only_local(route):
        if route.request.url.startswith("file://") or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(PAGE.as_uri())
    text = page.inner_text("body")
    for heading in ("Classes", "Object Properties", "Datatype Properties", "Annotation Properties"):
        assert heading in text, heading
    terms = _terms()
    shown = [label for label in terms.values() if label.lower() not in text.lower()]
    assert not shown, f"labels not shown: {shown}"
    # a property's entry says what it is for: the date bounds and the refund direction
    entry = page.locator("[id='earliestStart']").first
    entry.scroll_into_view_if_needed()
    assert entry.is_visible()
    assert "xsd:dateTime" in entry.inner_text() or "dateTime" in entry.inner_text()
    refund = page.locator("[id='Refund']").first
    assert "paid back" in refund.inner_text()
    assert not errors, errors
    assert not outside, outside
    page.close()
