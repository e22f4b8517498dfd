"""Regenerate the ontology's HTML documentation, docs/ontology.html, from ontology/unkg.ttl.

    .venv/bin/python scripts/ontology_docs.py            (writes docs/ontology.html)
    .venv/bin/python scripts/ontology_docs.py OUT.html

Uses pyLODE (the `test` extra pins a version that runs on this ontology). Run it after changing
the ontology and commit the page; tests/rdf/test_ontology_docs.py checks that the page names
every class and property of the ontology and opens it in a browser.
"""
from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, Literal

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "unkg.ttl"
PAGE = ROOT / "docs" / "ontology.html"


def english(ontology: Path) -> Graph:
    """The ontology with its English and untagged literals only: pyLODE runs the labels of
    several languages together ("Country国家"); the Chinese ones stay in the Turtle file."""
    graph = Graph().parse(ontology)
    for triple in list(graph):
        value = triple[2]
        if isinstance(value, Literal) and value.language not in (None, "en"):
            graph.remove(triple)
    return graph


def render(ontology: Path = ONTOLOGY) -> str:
    """The pyLODE page of the ontology, as HTML text."""
    try:
        from pylode import OntPub
    except ImportError as error:  # pyLODE is a test/doc dependency, not a runtime one
        raise SystemExit(f"ontology_docs: error: pyLODE is needed: pip install -e '.[test]' ({error})")
    return OntPub(ontology=english(ontology)).make_html()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else PAGE
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
