"""The HTML page, read as text: self-contained, and names never reach it as markup."""
from __future__ import annotations

import re

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import SKOS

from kg.views import ViewError, ViewFilter, build_network, draw_page, render_page

PAYLOAD = "<img src=x onerror=window.__pwned=1>"


def test_the_page_carries_everything_it_needs(small_graph, tmp_path):
    page = draw_page(small_graph, tmp_path / "partners.html")

    html = page.path.read_text(encoding="utf-8")
    assert (page.nodes, page.edges) == (7, 13)
    assert page.size == len(html.encode("utf-8"))
    assert "vis-network" in html and "new vis.Network(" in html
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link\b", html)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "sourceMappingURL" not in html
    assert "T/1 (en) · 7 nodes, 13 links" in html


def test_a_name_with_markup_reaches_the_page_only_as_escaped_data(small_graph, tmp_path):
    dataset = Dataset(default_union=True)
    dataset.parse(small_graph, format="turtle")
    prajnya = URIRef("https://w3id.org/unkg/id/org/PRAJNYA")
    dataset.remove((prajnya, SKOS.prefLabel, None))
    dataset.add((prajnya, SKOS.prefLabel, Literal(PAYLOAD + "</script><script>window.__pwned=2</script>", lang="en")))

    html = render_page(build_network(dataset, "partners"), title="<b>Partners</b>")

    assert PAYLOAD not in html
    assert "</script><script>window.__pwned=2" not in html
    assert "\\u003cimg src=x onerror=window.__pwned=1\\u003e" in html
    assert "<title>&lt;b&gt;Partners&lt;/b&gt;</title>" in html


def test_an_empty_network_is_a_users_mistake(small_graph, tmp_path):
    with pytest.raises(ViewError, match="the network is empty"):
        draw_page(small_graph, tmp_path / "none.html", filters=ViewFilter(since=2030))
    with pytest.raises(ViewError, match="give a file name ending in .html"):
        draw_page(small_graph, tmp_path / "partners.png")
