"""What the SPARQL 1.1 Protocol asks of a server, as plain functions: content negotiation with
q-values, the result and graph formats, whether a query names its own dataset, and whether it
reaches out to other servers (`SERVICE`)."""
from __future__ import annotations

import re

# media type -> pyoxigraph format name; the first of each table is the default
RESULT_TYPES = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML", "text/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD", "application/n-quads": "N_QUADS",
    "application/trig": "TRIG", "text/n3": "N3",
}
# what a Graph Store request body may be in
BODY_TYPES = {"application/n-triples": "N_TRIPLES", "text/turtle": "TURTLE",
              "application/n-quads": "N_QUADS", "application/rdf+xml": "RDF_XML",
              "application/ld+json": "JSON_LD", "application/trig": "TRIG"}


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers (RFC 9110 q-values and wildcards); the first
    offered when the client says nothing; None when it accepts none of them (406)."""
    if not accept or not accept.strip():
        return offered[0]
    best, best_rank = None, (0.0, -1)
    for position, item in enumerate(accept.split(",")):
        kind, *params = [part.strip() for part in item.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        kind = kind.lower()
        for media in offered:
            specificity = (2 if kind == media else 1 if kind.endswith("/*") and media.startswith(kind[:-1])
                           else 0 if kind == "*/*" else -1)
            if specificity < 0 or quality <= 0:
                continue
            rank = (quality, specificity)
            # a more specific match decides; among equals, the client's order
            if rank > best_rank or (rank == best_rank and best is None):
                best, best_rank = media, rank
    return best


_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


def _keywords(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked, so only its syntax is left to look at."""
    return _NOISE.sub(" ", sparql)


def declares_dataset(sparql: str) -> bool:
    """`FROM <g>` or `FROM NAMED <g>`: the query says which graphs it reads."""
    return bool(re.search(r"(?<![?$:\w])FROM\b", _keywords(sparql), re.I))


def uses_service(sparql: str) -> bool:
    """`SERVICE <url>`: the query would make this machine send HTTP requests elsewhere."""
    return bool(re.search(r"(?<![?$:\w])SERVICE\b(?!:)", _keywords(sparql), re.I))


def is_update(sparql: str) -> bool:
    """An update (INSERT, DELETE, LOAD, CLEAR ...) rather than a query."""
    # IRIs are blanked already: what is left of a prologue is `PREFIX p:` and `BASE`
    text = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*)*", "", _keywords(sparql))
    return bool(re.match(r"(?i)(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", text))
